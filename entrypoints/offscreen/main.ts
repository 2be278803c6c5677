// Chrome's OCR host: an offscreen document (reason WORKERS) that owns the tesseract worker. The
// background creates it when a composer that takes images opens (or for the first image), so the
// worker starts at once, before the reading code has even loaded: the two overlap.
import { answerImageReads } from '../../src/messaging/ocr';
import { ocrWorker } from '../../src/ocr/host-worker';

// A failed start is retried by the first read, which reports the error.
const worker = ocrWorker();
worker.catch(() => undefined);
const host = import('../../src/ocr/host');
host.catch(() => undefined); // a failed load is the read's error answer, below
// The face detector after the worker (a failure is the first photo's to report, or to skip).
void Promise.all([host, worker]).then(([h]) => h.warmFaces()).catch(() => undefined);
answerImageReads(async (bytes, mime) => (await host).readImageInHost(bytes, mime));
