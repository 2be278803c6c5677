import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, writeBarcode, type WriteInputBarcodeFormat } from 'zxing-wasm/writer';
import { analyze } from '../../../src/engine';
import { nodeCodeReader } from '../../../src/ocr/barcodes-node';
import { decodeImage } from '../../../src/ocr/decode-node';
import { imageFindings } from '../../../src/ocr/image-findings';
import { readPixels } from '../../../src/ocr/scan';
import type { RgbaImage } from '../../../src/ocr/types';
import { noise, rgba } from './synthetic';

/**
 * Barcodes on wristbands and labels, rendered by the tests: zxing-wasm's own writer draws the
 * symbol, pasted at 2x onto a white band lying on a blue blanket with some sensor noise; the
 * reader (the same package's reader build, wasm from node_modules) decodes it through readPixels.
 */
const require = createRequire(import.meta.url);
const readCodes = nodeCodeReader();
/** Tesseract is not what is tested here: a reader that finds no words. */
const noWords = async () => ({ blocks: [] });

beforeAll(() => {
  const wasm = readFileSync(require.resolve('zxing-wasm/writer/zxing_writer.wasm'));
  prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
});

async function symbol(text: string, format: WriteInputBarcodeFormat): Promise<RgbaImage> {
  const written = await writeBarcode(text, { format, scale: 2 });
  expect(written.error).toBe('');
  return decodeImage(new Uint8Array(await written.image!.arrayBuffer()));
}

/** A white band across a blue blanket, the symbol pasted on it at (bx, by). */
async function wristband(text: string, format: WriteInputBarcodeFormat) {
  const code = await symbol(text, format);
  const bx = 180, by = 160;
  const image = rgba(1200, 600, (x, y) => {
    const n = noise(x, y) * 6;
    const cx = x - bx, cy = y - by;
    if (cx >= 0 && cy >= 0 && cx < code.width && cy < code.height) {
      const i = (cy * code.width + cx) * 4;
      return [code.data[i]! * 0.92 + 8 + n, code.data[i + 1]! * 0.92 + 8 + n, code.data[i + 2]! * 0.92 + 8 + n];
    }
    if (y > 120 && y < 160 + code.height + 80) return [236 + n, 238 + n, 240 + n];
    return [70 + n, 110 + n, 170 + n];
  });
  return { image, at: { x: bx, y: by, w: code.width, h: code.height } };
}

async function read(image: RgbaImage) {
  return readPixels(image, { recognize: noWords, readCodes });
}

describe('barcodes in attached images', () => {
  it('decodes the Code 128 on a rendered wristband, and its bare number is an identifier boxed where the code is', async () => {
    const { image, at } = await wristband('004821937', 'Code128');
    const reading = await read(image);
    expect(reading.codes.map((c) => [c.format, c.text])).toEqual([['Code128', '004821937']]);
    const box = reading.codes[0]!.box;
    expect(box.x).toBeGreaterThanOrEqual(at.x - 4);
    expect(box.x + box.w).toBeLessThanOrEqual(at.x + at.w + 4);
    const { findings, verdict } = imageFindings(reading, analyze);
    const id = findings.find((f) => f.rule === 'phi.id');
    expect(id?.match).toBe('004821937');
    expect(id?.box).toEqual(box);
    expect(verdict).not.toBe('ok');
  });

  it('reads a labelled MRN in a 2D code as a medical record number, with the policy applied', async () => {
    const { image } = await wristband('MRN: 4821937', 'DataMatrix');
    const reading = await read(image);
    expect(reading.codes.map((c) => c.text)).toEqual(['MRN: 4821937']);
    const mrn = imageFindings(reading, analyze).findings.filter((f) => f.rule === 'phi.mrn');
    expect(mrn.map((f) => [f.match, f.severity])).toEqual([['4821937', 'high']]);
    expect(mrn[0]!.box).toEqual(reading.codes[0]!.box);
    expect(imageFindings(reading, analyze, { disabledRules: ['phi.mrn'] }).findings.filter((f) => f.rule.startsWith('phi.'))).toEqual([]);
  });

  it('lets an allow term or the rule switched off clear a bare code, as on the draft', async () => {
    const { image } = await wristband('004821937', 'Code128');
    const reading = await read(image);
    expect(imageFindings(reading, analyze, { allowTerms: ['004821937'] }).findings).toEqual([]);
    expect(imageFindings(reading, analyze, { disabledRules: ['phi.id'] }).findings).toEqual([]);
  });

  it('leaves links, product codes, words and images without codes alone', async () => {
    const qr = await read((await wristband('https://example.org/menu', 'QRCode')).image);
    expect(qr.codes.map((c) => c.text)).toEqual(['https://example.org/menu']);
    expect(imageFindings(qr, analyze).findings).toEqual([]);

    const product = await read((await wristband('5012345678900', 'EAN13')).image);
    expect(product.codes).toEqual([]);

    const words = await read((await wristband('THANK YOU NURSES', 'Code128')).image);
    expect(words.codes.map((c) => c.text)).toEqual(['THANK YOU NURSES']);
    expect(imageFindings(words, analyze).findings).toEqual([]);

    const blanket = rgba(800, 500, (x, y) => [70 + noise(x, y) * 6, 110, 170]);
    expect((await read(blanket)).codes).toEqual([]);
  });
});
