/**
 * Where the OCR assets sit inside the built extension. Copied from node_modules at build time by
 * bundle-assets.ts (never committed) and loaded by the OCR host with runtime.getURL, so the
 * extension never fetches anything from the network.
 */
export const OCR_ASSETS = {
  /** tesseract.js's worker script (started with `new Worker`, not a blob URL). */
  worker: 'ocr/worker.min.js',
  /**
   * The LSTM-only cores, one picked by feature detection (host-worker.ts): a small loader script
   * that streams and compiles its .wasm. Emscripten looks for the .wasm beside the worker script
   * (not beside itself), so both sit in ocr/. (tesseract.js's default, a .wasm.js with the binary
   * inlined as base64, is 1.9 MB bigger per core, slower to start, and keeps the base64 text, the
   * script and the decoded bytes alive in the worker: ~10 MB.)
   */
  cores: { relaxedSimd: 'ocr/tesseract-core-relaxedsimd-lstm.js', simd: 'ocr/tesseract-core-simd-lstm.js' },
  /** zxing-wasm's reader (barcodes.ts), the package's own .wasm. */
  codes: 'ocr/zxing_reader.wasm',
  /** Holds eng.traineddata, uncompressed (the integer LSTM model; see bundle-assets.ts). */
  langDir: 'ocr/lang',
} as const;

/** The LSTM-only wasm cores shipped, copied into ocr/: relaxed SIMD (Chrome) and SIMD (the rest). */
export const OCR_CORE_FILES = [
  'tesseract-core-relaxedsimd-lstm.js',
  'tesseract-core-relaxedsimd-lstm.wasm',
  'tesseract-core-simd-lstm.js',
  'tesseract-core-simd-lstm.wasm',
] as const;
