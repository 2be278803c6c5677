/**
 * An image's reading -> findings, under a policy. Runs where the policy is known (the content
 * script, with the draft's own engine options; the CLI, with its flags), never in the OCR host:
 * the same reading is then judged with the organisation's sensitivity, allow terms and watch
 * terms exactly as the draft's text is, and a policy change needs no second read.
 */
import { verdictOf, type AnalysisResult, type AnalyzeOptions, type Finding, type Verdict } from '../engine';
import { messageFor, RULES } from '../engine/rules';
import type { GpsLocation, ImageReading, MedicalVerdict } from './types';
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

export function imageFindings(reading: ImageReading, analyze: ImageAnalyzer, options: ImageAnalyzeOptions = {}): ImageFindings {
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
  if (medical.likely && !disabled.has('image.medical')) findings.push(wholeImageFinding('image.medical', medical));
  if (reading.location && !disabled.has('image.location')) findings.push(wholeImageFinding('image.location', medical, reading.location));
  return { verdict: verdictOf(findings), findings, ocrText: laid.text };
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
