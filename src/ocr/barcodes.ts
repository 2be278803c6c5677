/**
 * 1D and 2D codes in an image (a wristband, a specimen or chart label, a QR code), decoded with
 * zxing-wasm's reader (zxing-cpp compiled to WebAssembly). Its .wasm is the package's own,
 * handed over by the caller (Node: read from node_modules; the extension: a file copied from
 * node_modules at build, see bundle-assets.ts): the reader's default, a CDN, is never used.
 */
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import type { CodeReading, RgbaImage } from './types';

/** Decodes the codes in pixels; injected into readPixels like tesseract is. */
export type ReadCodes = (rgba: RgbaImage) => Promise<CodeReading[]>;

/**
 * The symbologies that carry record numbers: wristbands and chart labels print Code 128, 39 or
 * Codabar (older labs), ITF; newer bands and labels DataMatrix, PDF417 or QR. Retail codes
 * (EAN/UPC/ISBN) name products, not people, and are not looked for.
 */
const FORMATS: ReaderOptions['formats'] = ['Code128', 'Code39', 'Code93', 'Codabar', 'ITF', 'DataMatrix', 'PDF417', 'QRCode', 'Aztec'];

/** Where the reader's .wasm comes from: its bytes (Node) or a URL of the extension's own. */
export type ZxingWasm = { bytes: ArrayBuffer } | { url: string };

let prepared: string | undefined;

function prepare(wasm: ZxingWasm): void {
  const key = 'url' in wasm ? wasm.url : 'bytes';
  if (prepared === key) return;
  prepareZXingModule({ overrides: 'url' in wasm ? { locateFile: () => wasm.url } : { wasmBinary: wasm.bytes } });
  prepared = key;
}

export function codeReader(wasm: ZxingWasm): ReadCodes {
  return async ({ width, height, data }) => {
    prepare(wasm);
    const results = await readBarcodes(
      { width, height, data: data instanceof Uint8ClampedArray ? data : new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) } as ImageData,
      // Labels print dark bars on light stock: not trying the inverse saves ~40% of the time
      // (~200 -> ~125 ms CPU on a 2000x2000 film), turned codes are still looked for.
      { formats: FORMATS, tryHarder: true, tryInvert: false, maxNumberOfSymbols: 8 },
    );
    return results
      .filter((r) => r.isValid && r.text.trim())
      .map((r) => {
        const xs = [r.position.topLeft.x, r.position.topRight.x, r.position.bottomLeft.x, r.position.bottomRight.x];
        const ys = [r.position.topLeft.y, r.position.topRight.y, r.position.bottomLeft.y, r.position.bottomRight.y];
        const x = Math.max(0, Math.min(...xs));
        const y = Math.max(0, Math.min(...ys));
        return { format: r.format, text: r.text, box: { x, y, w: Math.max(1, Math.max(...xs) - x), h: Math.max(1, Math.max(...ys) - y) } };
      });
  };
}
