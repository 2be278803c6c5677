/**
 * The lines of text found in an image (text-lines.ts), each cut out, turned dark-on-white, scaled
 * to one glyph height, binarised, and stacked on one white sheet: what tesseract reads, in one
 * call. Its words are then mapped back to where their line is in the image.
 *
 * One sheet of small normalised lines instead of whole regions: tesseract's cost follows the
 * pixels it is given, small type is enlarged and huge type reduced to the size its model reads
 * best, and every line gets the polarity and threshold of its own surroundings (white type on
 * black, light grey type on bright tissue, black type on a screenshot).
 */
import { sauvola } from './binarize';
import { clipBox, crop, grayImage, invert, luminanceQuantiles, resize } from './image';
import { boxMean, type FoundLine, type TextLine } from './text-lines';
import type { Box, GrayImage, OcrWord } from './types';
import { keepWord, type TesseractPage } from './words';
import { isValidDateToken, repairToken } from './repair';

/** Glyph height (px) every line is scaled to: tesseract's English model reads this size best. */
export const SHEET_GLYPH_PX = 32;
/** Scale limits: enlarge small type up to 4x, reduce a poster's down to 0.3x. */
export const MIN_SCALE = 0.3;
export const MAX_SCALE = 4;
/** White around each line: tesseract misses glyphs that touch an edge, and must see lines apart. */
export const SHEET_PAD_PX = 16;
export const LINE_GAP_PX = 20;
/** Sheets taller than this are split, so one read stays a bounded amount of memory. */
export const MAX_SHEET_HEIGHT = 4000;
/** Local contrast ink must have in a line crop (see sauvola's minContrast), at least and at most. */
export const LINE_MIN_CONTRAST = 16;
export const MAX_LINE_MIN_CONTRAST = 90;
/** Ink and paper closer than this many levels (before stretching) make a line faint. */
const FAINT_GAP = 50;

/**
 * Ink to black and paper to white: the darkest twentieth of the crop maps to 0 and the median
 * (paper: a line crop is mostly background) to 255. Faint type (light grey on bright tissue, ~20
 * levels apart) then binarises like any other; Sauvola's threshold assumes light paper.
 */
export function stretchContrast(region: GrayImage, glyphPx = SHEET_GLYPH_PX): GrayImage {
  const at = luminanceQuantiles(region);
  const lo = at(0.05);
  const hi = at(0.5);
  if (hi - lo < 4) return region;
  // Faint type: the stretch would blow its grain up into specks; a 3x3 mean first calms the grain
  // more than the strokes (when the type is big enough to have strokes wider than a pixel).
  if (hi - lo < FAINT_GAP && glyphPx >= 10) return stretchContrast({ width: region.width, height: region.height, data: boxMean(region, 1) }, 0);
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.max(0, Math.min(255, Math.round(((v - lo) * 255) / (hi - lo))));
  const out = new Uint8Array(region.data.length);
  for (let i = 0; i < out.length; i++) out[i] = lut[region.data[i]!]!;
  return { width: region.width, height: region.height, data: out };
}

/**
 * The contrast floor for one (stretched) line: 30% of the gap between its ink (darkest tenth) and
 * its paper (median), within [LINE_MIN_CONTRAST, MAX_LINE_MIN_CONTRAST]. Stretching faint type
 * stretches its grain too; a floor in proportion to the ink keeps the grain out and the strokes in.
 */
function inkContrastFloor(region: GrayImage): number {
  const at = luminanceQuantiles(region);
  return Math.max(LINE_MIN_CONTRAST, Math.min(MAX_LINE_MIN_CONTRAST, Math.round((at(0.5) - at(0.1)) * 0.3)));
}

export interface SheetSlot {
  /** The part of the image this slot shows (the line plus a margin), in image pixels. */
  source: Box;
  /** slot pixel = (image pixel - source origin) * scale, then offset by (SHEET_PAD_PX, top). */
  scale: number;
  top: number;
  height: number;
}

export interface LineSheet {
  image: GrayImage;
  slots: SheetSlot[];
}

/** One line, ready for the sheet: dark ink on white at SHEET_GLYPH_PX, binarised. */
export function prepareLine(gray: GrayImage, line: TextLine): { image: GrayImage; source: Box; scale: number } {
  const g = line.glyphPx;
  // A margin of about half a glyph above and below keeps descenders and accents; more to the
  // sides keeps the first and last letters away from the edge.
  const source = clipBox({ x: line.box.x - g * 0.8, y: line.box.y - g * 0.45, w: line.box.w + g * 1.6, h: line.box.h + g * 0.9 }, gray.width, gray.height);
  let region = crop(gray, source);
  if (line.polarity === 'light') region = invert(region);
  region = stretchContrast(region, line.glyphPx);
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, SHEET_GLYPH_PX / g));
  if (scale !== 1) region = resize(region, scale);
  const window = Math.round(SHEET_GLYPH_PX * 1.6) | 1;
  const binary = eraseEdgeInk(sauvola(region, { window, k: 0.2, minContrast: inkContrastFloor(region) }));
  const top = (line.box.y - source.y) * scale;
  return { image: eraseCarets(binary, top, line.glyphPx * scale), source, scale };
}

/**
 * DICOM writes names LAST^FIRST^MIDDLE, and tesseract reads the caret between two words as a
 * letter ("HOFFMANNAPRIYA", "OKAFOR“THABO") or drops the word. A caret is a mark a quarter to
 * three quarters of a glyph high, about as wide, that stops well above the baseline: erased, it leaves the
 * gap of a word space, and the name reads as the two words it is. (An i's dot is smaller, a quote
 * or an apostrophe narrower: kept.)
 */
