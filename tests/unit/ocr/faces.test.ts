import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { decodeImage } from '../../../src/ocr/decode-node';
import { draftFaceContext } from '../../../src/ocr/faces/findings';
import { imageFindings } from '../../../src/ocr/image-findings';
import { readPixels } from '../../../src/ocr/scan';
import { startNodeOcr, type NodeOcr } from '../../../src/ocr/tesseract-node';
import { detectorInput, type DetectFaces } from '../../../src/ocr/faces/detect';
import { nodeFaceDetector } from '../../../src/ocr/faces/node';
import type { FaceReading } from '../../../src/ocr/types';
import { bareMedicalSpecs, filmSpecs, ordinarySpecs } from '../../ocr/fixtures/films';
import { generateFixtures } from '../../ocr/fixtures/generate';

/**
 * The face detector on photos that ship in a registry package (face-api's own demo pictures, in
 * node_modules), through the same JPEG decoder as the OCR tests; and on pictures the tests
 * render that hold no face: films, scans, screenshots, food, documents.
 */
const require = createRequire(import.meta.url);
const SAMPLES = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo');
const sample = (n: number) => decodeImage(readFileSync(join(SAMPLES, `sample${n}.jpg`)));

let detect: DetectFaces;
beforeAll(() => {
  detect = nodeFaceDetector();
});

const inside = (f: FaceReading, w: number, h: number) => f.box.x >= 0 && f.box.y >= 0 && f.box.x + f.box.w <= w && f.box.y + f.box.h <= h;

describe('faces in photos shipped with @vladmandic/face-api', () => {
  it('finds the faces of the group photos, boxed in the original pixels', async () => {
    await detect(sample(1)); // the model loads
    // On tfjs's WebAssembly backend, as in the extension (the JavaScript one is ten times slower).
    expect(tf.getBackend()).toBe('wasm');
    const tensors = tf.memory().numTensors;
    const counts: number[] = [];
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const image = sample(n);
      const faces = await detect(image);
      counts.push(faces.length);
      for (const f of faces) {
        expect(inside(f, image.width, image.height)).toBe(true);
        expect(f.score).toBeGreaterThanOrEqual(0.5);
        // A face in a 1920-pixel group photo, not a speck or the whole frame.
        expect(f.box.w).toBeGreaterThan(image.width / 40);
        expect(f.box.w).toBeLessThan(image.width / 2);
      }
      expect(faces.map((f) => f.score)).toEqual([...faces.map((f) => f.score)].sort((a, b) => b - a));
    }
    expect(counts.every((c) => c >= 1)).toBe(true);
    expect(counts.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(12);
    // The OCR host lives for hours: no tensor may outlive a call.
    expect(tf.memory().numTensors).toBe(tensors);
  }, 120_000);

  it('puts the box on the face: a crop around one face is still a face, the rest of the photo holds it no more', async () => {
    const image = sample(2);
    const [face] = await detect(image);
    expect(face).toBeDefined();
    const crop = cropOf(image, { x: face!.box.x - face!.box.w, y: face!.box.y - face!.box.h, w: face!.box.w * 3, h: face!.box.h * 3 });
    const again = await detect(crop);
    expect(again.length).toBeGreaterThanOrEqual(1);
    // The face erased (flat grey over its box) is no longer found where it was.
    const erased = { ...image, data: Uint8Array.from(image.data) };
    for (let y = face!.box.y; y < face!.box.y + face!.box.h; y++) erased.data.fill(128, (y * image.width + face!.box.x) * 4, (y * image.width + face!.box.x + face!.box.w) * 4);
    const left = await detect(erased);
    expect(left.some((f) => overlap(f.box, face!.box) > 0.3)).toBe(false);
  }, 60_000);
});

