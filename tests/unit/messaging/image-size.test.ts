import { describe, expect, it, vi } from 'vitest';

/** A stand-in for the runtime: records what would be sent, and the router's listener. */
const runtime = vi.hoisted(() => ({
  sent: [] as unknown[],
  listener: undefined as undefined | ((message: unknown, sender: unknown, reply: (r: unknown) => void) => unknown),
}));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (message: unknown) => {
        runtime.sent.push(message);
        return { ok: false, error: 'not reached in these tests' };
      },
      onMessage: { addListener: (l: typeof runtime.listener) => (runtime.listener = l) },
    },
  },
}));

const { imageSizeProblem, MAX_IMAGE_BYTES, readImage, routeImageReads, toBase64 } = await import('../../../src/messaging/ocr');

describe('image messages have a size cap, with a clear error', () => {
  it('names an empty file and one over the cap, in words for the panel', () => {
    expect(imageSizeProblem(0)).toBe('the file is empty');
    expect(imageSizeProblem(MAX_IMAGE_BYTES)).toBeUndefined();
    expect(imageSizeProblem(MAX_IMAGE_BYTES + 1)).toBe('it is 25.0 MB, more than the 25 MB Second Look can read');
    expect(imageSizeProblem(40 * 1024 * 1024)).toBe('it is 40.0 MB, more than the 25 MB Second Look can read');
  });

  it('the client refuses before encoding or sending anything', async () => {
    runtime.sent.length = 0;
    await expect(readImage(new Uint8Array(0), 'image/png')).rejects.toThrow('the file is empty');
    await expect(readImage(new Uint8Array(MAX_IMAGE_BYTES + 1), 'image/jpeg')).rejects.toThrow(/more than the 25 MB/);
    expect(runtime.sent).toEqual([]);
  });

  it('the background answers an oversized or empty request with why, instead of never answering', () => {
    routeImageReads({});
    const reply = (message: unknown) => {
      let answer: unknown;
      const keepsChannel = runtime.listener!(message, {}, (r) => (answer = r));
      return { answer, keepsChannel };
    };
    const big = toBase64(new Uint8Array(MAX_IMAGE_BYTES + 3));
    expect(reply({ kind: 'ocr.read', base64: big, mime: 'image/png' }).answer).toEqual({ ok: false, error: expect.stringContaining('more than the 25 MB') });
    expect(reply({ kind: 'ocr.read', base64: '', mime: 'image/png' }).answer).toEqual({ ok: false, error: 'the file is empty' });
    // Other extensions' and pages' kinds are still not ours to answer.
    expect(reply({ kind: 'tab-status?' })).toEqual({ answer: undefined, keepsChannel: undefined });
  });
});
