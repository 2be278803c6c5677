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
import { clipBox, crop, grayImage, invert, resize } from './image';
import type { TextLine } from './text-lines';
import type { Box, GrayImage, OcrWord } from './types';
import { keepWord, type TesseractPage } from './words';
import { isValidDateToken, repairDateToken } from './repair';

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
/** Local contrast ink must have in a line crop (see sauvola's minContrast). */
export const LINE_MIN_CONTRAST = 16;

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
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, SHEET_GLYPH_PX / g));
  if (scale !== 1) region = resize(region, scale);
  const window = Math.round(SHEET_GLYPH_PX * 1.6) | 1;
  return { image: eraseEdgeInk(sauvola(region, { window, k: 0.2, minContrast: LINE_MIN_CONTRAST })), source, scale };
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

/** Lays the prepared lines out on sheets, top to bottom, in the order given. */
export function buildSheets(gray: GrayImage, lines: readonly TextLine[]): LineSheet[] {
  const prepared = lines.map((line) => prepareLine(gray, line));
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
          const text = repairDateToken(w.text.trim());
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
