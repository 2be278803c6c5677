import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RgbaImage } from '../../../src/ocr/types';
import { isGlyph, radiograph, rgba } from './synthetic';

/**
 * The OCR host gets ready for the first image when a composer opens: after starting its worker it
 * reads one small drawn film out of sight (the first recognize, barcode decode and scan are several
 * times slower than later ones: bench:ocr:attach, load 5-6, first attach 1.53-1.75 s before, 1.06-1.16 s
 * after). It must do so once, never delay a real image that came first, and never fail anything.
 * tesseract.js, the decoders and the canvas are stand-ins here; the real ones run in the bench.
 */
const world = vi.hoisted(() => ({
  worker: undefined as undefined | Promise<unknown>,
  recognized: 0,
  codesRead: [] as { width: number; height: number }[],
}));

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (p: string) => `chrome-extension://test${p}` } } }));
vi.mock('../../../src/ocr/host-worker', () => ({
  MEASURE_PREFIX: 'second-look:ocr:',
  RECOGNIZE_TIMEOUT_MS: 60_000,
  WORKER_START_TIMEOUT_MS: 20_000,
  measure: () => undefined,
  clearScanMeasures: () => undefined,
  resetWorker: async () => undefined,
  ocrWorker: () => world.worker,
}));
vi.mock('../../../src/ocr/barcodes', () => ({
  codeReader: () => async (image: RgbaImage) => {
    world.codesRead.push({ width: image.width, height: image.height });
    return [];
  },
}));
vi.mock('../../../src/ocr/decode-browser', () => ({ decodeInBrowser: async () => ({ image: radiograph(300, 300), scale: 1 }) }));
vi.mock('../../../src/ocr/exif', () => ({ readGps: async () => undefined }));
// The face detector (its own tests: faces.test.ts) finds nothing and warms at once.
vi.mock('../../../src/ocr/faces/detect', () => ({ faceDetector: () => Object.assign(async () => [], { warm: async () => undefined }) }));

/** A worker whose every recognize is counted and reads nothing. */
const fakeWorker = {
  recognize: async () => {
    world.recognized++;
    return { data: { blocks: [] } };
  },
};

/** The canvas the film is drawn on: whatever is drawn, a dark film with a row of glyphs low left. */
class FakeCanvas {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {}
  getContext() {
    const { width, height } = this;
    return {
      fillStyle: '',
      font: '',
      createRadialGradient: () => ({ addColorStop: () => undefined }),
      fillRect: () => undefined,
      fillText: () => undefined,
      getImageData: () => rgba(width, height, (x, y) => (isGlyph(x, y, { x: 16, y: height - 60 }, 20, 12) ? [240, 240, 240] : [20, 20, 20])),
    };
  }
}

async function freshHost() {
  vi.resetModules();
  world.recognized = 0;
  world.codesRead = [];
  return import('../../../src/ocr/host');
}

beforeEach(() => {
  vi.stubGlobal('OffscreenCanvas', FakeCanvas);
  world.worker = Promise.resolve(fakeWorker);
});

describe('warming the OCR host', () => {
  it('reads one drawn film through the whole path (worker and barcode decoder), once per host', async () => {
    const host = await freshHost();
    await host.warmReader();
    expect(world.codesRead).toEqual([{ width: 1200, height: 1200 }]);
    expect(world.recognized).toBeGreaterThan(0);
    const after = world.recognized;
    await host.warmReader();
    expect(world.codesRead).toHaveLength(1);
    expect(world.recognized).toBe(after);
  });

  it('reads nothing of its own when a real image arrived while the worker was starting', async () => {
    let started!: (w: unknown) => void;
    world.worker = new Promise((resolve) => (started = resolve));
    const host = await freshHost();
    const warm = host.warmReader();
    const real = host.readImageInHost(new Uint8Array([1, 2, 3]), 'image/png');
    started(fakeWorker);
    await Promise.all([warm, real]);
    expect(world.codesRead).toEqual([{ width: 300, height: 300 }]);
  });

  it('a worker that cannot start fails nothing: the warm-up settles quietly, the real read reports', async () => {
    world.worker = Promise.reject(new Error('starting the OCR worker timed out after 20000 ms'));
    world.worker.catch(() => undefined);
    const host = await freshHost();
    await expect(host.warmReader()).resolves.toBeUndefined();
    expect(world.codesRead).toEqual([]);
    await expect(host.readImageInHost(new Uint8Array([1]), 'image/png')).rejects.toThrow('timed out');
  });
});
