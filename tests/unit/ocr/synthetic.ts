/** Pure-JS test images: no browser, no decoder, so the unit suite stays fast. */
import type { GrayImage, RgbaImage } from '../../../src/ocr/types';

export function gray(width: number, height: number, f: (x: number, y: number) => number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = Math.max(0, Math.min(255, Math.round(f(x, y))));
  return { width, height, data };
}

export function rgba(width: number, height: number, f: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = f(x, y);
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** Deterministic noise in [-1, 1]. */
export function noise(x: number, y: number): number {
  const s = Math.sin(x * 12.9898 + y * 78.233) * 43758.5453;
  return (s - Math.floor(s)) * 2 - 1;
}

/**
 * A row of block "glyphs": `count` rectangles of glyphH x glyphH*0.6 with 1/3-height gaps, the
 * way a line of capitals looks to a connected-component pass.
 */
export function isGlyph(x: number, y: number, at: { x: number; y: number }, glyphH: number, count: number): boolean {
  const w = Math.round(glyphH * 0.6);
  const gap = Math.max(2, Math.round(glyphH / 3));
  if (y < at.y || y >= at.y + glyphH || x < at.x) return false;
  const i = Math.floor((x - at.x) / (w + gap));
  if (i >= count) return false;
  const inGlyph = (x - at.x) % (w + gap) < w;
  // Hollow the glyph like an "O" so its ink density is letter-like, not a solid block.
  const ox = (x - at.x) % (w + gap);
  const hollow = ox > 1 && ox < w - 2 && y > at.y + 1 && y < at.y + glyphH - 2;
  return inGlyph && !hollow;
}

/** A radiograph-like RGB image: dark field, a gray ellipse of "anatomy", slight noise. */
export function radiograph(width: number, height: number, invert = false): RgbaImage {
  return rgba(width, height, (x, y) => {
    const dx = (x - width / 2) / (width * 0.33);
    const dy = (y - height / 2) / (height * 0.4);
    const r = dx * dx + dy * dy;
    let v = r < 1 ? 150 - r * 60 + noise(x, y) * 8 : 8 + noise(x, y) * 6;
    if (invert) v = 255 - v;
    return [v, v, v];
  });
}
