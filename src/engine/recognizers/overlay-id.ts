import type { Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { isPlausibleIdentifier } from '../validators/identifier';
import { matchesIn } from '../words';

/**
 * Record numbers under the short labels of a medical image. A viewer prints the patient ID as
 * "ID", "PID" or "PAT ID" and the accession as "ACC", "ACC#" or "ACC NO": in a post those labels
 * are too vague to mean a patient ("order ID 12345"), on the overlay of a radiograph or an ECG
 * they are nothing else. The long labels (MRN, PATIENT ID, ACCESSION) are mrn.ts's and id.ts's.
 */

const VALUE = String.raw`\s{0,3}[:#]?\s{0,3}(?<id>(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![\w-])`;
const PATIENT_ID = new RegExp(String.raw`(?<![\w])(?:PAT(?:IENT)?\.?\s?ID|PID|ID)(?:\s?(?:#|NO\b\.?))?${VALUE}`, 'gi');
const ACCESSION = new RegExp(String.raw`(?<![\w])(?:ACC(?:ESSION)?\.?|EXAM|STUDY)(?:\s?(?:#|NO\b\.?|NUM\b\.?))?${VALUE}`, 'gi');
/** "EXAM: 2024-11-06", "EXAM: 14-MAR-2020", "STUDY: 20240603": the study's date, which dates.ts reports, not a number. */
const DATE_LIKE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-(?:\d{1,2}|[A-Za-z]{3})-\d{2,4}|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/;

function find(doc: Doc, re: RegExp, rule: 'phi.mrn' | 'phi.id', recognizer: string): Candidate[] {
  if (!doc.options.medicalImage) return [];
  const out: Candidate[] = [];
  for (const m of matchesIn(re, doc.text)) {
    const value = m.groups!.id!;
    if (!isPlausibleIdentifier(value, 5, 16) || DATE_LIKE.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ rule, start, end: start + value.length, score: 0.9, recognizer, pattern: 'overlay label', context: [m[0].slice(0, m[0].length - value.length).trim().toLowerCase()], tie: 'inherent' });
  }
  return out;
}

export const overlayPatientId: CustomRecognizer = {
  kind: 'custom',
  id: 'overlay-patient-id',
  rule: 'phi.mrn',
  find: (doc) => find(doc, PATIENT_ID, 'phi.mrn', 'overlay-patient-id'),
};

export const overlayAccession: CustomRecognizer = {
  kind: 'custom',
  id: 'overlay-accession',
  rule: 'phi.id',
  find: (doc) => find(doc, ACCESSION, 'phi.id', 'overlay-accession'),
};
