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
  /**
   * How far colour strays from one colour per brightness (the deviation of chroma within a
   * brightness band). Near 0 for a gray image and for a colour-mapped one (PET's hot map, a
   * bone or sepia rendering of a film): colour there is a function of the signal. A photo's
   * colours vary freely at any brightness.
   */
  paletteSpread: number;
  /** Share of pure black (luma < BLACK_LUMA): the field outside a scan is black, not dim. */
  black: number;
  /** 0..1: ruled grid paper in red or pink, as an ECG is printed on (ecgGrid). */
  grid: number;
  /** Share of pixels darker than DARK_LUMA: the field around a radiograph or a scan. */
  dark: number;
  /** Share of near-white pixels: paper, a page, a web screenshot, or an inverted radiograph. */
  paper: number;
  /** Share of mid-tones: anatomy has plenty, a page of text almost none. */
  mid: number;
}

const GRAY_SPREAD = 24;
const DARK_LUMA = 60;
const BLACK_LUMA = 16;
/** Brightness bands for paletteSpread: narrow enough that a colour map is one colour per band. */
const BANDS = 64;
const PAPER_LUMA = 225;
/** About 40,000 samples are plenty for shares, whatever the image size. */
const SAMPLES = 40_000;

export function pixelStats(image: RgbaImage): PixelStats {
  const { width, height, data } = image;
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / SAMPLES)));
  let n = 0, gray = 0, dark = 0, paper = 0, mid = 0, black = 0;
  // Per brightness band: count, and sums and squares of the two chroma axes.
  const band = new Float64Array(BANDS * 5);
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      const luma = (r * 77 + g * 150 + b * 29) >> 8;
      n++;
      if (Math.max(r, g, b) - Math.min(r, g, b) < GRAY_SPREAD) gray++;
      if (luma < BLACK_LUMA) black++;
      if (luma < DARK_LUMA) dark++;
      else if (luma > PAPER_LUMA) paper++;
      else mid++;
      const o = ((luma * BANDS) >> 8) * 5;
      const cr = r - g, cb = b - g;
      band[o]! += 1;
      band[o + 1]! += cr;
      band[o + 2]! += cb;
      band[o + 3]! += cr * cr;
      band[o + 4]! += cb * cb;
    }
  }
  let within = 0;
  for (let k = 0; k < BANDS; k++) {
    const o = k * 5, c = band[o]!;
    if (c) within += band[o + 3]! - (band[o + 1]! * band[o + 1]!) / c + band[o + 4]! - (band[o + 2]! * band[o + 2]!) / c;
  }
  return { gray: gray / n, dark: dark / n, paper: paper / n, mid: mid / n, black: black / n, paletteSpread: Math.sqrt(within / n), grid: ecgGrid(image) };
}

/** Periods (px) an ECG's minor grid is printed at, from a small phone photo to a full-page scan. */
const GRID_MIN_PERIOD = 3;
const GRID_MAX_PERIOD = 48;
/**
 * JPEG codes 8×8 blocks, and their seams repeat every 8 px in any photo: periods that are
 * multiples of 8 are not considered (an ECG printed at exactly 8 px a square is still known by
 * its printed lead names).
 */
const JPEG_BLOCK = 8;

/**
 * Red or pink lines ruled at one regular spacing, across and down: ECG paper. Profiles of
 * "redness" (red above the other two) along each axis, and the strongest autocorrelation at a lag
 * of a few pixels to a few dozen; the smaller of the two axes' is the answer (a striped shirt is
 * striped one way).
 */
export function ecgGrid({ width, height, data }: RgbaImage): number {
  if (width < 64 || height < 64) return 0;
  const columns = new Float64Array(width);
  const rows = new Float64Array(height);
  const stepY = Math.max(1, Math.floor(height / 400));
  const stepX = Math.max(1, Math.floor(width / 400));
  for (let y = 0; y < height; y += stepY) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      columns[x]! += data[i]! - (data[i + 1]! + data[i + 2]!) / 2;
    }
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x += stepX) {
      const i = (y * width + x) * 4;
      rows[y]! += data[i]! - (data[i + 1]! + data[i + 2]!) / 2;
    }
  }
  const redness = (columns.reduce((a, v) => a + v, 0) / width / Math.ceil(height / stepY));
  if (redness < 4) return 0;
  return Math.min(periodicity(columns), periodicity(rows));
}

