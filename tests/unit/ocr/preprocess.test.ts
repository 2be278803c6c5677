import { describe, expect, it } from 'vitest';
import { PAD_PX, planRegions, prepareRegion, toImageBox, upscaleFor } from '../../../src/ocr/preprocess';
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
});
