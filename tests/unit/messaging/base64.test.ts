import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * Image bytes cross runtime messaging as base64 (Chrome serialises messages as JSON). The codec
 * uses the platform's Uint8Array.prototype.toBase64 / Uint8Array.fromBase64 where they exist
 * (Chrome 140, Firefox 133) and a chunked btoa/atob otherwise; both must give the same text, and
 * the OCR host must answer malformed base64 with an error instead of never answering.
 */
const runtime = vi.hoisted(() => ({
  listener: undefined as undefined | ((message: unknown, sender: unknown, reply: (r: unknown) => void) => unknown),
}));
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: async () => undefined, onMessage: { addListener: (l: typeof runtime.listener) => (runtime.listener = l) } } },
}));

type Codec = typeof import('../../../src/messaging/ocr');
const proto = Uint8Array.prototype as { toBase64?: (this: Uint8Array) => string };
const ctor = Uint8Array as { fromBase64?: (s: string) => Uint8Array };
const hadNative = { to: proto.toBase64, from: ctor.fromBase64 };

/** The module loaded afresh, with or without the platform's codec present. */
async function codec(native: boolean): Promise<{ c: Codec; counted: { nativeCalls: number } }> {
  const counted = { nativeCalls: 0 };
  if (native) {
    proto.toBase64 = function (this: Uint8Array) {
      counted.nativeCalls++;
      return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
    };
    ctor.fromBase64 = (s: string) => {
      counted.nativeCalls++;
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new SyntaxError('invalid base64');
      return new Uint8Array(Buffer.from(s, 'base64'));
    };
  } else {
    delete proto.toBase64;
    delete ctor.fromBase64;
  }
  vi.resetModules();
  return { c: await import('../../../src/messaging/ocr'), counted };
}

afterEach(() => {
  if (hadNative.to) proto.toBase64 = hadNative.to;
  else delete proto.toBase64;
  if (hadNative.from) ctor.fromBase64 = hadNative.from;
  else delete ctor.fromBase64;
});

/** Every byte value, an odd length (padding) and more than one 32 KiB chunk. */
const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 131 + (i >> 8)) & 0xff);
const expected = Buffer.from(bytes).toString('base64');

describe('image bytes as base64', () => {
  for (const native of [false, true]) {
    it(`${native ? 'with' : 'without'} the platform codec: standard base64 both ways, across chunk boundaries`, async () => {
      const { c, counted } = await codec(native);
      expect(c.toBase64(bytes)).toBe(expected);
      expect([...c.fromBase64(expected)]).toEqual([...bytes]);
      expect(c.toBase64(bytes.subarray(5, 10))).toBe(Buffer.from(bytes.subarray(5, 10)).toString('base64'));
      expect(counted.nativeCalls > 0).toBe(native);
    });
  }

  for (const native of [false, true]) {
    it(`${native ? 'with' : 'without'} the platform codec: the host answers malformed base64 with an error, and reads well-formed bytes`, async () => {
      const { c } = await codec(native);
      const read = vi.fn(async (b: Uint8Array) => ({ width: b.length, height: 1, ms: 1, words: [], codes: [], medical: { likely: false, score: 0, signals: [] } }));
      c.answerImageReads(read);
      const ask = (base64: string) =>
        new Promise((resolve) => {
          const keepsChannel = runtime.listener!({ kind: 'ocr.host.read', base64, mime: 'image/png' }, {}, resolve);
          expect(keepsChannel).toBe(true);
        });
      expect(await ask('not base64 at all!')).toEqual({ ok: false, error: expect.any(String) });
      expect(read).not.toHaveBeenCalled();
      expect(await ask(c.toBase64(bytes.subarray(0, 9)))).toEqual({ ok: true, reading: expect.objectContaining({ width: 9 }) });
      expect([...read.mock.calls[0]![0]]).toEqual([...bytes.subarray(0, 9)]);
    });
  }
});