export function eraseCarets(img: GrayImage, lineTop: number, glyphPx: number): GrayImage {
  const { width: w, height: h, data } = img;
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const pixels: number[] = [];
  // Monospace fonts draw a tall caret (3/4 of a capital); every letter reaches the baseline.
  const upperHalf = lineTop + glyphPx * 0.78;
  for (let start = 0; start < data.length; start++) {
    if (data[start] !== 0 || seen[start]) continue;
    let x0 = w, y0 = h, x1 = 0, y1 = 0;
    pixels.length = 0;
    stack.push(start);
    seen[start] = 1;
    while (stack.length) {
      const p = stack.pop()!;
      pixels.push(p);
      const y = (p / w) | 0;
      const x = p - y * w;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (const q of [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1]) {
        if (q >= 0 && data[q] === 0 && !seen[q]) (seen[q] = 1), stack.push(q);
      }
    }
    const cw = x1 - x0 + 1;
    const ch = y1 - y0 + 1;
    const caret = y1 <= upperHalf && y0 >= lineTop - glyphPx * 0.2 && ch >= glyphPx * 0.25 && ch <= glyphPx * 0.75 && cw >= ch * 0.85 && cw <= glyphPx;
    if (caret) for (const p of pixels) data[p] = 255;
  }
  return img;
}

/**
 * Ink touching the crop's edge belongs to a neighbouring line cut by the margin (the tops of the
 * next line's letters): tesseract would read it as letters of this one. This line's own glyphs
 * sit inside the margin and are kept, dots and commas included.
 */
export function eraseEdgeInk(img: GrayImage): GrayImage {
  const { width: w, height: h, data } = img;
  const stack: number[] = [];
  const seed = (p: number) => {
    if (data[p] === 0) {
      data[p] = 255;
      stack.push(p);
    }
  };
  for (let x = 0; x < w; x++) seed(x), seed((h - 1) * w + x);
  for (let y = 0; y < h; y++) seed(y * w), seed(y * w + w - 1);
  while (stack.length) {
    const p = stack.pop()!;
    const x = p % w;
    if (x > 0) seed(p - 1);
    if (x < w - 1) seed(p + 1);
    if (p >= w) seed(p - w);
    if (p < w * (h - 1)) seed(p + w);
  }
  return img;
}

/** Lays the lines out on sheets, top to bottom, in the order given, each read from its own image. */
export function buildSheets(lines: readonly FoundLine[]): LineSheet[] {
  const prepared = lines.map(({ image, line }) => prepareLine(image, line));
  const sheets: LineSheet[] = [];
  let batch: typeof prepared = [];
  let height = SHEET_PAD_PX;
  const flush = () => {
    if (batch.length) sheets.push(compose(batch));
    batch = [];
    height = SHEET_PAD_PX;
  };
  for (const p of prepared) {
    if (batch.length && height + p.image.height + LINE_GAP_PX > MAX_SHEET_HEIGHT) flush();
    batch.push(p);
    height += p.image.height + LINE_GAP_PX;
  }
  flush();
  return sheets;
}

function compose(lines: readonly ReturnType<typeof prepareLine>[]): LineSheet {
  const width = Math.max(...lines.map((l) => l.image.width)) + 2 * SHEET_PAD_PX;
  const height = lines.reduce((h, l) => h + l.image.height + LINE_GAP_PX, SHEET_PAD_PX - LINE_GAP_PX) + SHEET_PAD_PX;
  const image = grayImage(width, height, 255);
  const slots: SheetSlot[] = [];
  let top = SHEET_PAD_PX;
  for (const l of lines) {
    for (let row = 0; row < l.image.height; row++) {
      image.data.set(l.image.data.subarray(row * l.image.width, (row + 1) * l.image.width), (top + row) * width + SHEET_PAD_PX);
    }
    slots.push({ source: l.source, scale: l.scale, top, height: l.image.height });
    top += l.image.height + LINE_GAP_PX;
  }
  return { image, slots };
}

/**
 * The words tesseract read on a sheet, in image pixels. Each word belongs to the slot its middle
 * falls in, and takes that slot's line id (`firstLine` + slot index), so the lines found in the
 * image, not tesseract's guesses about the sheet, decide what is one line of text.
 */
export function sheetWords(page: TesseractPage, sheet: LineSheet, firstLine: number): OcrWord[] {
  const out: OcrWord[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const l of paragraph.lines) {
        for (const w of l.words) {
          const text = repairToken(w.text.trim());
          if (!keepWord(text, w.confidence) && !isValidDateToken(text)) continue;
          const { x0, y0, x1, y1 } = w.bbox;
          const middle = (y0 + y1) / 2;
          const index = sheet.slots.findIndex((s) => middle >= s.top - LINE_GAP_PX / 2 && middle < s.top + s.height + LINE_GAP_PX / 2);
          if (index < 0) continue;
          const slot = sheet.slots[index]!;
          const box = {
            x: slot.source.x + (x0 - SHEET_PAD_PX) / slot.scale,
            y: slot.source.y + (y0 - slot.top) / slot.scale,
            w: (x1 - x0) / slot.scale,
            h: (y1 - y0) / slot.scale,
          };
          out.push({ text, confidence: w.confidence, box, line: firstLine + index });
        }
      }
    }
  }
  return out;
}
