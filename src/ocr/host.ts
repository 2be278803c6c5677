/**
 * The OCR host: one long-lived tesseract.js worker, started lazily, with the bundled assets.
 * Runs in Chrome's offscreen document and in Firefox's background page (both may start Workers;
 * a MV3 service worker may not).
 */
import { browser } from 'wxt/browser';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import type { Sensitivity } from '../engine';
import { OCR_ASSETS } from './asset-paths';
import { decodeInBrowser } from './decode-browser';
import { readGps } from './exif';
import { scanPixels, type ScanProfiler } from './scan';
import { TESSERACT_PARAMETERS } from './tesseract-params';
import type { ImageScanResult } from './types';
import type { TesseractPage } from './words';

/** createWorker hangs silently when wasm is refused (CSP) or an asset is missing: never wait forever. */
export const WORKER_START_TIMEOUT_MS = 20_000;
/** One region of a huge image takes seconds on a slow laptop; a minute means the worker is stuck. */
export const RECOGNIZE_TIMEOUT_MS = 60_000;

let starting: Promise<Worker> | undefined;

/**
 * User Timing names of the host, seen in DevTools' Performance panel and read by the Chromium
 * bench (tests/bench/ocr-chromium-bench.ts): `worker` (createWorker + model load + parameters)
 * with `worker:<tesseract.js status>` phases, then per scan `scan:decode`, `scan:gray`, `scan:prepare:<region>`, `scan:read:<region>` and
 * `scan` (the whole scan). Only the latest scan's entries are kept.
 */
export const MEASURE_PREFIX = 'second-look:ocr:';
const SCAN_PREFIX = `${MEASURE_PREFIX}scan`;

function measure(name: string, start: number, end = performance.now(), detail?: unknown): void {
  try {
    performance.measure(MEASURE_PREFIX + name, { start, end, ...(detail === undefined ? {} : { detail }) });
  } catch {
    // Profiling only: never fail a scan over it.
  }
}

function clearScanMeasures(): void {
  const names = new Set(performance.getEntriesByType('measure').map((e) => e.name).filter((n) => n.startsWith(SCAN_PREFIX)));
  for (const name of names) performance.clearMeasures(name);
}

const profileStage: ScanProfiler = ({ stage, region, width, height, start, end }) =>
  measure(`scan:${stage}${region ? `:${region}` : ''}`, start, end, width ? { width, height } : undefined);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Times tesseract.js's start-up phases from its progress messages (`worker:<status>` measures);
 * `{ status: '' }` ends the last phase, and later progress (recognizing text) is ignored.
 */
function phaseTimer(): (m: { status: string }) => void {
  let phase: string | undefined;
  let since = 0;
  let done = false;
  return ({ status }) => {
    if (done || status === phase) return;
    const now = performance.now();
    if (phase) measure(`worker:${phase}`, since, now);
    phase = status;
    since = now;
    done = status === '';
  };
}

async function startWorker(): Promise<Worker> {
  const started = performance.now();
  const url = (path: string) => browser.runtime.getURL(`/${path}` as '/');
  const phase = phaseTimer();
  const worker = await withTimeout(
    createWorker('eng', OEM.LSTM_ONLY, {
      logger: phase,
      workerPath: url(OCR_ASSETS.worker),
      corePath: url(OCR_ASSETS.coreDir),
      langPath: url(OCR_ASSETS.langDir),
      workerBlobURL: false,
      cacheMethod: 'none',
      gzip: true,
    }),
    WORKER_START_TIMEOUT_MS,
    'starting the OCR worker',
  );
  phase({ status: 'setting parameters' });
  await worker.setParameters(TESSERACT_PARAMETERS);
  phase({ status: '' });
  measure('worker', started);
  return worker;
}

/** The worker, started once; a failed start is forgotten so the next image tries again. */
export function ocrWorker(): Promise<Worker> {
  starting ??= startWorker().catch((err: unknown) => {
    starting = undefined;
    throw err;
  });
  return starting;
}

/** Drops a worker that errored or hung, so the next scan starts a fresh one. */
async function resetWorker(): Promise<void> {
  const current = starting;
  starting = undefined;
  try {
    await (await current)?.terminate();
  } catch {
    // Already dead: nothing to clean up.
  }
}

export async function hostScan(bytes: Uint8Array, mime: string, sensitivity?: Sensitivity): Promise<ImageScanResult> {
  const started = performance.now();
  clearScanMeasures();
  const { image, scale } = await decodeInBrowser(bytes, mime);
  measure('scan:decode', started, performance.now(), { width: image.width, height: image.height });
  const worker = await ocrWorker();
  const read = async (pgm: Uint8Array) => {
    try {
      // tesseract.js accepts raw bytes at runtime; its typings only list DOM image types.
      const job = worker.recognize(pgm as unknown as Blob, {}, { blocks: true, text: false });
      return (await withTimeout(job, RECOGNIZE_TIMEOUT_MS, 'reading the image')).data as unknown as TesseractPage;
    } catch (err) {
      await resetWorker();
      throw err;
    }
  };
  const result = await scanPixels(image, { read, location: await readGps(bytes), analyze: sensitivity ? { sensitivity } : {}, profile: profileStage });
  const ended = performance.now();
  measure('scan', started, ended);
  const ms = Math.round((ended - started) * 10) / 10;
  return scale === 1 ? { ...result, ms } : rescale(result, 1 / scale, ms);
}

/** Boxes of a downscaled decode, back in the original image's pixels. */
function rescale(r: ImageScanResult, k: number, ms: number): ImageScanResult {
  const box = <T extends { x: number; y: number; w: number; h: number }>(b: T) => ({ x: Math.round(b.x * k), y: Math.round(b.y * k), w: Math.round(b.w * k), h: Math.round(b.h * k) });
  return {
    ...r,
    findings: r.findings.map((f) => (f.box ? { ...f, box: box(f.box) } : f)),
    words: r.words.map((w) => ({ ...w, box: box(w.box) })),
    width: Math.round(r.width * k),
    height: Math.round(r.height * k),
    ms,
  };
}
