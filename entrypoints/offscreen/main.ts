// Chrome's OCR host: an offscreen document (reason WORKERS) that owns the tesseract worker.
import { answerOcrHost } from '../../src/messaging/ocr-host-listener';
import { hostScan } from '../../src/ocr/host';

answerOcrHost(hostScan);
