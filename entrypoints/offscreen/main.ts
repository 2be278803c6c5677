// Chrome's OCR host: an offscreen document (reason WORKERS) that owns the tesseract worker. The
// background creates it when a composer that takes images opens (or for the first image), so the
// worker starts at once, before the reading code has even loaded: the two overlap.
import { answerImageReads } from '../../src/messaging/ocr';
import { ocrWorker } from '../../src/ocr/host-worker';

// A failed start is retried by the first read, which reports the error.
ocrWorker().catch(() => undefined);
const host = import('../../src/ocr/host');
host.catch(() => undefined); // a failed load is the read's error answer, below
answerImageReads(async (bytes, mime) => (await host).readImageInHost(bytes, mime));
// Then one small film is read out of sight, so the first attached image is read at full speed.
void host.then((h) => h.warmReader()).catch(() => undefined);
