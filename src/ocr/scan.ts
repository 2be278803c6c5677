/**
 * One image -> what it holds (readPixels), and for the CLI and tools also -> findings
 * (scanPixels). Pure orchestration over injected pieces: the caller decodes (Node or canvas) and
 * supplies tesseract (in a Node worker, or in the extension's OCR host), so this file runs
 * unchanged in both.
 */
import { analyze } from '../engine';
import type { ReadCodes } from './barcodes';
import { medicalVerdict, pixelStats } from './heuristics';
import { imageFindings, type ImageAnalyzeOptions } from './image-findings';
import { rgbaToGray, toPgm } from './image';
import { buildSheets, sheetWords } from './line-sheet';
import { findAllTextLines } from './text-lines';
import type { DetectFaces, FaceReading, GpsLocation, ImageReading, ImageScanResult, OcrWord, RgbaImage } from './types';
import { dedupeWords, layoutText, type TesseractPage } from './words';

/** Tesseract on one preprocessed region (binary PGM bytes): its page, with word boxes. */
export type RecognizeText = (pgm: Uint8Array) => Promise<TesseractPage>;

/**
 * One timed stage of a scan, for profiling (the Chromium bench reads these as User Timing
 * measures of the OCR host). `width`/`height` are the pixels tesseract was given.
 */
export interface ScanStage {
  stage: 'gray' | 'find' | 'prepare' | 'read';
  width?: number;
  height?: number;
  start: number;
  end: number;
}
export type ScanProfiler = (stage: ScanStage) => void;

export interface ReadOptions {
  recognize: RecognizeText;
  /** EXIF GPS found in the encoded bytes, if any (read by the caller, who has the bytes). */
  location?: GpsLocation;
  /** Decodes barcodes and QR codes (barcodes.ts); without it, none are looked for. */
  readCodes?: ReadCodes;
  /** Finds faces (faces/detect.ts); without it, none are looked for and `faces` is left out. */
  detectFaces?: DetectFaces;
  now?: () => number;
  profile?: ScanProfiler;
}

export async function readWords(rgba: RgbaImage, recognize: RecognizeText, profile?: ScanProfiler): Promise<OcrWord[]> {
  const clock = () => performance.now();
  let t = clock();
  const gray = rgbaToGray(rgba);
  profile?.({ stage: 'gray', start: t, end: clock() });
  t = clock();
  const lines = findAllTextLines(rgba, gray);
  profile?.({ stage: 'find', start: t, end: clock() });
  t = clock();
  const sheets = buildSheets(lines);
  profile?.({ stage: 'prepare', start: t, end: clock() });
  const words: OcrWord[] = [];
  let first = 0;
  // One sheet for nearly every image; a page of text may need a few, read one after another by
  // the one worker.
  for (const sheet of sheets) {
    t = clock();
    const page = await recognize(toPgm(sheet.image));
    profile?.({ stage: 'read', width: sheet.image.width, height: sheet.image.height, start: t, end: clock() });
    words.push(...sheetWords(page, sheet, first));
    first += sheet.slots.length;
  }
  return dedupeWords(words);
}

/** Pixels -> what they hold: words, medical verdict, location. No engine, no policy. */
export async function readPixels(rgba: RgbaImage, options: ReadOptions): Promise<ImageReading> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  // Codes are decoded on this thread while tesseract reads in its worker: readWords hands its
  // sheet over before the decoder starts, so the two overlap.
  const stats = pixelStats(rgba);
  // Faces likewise, after the codes, in photos only: a film or a scan that its pixels alone mark as
  // medical holds no face to find, and the detector's time (on the CPU, on this thread) would be
  // added to the film's. A detector that fails or hangs costs the faces, never the words.
  const lookForFaces = options.detectFaces && !medicalVerdict(stats, []).likely ? options.detectFaces : undefined;
  const [words, codes, faces] = await Promise.all([
    readWords(rgba, options.recognize, options.profile),
    options.readCodes ? options.readCodes(rgba) : [],
    lookForFaces ? facesOrNone(lookForFaces, rgba) : undefined,
  ]);
  const medical = medicalVerdict(stats, words);
  return {
    words: layoutText(words).words,
    medical,
    ...(options.location ? { location: options.location } : {}),
    codes,
    ...(faces ? { faces } : {}),
    width: rgba.width,
    height: rgba.height,
    ms: Math.round((now() - started) * 10) / 10,
  };
}

/**
 * The faces, or undefined when the detector failed (a caller's time-out included): the words must
 * not be lost with them (an image's text is what most often identifies a patient).
 */
async function facesOrNone(detect: DetectFaces, rgba: RgbaImage): Promise<FaceReading[] | undefined> {
  try {
    return await detect(rgba);
  } catch (err) {
    console.warn(`Second Look: faces were not looked for in this image (${err instanceof Error ? err.name : typeof err}).`);
    return undefined;
  }
}

/** Read, then judge with the engine: the CLI's, eval's and bench's one call. */
export async function scanPixels(rgba: RgbaImage, options: ReadOptions & { analyze?: ImageAnalyzeOptions }): Promise<ImageScanResult> {
  const reading = await readPixels(rgba, options);
  return { ...reading, ...imageFindings(reading, analyze, options.analyze) };
}
