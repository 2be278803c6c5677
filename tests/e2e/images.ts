import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';
import { otherSpecs, xraySpecs, type FixtureSpec } from '../ocr/fixtures/specs';

/** An X-ray photo with the identity block burned into the bottom-left corner and GPS in EXIF. */
export const XRAY: FixtureSpec = {
  ...xraySpecs(1)[0]!,
  id: 'e2e-composer-xray',
  width: 1200,
  height: 1200,
  fontPx: 24,
  font: 'Liberation Mono',
  polarity: 'light',
  screenPhoto: false,
  blur: 0,
  noise: 8,
  jpegQuality: 0.9,
  gps: { lat: 40.7411, lon: -73.9897 },
  blocks: [{ corner: 'bl', lines: ['DOE, JOHN [M]', 'DOB 03.14.1957'] }],
};

/**
 * A page of harmless meeting notes: nothing to find, and a page full of words takes the OCR host
 * many seconds (about ten on two busy cores), so Post is surely pressed while it is being read.
 */
export const NOTES: FixtureSpec = { ...otherSpecs().find((s) => s.kind === 'document')!, id: 'e2e-meeting-notes', width: 700, height: 900 };

/** Bytes that claim to be a PNG and are not: the OCR host cannot decode them. */
export const BROKEN_PNG = { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not really a png, just some text') };

/**
 * Three images Second Look cannot read, each failing another way: a format it does not decode
 * (SVG), no bytes at all, and a JPEG whose data stops after its header.
 */
export const UNREADABLE = [
  { name: 'scan.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text y="9">DOE, JOHN</text></svg>') },
  { name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) },
  { name: 'corrupt.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 then nothing a decoder can use')]) },
];

/** A region of an image: in pixels, or as fractions of its natural size ({ x: 0, y: 0.8, ... }). */
export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
  unit: 'px' | 'fraction';
}

/**
 * What a region of an <img> holds, as the page displays it (drawn at its natural size): the count
 * of near-white pixels (red > 200) and the mean brightness (0-255).
 */
export function regionStats(img: Locator, region: Region): Promise<{ bright: number; meanLuma: number }> {
  return img.evaluate(async (el: HTMLImageElement, r) => {
    await el.decode();
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(el, 0, 0);
    const [sx, sy] = r.unit === 'fraction' ? [canvas.width, canvas.height] : [1, 1];
    const { data } = ctx.getImageData(Math.floor(r.x * sx), Math.floor(r.y * sy), Math.floor(r.w * sx), Math.floor(r.h * sy));
    let bright = 0;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! > 200) bright++;
      sum += (data[i]! * 77 + data[i + 1]! * 150 + data[i + 2]! * 29) >> 8;
    }
    return { bright, meanLuma: sum / (data.length / 4) };
  }, region);
}

/** White pixels in the XRAY's bottom-left identity block: the original has its white overlay text there; a redacted copy does not. */
export async function brightInCorner(img: Locator): Promise<number> {
  return (await regionStats(img, { x: 0, y: 0.8, w: 0.4, h: 0.2, unit: 'fraction' })).bright;
}

/** The names of the files a site's file input holds right now (read in the page's own world). */
export function inputFiles(input: Locator): Promise<{ name: string; base64: string }[]> {
  return input.evaluate(async (el: HTMLInputElement) =>
    Promise.all(
      [...(el.files ?? [])].map(async (f) => {
        const bytes = new Uint8Array(await f.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return { name: f.name, base64: btoa(binary) };
      }),
    ),
  );
}

/**
 * A plain photo with nothing to find (a 160×120 gradient): what a caption step needs before it
 * opens (Instagram), read on the device like any attachment.
 */
export function plainPhoto(): { name: string; mimeType: string; buffer: Buffer } {
  const png = new PNG({ width: 160, height: 120 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      png.data[i] = 90 + x / 2;
      png.data[i + 1] = 140 + y / 2;
      png.data[i + 2] = 200;
      png.data[i + 3] = 255;
    }
  }
  return { name: 'sunset.png', mimeType: 'image/png', buffer: PNG.sync.write(png) };
}
