import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { decodeImage, sniffFormat, UnsupportedImageError } from '../../../src/ocr/decode-node';
import { readGps } from '../../../src/ocr/exif';
import { rgbaToGray } from '../../../src/ocr/image';
import { buildSheets, SHEET_PAD_PX } from '../../../src/ocr/line-sheet';
import { scanPixels, type RecognizeText } from '../../../src/ocr/scan';
import { findTextLines } from '../../../src/ocr/text-lines';
import type { RgbaImage } from '../../../src/ocr/types';
import type { TesseractPage } from '../../../src/ocr/words';
import { withGpsExif } from '../../ocr/fixtures/exif-gps';
import { isGlyph, radiograph } from './synthetic';

/** A radiograph with white type in its bottom-left corner: `rows` lines of letter-like marks. */
function filmWithOverlay(rows: number): RgbaImage {
  const film = radiograph(400, 400);
  for (let r = 0; r < rows; r++) {
    const at = { x: 12, y: 330 + r * 20 };
    for (let y = 0; y < 400; y++) for (let x = 0; x < 400; x++) if (isGlyph(x, y, at, 12, 12)) film.data.set([235, 235, 235], (y * 400 + x) * 4);
  }
  return film;
}

/**
 * A stand-in for tesseract: "reads" `lines[i]` on the i-th line of the sheet it is given, at the
 * place the line's type was drawn (the test knows the sheet's layout by building it the same way).
 */
function fakeRecognize(image: RgbaImage, lines: string[][]): { recognize: RecognizeText; calls: () => number } {
  const gray = rgbaToGray(image);
  const [sheet] = buildSheets(findTextLines(gray).map((line) => ({ image: gray, line })));
  let calls = 0;
  const recognize: RecognizeText = async () => {
    calls++;
    const page: TesseractPage = {
      blocks: [{ paragraphs: [{ lines: lines.map((words, row) => {
        const slot = sheet!.slots[row]!;
        return { words: words.map((text, i) => ({ text, confidence: 92, bbox: { x0: SHEET_PAD_PX + 20 + i * 70, y0: slot.top + 10, x1: SHEET_PAD_PX + 80 + i * 70, y1: slot.top + 40 } })) };
      }) }] }],
    };
    return page;
  };
  return { recognize, calls: () => calls };
}

describe('scanPixels', () => {
  it('does not call tesseract when no line of text is found', async () => {
    let calls = 0;
    const result = await scanPixels(radiograph(400, 400), {
      recognize: async () => {
        calls++;
        return { blocks: [] };
      },
    });
    expect(calls).toBe(0);
    expect(result.words).toEqual([]);
  });

  it('reads every line in one call and turns the overlay into boxed high findings plus image.medical', async () => {
    const film = filmWithOverlay(2);
    const fake = fakeRecognize(film, [['DOE,', 'JOHN', '[M]'], ['DOB', '03.14.1957']]);
    const result = await scanPixels(film, { recognize: fake.recognize, location: { lat: 40.7411, lon: -73.9897 } });
    expect(fake.calls()).toBe(1);
    expect(result.ocrText).toBe('DOE, JOHN [M]\nDOB 03.14.1957');
    expect(result.medical.likely).toBe(true);
    const byRule = Object.fromEntries(result.findings.map((f) => [f.rule, f]));
    expect(byRule['phi.name']).toMatchObject({ severity: 'high', source: 'image', match: 'DOE, JOHN' });
    expect(byRule['phi.date']).toMatchObject({ severity: 'high', source: 'image', match: '03.14.1957' });
    // The second line of type was drawn from y=350: its words map back there, not to the sheet.
    expect(Math.abs(byRule['phi.date']!.box!.y - 350)).toBeLessThan(12);
    expect(byRule['image.medical']).toMatchObject({ severity: 'medium', source: 'image' });
    expect(byRule['image.location']).toMatchObject({ severity: 'medium' });
    expect(result.verdict).toBe('high');
  });
});

describe('scanPixels on overlay text', () => {
  const scanned = async (lines: string[][]) => {
    const film = filmWithOverlay(lines.length);
    const result = await scanPixels(film, { recognize: fakeRecognize(film, lines).recognize });
    return result.findings.filter((f) => f.rule.startsWith('phi.')).map((f) => `${f.rule} ${f.match}`);
  };

  it('does not read a hospital burned into the image as a name', async () => {
    expect(await scanned([['ST', 'MARY', 'HOSPITAL'], ['MERCY', 'MEDICAL', 'CENTER'], ['RADIOLOGY', 'DEPT']])).toEqual([]);
  });

  it('reads a name on one line of the overlay, and technique words as no name', async () => {
    expect(await scanned([['GARCIA', 'MARIA'], ['PORTABLE', 'CHEST'], ['KVP', '80', 'MAS', '4']])).toEqual(['phi.name GARCIA MARIA']);
  });

  it('finds name, date and ID in the issue\'s "LAST FIRST [M] 01.09.2012" layout', async () => {
    expect(await scanned([['NGUYEN', 'THI', 'MAI', '[F]', '01.09.2012'], ['ID', '5512345']])).toEqual(['phi.name NGUYEN THI MAI', 'phi.date 01.09.2012', 'phi.mrn 5512345']);
  });
});

describe('Node decoding and EXIF', () => {
  const tiny = jpeg.encode({ width: 8, height: 8, data: new Uint8Array(8 * 8 * 4).fill(128) }, 90).data;

  it('decodes JPEG and rejects what is not an image', () => {
    expect(sniffFormat(tiny)).toBe('jpeg');
    expect(decodeImage(tiny)).toMatchObject({ width: 8, height: 8 });
    expect(() => decodeImage(new TextEncoder().encode('hello'))).toThrow(UnsupportedImageError);
    expect(() => decodeImage(new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2]))).toThrow(UnsupportedImageError);
  });

  it('reads EXIF GPS, and none from an image without it', async () => {
    const gps = await readGps(withGpsExif(tiny, 40.7411, -73.9897));
    expect(gps!.lat).toBeCloseTo(40.7411, 3);
    expect(gps!.lon).toBeCloseTo(-73.9897, 3);
    expect(await readGps(tiny)).toBeUndefined();
  });
});
