import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { decodeImage, sniffFormat, UnsupportedImageError } from '../../../src/ocr/decode-node';
import { readGps } from '../../../src/ocr/exif';
import { PAD_PX } from '../../../src/ocr/preprocess';
import { scanPixels, type RecognizeText } from '../../../src/ocr/scan';
import type { TesseractPage } from '../../../src/ocr/words';
import { withGpsExif } from '../../ocr/fixtures/exif-gps';
import { radiograph } from './synthetic';

/** A reader that "reads" an overlay in the second region it is given (the bottom strip). */
function fakeReader(lines: string[][]): RecognizeText {
  let call = 0;
  return async () => {
    call++;
    if (call !== 2) return { blocks: [] };
    const page: TesseractPage = {
      blocks: [{ paragraphs: [{ lines: lines.map((words, row) => ({
        words: words.map((text, i) => ({ text, confidence: 92, bbox: { x0: PAD_PX + i * 60, y0: PAD_PX + row * 20, x1: PAD_PX + i * 60 + 50, y1: PAD_PX + row * 20 + 14 } })),
      })) }] }],
    };
    return page;
  };
}

describe('scanPixels', () => {
  it('does not ask the reader about regions with no text-like ink', async () => {
    let calls = 0;
    const plain = radiograph(400, 400);
    // A flat field: no region has anything glyph-like.
    plain.data.fill(40);
    const result = await scanPixels(plain, {
      recognize: async () => {
        calls++;
        return { blocks: [] };
      },
    });
    expect(calls).toBe(0);
    expect(result.words).toEqual([]);
  });

  it('turns an overlay on a radiograph into boxed high findings plus image.medical', async () => {
    const result = await scanPixels(radiograph(400, 400), {
      recognize: fakeReader([['DOE,', 'JOHN', '[M]'], ['DOB', '03.14.1957']]),
      location: { lat: 40.7411, lon: -73.9897 },
    });
    expect(result.ocrText).toBe('DOE, JOHN [M]\nDOB 03.14.1957');
    expect(result.medical.likely).toBe(true);
    const byRule = Object.fromEntries(result.findings.map((f) => [f.rule, f]));
    expect(byRule['phi.name']).toMatchObject({ severity: 'high', source: 'image', match: 'DOE, JOHN' });
    expect(byRule['phi.date']).toMatchObject({ severity: 'high', source: 'image', match: '03.14.1957' });
    // The bottom strip of a 400x400 image starts at y=320; its boxes map back there.
    expect(byRule['phi.date']!.box).toMatchObject({ y: 340 });
    expect(byRule['image.medical']).toMatchObject({ severity: 'medium', source: 'image' });
    expect(byRule['image.location']).toMatchObject({ severity: 'medium' });
    expect(result.verdict).toBe('high');
  });
});

describe('scanPixels on overlay text', () => {
  const scanned = async (lines: string[][]) => {
    const result = await scanPixels(radiograph(400, 400), { recognize: fakeReader(lines) });
    return result.findings.filter((f) => f.rule.startsWith('phi.')).map((f) => `${f.rule} ${f.match}`);
  };

  it('does not read a hospital burned into the image as a name', async () => {
    expect(await scanned([['ST', 'MARY', 'HOSPITAL'], ['MERCY', 'MEDICAL', 'CENTER'], ['RADIOLOGY', 'DEPT'], ['GENERAL', 'HOSPITAL', 'ER']])).toEqual([]);
  });

  it('reads a name on one line of the overlay, and technique words as no name', async () => {
    expect(await scanned([['GARCIA', 'MARIA'], ['PORTABLE', 'CHEST'], ['KVP', '80', 'MAS', '4'], ['SUPINE', 'AP']])).toEqual(['phi.name GARCIA MARIA']);
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
