/**
 * From what tesseract read in each region to one list of words in image coordinates, and from
 * those words to the text the engine analyses, keeping which characters came from which box.
 */
import { toImageBox, type PreparedRegion } from './preprocess';
import { repairDateToken } from './repair';
import type { Box, OcrWord } from './types';

/** The part of tesseract.js's page result this module reads (`output: { blocks: true }`). */
export interface TesseractPage {
  blocks: { paragraphs: { lines: { words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[] }[] }[] | null;
}

/** Below this, tesseract's word is usually a rib edge or noise read as letters. */
export const MIN_CONFIDENCE = 45;
/** Single characters need more: "L"/"R" markers are read cleanly, speckle is not. */
export const MIN_CONFIDENCE_SINGLE = 75;

function keepWord(text: string, confidence: number): boolean {
  const t = text.trim();
  if (!/[A-Za-z0-9]/.test(t)) return false;
  return confidence >= (t.length === 1 ? MIN_CONFIDENCE_SINGLE : MIN_CONFIDENCE);
}

/** Words of one region's page, in image coordinates; `firstLine` keeps line ids unique. */
export function regionWords(page: TesseractPage, region: Pick<PreparedRegion, 'box' | 'scale'>, firstLine: number): OcrWord[] {
  const out: OcrWord[] = [];
  let line = firstLine;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const l of paragraph.lines) {
        for (const w of l.words) {
          if (!keepWord(w.text, w.confidence)) continue;
          const { x0, y0, x1, y1 } = w.bbox;
          out.push({ text: repairDateToken(w.text.trim()), confidence: w.confidence, box: toImageBox(region, { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }), line });
        }
        line++;
      }
    }
  }
  return out;
}

function overlapRatio(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.w * a.h, b.w * b.h);
}

/**
 * Regions overlap, so a word near a boundary can be read twice (or once whole and once cut).
 * The more confident reading wins; ties go to the longer text, which is the uncut one.
 */
export function dedupeWords(words: readonly OcrWord[]): OcrWord[] {
  const ranked = [...words].sort((a, b) => b.confidence - a.confidence || b.text.length - a.text.length);
  const kept: OcrWord[] = [];
  for (const w of ranked) if (!kept.some((k) => overlapRatio(k.box, w.box) > 0.5)) kept.push(w);
  return words.filter((w) => kept.includes(w));
}

export interface LaidOutText {
  text: string;
  /** spans[i] is [start, end) of words[i] in text. */
  spans: [number, number][];
  words: OcrWord[];
}

/**
 * One line of text per tesseract line, words separated by spaces, in reading order within each
 * region. Lines stay separate so a name on one line and "DOB" on the next keep their own context.
 */
export function layoutText(words: readonly OcrWord[]): LaidOutText {
  const ordered = [...words].sort((a, b) => a.line - b.line || a.box.x - b.box.x);
  let text = '';
  const spans: [number, number][] = [];
  ordered.forEach((w, i) => {
    if (i > 0) text += ordered[i - 1]!.line === w.line ? ' ' : '\n';
    spans.push([text.length, text.length + w.text.length]);
    text += w.text;
  });
  return { text, spans, words: ordered };
}

/** The box covering every word a [start, end) span of the laid-out text touches. */
export function boxForSpan(laid: LaidOutText, start: number, end: number): Box | undefined {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  laid.spans.forEach(([s, e], i) => {
    if (e <= start || s >= end) return;
    const b = laid.words[i]!.box;
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  });
  if (x0 === Infinity) return undefined;
  return { x: Math.round(x0), y: Math.round(y0), w: Math.round(x1 - x0), h: Math.round(y1 - y0) };
}
