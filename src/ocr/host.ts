/**
 * The OCR host: decodes an image, reads it with the one tesseract.js worker (host-worker.ts) and
 * says what it holds (an ImageReading). No engine, no policy: the caller judges the reading.
 * Runs in Chrome's offscreen document and in Firefox's background page (both may start Workers;
 * a MV3 service worker may not).
 */
import { browser } from 'wxt/browser';
import { withTimeout } from '../messaging/ocr';
import { OCR_ASSETS } from './asset-paths';
import { codeReader } from './barcodes';
import { decodeInBrowser } from './decode-browser';
import { readGps } from './exif';
import { faceDetector } from './faces/detect';
import { FACE_MODEL } from './faces/model';
import { clearScanMeasures, measure, ocrWorker, resetWorker, RECOGNIZE_TIMEOUT_MS } from './host-worker';
import { readPixels, type ScanProfiler } from './scan';
import type { ImageReading } from './types';
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
/**
 * Starts the face detector's backend and loads its model (≈0.1 s of compiling and reading), so
 * the first photo does not wait for it. Called once the OCR worker is up, not to slow its start.
 */
export function warmFaces(): Promise<unknown> {
  return findFaces.warm();
}

/** Longest a face search may take (≈0.1-0.2 s measured, plus the model's first load) before the reading goes on without it. */
const FACE_TIMEOUT_MS = 5_000;

const profileStage: ScanProfiler = ({ stage, width, height, start, end }) => measure(`scan:${stage}`, start, end, width ? { width, height } : undefined);

export async function readImageInHost(bytes: Uint8Array, mime: string): Promise<ImageReading> {
  const started = performance.now();
  clearScanMeasures();
  // The worker starts (or is already running) while the image decodes.
  const ready = ocrWorker();
  ready.catch(() => undefined); // awaited below; a decode error must not leave it unhandled
  const { image, scale } = await decodeInBrowser(bytes, mime);
  measure('scan:decode', started, performance.now(), { width: image.width, height: image.height });
  const worker = await ready;
  const recognize = async (pgm: Uint8Array) => {
    try {
      // tesseract.js accepts raw bytes at runtime; its typings only list DOM image types.
      const job = worker.recognize(pgm as unknown as Blob, {}, { blocks: true, text: false });
      return (await withTimeout(job, RECOGNIZE_TIMEOUT_MS, 'reading the image')).data as unknown as TesseractPage;
    } catch (err) {
      await resetWorker();
      throw err;
    }
  };
  const location = await readGps(bytes);
  const detectFaces = async (rgba: typeof image) => {
    const t = performance.now();
    const faces = await withTimeout(findFaces(rgba), FACE_TIMEOUT_MS, 'finding faces');
    measure('scan:faces', t, performance.now(), { width: rgba.width, height: rgba.height });
    return faces;
  };
  const reading = await readPixels(image, { recognize, readCodes, detectFaces, ...(location ? { location } : {}), profile: profileStage });
  const ended = performance.now();
  measure('scan', started, ended);
  const ms = Math.round((ended - started) * 10) / 10;
  return scale === 1 ? { ...reading, ms } : rescale(reading, 1 / scale, ms);
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
