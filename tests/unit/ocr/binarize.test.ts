import { describe, expect, it } from 'vitest';
import { sauvola } from '../../../src/ocr/binarize';
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
