import { describe, expect, it } from 'vitest';
import { isValidDateToken, repairDateToken, repairToken } from '../../../src/ocr/repair';
import type { OcrWord } from '../../../src/ocr/types';
import { boxForSpan, dedupeWords, layoutText } from '../../../src/ocr/words';

const word = (text: string, x: number, y: number, line: number, confidence = 90): OcrWord => ({ text, confidence, box: { x, y, w: 40, h: 10 }, line });

describe('OCR words', () => {
  it('keeps the more confident of two overlapping readings', () => {
    const kept = dedupeWords([word('DOE', 0, 0, 1, 80), word('DOE,', 2, 0, 5, 95), word('JOHN', 60, 0, 1)]);
    expect(kept.map((w) => w.text)).toEqual(['DOE,', 'JOHN']);
  });

  it('lays out lines and maps a text span back to a box', () => {
    const laid = layoutText([word('DOB', 0, 20, 2), word('DOE,', 0, 0, 1), word('JOHN', 50, 0, 1), word('01.09.2012', 50, 20, 2)]);
    expect(laid.text).toBe('DOE, JOHN\nDOB 01.09.2012');
    expect(boxForSpan(laid, 0, 9)).toEqual({ x: 0, y: 0, w: 90, h: 10 });
    expect(boxForSpan(laid, laid.text.indexOf('01.'), laid.text.length)).toEqual({ x: 50, y: 20, w: 40, h: 10 });
    expect(boxForSpan(laid, 4, 5)).toBeUndefined();
  });
});

describe('overlay layout', () => {
  const at = (text: string, x: number, y: number, line: number, w = text.length * 10): OcrWord => ({ text, confidence: 90, box: { x, y, w, h: 12 }, line });

  it('joins a row tesseract broke in two back into one line', () => {
    // Sparse-text mode read "WILLIAMS," and "JOHN [M]" as two lines of the same row.
    const laid = layoutText([at('WILLIAMS,', 0, 100, 7), at('JOHN', 105, 100, 8), at('[M]', 150, 100, 8), at('DOB', 0, 120, 9)]);
    expect(laid.text).toBe('WILLIAMS, JOHN [M]\nDOB');
    expect(laid.words.map((w) => w.text)).toEqual(['WILLIAMS,', 'JOHN', '[M]', 'DOB']);
    expect(boxForSpan(laid, 0, 14)).toEqual({ x: 0, y: 100, w: 145, h: 12 });
  });

  it('keeps rows and columns apart: another row, or the same row across the image, is another line', () => {
    const laid = layoutText([at('GARCIA', 0, 0, 1), at('MARIA', 70, 0, 1), at('PORTABLE', 0, 20, 2), at('KVP', 900, 0, 3)]);
    expect(laid.text).toBe('GARCIA MARIA\nPORTABLE\nKVP');
  });

  it('separates fields of one line with a tab where the gap is a gutter, not a space', () => {
    const laid = layoutText([at('DOE,', 0, 0, 1), at('JOHN', 50, 0, 1), at('ID', 150, 0, 1), at('1234', 180, 0, 1)]);
    expect(laid.text).toBe('DOE, JOHN\tID 1234');
  });
});

describe('date repair (dotted and slashed zeros)', () => {
  it.each([
    ['68.12.1974', '08.12.1974'],
    ['12.63.2609', '12.03.2009'],
    ['11.03.2626', '11.03.2026'], // fewest swaps wins; any valid date is flagged the same
    ['(07.68.1971)', '(07.08.1971)'],
    ['©3.14.1957', '03.14.1957'],
    ['O1.O9.2Ol2', '01.09.2012'],
    ['DOB', 'DOB'],
    ['1O', '1O'],
    ['16.03.1975', '16.03.1975'], // valid day-month: left alone
    ['03.14.1957', '03.14.1957'],
    ['KVP', 'KVP'],
    ['124/78', '124/78'],
  ])('%s -> %s', (input, expected) => {
    expect(repairDateToken(input, 2026)).toBe(expected);
  });
});

describe('date repair, year first', () => {
  it.each([
    ['1940-06-62', '1940-06-02'],
    ['1957-03-14', '1957-03-14'],
    ['3712-01-01', '3712-01-01'], // no swap of a 6, 8 or 9 makes a plausible year: left as read
  ])('%s -> %s', (input, expected) => {
    expect(repairDateToken(input, 2026)).toBe(expected);
  });

  it('knows a date shape at any confidence, and nothing else', () => {
    expect(isValidDateToken('08.12.1974')).toBe(true);
    expect(isValidDateToken('(1957-03-14)')).toBe(true);
    expect(isValidDateToken('13.45.1974')).toBe(false);
    expect(isValidDateToken('4471823')).toBe(false);
    expect(isValidDateToken('KVP')).toBe(false);
  });
});

describe('field labels and markers read as look-alikes', () => {
  it.each([
    ['1D', 'ID'],
    ['lD:', 'ID:'],
    ['I)', 'ID'],
    ['|D.', 'ID:'],
    ['MRN.', 'MRN:'],
    ['DOB;', 'DOB:'],
    ['{F]', '[F]'],
    ['(m]', '[M]'],
    ['[F)', '[F]'],
    // Left as read: not a label, not a marker.
    ['1DAY', '1DAY'],
    ['ID', 'ID'],
    ['(FM)', '(FM)'],
    ['MRNS.', 'MRNS.'],
    ['12D', '12D'],
  ])('%s -> %s', (input, expected) => {
    expect(repairToken(input)).toBe(expected);
  });
});

describe('redaction rectangles', () => {
  it('grows boxes by a margin, clips them to the image and drops empty ones', async () => {
    const { redactionRects } = await import('../../../src/ocr/redact');
    expect(redactionRects([{ x: 10, y: 10, w: 50, h: 20 }], 100, 100)).toEqual([{ x: 6, y: 6, w: 58, h: 28 }]);
    expect(redactionRects([{ x: 90, y: 95, w: 30, h: 20 }], 100, 100)).toEqual([{ x: 86, y: 91, w: 14, h: 9 }]);
    expect(redactionRects([{ x: 200, y: 200, w: 5, h: 5 }], 100, 100)).toEqual([]);
  });
});