/**
 * How strongly a profile repeats at one period of GRID_MIN..MAX_PERIOD px. The profile is first
 * differenced over 2 px: that keeps thin ruled lines (a spike each) and drops smooth shading and
 * the 2-px chroma pattern of JPEG's colour subsampling. A period counts only by how much its
 * autocorrelation beats that at half the period: a grid's lines there fall between lines (a
 * trough), while anything merely smooth correlates better at the shorter lag.
 */
function periodicity(profile: Float64Array): number {
  const n = profile.length - 2;
  if (n < 4 * GRID_MIN_PERIOD) return 0;
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = profile[i + 2]! - profile[i]!;
  let energy = 0;
  for (const v of d) energy += v * v;
  if (energy === 0) return 0;
  const maxLag = Math.min(GRID_MAX_PERIOD, n >> 2);
  const corr = new Float64Array(maxLag + 1);
  for (let lag = 1; lag <= maxLag; lag++) {
    let s = 0;
    for (let i = 0; i + lag < n; i++) s += d[i]! * d[i + lag]!;
    corr[lag] = (s / energy) * (n / (n - lag));
  }
  let best = 0;
  for (let lag = GRID_MIN_PERIOD; lag <= maxLag; lag++) {
    if (lag % JPEG_BLOCK === 0) continue;
    const c = corr[lag]!;
    best = Math.max(best, Math.min(c, c - corr[lag >> 1]!));
  }
  return Math.max(0, Math.min(1, best));
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
/** paletteSpread below which colour is taken as a map of one signal (see PixelStats). */
const PALETTE_SPREAD_MAX = 14;
/** ecgGrid from which the paper is an ECG's. */
const GRID_THRESHOLD = 0.45;

function clamp01(v: number): number {
  return Math.max(0, Math.min(1, v));
}

export function medicalVerdict(stats: PixelStats, words: readonly OcrWord[]): MedicalVerdict {
  const signals: string[] = [];
  // Pixels: gray (or one colour per brightness: a PET map, a tinted film, on a truly black
  // field), on a plain field (dark, or light with anatomy in mid-tones when a viewer shows the
  // negative), and not a white page. Each factor ramps rather than switches, so an image near a
  // boundary gets a middling score instead of flipping.
  const colourMapped = clamp01((PALETTE_SPREAD_MAX - stats.paletteSpread) / 8) * clamp01((stats.black - 0.1) / 0.15);
  const grayness = Math.max(clamp01((stats.gray - 0.75) / 0.2), colourMapped);
  const anatomy = clamp01((stats.mid - 0.15) / 0.2);
  const darkField = clamp01((stats.dark - 0.12) / 0.25);
  const lightField = clamp01((stats.paper - 0.12) / 0.25) * anatomy;
  const notPaper = 1 - clamp01((stats.paper - 0.3) / 0.3) * (1 - anatomy);
  const visual = grayness * Math.max(darkField, lightField) * notPaper;
  if (grayness > 0.5) signals.push(colourMapped > clamp01((stats.gray - 0.75) / 0.2) ? 'colour-mapped on black' : 'grayscale');
  if (darkField > 0.5) signals.push('dark field');
  else if (lightField > 0.5) signals.push('light field with mid-tones');
  if (notPaper < 0.5) signals.push('mostly white (document-like)');

  const vocab = scannerVocabulary(words);
  const marker = lateralityMarker(words);
  const ecg = ecgVocabulary(words);
  const grid = stats.grid >= GRID_THRESHOLD;
  if (grid) signals.push('ECG grid paper');
  for (const v of vocab) signals.push(`vocabulary ${v}`);
  if (marker) signals.push(`marker ${marker}`);
  if (ecg.length) signals.push('ECG leads and intervals');
  // Vocabulary on a page of white paper is a document about medicine, not a medical image...
  const textVote = clamp01(vocab.length / 3) * notPaper;
  // ...except an ECG's, which is printed on paper.
  const ecgVote = ecg.length || grid ? 1 : 0;
  const score = 1 - (1 - 0.75 * visual) * (1 - 0.6 * textVote) * (1 - (marker ? 0.25 * notPaper : 0)) * (1 - 0.6 * ecgVote);
  const rounded = Math.round(score * 100) / 100;
  return { likely: rounded >= LIKELY_THRESHOLD, score: rounded, signals };
}
