/**
 * Which words tesseract read are kept, and from the words to the text the engine analyses,
 * keeping which characters came from which box.
 */
import type { Box, OcrWord } from './types';

/** The part of tesseract.js's page result this module reads (`output: { blocks: true }`). */
export interface TesseractPage {
  blocks: { paragraphs: { lines: { words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[] }[] }[] | null;
}

/** Below this, tesseract's word is usually a rib edge or noise read as letters. */
export const MIN_CONFIDENCE = 45;
/** Single characters need more: "L"/"R" markers are read cleanly, speckle is not. */
export const MIN_CONFIDENCE_SINGLE = 75;
/**
 * A run of three or more digits needs less: tesseract is unsure of clean serif digits ("751680" at
 * 43) far more often than speckle reads as a long number, and an ID is exactly such a run.
 */
export const MIN_CONFIDENCE_NUMBER = 30;

export function keepWord(text: string, confidence: number): boolean {
  const t = text.trim();
  if (!/[A-Za-z0-9]/.test(t)) return false;
  if (/^\d{3,}$/.test(t)) return confidence >= MIN_CONFIDENCE_NUMBER;
  return confidence >= (t.length === 1 ? MIN_CONFIDENCE_SINGLE : MIN_CONFIDENCE);
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
 * A horizontal gap wider than this many word heights is a column gutter, not a space between
 * words: overlay headers put name, ID and date in fields a few characters apart, and tesseract
 * reports such a row as one line. Word spaces in overlay fonts measure about one word height.
 */
export const GUTTER_HEIGHTS = 2.5;

function sameRow(a: Box, b: Box): boolean {
  const overlap = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return overlap >= 0.5 * Math.min(a.h, b.h);
}

/** Gap from the end of `left` to the start of `right`, in word heights (negative if they overlap). */
function gapInHeights(left: Box, right: Box): number {
  return (right.x - (left.x + left.w)) / Math.max(left.h, right.h, 1);
}

/**
 * One line of text per visual row, in tesseract's reading order. Sparse-text mode sometimes breaks
 * one overlay line in two ("WILLIAMS," | "JOHN [M]"): a line that continues a row it sits on, a
 * word space to the right, is joined back to it. Lines stay separate otherwise, so a name never
 * runs on into the next line of the overlay, and "DOB" on the next line keeps its own context.
 * Within a row, a gutter between fields is a tab, so the engine can tell fields from words.
 */
export function layoutText(words: readonly OcrWord[]): LaidOutText {
  const ordered = [...words].sort((a, b) => a.line - b.line || a.box.x - b.box.x);
  const rows: OcrWord[][] = [];
  let current: OcrWord[] | undefined;
  for (const w of ordered) {
    if (current && current[current.length - 1]!.line === w.line) {
      current.push(w);
      continue;
    }
    current = rows.find((row) => {
      const last = row[row.length - 1]!;
      const gap = gapInHeights(last.box, w.box);
      return sameRow(last.box, w.box) && gap > -0.2 && gap <= GUTTER_HEIGHTS;
    });
    if (current) current.push(w);
    else rows.push((current = [w]));
  }
  let text = '';
  const spans: [number, number][] = [];
  const laidWords: OcrWord[] = [];
  rows.forEach((row, r) => {
    if (r > 0) text += '\n';
    row.forEach((w, i) => {
      if (i > 0) text += gapInHeights(row[i - 1]!.box, w.box) > GUTTER_HEIGHTS ? '\t' : ' ';
      spans.push([text.length, text.length + w.text.length]);
      laidWords.push(w);
      text += w.text;
    });
  });
  return { text, spans, words: laidWords };
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
