/**
 * Sauvola binarisation. Overlay text sits on uneven backgrounds (anatomy, vignetting, moire from
 * a photographed screen) where one global threshold loses either the text or the background;
 * Sauvola's threshold follows the local mean and contrast.
 */
import type { GrayImage } from './types';

export interface SauvolaOptions {
  /** Side of the square window, in pixels (odd). About two glyph heights works. */
  window?: number;
  /** Sensitivity: higher keeps less ink. 0.2-0.35 is the usual range for text. */
  k?: number;
  /** Dynamic range of the standard deviation (128 for 8-bit images). */
  r?: number;
  /**
   * Ink must also be this much darker than the local mean, judged on a 3x3 average. Sauvola on
   * its own turns textured anatomy and sensor noise into speckle; burned-in text has far more
   * contrast than either.
   */
  minContrast?: number;
}

/**
 * Dark text on a light background -> 0 for ink, 255 for paper. Integral images make each pixel
 * O(1), so a 2000x400 strip takes a few milliseconds.
 */
export function sauvola(img: GrayImage, { window = 25, k = 0.25, r = 128, minContrast = 0 }: SauvolaOptions = {}): GrayImage {
  const { width: w, height: h, data } = img;
  const iw = w + 1;
  const sum = new Float64Array(iw * (h + 1));
  const sq = new Float64Array(iw * (h + 1));
  for (let y = 0; y < h; y++) {
    let rowSum = 0;
    let rowSq = 0;
    for (let x = 0; x < w; x++) {
      const v = data[y * w + x]!;
      rowSum += v;
      rowSq += v * v;
      sum[(y + 1) * iw + x + 1] = sum[y * iw + x + 1]! + rowSum;
      sq[(y + 1) * iw + x + 1] = sq[y * iw + x + 1]! + rowSq;
    }
  }
  const half = window >> 1;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const top = Math.max(0, y - half) * iw;
    const bottom = Math.min(h, y + half + 1) * iw;
    const rows = (bottom - top) / iw;
    // The 3x3 neighbourhood of the contrast test.
    const nearTop = Math.max(0, y - 1) * iw;
    const nearBottom = Math.min(h, y + 2) * iw;
    const nearRows = (nearBottom - nearTop) / iw;
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - half);
      const x1 = Math.min(w, x + half + 1);
      const n = rows * (x1 - x0);
      const s = sum[bottom + x1]! - sum[top + x1]! - sum[bottom + x0]! + sum[top + x0]!;
      const mean = s / n;
      const i = y * w + x;
      // Ink must pass both tests. The contrast test is the cheap one and fails on nearly every
      // background pixel, so it goes first (no variance, no square root): same result, about a
      // third less time on a radiograph's strips.
      if (minContrast > 0) {
        const sx0 = Math.max(0, x - 1);
        const sx1 = Math.min(w, x + 2);
        const local = (sum[nearBottom + sx1]! - sum[nearTop + sx1]! - sum[nearBottom + sx0]! + sum[nearTop + sx0]!) / (nearRows * (sx1 - sx0));
        if (!(local <= mean - minContrast)) {
          out[i] = 255;
          continue;
        }
      }
      const s2 = sq[bottom + x1]! - sq[top + x1]! - sq[bottom + x0]! + sq[top + x0]!;
      const std = Math.sqrt(Math.max(0, s2 / n - mean * mean));
      const threshold = mean * (1 + k * (std / r - 1));
      out[i] = data[i]! <= threshold ? 0 : 255;
    }
  }
  return { width: w, height: h, data: out };
}
