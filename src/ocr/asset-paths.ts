/**
 * Where the OCR assets sit inside the built extension. Copied from node_modules at build time by
 * bundle-assets.ts (never committed) and loaded by the OCR host with runtime.getURL, so the
 * extension never fetches anything from the network.
 */
export const OCR_ASSETS = {
  /** tesseract.js's worker script (started with `new Worker`, not a blob URL). */
  worker: 'ocr/worker.min.js',
  /** A directory: the worker picks the relaxed-SIMD or SIMD LSTM core by feature detection. */
  coreDir: 'ocr/core',
  /** Holds eng.traineddata, uncompressed (the integer LSTM model; see bundle-assets.ts). */
  langDir: 'ocr/lang',
} as const;

/** The LSTM-only wasm cores shipped: relaxed SIMD (Chrome) and SIMD (Firefox and the rest). */
export const OCR_CORE_FILES = ['tesseract-core-relaxedsimd-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js'] as const;
