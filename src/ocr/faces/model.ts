/** Where the face model sits in face-api's package and in the built extension (ocr/faces/). */
export const FACE_MODEL = {
  dir: 'ocr/faces',
  manifestFile: 'tiny_face_detector_model-weights_manifest.json',
  weightsFile: 'tiny_face_detector_model.bin',
} as const;

/** The model's files, however they were read (fetch in the extension, fs in Node). */
export interface FaceModelFiles {
  /** The parsed weights manifest: `[{ paths, weights: [{ name, shape, dtype }] }]`. */
  manifest: unknown;
  weights: ArrayBuffer;
}
