import { describe, expect, it } from 'vitest';
import { estimateGlyphHeight, inkComponents, isGlyphLike, keepGlyphLike, sauvola } from '../../../src/ocr/binarize';
import { gray, isGlyph, noise } from './synthetic';

const at = { x: 20, y: 20 };

describe('Sauvola binarisation', () => {
  it('keeps dark text on an uneven light background and drops the gradient', () => {
    // Background ramps from 150 to 250 across the image; glyphs are 60 darker than it.
    const img = gray(200, 60, (x, y) => 150 + x / 2 - (isGlyph(x, y, at, 16, 8) ? 90 : 0));
    const bin = sauvola(img, { window: 25 });
    expect(bin.data[(at.y + 8) * 200 + at.x]).toBe(0); // glyph stroke
    expect(bin.data[5 * 200 + 190]).toBe(255); // background, bright end
    expect(bin.data[50 * 200 + 10]).toBe(255); // background, dark end
  });

  it('with a contrast floor, sensor noise does not become speckle', () => {
    const img = gray(120, 60, (x, y) => 190 + noise(x, y) * 60);
    const plain = sauvola(img, { window: 25 }).data.filter((v) => v === 0).length;
    const gated = sauvola(img, { window: 25, minContrast: 35 }).data.filter((v) => v === 0).length;
    expect(plain).toBeGreaterThan(300);
    // The odd pixel where three noise peaks meet survives; as 1-pixel specks they are erased later.
    expect(gated).toBeLessThan(plain / 50);
  });
});

describe('glyph-like components', () => {
  it.each([
    [{ x: 0, y: 0, w: 10, h: 16, area: 60 }, true, 'a letter'],
    [{ x: 0, y: 0, w: 60, h: 16, area: 400 }, true, 'letters run together by blur'],
    [{ x: 0, y: 0, w: 2, h: 2, area: 3 }, false, 'a speck'],
    [{ x: 0, y: 0, w: 400, h: 140, area: 5000 }, false, 'a rib arc'],
    [{ x: 0, y: 0, w: 300, h: 6, area: 1700 }, false, 'a long bar'],
    [{ x: 0, y: 0, w: 80, h: 80, area: 300 }, false, 'a thin ring'],
  ])('%o is glyph-like: %s (%s)', (c, expected) => {
    expect(isGlyphLike(c)).toBe(expected);
  });

  it('erases a big arc but keeps the text beside it, and measures the text height', () => {
    const img = gray(300, 200, (x, y) => {
      const ring = Math.abs(Math.hypot(x - 200, y - 120) - 70) < 3;
      return ring || isGlyph(x, y, at, 18, 6) ? 0 : 255;
    });
    const { components } = inkComponents(img);
    expect(components.length).toBe(7);
    const { image, glyphs } = keepGlyphLike(img);
    expect(glyphs.length).toBe(6);
    expect(image.data[120 * 300 + 270]).toBe(255); // ring pixel erased
    expect(image.data[(at.y + 5) * 300 + at.x]).toBe(0); // glyph pixel kept
    expect(estimateGlyphHeight(glyphs)).toBe(18);
  });

  it('has no glyph height for scattered blobs that do not agree', () => {
    const blobs = [5, 9, 14, 22, 40].map((h, i) => ({ x: i * 50, y: 0, w: Math.round(h * 0.6), h, area: h * h * 0.4 }));
    expect(estimateGlyphHeight(blobs)).toBeUndefined();
  });
});
