/**
 * `second-look scan-image [--json] FILE...`: the extension's image check (OCR, medical-image
 * heuristics, EXIF GPS, the same engine on the text) run on files on this machine. One result per
 * file, in argument order; a file that cannot be read or decoded gives an error result and the
 * rest carry on. The OCR worker starts once, at the first decodable image. Faces (`phi.face`) are
 * looked for in photos as in the extension; with no draft beside the image, a face is clinical
 * only by what the image itself shows (a ward, a wristband, a monitor).
 */
import { readFile } from 'node:fs/promises';
import { SEVERITY_RANK, type Sensitivity, type Verdict } from '../engine';
import { decodeImage } from '../ocr/decode-node';
import { readGps } from '../ocr/exif';
import type { ReadCodes } from '../ocr/barcodes';
import { nodeCodeReader } from '../ocr/barcodes-node';
import { withinFaceTimeLimit } from '../ocr/faces/model';
import { loadNodeFaceDetector } from '../ocr/faces/node-loader';
import { scanPixels } from '../ocr/scan';
import { startNodeOcr, type NodeOcr } from '../ocr/tesseract-node';
import type { DetectFaces, ImageScanResult } from '../ocr/types';
import { publicImageFinding, type PublicImageFinding } from './public-finding';
import type { LineWriter } from './streams';

export interface ScanImageOptions {
  files: string[];
  json: boolean;
  sensitivity: Sensitivity;
  failOn?: Exclude<Verdict, 'ok'>;
}

/** One `--json` output line for an image that was scanned. Field order is the documented order. */
export interface ScannedImage {
  file: string;
  verdict: Verdict;
  findings: PublicImageFinding[];
  ocrText: string;
  medical: { likely: boolean; score: number };
  location?: { lat: number; lon: number };
  /** Decode, OCR and analysis of this file, in milliseconds (worker start-up excluded). */
  ms: number;
}

export interface ImageError {
  file: string;
  error: string;
}

export interface ImageSummary {
  scanned: number;
  failed: number;
  worst: Verdict;
}

export async function scanImages(options: ScanImageOptions, write: LineWriter): Promise<ImageSummary> {
  const summary: ImageSummary = { scanned: 0, failed: 0, worst: 'ok' };
  let ocr: NodeOcr | undefined;
  let readCodes: ReadCodes | undefined;
  let detectFaces: DetectFaces | undefined;
  try {
    for (const file of options.files) {
      let out: ScannedImage;
      try {
        const bytes = new Uint8Array(await readFile(file));
        const started = performance.now();
        const rgba = decodeImage(bytes);
        ocr ??= await startNodeOcr();
        readCodes ??= nodeCodeReader();
        detectFaces ??= withinFaceTimeLimit(await loadNodeFaceDetector());
        const result = await scanPixels(rgba, {
          recognize: ocr.recognize,
          readCodes,
          detectFaces,
          location: await readGps(bytes),
          analyze: { sensitivity: options.sensitivity },
        });
        out = toScannedImage(file, result, performance.now() - started);
      } catch (err) {
        summary.failed++;
        const error: ImageError = { file, error: problem(err) };
        await write(options.json ? JSON.stringify(error) : `${file}: error: ${error.error}`);
        continue;
      }
      summary.scanned++;
      if (SEVERITY_RANK[out.verdict] > SEVERITY_RANK[summary.worst]) summary.worst = out.verdict;
      await write(options.json ? JSON.stringify(out) : formatImageReport(out));
    }
  } finally {
    await ocr?.terminate();
  }
  return summary;
}

function problem(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'EACCES') return 'permission denied';
  return e.message ?? String(err);
}

export function toScannedImage(file: string, r: ImageScanResult, ms: number): ScannedImage {
  return {
    file,
    verdict: r.verdict,
    findings: r.findings.map(publicImageFinding),
    ocrText: r.ocrText,
    medical: { likely: r.medical.likely, score: r.medical.score },
    ...(r.location ? { location: r.location } : {}),
    ms: Math.round(ms),
  };
}

/** The plain-text form: verdict, then one line per finding with where it is in the image. */
export function formatImageReport(r: ScannedImage): string {
  const lines = [`${r.file}: ${r.verdict.toUpperCase()} - ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}${r.medical.likely ? ` (looks medical, score ${r.medical.score})` : ''}`];
  for (const f of r.findings) {
    const where = f.box ? ` at x=${f.box.x} y=${f.box.y} ${f.box.w}x${f.box.h}` : '';
    lines.push(`  ${f.severity.padEnd(6)} ${f.rule.padEnd(16)} ${f.message}${where}`);
  }
  if (r.ocrText) lines.push(`  text read: ${JSON.stringify(r.ocrText)}`);
  return lines.join('\n');
}
