import { describe, expect, it, vi } from 'vitest';

/**
 * Chrome's offscreen document exists (runtime.getContexts lists it) a while before its script has
 * registered the host's listener. A read that arrives in that gap, because the warm-up created the
 * document a moment earlier, must wait for the host rather than fail with "Receiving end does not
 * exist" (the image would then show as unread and hold Post for nothing).
 */
const world = vi.hoisted(() => ({
  documentExists: false,
  hostListening: false,
  listener: undefined as undefined | ((message: unknown, sender: unknown, reply: (r: unknown) => void) => unknown),
}));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      getURL: (path: string) => `chrome-extension://id${path}`,
      getContexts: async () => (world.documentExists ? [{ documentUrl: 'chrome-extension://id/offscreen.html' }] : []),
      sendMessage: async (message: { kind: string }) => {
        if (!world.hostListening) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (message.kind === 'ocr.host.ping') return { ok: true };
        return { ok: true, reading: { width: 1, height: 1, ms: 1, words: [], codes: [], medical: { likely: false, score: 0, signals: [] } } };
      },
      onMessage: { addListener: (l: typeof world.listener) => (world.listener = l) },
    },
    offscreen: {
      createDocument: async () => {
        world.documentExists = true;
        // The document's script registers its listener later.
        setTimeout(() => (world.hostListening = true), 250);
      },
    },
  },
}));

const { routeImageReads, toBase64 } = await import('../../../src/messaging/ocr');

describe('the background routes image reads to the offscreen OCR host', () => {
  it('a read that arrives while the warm-up is still starting the host waits for it', async () => {
    routeImageReads({});
    world.listener!({ kind: 'ocr.warm' }, {}, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the document now exists, its script not yet
    expect(world.documentExists).toBe(true);
    expect(world.hostListening).toBe(false);
    const answer = await new Promise<unknown>((resolve) => {
      world.listener!({ kind: 'ocr.read', base64: toBase64(new Uint8Array([137, 80, 78, 71])), mime: 'image/png' }, {}, resolve);
    });
    expect(answer).toEqual({ ok: true, reading: expect.objectContaining({ width: 1 }) });
  });
});
