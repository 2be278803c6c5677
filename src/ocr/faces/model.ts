import { withTimeout } from '../time-limit';
import type { DetectFaces } from '../types';

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
const FACE_TIMEOUT_MS = 5_000;

/** `detect` within that limit: a detector that hangs costs the faces, never the words (scan.ts). */
export function withinFaceTimeLimit(detect: DetectFaces): DetectFaces {
  return (image) => withTimeout(detect(image), FACE_TIMEOUT_MS, 'finding faces');
}
