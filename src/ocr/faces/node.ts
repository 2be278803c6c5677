/** The face detector for Node (tests, tools): the model read from face-api's package. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { faceModelDir, tfjsWasmDir } from './build';
import { faceDetector, type DetectFaces } from './detect';
import { FACE_MODEL } from './model';

export function nodeFaceDetector(): DetectFaces {
  return faceDetector({
    async loadModel() {
      const bytes = readFileSync(join(faceModelDir(), FACE_MODEL.weightsFile));
      return {
        manifest: JSON.parse(readFileSync(join(faceModelDir(), FACE_MODEL.manifestFile), 'utf8')) as unknown,
        weights: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      };
    },
    wasmDir: `${tfjsWasmDir()}/`,
  });
}
