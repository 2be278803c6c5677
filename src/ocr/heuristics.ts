/**
 * Does an image look like a radiograph, CT, MRI, ultrasound, ECG or monitor screen? Pixels and
 * words both vote: medical images are overwhelmingly gray and sit on a dark field; viewers burn in
 * laterality markers and scanner vocabulary. A food photo is colourful; a document screenshot is
 * gray but mostly white paper; neither gets there on pixels alone.
 */
import type { MedicalVerdict, OcrWord, RgbaImage } from './types';

export interface PixelStats {
  /** Share of pixels with almost no colour (max-min channel spread < GRAY_SPREAD). */
  gray: number;
  /** Share of pixels darker than DARK_LUMA: the field around a radiograph or a scan. */
  dark: number;
  /** Share of near-white pixels: paper, a page, a web screenshot, or an inverted radiograph. */
  paper: number;
  /** Share of mid-tones: anatomy has plenty, a page of text almost none. */
  mid: number;
}

const GRAY_SPREAD = 24;
const DARK_LUMA = 60;
const PAPER_LUMA = 225;
/** About 40,000 samples are plenty for shares, whatever the image size. */
const SAMPLES = 40_000;

export function pixelStats({ width, height, data }: RgbaImage): PixelStats {
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / SAMPLES)));
  let n = 0, gray = 0, dark = 0, paper = 0, mid = 0;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      const luma = (r * 77 + g * 150 + b * 29) >> 8;
      n++;
      if (Math.max(r, g, b) - Math.min(r, g, b) < GRAY_SPREAD) gray++;
      if (luma < DARK_LUMA) dark++;
      else if (luma > PAPER_LUMA) paper++;
      else mid++;
    }
  }
  return { gray: gray / n, dark: dark / n, paper: paper / n, mid: mid / n };
}

/**
 * Words that viewers, modalities and monitors print and ordinary photos do not. Whole OCR words,
 * upper-cased; kept short and specific ("PA" alone is common, so it only counts with a study word).
 */
const SCANNER_WORDS = new Set([
  'KVP', 'MAS', 'MA', 'PORTABLE', 'SUPINE', 'ERECT', 'UPRIGHT', 'AP', 'LAT', 'LATERAL', 'OBL', 'PA', 'AXIAL', 'SAGITTAL', 'CORONAL',
  'SERIES', 'SE', 'IM', 'IMG', 'ACC', 'ACCESSION', 'MRN', 'DOB', 'WL', 'WW', 'CT', 'MRI', 'MR', 'T1', 'T2', 'FLAIR', 'DWI',
  'CONTRAST', 'RADIOLOGY', 'XRAY', 'X-RAY', 'CR', 'DR', 'DX', 'US', 'ECG', 'EKG', 'HR', 'BPM', 'SPO2', 'NIBP', 'ABP', 'RESP',
  'ETCO2', 'CHEST', 'SPINE', 'PELVIS', 'ABDOMEN', 'KNEE', 'HAND', 'SKULL', 'FEMUR', 'ANKLE', 'SHOULDER', 'MM', 'CM', 'GAIN', 'DEPTH',
]);
/** Study words: enough on their own. Generic ones (PA, AP, US, MM) count only next to these. */
const STRONG = new Set(['KVP', 'MAS', 'PORTABLE', 'SUPINE', 'AXIAL', 'SAGITTAL', 'CORONAL', 'SERIES', 'ACCESSION', 'MRN', 'DOB', 'RADIOLOGY', 'XRAY', 'X-RAY', 'ECG', 'EKG', 'SPO2', 'NIBP', 'ETCO2', 'FLAIR', 'BPM']);

export function scannerVocabulary(words: readonly OcrWord[]): string[] {
  const found = new Set<string>();
  for (const w of words) {
    const t = w.text.toUpperCase().replace(/^[^A-Z0-9]+|[^A-Z0-9-]+$/g, '');
    if (SCANNER_WORDS.has(t)) found.add(t);
  }
  const strong = [...found].filter((t) => STRONG.has(t));
  return strong.length ? [...found] : found.size >= 3 ? [...found] : [];
}

/**
 * What a 12-lead ECG prints and nothing else does: lead names, the interval measurements of the
 * header, paper speed and gain. An ECG is often a photo of paper, which the pixels read as a
 * document, so several of these on one image make it an ECG whatever the pixels say.
 */
const ECG_TERMS = new Set([
  'AVR', 'AVL', 'AVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'QRS', 'QT', 'QTC', 'QT/QTC', 'PR', 'P-R-T', 'AXES', 'VENT',
  '25MM/S', '10MM/MV', 'MM/S', 'MM/MV',
]);
/** Distinct ECG terms from which an image is an ECG tracing. */
export const ECG_MIN_TERMS = 4;

export function ecgVocabulary(words: readonly OcrWord[]): string[] {
  const found = new Set<string>();
  for (const w of words) {
    const t = w.text.toUpperCase().replace(/^[^A-Z0-9]+|[^A-Z0-9/]+$/g, '');
    if (ECG_TERMS.has(t)) found.add(t);
  }
  return found.size >= ECG_MIN_TERMS ? [...found] : [];
}

/** An isolated single "L" or "R" read confidently: the lead marker on every radiograph. */
export function lateralityMarker(words: readonly OcrWord[]): string | undefined {
  return words.find((w) => /^[LR]$/.test(w.text) && w.confidence >= 80 && !words.some((o) => o !== w && o.line === w.line))?.text;
}

export const LIKELY_THRESHOLD = 0.5;

function clamp01(v: number): number {
  return Math.max(0, Math.min(1, v));
}

export function medicalVerdict(stats: PixelStats, words: readonly OcrWord[]): MedicalVerdict {
  const signals: string[] = [];
  // Pixels: gray, on a plain field (dark, or light with anatomy in mid-tones when a viewer shows
  // the negative), and not a white page. Each factor ramps rather than switches, so an image near
  // a boundary gets a middling score instead of flipping.
  const grayness = clamp01((stats.gray - 0.75) / 0.2);
  const anatomy = clamp01((stats.mid - 0.15) / 0.2);
  const darkField = clamp01((stats.dark - 0.12) / 0.25);
  const lightField = clamp01((stats.paper - 0.12) / 0.25) * anatomy;
  const notPaper = 1 - clamp01((stats.paper - 0.3) / 0.3) * (1 - anatomy);
  const visual = grayness * Math.max(darkField, lightField) * notPaper;
  if (grayness > 0.5) signals.push('grayscale');
  if (darkField > 0.5) signals.push('dark field');
  else if (lightField > 0.5) signals.push('light field with mid-tones');
  if (notPaper < 0.5) signals.push('mostly white (document-like)');

  const vocab = scannerVocabulary(words);
  const marker = lateralityMarker(words);
  const ecg = ecgVocabulary(words);
  for (const v of vocab) signals.push(`vocabulary ${v}`);
  if (marker) signals.push(`marker ${marker}`);
  if (ecg.length) signals.push('ECG leads and intervals');
  // Vocabulary on a page of white paper is a document about medicine, not a medical image...
  const textVote = clamp01(vocab.length / 3) * notPaper;
  // ...except an ECG's, which is printed on paper.
  const ecgVote = ecg.length ? 1 : 0;
  const score = 1 - (1 - 0.75 * visual) * (1 - 0.6 * textVote) * (1 - (marker ? 0.25 * notPaper : 0)) * (1 - 0.6 * ecgVote);
  const rounded = Math.round(score * 100) / 100;
  return { likely: rounded >= LIKELY_THRESHOLD, score: rounded, signals };
}
