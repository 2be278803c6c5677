/**
 * The OCR host's tesseract.js worker: one, long-lived, started once with the bundled assets, and
 * its User Timing measures. No engine code here, so the offscreen document can start the worker
 * the moment it loads, while the scan code (engine and all) is still being fetched and parsed.
 */
import { browser } from 'wxt/browser';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { withTimeout } from './time-limit';
import { OCR_ASSETS } from './asset-paths';
import { TESSERACT_PARAMETERS } from './tesseract-params';

/** createWorker hangs silently when wasm is refused (CSP) or an asset is missing: never wait forever. */
export const WORKER_START_TIMEOUT_MS = 20_000;
/** One region of a huge image takes seconds on a slow laptop; a minute means the worker is stuck. */
export const RECOGNIZE_TIMEOUT_MS = 60_000;

let starting: Promise<Worker> | undefined;

/**
 * User Timing names of the host, seen in DevTools' Performance panel and read by the Chromium
 * bench (tests/bench/ocr-chromium-bench.ts): `worker` (createWorker + model load + parameters)
 * with `worker:<tesseract.js status>` phases, `warm` (host.ts's read of its drawn film), then per
 * scan `scan:decode`, `scan:gray`, `scan:prepare:<region>`, `scan:read:<region>` and `scan` (the
 * whole scan). Only the latest scan's entries are kept.
 */
export const MEASURE_PREFIX = 'second-look:ocr:';
const SCAN_PREFIX = `${MEASURE_PREFIX}scan`;

export function measure(name: string, start: number, end = performance.now(), detail?: unknown): void {
  try {
    performance.measure(MEASURE_PREFIX + name, { start, end, ...(detail === undefined ? {} : { detail }) });
  } catch {
    // Profiling only: never fail a scan over it.
  }
}

export function clearScanMeasures(): void {
  const names = new Set(performance.getEntriesByType('measure').map((e) => e.name).filter((n) => n.startsWith(SCAN_PREFIX)));
  for (const name of names) performance.clearMeasures(name);
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

/**
 * A one-function wasm module that uses i32x4.relaxed_trunc_f32x4_s (0xfd 0x101) on a v128
 * constant: it validates only where relaxed SIMD is supported.
 */
const RELAXED_SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // types: () -> v128
  0x03, 0x02, 0x01, 0x00, // one function of type 0
  0x0a, 0x19, 0x01, 0x17, 0x00, // code: one body of 23 bytes, no locals
  0xfd, 0x0c, ...new Array<number>(16).fill(0), // v128.const 0
  0xfd, 0x81, 0x02, // i32x4.relaxed_trunc_f32x4_s
  0x0b, // end
]);

/** The relaxed-SIMD core where the browser has it (Chrome 114+), else the SIMD one. */
export function corePath(): string {
  return WebAssembly.validate(RELAXED_SIMD_PROBE) ? OCR_ASSETS.cores.relaxedSimd : OCR_ASSETS.cores.simd;
}

async function startWorker(): Promise<Worker> {
  const started = performance.now();
  const url = (path: string) => browser.runtime.getURL(`/${path}` as '/');
  const phase = phaseTimer();
  const worker = await withTimeout(
    createWorker('eng', OEM.LSTM_ONLY, {
      logger: phase,
      workerPath: url(OCR_ASSETS.worker),
      corePath: url(corePath()),
      langPath: url(OCR_ASSETS.langDir),
      workerBlobURL: false,
      cacheMethod: 'none',
      gzip: false,
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
export async function resetWorker(): Promise<void> {
  const current = starting;
  starting = undefined;
  try {
    await (await current)?.terminate();
  } catch {
    // Already dead: nothing to clean up.
  }
}
