import { describe, expect, it } from 'vitest';
import { PAD_PX, planRegions, prepareRegion, toImageBox, upscaleFor } from '../../../src/ocr/preprocess';
import type { GrayImage } from '../../../src/ocr/types';
import { gray, isGlyph, noise } from './synthetic';

describe('region plan', () => {
  it('covers every pixel with edge strips and an overlapping inner region', () => {
    const [w, h] = [1000, 800];
    const plans = planRegions(w, h);
    expect(plans.map((p) => p.name)).toEqual(['top', 'bottom', 'left', 'right', 'inner']);
    for (const [x, y] of [[0, 0], [999, 799], [0, 400], [999, 400], [500, 400], [170, 160]]) {
      expect(plans.some(({ box: b }) => x! >= b.x && x! < b.x + b.w && y! >= b.y && y! < b.y + b.h)).toBe(true);
    }
  });

  it('reads a tiny image whole', () => {
    expect(planRegions(200, 120)).toEqual([{ name: 'whole', box: { x: 0, y: 0, w: 200, h: 120 } }]);
  });
});

describe('region preparation', () => {
  // A radiograph's top strip: white overlay text on a noisy black field.
  const strip = gray(600, 120, (x, y) => (isGlyph(x, y, { x: 20, y: 30 }, 12, 10) ? 240 : 10 + noise(x, y) * 8));

  it('inverts a dark region so the text is dark on white, and upscales small text', () => {
    const r = prepareRegion(strip, { name: 'top', box: { x: 0, y: 0, w: 600, h: 120 } });
    expect(r.inverted).toBe(true);
    expect(r.scale).toBeCloseTo(upscaleFor(12), 5);
    expect(r.scale).toBeGreaterThan(1.5);
    const ink = r.image.data.filter((v) => v === 0).length;
    expect(ink).toBeGreaterThan(200);
    // Padding is white paper.
    expect(r.image.data[0]).toBe(255);
    expect(r.image.data[r.image.data.length - 1]).toBe(255);
  });

  it('leaves a light region and large text as they are', () => {
    const light = gray(600, 160, (x, y) => (isGlyph(x, y, { x: 20, y: 30 }, 40, 6) ? 20 : 230));
    const r = prepareRegion(light, { name: 'top', box: { x: 0, y: 0, w: 600, h: 160 } });
    expect(r.inverted).toBe(false);
    expect(r.scale).toBe(1);
  });

  it('maps prepared coordinates back to the image', () => {
    const region = { box: { x: 100, y: 50, w: 10, h: 10 }, scale: 2 };
    expect(toImageBox(region, { x: PAD_PX + 20, y: PAD_PX, w: 10, h: 8 })).toEqual({ x: 110, y: 50, w: 5, h: 4 });
  });

  /** The box of the ink (0) pixels of a prepared image, in its own pixels. */
  function inkBox(img: GrayImage): { x: number; y: number; w: number; h: number } {
    let x0 = img.width, y0 = img.height, x1 = 0, y1 = 0;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        if (img.data[y * img.width + x] !== 0) continue;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x + 1);
        y1 = Math.max(y1, y + 1);
      }
    }
    return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  }

  it('cuts a mostly empty region down to its text and still maps boxes back', () => {
    // One word of 20 px glyphs near the bottom-right corner of a 600x400 dark side strip that
    // starts at (1000, 200) in a 1600x600 image.
    const at = { x: 1420, y: 500 };
    const image = gray(1600, 600, (x, y) => (isGlyph(x, y, at, 20, 6) ? 235 : 12 + noise(x, y) * 6));
    const r = prepareRegion(image, { name: 'right', box: { x: 1000, y: 200, w: 600, h: 400 } });
    expect(r.blank).toBe(false);
    expect(r.scale).toBe(1);
    expect(r.image.width * r.image.height).toBeLessThan(600 * 400 * 0.25);
    // The ink, mapped back, is where the word was drawn (in the full image's pixels).
    const back = toImageBox(r, inkBox(r.image));
    expect(back.x).toBeCloseTo(at.x, 0);
    expect(back.y).toBeCloseTo(at.y, 0);
    expect(back.h).toBeCloseTo(20, 0);
  });

  it('cuts a sparse strip before enlarging its small text', () => {
    const at = { x: 60, y: 40 };
    const side = gray(600, 400, (x, y) => (isGlyph(x, y, at, 10, 5) ? 235 : 12 + noise(x, y) * 6));
    const r = prepareRegion(side, { name: 'left', box: { x: 0, y: 0, w: 600, h: 400 } });
    expect(r.scale).toBeGreaterThan(1.5);
    // Far less than the whole strip enlarged (1440x960 and more at this scale).
    expect(r.image.width * r.image.height).toBeLessThan(600 * 400 * r.scale * r.scale * 0.1);
    const back = toImageBox(r, inkBox(r.image));
    expect(back.x).toBeGreaterThan(at.x - 2);
    expect(back.x).toBeLessThan(at.x + 2);
    expect(back.y).toBeGreaterThan(at.y - 2);
    expect(back.y).toBeLessThan(at.y + 2);
  });

  it('marks a region without text-like ink blank', () => {
    const plain = gray(600, 400, (x, y) => 12 + noise(x, y) * 6);
    expect(prepareRegion(plain, { name: 'top', box: { x: 0, y: 0, w: 600, h: 400 } }).blank).toBe(true);
  });
});
