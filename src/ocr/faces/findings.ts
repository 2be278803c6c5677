/**
 * Faces found in an image -> `phi.face` findings, under the policy. A full-face photograph is an
 * identifier (Safe Harbor (Q)); what makes it a disclosure is the setting. With clinical context
 * (a patient cue in the draft or in the image's text, a medical image, hospital words in the
 * image) the finding asks whether the person consented, at medium (high under strict); a face
 * with none of that (a selfie, a team photo) is a low reminder and nothing more.
 */
import type { Finding, Sensitivity, Severity } from '../../engine';
import { CUE_PATTERNS } from '../../engine/cues';
import { RULES } from '../../engine/rules';
import { phraseRegex } from '../../engine/words';
import type { ImageReading } from '../types';

/** More faces than this in one photo is a crowd: the first ones (most confident) stand for it. */
export const MAX_FACE_FINDINGS = 8;

/** The engine's patient cues ("my pt", "discharged", "DOB", "34F"), first match only. */
const PATIENT_CUES = CUE_PATTERNS.filter(([kind]) => kind === 'patient').map(([, re]) => new RegExp(re.source, re.flags.replace('g', '')));

/**
 * Where a photo was taken, when the image's own text says so: a ward whiteboard, a monitor, a
 * wristband, a sign. Read in the image only: "after my ICU shift" in a draft is where the poster
 * works, and a selfie after a shift is still the poster's own face.
 */
const CLINICAL_SETTING = phraseRegex(
  [
    'hospital', 'icu', 'nicu', 'picu', 'ccu', 'pacu', 'emergency department', 'emergency room', 'trauma bay',
    'operating room', 'labor and delivery', 'ward', 'triage', 'bed', 'isolation', 'nurses station',
    'nurse station', 'patient', 'mrn', 'dob', 'allergies', 'npo', 'fall risk', 'code status', 'dnr', 'spo2',
    'bp', 'ecg', 'ekg',
  ],
  'i',
);

/** Clinical cues in the draft, for the faces in its images (see above: patient cues only). */
export function draftFaceContext(draft: string): string[] {
  const cue = firstCue(draft, PATIENT_CUES);
  return cue ? [`"${cue}" in the draft`] : [];
}

export interface FaceFindingOptions {
  sensitivity?: Sensitivity;
  disabledRules?: readonly string[];
  /** draftFaceContext() of the draft the image is attached to. */
  draftContext?: readonly string[];
}

export function faceFindings(reading: ImageReading, ocrText: string, options: FaceFindingOptions = {}): Finding[] {
  const faces = reading.faces ?? [];
  if (!faces.length || options.disabledRules?.includes('phi.face')) return [];
  const context = [...(options.draftContext ?? []), ...imageContext(reading, ocrText)];
  const severity: Severity = !context.length ? 'low' : options.sensitivity === 'strict' ? 'high' : 'medium';
  const shown = faces.slice(0, MAX_FACE_FINDINGS);
  return shown.map((face, i): Finding => {
    const match = shown.length > 1 ? `Face ${i + 1} of ${faces.length}` : 'A face';
    const message = context.length
      ? `'${match}' in this photo is posted with clinical context (${context.join('; ')}): did this person give written consent to appear?`
      : `'${match}' in this photo: if it is anyone but you, did they agree to be posted?`;
    return {
      rule: 'phi.face',
      severity,
      start: 0,
      end: 0,
      match,
      message,
      guidance: RULES['phi.face'].guidance,
      source: 'image',
      box: face.box,
      explain: { recognizer: 'face-detector', pattern: 'tiny-face-detector', context, tie: context.length ? 'patient' : 'person', score: face.score },
    };
  });
}

function imageContext(reading: ImageReading, ocrText: string): string[] {
  const out: string[] = [];
  if (reading.medical.likely) out.push('a medical image');
  const cue = firstCue(ocrText, PATIENT_CUES) ?? firstCue(ocrText, [CLINICAL_SETTING]);
  if (cue) out.push(`"${cue}" in the image`);
  return out;
}

function firstCue(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}
