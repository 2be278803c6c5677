/**
 * Turns a corpus case into what the OCR pipeline would have read: words with boxes, laid out the way tesseract's sparse-text mode reports overlays (lines in row order
 * across columns, so a name line is followed by whatever sits on the same row in the opposite
 * corner), with the OCR slips seen on real fixtures at low rates. Also gives each modality a
 * plausible pixel field, so the medical-image verdict is computed, not assumed.
 */
import { medicalVerdict, pixelStats } from '../../../src/ocr/heuristics';
import type { ImageReading, OcrWord, RgbaImage } from '../../../src/ocr/types';
import { seededRandom } from '../../bench/synthetic-posts';
import { noise, radiograph, rgba } from '../../unit/ocr/synthetic';
import type { LabelKind, OverlayCase } from './corpus';
import type { Modality } from './pools';

export interface SourceWord {
  text: string;
  label?: { kind: LabelKind; id: number };
  x: number;
  y: number;
  w: number;
  h: number;
}

const SIDE = 1000;
const CHAR_W = 9;
const WORD_H = 14;
const LINE_H = 20;
const MARGIN = 10;

export interface ReadOptions {
  /** OCR slips (comma read as a period, a date split at a dot, a bracket misread): off for a clean read. */
  slips: boolean;
  seed: number;
}

/** Every word of the case at its place on a SIDE x SIDE canvas, and the rows tesseract would report. */
export function layOut(c: OverlayCase, options: ReadOptions): { words: SourceWord[]; lines: SourceWord[][] } {
  const rand = seededRandom(options.seed);
  const words: SourceWord[] = [];
  const lines: SourceWord[][] = [];
  let labelId = 0;
  for (const block of c.blocks) {
    const top = block.corner[0] === 't' ? MARGIN : SIDE - MARGIN - block.lines.length * LINE_H;
    block.lines.forEach((row, r) => {
      const y = top + r * LINE_H;
      const gaps = row.map(() => 3 + Math.floor(rand() * 6));
      const rowWords: SourceWord[][] = [];
      let x = 0;
      row.forEach((field, f) => {
        const fieldWords: SourceWord[] = [];
        for (const piece of field) {
          const label = piece.label ? { kind: piece.label, id: labelId++ } : undefined;
          for (const raw of piece.text.split(' ')) {
            for (const text of options.slips ? slip(raw, rand) : [raw]) {
              fieldWords.push({ text, ...(label ? { label } : {}), x, y, w: text.length * CHAR_W, h: WORD_H });
              x += (text.length + 1) * CHAR_W;
            }
          }
        }
        rowWords.push(fieldWords);
        x += (gaps[f]! - 1) * CHAR_W;
      });
      // Right-hand corners are right-aligned.
      const shift = block.corner[1] === 'r' ? SIDE - MARGIN - (x - CHAR_W * gaps[gaps.length - 1]!) : MARGIN;
      for (const w of rowWords.flat()) w.x += shift;
      words.push(...rowWords.flat());
      // Sparse-text mode reports a row of widely separated fields as one line or as several.
      const split = rowWords.length > 1 && rand() < 0.5;
      const segments = split ? rowWords : [rowWords.flat()];
      for (const seg of segments) {
        // ...and now and then breaks one visual line in two ("WILLIAMS," | "JOHN [M]").
        if (seg.length > 1 && options.slips && rand() < 0.08) {
          const at = 1 + Math.floor(rand() * (seg.length - 1));
          lines.push(seg.slice(0, at), seg.slice(at));
        } else if (seg.length) lines.push(seg);
      }
    });
  }
  if (c.marker) {
    const marker = { text: c.marker, x: SIDE * 0.8, y: SIDE / 2, w: 30, h: 40 };
    words.push(marker);
    lines.push([marker]);
  }
  // Row order across columns, as tesseract reports a strip.
  lines.sort((a, b) => a[0]!.y - b[0]!.y || a[0]!.x - b[0]!.x);
  return { words, lines };
}

/** OCR slips observed on the generated radiographs: "DOE." for "DOE,", "(F]" for "[F]", "07.28 1988". */
function slip(word: string, rand: () => number): string[] {
  const r = rand();
  if (word.endsWith(',') && r < 0.15) return [`${word.slice(0, -1)}.`];
  if (word.startsWith('[') && r < 0.15) return [`(${word.slice(1)}`];
  const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(word);
  if (date && r < 0.15) return [`${date[1]}.${date[2]}`, date[3]!];
  return [word];
}

/**
 * What the OCR host would answer for the case: the words with their boxes, one line id per row
 * reported, and the medical verdict the host computes from the modality's pixels and the words.
 */
export function readingOf(lines: SourceWord[][], modality: Modality): ImageReading {
  const words: OcrWord[] = lines.flatMap((line, i) =>
    line.map((w) => ({ text: w.text, confidence: w.text.length === 1 ? 90 : 92, box: { x: w.x, y: w.y, w: w.w, h: w.h }, line: i })),
  );
  const pixels = pixelsFor(modality);
  return { words, medical: medicalVerdict(pixelStats(pixels), words), codes: [], width: SIDE, height: SIDE, ms: 0 };
}

const PIXELS = new Map<string, RgbaImage>();

/** A radiograph-like field for imaging modalities, a gridded paper for an ECG, a dark screen with traces for a monitor. */
export function pixelsFor(modality: Modality): RgbaImage {
  const kind = modality === 'ECG' ? 'paper' : modality === 'MONITOR' ? 'screen' : 'film';
  let image = PIXELS.get(kind);
  if (!image) {
    image =
      kind === 'film' ? radiograph(320, 320)
      : kind === 'paper' ? rgba(320, 240, (x, y) => {
          const trace = Math.abs(y - (60 + 80 * Math.floor(y / 80)) - 12 * Math.sin(x / 6)) < 1.5;
          if (trace) return [30, 30, 30];
          return x % 10 === 0 || y % 10 === 0 ? [240, 170, 170] : [252, 245, 245];
        })
      : rgba(320, 240, (x, y) => {
          const band = Math.floor(y / 60);
          const trace = Math.abs((y % 60) - 30 - 14 * Math.sin(x / (5 + band))) < 1.5;
          const colours: [number, number, number][] = [[40, 220, 60], [230, 230, 40], [60, 200, 230], [230, 230, 230]];
          return trace ? colours[band % 4]! : [8 + noise(x, y) * 4, 8, 10];
        });
    PIXELS.set(kind, image);
  }
  return image;
}