describe('a packaged photo through the whole reading (tesseract and the detector side by side)', () => {
  let ocr: NodeOcr;
  beforeAll(async () => {
    ocr = await startNodeOcr();
  }, 120_000);
  afterAll(async () => {
    await ocr?.terminate();
  });

  it('finds phi.face on the photo: consent asked with a patient in the draft, a low reminder without', async () => {
    const reading = await readPixels(sample(2), { recognize: ocr.recognize, detectFaces: detect });
    expect(reading.faces?.length).toBeGreaterThanOrEqual(1);
    const clinical = imageFindings(reading, analyze, {}, draftFaceContext('Our patient in bed 3 finally smiling again'));
    const face = clinical.findings.find((f) => f.rule === 'phi.face');
    expect(face).toMatchObject({ severity: 'medium', source: 'image', box: reading.faces![0]!.box });
    expect(face!.message).toMatch(/consent/);
    const selfie = imageFindings(reading, analyze, {}, draftFaceContext('Weekend with the crew'));
    expect(selfie.findings.filter((f) => f.rule === 'phi.face').map((f) => f.severity)).toEqual(reading.faces!.map(() => 'low'));
  }, 120_000);

  it('searches photos for faces, not films or scans that their pixels alone mark as medical', async () => {
    const searched: number[] = [];
    const spy: DetectFaces = async (image) => {
      searched.push(image.width);
      return [];
    };
    const film = (await generateFixtures(bareMedicalSpecs().filter((s) => s.id === 'bare-chest-negative')))[0]!;
    const onFilm = await readPixels(decodeImage(readFileSync(film.file)), { recognize: ocr.recognize, detectFaces: spy });
    expect(searched).toEqual([]);
    expect(onFilm.faces).toBeUndefined();
    const onPhoto = await readPixels(sample(2), { recognize: ocr.recognize, detectFaces: spy });
    expect(searched).toEqual([1920]);
    expect(onPhoto.faces).toEqual([]);
  }, 120_000);

  it('a detector that fails costs the faces, never the words', async () => {
    const overlay = readFileSync((await generateFixtures(filmSpecs().slice(0, 1)))[0]!.file);
    const failing = async () => {
      throw new Error('model missing');
    };
    const reading = await readPixels(decodeImage(overlay), { recognize: ocr.recognize, detectFaces: failing });
    expect(reading.faces).toBeUndefined();
    expect(reading.words.length).toBeGreaterThan(2);
    expect(imageFindings(reading, analyze).findings.some((f) => f.rule === 'phi.name')).toBe(true);
  }, 120_000);
});

describe('no faces where there are none', () => {
  it('finds none in rendered films, scans, screenshots and ordinary pictures', async () => {
    const fixtures = await generateFixtures([...filmSpecs().slice(0, 12), ...bareMedicalSpecs(), ...ordinarySpecs()]);
    const found: string[] = [];
    for (const f of fixtures) {
      const faces = await detect(decodeImage(readFileSync(f.file)));
      if (faces.length) found.push(`${f.spec.id}: ${faces.map((x) => x.score).join(', ')}`);
    }
    expect(found).toEqual([]);
  }, 600_000);

  it('finds none in a flat or a noisy image', async () => {
    expect(await detect({ width: 640, height: 480, data: new Uint8Array(640 * 480 * 4).fill(200) })).toEqual([]);
    let seed = 7;
    const noise = new Uint8Array(500 * 500 * 4).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    expect(await detect({ width: 500, height: 500, data: noise })).toEqual([]);
  });
});

describe('detector input', () => {
  it('averages a big image down to the detector size, keeping its aspect and colour', () => {
    const w = 1000, h = 500;
    const data = new Uint8Array(w * h * 4);
    for (let i = 0; i < w * h; i++) data.set([200, 100, 50, 255], i * 4);
    const { tensor, scale } = detectorInput({ width: w, height: h, data });
    expect(tensor.shape).toEqual([160, 320, 3]);
    expect(scale).toBeCloseTo(0.32);
    const values = tensor.dataSync();
    expect([values[0], values[1], values[2]]).toEqual([200, 100, 50]);
    tensor.dispose();
  });
});

function cropOf(image: { width: number; height: number; data: Uint8Array | Uint8ClampedArray }, r: { x: number; y: number; w: number; h: number }) {
  const x0 = Math.max(0, r.x), y0 = Math.max(0, r.y);
  const w = Math.min(image.width, r.x + r.w) - x0, h = Math.min(image.height, r.y + r.h) - y0;
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) data.set(image.data.subarray(((y0 + y) * image.width + x0) * 4, ((y0 + y) * image.width + x0 + w) * 4), y * w * 4);
  return { width: w, height: h, data };
}

function overlap(a: { x: number; y: number; w: number; h: number }, b: typeof a): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x), h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / Math.min(a.w * a.h, b.w * b.h) : 0;
}
