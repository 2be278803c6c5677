/**
 * The OCR host: decodes an image, reads it with the one tesseract.js worker (host-worker.ts) and
 * says what it holds (an ImageReading). No engine, no policy: the caller judges the reading.
 * Runs in Chrome's offscreen document and in Firefox's background page (both may start Workers;
 * a MV3 service worker may not).
 */
import { browser } from 'wxt/browser';
import { withTimeout } from './time-limit';
import { OCR_ASSETS } from './asset-paths';
import { codeReader } from './barcodes';
import { decodeInBrowser } from './decode-browser';
import { readGps } from './exif';
import { faceDetector } from './faces/detect';
import { FACE_MODEL, withinFaceTimeLimit } from './faces/model';
import { clearScanMeasures, measure, ocrWorker, resetWorker, RECOGNIZE_TIMEOUT_MS } from './host-worker';
import type { Worker } from 'tesseract.js';
import { readPixels, type RecognizeText, type ScanProfiler } from './scan';
import type { ImageReading, RgbaImage } from './types';
import type { TesseractPage } from './words';

export { ocrWorker, MEASURE_PREFIX, RECOGNIZE_TIMEOUT_MS, WORKER_START_TIMEOUT_MS } from './host-worker';

/** Barcodes and QR codes, decoded with the bundled reader (never its CDN default). */
const readCodes = codeReader({ url: browser.runtime.getURL(`/${OCR_ASSETS.codes}` as '/') });

/** Faces (phi.face), with the model the build copied from face-api's package (faces/build.ts). */
const findFaces = faceDetector({
  async loadModel() {
    const file = (name: string) => fetch(browser.runtime.getURL(`/${FACE_MODEL.dir}/${name}` as '/'));
    const [manifest, weights] = await Promise.all([file(FACE_MODEL.manifestFile).then((r) => r.json() as Promise<unknown>), file(FACE_MODEL.weightsFile).then((r) => r.arrayBuffer())]);
    return { manifest, weights };
  },
  wasmDir: browser.runtime.getURL(`/${FACE_MODEL.dir}/` as '/'),
});

const findFacesInTime = withinFaceTimeLimit(findFaces);

/** Faces in the decoded image, timed, within the time limit (scan.ts skips films and scans). */
async function detectFaces(rgba: RgbaImage) {
  const t = performance.now();
  const faces = await findFacesInTime(rgba);
  measure('scan:faces', t, performance.now(), { width: rgba.width, height: rgba.height });
  return faces;
}

const profileStage: ScanProfiler = ({ stage, width, height, start, end }) => measure(`scan:${stage}`, start, end, width ? { width, height } : undefined);

export async function readImageInHost(bytes: Uint8Array, mime: string): Promise<ImageReading> {
  const started = performance.now();
  realReadStarted = true;
  clearScanMeasures();
  // The worker starts (or is already running) while the image decodes.
  const ready = ocrWorker();
  ready.catch(() => undefined); // awaited below; a decode error must not leave it unhandled
  const { image, scale } = await decodeInBrowser(bytes, mime);
  measure('scan:decode', started, performance.now(), { width: image.width, height: image.height });
  const recognize = recognizer(await ready);
  const location = await readGps(bytes);
  const reading = await readPixels(image, { recognize, readCodes, detectFaces, ...(location ? { location } : {}), profile: profileStage });
  const ended = performance.now();
  measure('scan', started, ended);
  const ms = Math.round((ended - started) * 10) / 10;
  return scale === 1 ? { ...reading, ms } : rescale(reading, 1 / scale, ms);
}

/** Reads one prepared sheet with the worker, within the time limit; a worker that fails is replaced. */
function recognizer(worker: Worker): RecognizeText {
  return async (pgm) => {
    try {
      // tesseract.js accepts raw bytes at runtime; its typings only list DOM image types.
      const job = worker.recognize(pgm as unknown as Blob, {}, { blocks: true, text: false });
      return (await withTimeout(job, RECOGNIZE_TIMEOUT_MS, 'reading the image')).data as unknown as TesseractPage;
    } catch (err) {
      await resetWorker();
      throw err;
    }
  };
}

let warming: Promise<void> | undefined;
/** A real image came first (the host was started by a read, not by a composer): no priming then. */
let realReadStarted = false;

/**
 * Gets the reader ready for the first image, not just started: the worker's first recognize, the
 * barcode decoder's first call and the scan's own code run several times slower than every later
 * one (wasm and JS compiled on first use, tesseract's lazily built tables), so one small film
 * drawn here is read once, out of sight, while the person picks a file. Once per host; nothing is
 * kept but its `warm` measure, and it is skipped when a real image arrived first (that one would
 * only wait behind it). A failure is not reported: the first real read starts afresh and reports its own.
 */
export function warmReader(): Promise<void> {
  warming ??= (async () => {
    const recognize = recognizer(await ocrWorker());
    if (realReadStarted) return;
    const started = performance.now();
    await readPixels(primingFilm(), { recognize, readCodes });
    measure('warm', started);
    // The face detector's backend and model (≈0.1 s), so the first photo does not wait for them.
    await findFaces.warm();
  })().catch(() => undefined);
  return warming;
}

/**
 * A dark film with light three-line overlays in two corners, as viewers burn in. Big enough that
 * tesseract's hot code is compiled by the time it is done (a 640-pixel film with two lines saved
 * little on a busy machine: first attach 1.47 s -> 1.35 s, against 0.96 s with this one).
 */
function primingFilm(): RgbaImage {
  const width = 1200;
  const height = 1200;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  const tissue = ctx.createRadialGradient(width / 2, height / 2, 40, width / 2, height / 2, width / 2);
  tissue.addColorStop(0, '#8a8a8a');
  tissue.addColorStop(1, '#101010');
  ctx.fillStyle = tissue;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#f0f0f0';
  ctx.font = '24px monospace';
  const lines = ['SAMPLE, FILM [F]', 'DOB 01.02.1990', 'ID 0000000'];
  lines.forEach((line, i) => {
    ctx.fillText(line, 20, height - 20 - 30 * (lines.length - 1 - i));
    ctx.fillText(line, width - 260, 40 + 30 * i);
  });
  return ctx.getImageData(0, 0, width, height);
}

/** Boxes of a downscaled decode, back in the original image's pixels. */
function rescale(r: ImageReading, k: number, ms: number): ImageReading {
  const box = <T extends { x: number; y: number; w: number; h: number }>(b: T) => ({ x: Math.round(b.x * k), y: Math.round(b.y * k), w: Math.round(b.w * k), h: Math.round(b.h * k) });
  return {
    ...r,
    words: r.words.map((w) => ({ ...w, box: box(w.box) })),
    codes: r.codes.map((c) => ({ ...c, box: box(c.box) })),
    ...(r.faces ? { faces: r.faces.map((f) => ({ ...f, box: box(f.box) })) } : {}),
    width: Math.round(r.width * k),
    height: Math.round(r.height * k),
    ms,
  };
}
