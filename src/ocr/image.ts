/**
 * Small, pure operations on grayscale images. No DOM and no Node APIs, so the same code runs in
 * the offscreen document, the Firefox background page, the CLI and the tests.
 */
import type { Box, GrayImage, RgbaImage } from './types';

export function grayImage(width: number, height: number, fill = 0): GrayImage {
  const data = new Uint8Array(width * height);
  if (fill) data.fill(fill);
  return { width, height, data };
}

/** Rec. 601 luma in integer arithmetic (fast, and the weights tesseract itself uses). */
export function rgbaToGray({ width, height, data }: RgbaImage): GrayImage {
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = (data[j]! * 77 + data[j + 1]! * 150 + data[j + 2]! * 29) >> 8;
  }
  return { width, height, data: out };
}

/** Integer rectangle clipped to the image. */
export function clipBox(box: Box, width: number, height: number): Box {
  const x = Math.max(0, Math.min(width, Math.floor(box.x)));
  const y = Math.max(0, Math.min(height, Math.floor(box.y)));
  const x2 = Math.max(x, Math.min(width, Math.ceil(box.x + box.w)));
  const y2 = Math.max(y, Math.min(height, Math.ceil(box.y + box.h)));
  return { x, y, w: x2 - x, h: y2 - y };
}

export function crop(img: GrayImage, box: Box): GrayImage {
  const { x, y, w, h } = clipBox(box, img.width, img.height);
  const out = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) out.set(img.data.subarray((y + row) * img.width + x, (y + row) * img.width + x + w), row * w);
  return { width: w, height: h, data: out };
}

export function invert(img: GrayImage): GrayImage {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < out.length; i++) out[i] = 255 - img.data[i]!;
  return { width: img.width, height: img.height, data: out };
}

/** A border of `value` on every side: tesseract misses glyphs that touch the image edge. */
export function pad(img: GrayImage, px: number, value = 255): GrayImage {
  const out = grayImage(img.width + 2 * px, img.height + 2 * px, value);
  for (let row = 0; row < img.height; row++) out.data.set(img.data.subarray(row * img.width, (row + 1) * img.width), (row + px) * out.width + px);
  return out;
}

/**
 * Bilinear resampling. Up-scaling small overlay text gives tesseract's layout analysis glyphs big
 * enough to find; down-scaling (area average over the covered source pixels) keeps thin strokes.
 */
export function resize(img: GrayImage, scale: number): GrayImage {
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  if (scale < 1) return shrink(img, w, h);
  const out = new Uint8Array(w * h);
  const { width: sw, height: sh, data } = img;
  for (let y = 0; y < h; y++) {
    const fy = Math.min(sh - 1, Math.max(0, (y + 0.5) / scale - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(sh - 1, y0 + 1);
    const dy = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = Math.min(sw - 1, Math.max(0, (x + 0.5) / scale - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(sw - 1, x0 + 1);
      const dx = fx - x0;
      const top = data[y0 * sw + x0]! * (1 - dx) + data[y0 * sw + x1]! * dx;
      const bottom = data[y1 * sw + x0]! * (1 - dx) + data[y1 * sw + x1]! * dx;
      out[y * w + x] = Math.round(top * (1 - dy) + bottom * dy);
    }
  }
  return { width: w, height: h, data: out };
}

function shrink(img: GrayImage, w: number, h: number): GrayImage {
  const out = new Uint8Array(w * h);
  const sx = img.width / w;
  const sy = img.height / h;
  for (let y = 0; y < h; y++) {
    const ya = Math.floor(y * sy);
    const yb = Math.max(ya + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < w; x++) {
      const xa = Math.floor(x * sx);
      const xb = Math.max(xa + 1, Math.floor((x + 1) * sx));
      let sum = 0;
      for (let yy = ya; yy < yb; yy++) for (let xx = xa; xx < xb; xx++) sum += img.data[yy * img.width + xx]!;
      out[y * w + x] = Math.round(sum / ((yb - ya) * (xb - xa)));
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * The image's luminance quantiles: `at(share)` is the lowest level at or below which that share of
 * the pixels lies. One histogram, read for as many shares as the caller asks (exact, linear time).
 */
export function luminanceQuantiles(img: GrayImage): (share: number) => number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]!]!++;
  return (share) => {
    let seen = 0;
    for (let v = 0; v < 256; v++) if ((seen += hist[v]!) >= share * img.data.length) return v;
    return 255;
  };
}

/** Median luminance. */
export function median(img: GrayImage): number {
  return luminanceQuantiles(img)(0.5);
}

/**
 * Binary PGM (P5): tesseract.js hands the bytes to Leptonica, which reads PNM natively, so a
 * preprocessed region needs no PNG encoder on either side.
 */
export function toPgm(img: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header);
  out.set(img.data, header.length);
  return out;
}
