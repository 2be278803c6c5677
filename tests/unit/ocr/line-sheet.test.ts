import { describe, expect, it } from 'vitest';
import { buildSheets, eraseCarets, eraseEdgeInk, prepareLine, SHEET_GLYPH_PX, SHEET_PAD_PX, sheetWords, stretchContrast } from '../../../src/ocr/line-sheet';
import type { TextLine } from '../../../src/ocr/text-lines';
import type { TesseractPage } from '../../../src/ocr/words';
import { gray, isGlyph, noise } from './synthetic';

const light: TextLine = { box: { x: 40, y: 100, w: 120, h: 12 }, glyphPx: 12, polarity: 'light', marks: 10 };
// White 12 px type on a dark film.
const film = gray(400, 300, (x, y) => (isGlyph(x, y, { x: 40, y: 100 }, 12, 10) ? 230 : 15 + noise(x, y) * 6));

describe('a line prepared for the sheet', () => {
  it('is dark ink on white, enlarged to the sheet glyph height', () => {
    const { image, scale, source } = prepareLine(film, light);
    expect(scale).toBeCloseTo(SHEET_GLYPH_PX / 12, 5);
    expect(source.x).toBeLessThan(40);
    expect(source.y).toBeLessThan(100);
    const ink = image.data.filter((v) => v === 0).length;
    expect(ink).toBeGreaterThan(500);
    // The film around the type is paper now, and so are the edges.
    expect(image.data[0]).toBe(255);
    expect(image.data[image.data.length - 1]).toBe(255);
  });

  it('loses ink cut by its edge (a neighbouring line) and keeps its own, dots included', () => {
    const w = 40, h = 20;
    const img = gray(w, h, (x, y) => ((y < 3 && x > 5 && x < 15) || (y > 8 && y < 12 && x > 20 && x < 24) || (x === 30 && y === 10) ? 0 : 255));
    const out = eraseEdgeInk(img);
    expect(out.data[1 * w + 10]).toBe(255); // touched the top edge: gone
    expect(out.data[10 * w + 22]).toBe(0); // inside: kept
    expect(out.data[10 * w + 30]).toBe(0); // a lone dot: kept
  });
});

describe('DICOM carets and faint type', () => {
  // A 32 px line from y=10: capitals 10..42, a caret 10..24 between two of them, an i's dot and
  // an apostrophe up there too.
  const G = 32;
  const line = gray(200, 56, (x, y) => {
    const capital = (x0: number) => x >= x0 && x < x0 + 18 && y >= 10 && y < 42 && (x < x0 + 4 || y < 14 || y >= 38);
    const caret = x >= 60 && x < 76 && y >= 10 && y < 24 && Math.abs(x - 68) <= (y - 10) * 0.6 + 1.5 && Math.abs(x - 68) >= (y - 10) * 0.6 - 1.5;
    const dot = x >= 110 && x < 115 && y >= 12 && y < 17;
    const apostrophe = x >= 130 && x < 133 && y >= 10 && y < 20;
    return capital(30) || capital(90) || caret || dot || apostrophe ? 0 : 255;
  });

  it('erases a caret between two words, and keeps dots, apostrophes and letters', () => {
    const out = eraseCarets({ ...line, data: line.data.slice() }, 10, G);
    expect(out.data[16 * 200 + 68]).toBe(255); // the caret
    expect(out.data[14 * 200 + 112]).toBe(0); // the dot
    expect(out.data[15 * 200 + 131]).toBe(0); // the apostrophe
    expect(out.data[30 * 200 + 31]).toBe(0); // a capital's stem
    expect(out.data[30 * 200 + 91]).toBe(0);
  });

  it('stretches faint type (20 levels) to black ink on white paper', () => {
    const faint = gray(120, 40, (x, y) => (isGlyph(x, y, { x: 10, y: 10 }, 16, 6) ? 178 : 198));
    const out = stretchContrast(faint, 16);
    expect(out.data[0]).toBe(255);
    const ink = Math.min(...out.data);
    expect(ink).toBeLessThan(60);
  });
});

describe('the sheet and its words', () => {
  const second: TextLine = { box: { x: 200, y: 250, w: 150, h: 24 }, glyphPx: 24, polarity: 'dark', marks: 6 };
  const [sheet] = buildSheets([light, second].map((line) => ({ image: film, line })));

  it('stacks the lines top to bottom, each at the sheet glyph height', () => {
    expect(sheet!.slots).toHaveLength(2);
    expect(sheet!.slots[0]!.top).toBe(SHEET_PAD_PX);
    expect(sheet!.slots[1]!.top).toBeGreaterThan(sheet!.slots[0]!.top + sheet!.slots[0]!.height);
    expect(sheet!.slots[1]!.scale).toBeCloseTo(SHEET_GLYPH_PX / 24, 5);
  });

  it('maps what tesseract read back to the image, one line id per slot', () => {
    const slot = sheet!.slots[1]!;
    // A word drawn where the second line's type starts, as tesseract would box it on the sheet.
    const x0 = SHEET_PAD_PX + (second.box.x - slot.source.x) * slot.scale;
    const y0 = slot.top + (second.box.y - slot.source.y) * slot.scale;
    const page: TesseractPage = {
      blocks: [{ paragraphs: [{ lines: [{ words: [
        { text: 'DOB', confidence: 91, bbox: { x0, y0, x1: x0 + 60, y1: y0 + 32 } },
        { text: '68.12.1974', confidence: 3, bbox: { x0: x0 + 70, y0, x1: x0 + 200, y1: y0 + 32 } },
        { text: 'ii', confidence: 20, bbox: { x0: x0 + 210, y0, x1: x0 + 230, y1: y0 + 32 } },
      ] }] }] }],
    };
    const words = sheetWords(page, sheet!, 7);
    // The date is kept although tesseract was unsure (a dotted zero), repaired; junk is dropped.
    expect(words.map((w) => w.text)).toEqual(['DOB', '08.12.1974']);
    expect(words[0]!.line).toBe(8);
    expect(words[0]!.box.x).toBeCloseTo(second.box.x, 5);
    expect(words[0]!.box.y).toBeCloseTo(second.box.y, 5);
    expect(words[0]!.box.h).toBeCloseTo(24, 5);
  });
});
