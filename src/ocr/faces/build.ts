/**
 * Build-time (wxt.config.ts, tests/vitest.config.ts) and Node: how face-api is bundled, and the
 * model and tfjs's .wasm files copied from their packages into the extension (never committed,
 * never downloaded).
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

/** tfjs's WebAssembly backend's binaries (plain and SIMD; the threaded one is never used). */
export function tfjsWasmDir(): string {
  return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
}

export function facePublicAssets(): { absoluteSrc: string; relativeDest: string }[] {
  return [
    ...FACE_MODEL.wasmFiles.map((file) => ({ absoluteSrc: join(tfjsWasmDir(), file), relativeDest: `${FACE_MODEL.dir}/${file}` })),
    { absoluteSrc: join(faceModelDir(), FACE_MODEL.manifestFile), relativeDest: `${FACE_MODEL.dir}/${FACE_MODEL.manifestFile}` },
    { absoluteSrc: join(faceModelDir(), FACE_MODEL.weightsFile), relativeDest: `${FACE_MODEL.dir}/${FACE_MODEL.weightsFile}` },
  ];
}
