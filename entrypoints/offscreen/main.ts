// Chrome's OCR host: an offscreen document (reason WORKERS) that owns the tesseract worker. The
// background creates it for the first image, so the worker starts at once, before the scan code
// (the engine and its word lists, a separate chunk) has even loaded: the two overlap.
import { answerOcrHost } from '../../src/messaging/ocr-host-listener';
import { ocrWorker } from '../../src/ocr/host-worker';

// A failed start is retried by the first scan, which reports the error.
ocrWorker().catch(() => undefined);
const host = import('../../src/ocr/host');
host.catch(() => undefined); // a failed load is the scan's error answer, below
answerOcrHost(async (bytes, mime, sensitivity) => (await host).hostScan(bytes, mime, sensitivity));
