/**
 * Faces in a photo (phi.face): face-api's Tiny Face Detector, whose weights ship inside the
 * @vladmandic/face-api package and are copied into the build (faces/build.ts), run by
 * TensorFlow.js's WebAssembly backend (SIMD where the browser has it), or its plain JavaScript one
 * if that cannot start. Platform-neutral: the OCR host (Chrome's offscreen document, Firefox's
 * background page) and the Node tests hand it decoded pixels, the model's bytes and where the
 * backend's .wasm files are.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as faceapi from '@vladmandic/face-api/dist/face-api.esm-nobundle.js';
import { z } from 'zod';
import type { Box, DetectFaces, RgbaImage } from '../types';
import type { FaceModelFiles } from './model';

export type { DetectFaces };

/**
 * Side of the square the detector reads (a multiple of 32). On face-api's own group photos
 * (demo/sample*.jpg), 224 found no face in half of them; 416 finds a few more small faces in a
 * crowd than 320 at 1.7 times the cost, and one face is all a finding needs.
 */
export const FACE_INPUT_SIZE = 320;
/** Below this confidence a "face" is as often a pattern in a film or a screenshot as a person. */
export const FACE_MIN_SCORE = 0.5;

const ManifestSchema = z.array(
  z.object({ weights: z.array(z.object({ name: z.string(), shape: z.array(z.number()), dtype: z.enum(['float32', 'int32', 'bool']) }).loose()) }).loose(),
);

export interface FaceDetectorSetup {
  loadModel(): Promise<FaceModelFiles>;
  /** Folder (URL or path, ending in "/") holding tfjs's tfjs-backend-wasm(-simd).wasm. */
  wasmDir: string;
}

/**
 * The backend: WebAssembly runs the detector about ten times faster than tfjs's JavaScript CPU
 * kernels (≈70 vs ≈720 ms a photo in Node, measured), which stay the fallback. Single-threaded:
 * extension pages are not cross-origin isolated, so the threaded build could not start anyway.
 */
async function startBackend(wasmDir: string): Promise<string> {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(wasmDir);
  const wasm = await tf.setBackend('wasm').catch(() => false);
  if (!wasm) await tf.setBackend('cpu');
  return tf.getBackend();
}

/**
 * A detector that loads its model on first use, or on `warm()` (once; a failed load is tried
 * again next time). Each call returns the faces in the image, most confident first.
 */
export function faceDetector(setup: FaceDetectorSetup): DetectFaces & { warm(): Promise<unknown> } {
  let net: Promise<faceapi.TinyFaceDetector> | undefined;
  const ready = () =>
    (net ??= (async () => {
      await startBackend(setup.wasmDir);
      const { manifest, weights } = await setup.loadModel();
      const specs = ManifestSchema.parse(manifest).flatMap((group) => group.weights);
      const detector = new faceapi.TinyFaceDetector();
      // face-api's typings carry their own copy of tfjs's types: the same objects, another declaration.
      detector.loadFromWeightMap(tf.io.decodeWeights(weights, specs as tf.io.WeightsManifestEntry[]) as unknown as Parameters<typeof detector.loadFromWeightMap>[0]);
      return detector;
    })().catch((err: unknown) => {
      net = undefined;
      throw err;
    }));
  const detect: DetectFaces = async (image) => {
    const detector = await ready();
    const { tensor, scale } = detectorInput(image);
    try {
      const found = await detector.locateFaces(tensor as unknown as faceapi.TNetInput, new faceapi.TinyFaceDetectorOptions({ inputSize: FACE_INPUT_SIZE, scoreThreshold: FACE_MIN_SCORE }));
      return found
        .map((d) => ({ score: Math.round(d.score * 1000) / 1000, box: clipped(d.box, scale, image) }))
        .filter((f) => f.box.w > 0 && f.box.h > 0)
        .sort((a, b) => b.score - a.score);
    } finally {
      tensor.dispose();
    }
  };
  return Object.assign(detect, { warm: ready });
}

/**
 * The image as the detector's RGB tensor, averaged down so its longer side is at most
 * FACE_INPUT_SIZE (a 12-megapixel photo would otherwise be copied whole into a tensor, only for
 * tfjs to resize it: most of the time of a naive call). `scale` = tensor pixels per image pixel.
 */
export function detectorInput(image: RgbaImage): { tensor: tf.Tensor3D; scale: number } {
  const { width, height, data } = image;
  const scale = Math.min(1, FACE_INPUT_SIZE / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale)), h = Math.max(1, Math.round(height * scale));
  const sum = new Float32Array(w * h * 3);
  const count = new Float32Array(w * h);
  const colOf = new Int32Array(width);
  for (let x = 0; x < width; x++) colOf[x] = Math.min(w - 1, Math.floor(x * scale));
  for (let y = 0; y < height; y++) {
    const row = Math.min(h - 1, Math.floor(y * scale)) * w;
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      const o = row + colOf[x]!;
      sum[o * 3]! += data[i]!;
      sum[o * 3 + 1]! += data[i + 1]!;
      sum[o * 3 + 2]! += data[i + 2]!;
      count[o]! += 1;
    }
  }
  for (let o = 0; o < w * h; o++) {
    const c = count[o] || 1;
    sum[o * 3]! /= c;
    sum[o * 3 + 1]! /= c;
    sum[o * 3 + 2]! /= c;
  }
  return { tensor: tf.tensor3d(sum, [h, w, 3], 'float32'), scale: w / width };
}

function clipped(b: { x: number; y: number; width: number; height: number }, scale: number, image: RgbaImage): Box {
  const x = Math.max(0, Math.round(b.x / scale)), y = Math.max(0, Math.round(b.y / scale));
  return { x, y, w: Math.min(image.width, Math.round((b.x + b.width) / scale)) - x, h: Math.min(image.height, Math.round((b.y + b.height) / scale)) - y };
}
