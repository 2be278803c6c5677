/**
 * An image's reading -> findings, under a policy. Runs where the policy is known (the content
 * script, with the draft's own engine options; the CLI, with its flags), never in the OCR host:
 * the same reading is then judged with the organisation's sensitivity, allow terms and watch
 * terms exactly as the draft's text is, and a policy change needs no second read.
 */
import { verdictOf, type AnalysisResult, type AnalyzeOptions, type Finding, type Verdict } from '../engine';
import { messageFor, RULES } from '../engine/rules';
import { isPlausibleIdentifier } from '../engine/validators/identifier';
import { faceFindings } from './faces/findings';
import type { CodeReading, GpsLocation, ImageReading, MedicalVerdict } from './types';
import { boxForSpan, layoutText } from './words';

/** The engine, passed in (the content script's may be a test double that throws). */
export type ImageAnalyzer = (text: string, options: AnalyzeOptions) => AnalysisResult;

/** The policy's engine options for the image text (`source` and `medicalImage` are the image's). */
export type ImageAnalyzeOptions = Omit<AnalyzeOptions, 'source' | 'medicalImage'>;

export interface ImageFindings {
  verdict: Verdict;
  findings: Finding[];
  /** The text the engine read: the words laid out in rows (findings' start/end index it). */
  ocrText: string;
}

/**
 * `draftContext`: the clinical cues of the draft the image goes out with (draftFaceContext in
 * faces/findings.ts), which decide how much a face in it matters.
 */
export function imageFindings(reading: ImageReading, analyze: ImageAnalyzer, options: ImageAnalyzeOptions = {}, draftContext: readonly string[] = []): ImageFindings {
  const laid = layoutText(reading.words);
  const { medical } = reading;
  const findings: Finding[] = [];
  if (laid.text.trim()) {
    for (const f of analyze(laid.text, { ...options, source: 'image', medicalImage: medical.likely }).findings) {
      const box = boxForSpan(laid, f.start, f.end);
      findings.push(box ? { ...f, box } : f);
    }
  }
  const disabled = new Set(options.disabledRules ?? []);
  for (const code of reading.codes) findings.push(...codeFindings(code, analyze, options, disabled));
  findings.push(...faceFindings(reading, laid.text, { ...options, draftContext }));
  if (medical.likely && !disabled.has('image.medical')) findings.push(wholeImageFinding('image.medical', medical));
  if (reading.location && !disabled.has('image.location')) findings.push(wholeImageFinding('image.location', medical, reading.location));
  return { verdict: verdictOf(findings), findings, ocrText: laid.text };
}

/**
 * A decoded code is read like an overlay: its text goes through the engine under the same policy
 * (a band's 2D code may hold "DOE^JOHN MRN 4821937 DOB 19570314"), every finding boxed by the code.
 * A code that holds one bare number or alphanumeric id (what a wristband or a specimen label
 * encodes) is an identifier of its own: nothing else on a band needs one.
 */
function codeFindings(code: CodeReading, analyze: ImageAnalyzer, options: ImageAnalyzeOptions, disabled: ReadonlySet<string>): Finding[] {
  const text = code.text.trim();
  // A link, a Wi-Fi login or a contact card is content, not a record number.
  if (/^(?:[a-z][a-z0-9+.-]{1,15}:\/\/|www\.|(?:mailto|tel|sms|geo|wifi|begin|market):)/i.test(text)) return [];
  // start/end index ocrText, which the code's text is not part of: like whole-image findings,
  // these carry a box and no span (and no text fix).
  const found = analyze(text, { ...options, source: 'image', medicalImage: true }).findings.map(({ fix: _fix, ...f }): Finding => ({ ...f, start: 0, end: 0, box: code.box }));
  const allowed = (options.allowTerms ?? []).some((t) => t.trim() && text.toLowerCase().includes(t.trim().toLowerCase()));
  const bare = text.length <= 24 && /^[A-Za-z0-9-]+$/.test(text) && isPlausibleIdentifier(text, 5, 20) && (text.match(/\d/g) ?? []).length >= 5;
  if (found.some((f) => f.rule.startsWith('phi.')) || !bare || allowed || disabled.has('phi.id')) return found;
  return [
    ...found,
    {
      rule: 'phi.id',
      severity: 'medium',
      start: 0,
      end: 0,
      match: text,
      message: messageFor('phi.id', text, `is what the ${code.format} code in this image holds: on a wristband or a label it identifies the patient`),
      guidance: RULES['phi.id'].guidance,
      source: 'image',
      box: code.box,
      explain: { recognizer: 'barcode', pattern: code.format, context: ['decoded code'], tie: 'inherent', score: 0.8 },
    },
  ];
}

/** Whole-image findings: no span of text and no box; `match` names the image. */
function wholeImageFinding(rule: 'image.medical' | 'image.location', medical: MedicalVerdict, location?: GpsLocation): Finding {
  const match = 'This image';
  const context = rule === 'image.medical' ? medical.signals : [`${location!.lat.toFixed(4)}, ${location!.lon.toFixed(4)}`];
  return {
    rule,
    severity: 'medium',
    start: 0,
    end: 0,
    match,
    message: messageFor(rule, match),
    guidance: RULES[rule].guidance,
    source: 'image',
    explain: { recognizer: rule === 'image.medical' ? 'medical-image' : 'exif-gps', pattern: rule, context, tie: 'none', score: rule === 'image.medical' ? medical.score : 1 },
  };
}
