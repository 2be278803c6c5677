import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The OCR host keeps one tesseract.js worker and must recover when it fails: a start that fails
 * or hangs is forgotten so the next image tries again, and a worker that errored is dropped so
 * the next scan gets a fresh one. tesseract.js itself is replaced here by a stand-in whose
 * starts can be made to fail, hang or succeed (the real worker is exercised by the e2e OCR tests).
 */
const starts: { resolve: (w: FakeWorker) => void; reject: (e: Error) => void }[] = [];
interface FakeWorker {
  id: number;
  terminated: boolean;
  setParameters: () => Promise<void>;
  terminate: () => Promise<void>;
}
let made = 0;
function fakeWorker(): FakeWorker {
  const w: FakeWorker = {
    id: ++made,
    terminated: false,
    setParameters: async () => undefined,
    terminate: async () => {
      w.terminated = true;
    },
  };
  return w;
}

vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (p: string) => `chrome-extension://test${p}` } } }));
vi.mock('tesseract.js', () => ({
  OEM: { LSTM_ONLY: 1 },
  PSM: { SPARSE_TEXT: '11', SPARSE_TEXT_OSD: '12', SINGLE_BLOCK: '6', AUTO: '3' },
  createWorker: () => new Promise((resolve, reject) => starts.push({ resolve, reject })),
}));

const { ocrWorker, resetWorker, WORKER_START_TIMEOUT_MS } = await import('../../../src/ocr/host-worker');
const { withTimeout } = await import('../../../src/ocr/time-limit');

afterEach(async () => {
  vi.useRealTimers();
  await resetWorker();
  starts.length = 0;
});

/** Lets the promise chains inside ocrWorker run up to the next createWorker call. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('OCR worker recovery', () => {
  it('starts one worker and reuses it', async () => {
    const first = ocrWorker();
    const second = ocrWorker();
    await settle();
    expect(starts).toHaveLength(1);
    starts[0]!.resolve(fakeWorker());
    expect(await first).toBe(await second);
  });

  it('forgets a failed start, so the next image tries again', async () => {
    const failed = ocrWorker();
    await settle();
    starts[0]!.reject(new Error('wasm refused'));
    await expect(failed).rejects.toThrow('wasm refused');

    const retry = ocrWorker();
    await settle();
    expect(starts).toHaveLength(2);
    const w = fakeWorker();
    starts[1]!.resolve(w);
    expect(await retry).toBe(w);
  });

  it('gives up on a start that hangs, then starts afresh', async () => {
    vi.useFakeTimers();
    const hung = ocrWorker();
    const caught = hung.catch((e: Error) => e);
    await vi.advanceTimersByTimeAsync(WORKER_START_TIMEOUT_MS + 1);
    expect(((await caught) as Error).message).toMatch(/starting the OCR worker timed out/);
    vi.useRealTimers();

    const retry = ocrWorker();
    await settle();
    expect(starts).toHaveLength(2);
    starts[1]!.resolve(fakeWorker());
    await expect(retry).resolves.toMatchObject({ terminated: false });
  });

  it('drops a worker that errored: it is terminated and the next scan gets a new one', async () => {
    const first = ocrWorker();
    await settle();
    const w1 = fakeWorker();
    starts[0]!.resolve(w1);
    await first;

    await resetWorker();
    expect(w1.terminated).toBe(true);
    const next = ocrWorker();
    await settle();
    expect(starts).toHaveLength(2);
    const w2 = fakeWorker();
    starts[1]!.resolve(w2);
    expect(await next).toBe(w2);
  });

  it('withTimeout passes results through and names what timed out', async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000, 'x')).resolves.toBe(7);
    vi.useFakeTimers();
    const slow = withTimeout(new Promise(() => undefined), 500, 'reading the image').catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(501);
    expect(await slow).toBe('reading the image timed out after 500 ms');
  });
});
