/**
 * One image -> findings. Pure orchestration over injected pieces: the caller decodes (Node or
 * canvas) and supplies the OCR reader (tesseract in a Node worker, or in the extension's OCR host),
 * so this file runs unchanged in both.
 */
import { analyze, verdictOf, type AnalyzeOptions, type Finding } from '../engine';
import { messageFor, RULES } from '../engine/rules';
import { medicalVerdict, pixelStats } from './heuristics';
import { rgbaToGray, toPgm } from './image';
import { planRegions, prepareRegion, type PreparedRegion } from './preprocess';
import type { GpsLocation, ImageScanResult, MedicalVerdict, OcrWord, RgbaImage } from './types';
import { boxForSpan, dedupeWords, layoutText, regionWords, type TesseractPage } from './words';

/** Reads one preprocessed region (binary PGM bytes) and returns tesseract's page with word boxes. */
export type OcrReader = (pgm: Uint8Array) => Promise<TesseractPage>;

/**
 * One timed stage of a scan, for profiling (the Chromium bench reads these as User Timing
 * measures of the OCR host). `width`/`height` are the pixels tesseract was given.
 */
export interface ScanStage {
  stage: 'gray' | 'prepare' | 'read';
  region?: PreparedRegion['name'];
  width?: number;
  height?: number;
  start: number;
  end: number;
}
export type ScanProfiler = (stage: ScanStage) => void;

export interface ScanOptions {
  read: OcrReader;
  /** EXIF GPS found in the encoded bytes, if any (read by the caller, who has the bytes). */
  location?: GpsLocation;
  /** Policy options passed through to the engine (sensitivity, disabled rules, terms). */
  analyze?: Omit<AnalyzeOptions, 'source' | 'medicalImage'>;
  now?: () => number;
  profile?: ScanProfiler;
}

export async function readWords(rgba: RgbaImage, read: OcrReader, profile?: ScanProfiler): Promise<OcrWord[]> {
  const clock = () => performance.now();
  let t = clock();
  const gray = rgbaToGray(rgba);
  profile?.({ stage: 'gray', start: t, end: clock() });
  const words: OcrWord[] = [];
  let line = 0;
  // Sequential on purpose: one tesseract worker, and the regions are small. (Preparing the next
  // region while the worker reads this one was measured: no faster on two busy cores.)
  for (const plan of planRegions(gray.width, gray.height)) {
    t = clock();
    const region = prepareRegion(gray, plan);
    const size = { region: region.name, width: region.image.width, height: region.image.height };
    profile?.({ stage: 'prepare', ...size, start: t, end: clock() });
    if (region.blank) continue;
    t = clock();
    const page = await read(toPgm(region.image));
    profile?.({ stage: 'read', ...size, start: t, end: clock() });
    const found = regionWords(page, region, line);
    words.push(...found);
    line = found.length ? Math.max(...found.map((w) => w.line)) + 1 : line;
  }
  return dedupeWords(words);
}

export async function scanPixels(rgba: RgbaImage, options: ScanOptions): Promise<ImageScanResult> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const words = await readWords(rgba, options.read, options.profile);
  const medical = medicalVerdict(pixelStats(rgba), words);
  const laid = layoutText(words);
  const analysis = analyze(laid.text, { ...options.analyze, source: 'image', medicalImage: medical.likely });
  const findings: Finding[] = analysis.findings.map((f) => {
    const box = boxForSpan(laid, f.start, f.end);
    return box ? { ...f, box } : f;
  });
  if (medical.likely) findings.push(imageFinding('image.medical', 'This image', medical));
  if (options.location) findings.push(imageFinding('image.location', 'This image', medical, options.location));
  return {
    verdict: verdictOf(findings),
    findings,
    ocrText: laid.text,
    words: laid.words,
    medical,
    ...(options.location ? { location: options.location } : {}),
    width: rgba.width,
    height: rgba.height,
    ms: Math.round((now() - started) * 10) / 10,
  };
}

/** Whole-image findings: no span of text and no box; `match` names the image. */
function imageFinding(rule: 'image.medical' | 'image.location', match: string, medical: MedicalVerdict, location?: GpsLocation): Finding {
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
