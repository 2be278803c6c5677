/** Where the face model and its runtime's .wasm sit in the built extension (ocr/faces/). */
export const FACE_MODEL = {
  dir: 'ocr/faces',
  manifestFile: 'tiny_face_detector_model-weights_manifest.json',
  weightsFile: 'tiny_face_detector_model.bin',
  /** tfjs's WebAssembly backend, copied beside the model (the backend picks one by feature). */
  wasmFiles: ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'],
} as const;

/** The model's files, however they were read (fetch in the extension, fs in Node). */
export interface FaceModelFiles {
  /** The parsed weights manifest: `[{ paths, weights: [{ name, shape, dtype }] }]`. */
  manifest: unknown;
  weights: ArrayBuffer;
}

/** Longest a face search may take (≈0.1-0.3 s measured, plus the model's first load) before the reading goes on without it. */
export const FACE_TIMEOUT_MS = 5_000;
