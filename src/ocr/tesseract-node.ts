/**
 * The OCR reader for Node (CLI, eval, bench): one tesseract.js worker thread with the bundled
 * English LSTM model read from node_modules, so nothing is downloaded and nothing is cached to
 * disk.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import type { RecognizeText } from './scan';
import { TESSERACT_PARAMETERS } from './tesseract-params';
import type { TesseractPage } from './words';

const require = createRequire(import.meta.url);

/** The integer-quantised LSTM model: the LSTM-only core reads it, and it is 2.9 MB gzipped. */
export function englishModelDir(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

export interface NodeOcr {
  recognize: RecognizeText;
  terminate(): Promise<void>;
}

export const WORKER_START_TIMEOUT_MS = 30_000;

export async function startNodeOcr(): Promise<NodeOcr> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`OCR worker did not start within ${WORKER_START_TIMEOUT_MS} ms`)), WORKER_START_TIMEOUT_MS);
  });
  let worker: Worker;
  try {
    worker = await Promise.race([createWorker('eng', OEM.LSTM_ONLY, { langPath: englishModelDir(), cacheMethod: 'none', gzip: true }), timeout]);
  } finally {
    clearTimeout(timer);
  }
  await worker.setParameters(TESSERACT_PARAMETERS);
  return {
    recognize: async (pgm) => (await worker.recognize(Buffer.from(pgm), {}, { blocks: true, text: false })).data as unknown as TesseractPage,
    terminate: async () => {
      await worker.terminate();
    },
  };
}
