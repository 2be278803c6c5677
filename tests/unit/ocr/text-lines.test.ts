import { describe, expect, it } from 'vitest';
import { boxMean, findTextLines } from '../../../src/ocr/text-lines';
import { gray, isGlyph, noise } from './synthetic';

/** A row of `count` letter-like marks `h` px high at `at`, `ink` on `field(x, y)`. */
const withRow = (field: (x: number, y: number) => number, rows: { at: { x: number; y: number }; h: number; count: number; ink: number }[]) => (x: number, y: number) => {
  for (const r of rows) if (isGlyph(x, y, r.at, r.h, r.count)) return r.ink;
  return field(x, y);
};

describe('box mean', () => {
  it('is the mean over the window, with the border pixel repeated at the edges', () => {
    const img = gray(9, 7, (x, y) => (x * 31 + y * 17) % 256);
    const r = 2;
    const at = (x: number, y: number) => img.data[Math.min(6, Math.max(0, y)) * 9 + Math.min(8, Math.max(0, x))]!;
    const out = boxMean(img, r);
    for (const [x, y] of [[0, 0], [4, 3], [8, 6], [1, 5]] as const) {
      let s = 0;
      for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) s += at(x + dx, y + dy);
      expect(out[y * 9 + x]).toBe(Math.round(s / 25));
    }
  });
});

describe('finding lines of text before reading', () => {
  it('finds white overlay text on a dark film, as a light line where it is', () => {
    const img = gray(800, 600, withRow((x, y) => 12 + noise(x, y) * 6, [{ at: { x: 30, y: 520 }, h: 14, count: 12, ink: 235 }]));
    const lines = findTextLines(img);
    expect(lines).toHaveLength(1);
    // Boxes are within a pixel or two: the marks are found on a 3x3-smoothed image.
    expect(lines[0]!.polarity).toBe('light');
    expect(Math.abs(lines[0]!.glyphPx - 14)).toBeLessThanOrEqual(2);
    expect(Math.abs(lines[0]!.box.x - 30)).toBeLessThanOrEqual(2);
    expect(Math.abs(lines[0]!.box.y - 520)).toBeLessThanOrEqual(2);
  });

  it('finds dark text on a screenshot, and two rows as two lines', () => {
    const img = gray(800, 400, withRow(() => 250, [
      { at: { x: 40, y: 40 }, h: 18, count: 10, ink: 30 },
      { at: { x: 40, y: 70 }, h: 18, count: 6, ink: 30 },
    ]));
    const lines = findTextLines(img);
    expect(lines.map((l) => [l.polarity, Math.round(l.box.y / 10) * 10])).toEqual([['dark', 40], ['dark', 70]]);
  });

  it('finds light grey type over bright tissue (the corner a film is brightest in)', () => {
    // Tissue brightening from 150 to 215 across the corner; the type is only ~35 levels brighter.
    const tissue = (x: number, y: number) => 150 + (x / 800) * 65 + noise(x, y) * 5;
    const img = gray(800, 300, withRow(tissue, [{ at: { x: 500, y: 240 }, h: 12, count: 14, ink: 0 }]).bind(null));
    const lifted = gray(800, 300, (x, y) => (isGlyph(x, y, { x: 500, y: 240 }, 12, 14) ? tissue(x, y) + 38 : img.data[y * 800 + x]!));
    const lines = findTextLines(lifted);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ polarity: 'light' });
    expect(Math.abs(lines[0]!.box.x - 500)).toBeLessThanOrEqual(2);
  });

  it('finds no lines in noise, in a smooth gradient, or in one big blob', () => {
    expect(findTextLines(gray(600, 400, (x, y) => 120 + noise(x, y) * 30))).toEqual([]);
    expect(findTextLines(gray(600, 400, (x) => x / 3))).toEqual([]);
    expect(findTextLines(gray(600, 400, (x, y) => (Math.hypot(x - 300, y - 200) < 60 ? 240 : 20)))).toEqual([]);
  });

  it('does not call two marks a line, nor marks of very different heights', () => {
    const two = gray(600, 300, withRow(() => 20, [{ at: { x: 40, y: 40 }, h: 16, count: 2, ink: 240 }]));
    expect(findTextLines(two)).toEqual([]);
    const mixed = gray(600, 300, (x, y) => (isGlyph(x, y, { x: 40, y: 40 }, 12, 1) || isGlyph(x, y, { x: 52, y: 20 }, 60, 1) || isGlyph(x, y, { x: 100, y: 40 }, 12, 1) ? 240 : 20));
    expect(findTextLines(mixed)).toEqual([]);
  });
});
