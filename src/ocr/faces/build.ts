/**
 * Build-time only (wxt.config.ts, tests/vitest.config.ts): how face-api is bundled, and the model
 * files copied from its package into the extension (never committed, never downloaded).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACE_MODEL } from './model';

const require = createRequire(import.meta.url);
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** face-api's imports of the full tfjs and its GPU/WASM backends, resolved to the CPU-only set. */
export const FACE_API_ALIASES: Record<string, string> = {
  '@tensorflow/tfjs/dist/index.js': here('./tfjs-for-face-api.ts'),
  '@tensorflow/tfjs-backend-webgl/dist/index.js': here('./no-backend.ts'),
  '@tensorflow/tfjs-backend-wasm/dist/index.js': here('./no-backend.ts'),
};

/** The package's own model folder (Tiny Face Detector: a 190 kB weights file and its manifest). */
export function faceModelDir(): string {
  return join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
}

export function facePublicAssets(): { absoluteSrc: string; relativeDest: string }[] {
  return [
    { absoluteSrc: join(faceModelDir(), FACE_MODEL.manifestFile), relativeDest: `${FACE_MODEL.dir}/${FACE_MODEL.manifestFile}` },
    { absoluteSrc: join(faceModelDir(), FACE_MODEL.weightsFile), relativeDest: `${FACE_MODEL.dir}/${FACE_MODEL.weightsFile}` },
  ];
}
