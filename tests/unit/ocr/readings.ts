/** Hand-made ImageReadings: what the OCR host would answer for an image holding these lines. */
import type { ImageReading, OcrWord } from '../../../src/ocr/types';

export interface ReadingOptions {
  medical?: boolean;
  location?: { lat: number; lon: number };
  codes?: ImageReading['codes'];
}

/** Each line a row of words 20 px high, words a space apart, rows 30 px apart. */
export function readingOf(lines: readonly string[], options: ReadingOptions = {}): ImageReading {
  const words: OcrWord[] = [];
  lines.forEach((line, row) => {
    let x = 10;
    for (const text of line.split(' ').filter(Boolean)) {
      const w = text.length * 12;
      words.push({ text, confidence: 90, box: { x, y: 10 + row * 30, w, h: 20 }, line: row });
      x += w + 12;
    }
  });
  const medical = options.medical ?? false;
  return {
    words,
    medical: { likely: medical, score: medical ? 0.9 : 0.1, signals: medical ? ['grayscale', 'dark field'] : [] },
    ...(options.location ? { location: options.location } : {}),
    codes: options.codes ?? [],
    width: 800,
    height: 600,
    ms: 1,
  };
}
