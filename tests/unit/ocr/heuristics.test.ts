import { describe, expect, it } from 'vitest';
import { ecgGrid, ecgVocabulary, lateralityMarker, medicalVerdict, pixelStats, scannerVocabulary } from '../../../src/ocr/heuristics';
import type { OcrWord } from '../../../src/ocr/types';
import { noise, radiograph, rgba } from './synthetic';

let line = 0;
const words = (...texts: string[]): OcrWord[] => texts.map((text) => ({ text, confidence: 90, box: { x: 0, y: 0, w: 10, h: 10 }, line: line++ }));

const food = rgba(400, 300, (x, y) => {
  const palette: [number, number, number][] = [[192, 57, 43], [39, 174, 96], [241, 196, 15], [139, 90, 43]];
  return palette[(Math.floor(x / 37) + Math.floor(y / 29)) % palette.length]!;
});
const documentShot = rgba(400, 500, (x, y) => (y % 24 < 3 && x > 30 && x < 370 ? [30, 30, 30] : [255, 255, 255]));
const darkPhoto = rgba(400, 300, (x, y) => [20 + noise(x, y) * 10, 25, 70]);

describe('medical image heuristics', () => {
  it('calls a gray image on a dark field medical, even with no text', () => {
    const v = medicalVerdict(pixelStats(radiograph(400, 400)), []);
    expect(v.likely).toBe(true);
    expect(v.signals).toEqual(expect.arrayContaining(['grayscale', 'dark field']));
  });

  it('calls a negative (light field with anatomy) medical', () => {
    expect(medicalVerdict(pixelStats(radiograph(400, 400, true)), []).likely).toBe(true);
  });

  it('does not call a food photo, a document screenshot or a dark colour photo medical', () => {
    for (const img of [food, documentShot, darkPhoto]) expect(medicalVerdict(pixelStats(img), []).likely).toBe(false);
  });

  it('a screenshot of a document about radiology is still not a medical image', () => {
    expect(medicalVerdict(pixelStats(documentShot), words('CHEST', 'PORTABLE', 'KVP', 'MAS', 'DOB')).likely).toBe(false);
  });

  it('calls a photo of an ECG printout medical although the pixels say paper', () => {
    const v = medicalVerdict(pixelStats(documentShot), words('VENT', 'RATE', '72', 'BPM', 'QRS', 'QT/QTC', 'aVR', 'aVL', 'aVF', 'V1'));
    expect(v.likely).toBe(true);
    expect(v.signals).toContain('ECG leads and intervals');
  });

  it('needs several ECG terms: one interval in a document is not a tracing', () => {
    expect(ecgVocabulary(words('QRS', 'PR', 'SINUS'))).toEqual([]);
    expect(medicalVerdict(pixelStats(documentShot), words('QRS', 'PR', 'ECG', 'BPM')).likely).toBe(false);
  });

  it('scanner vocabulary makes a colourful but plausible image medical (ultrasound, monitor)', () => {
    const v = medicalVerdict(pixelStats(food), words('GAIN', 'DEPTH', 'ECG', 'BPM'));
    expect(v.score).toBeGreaterThan(0.3);
  });

  it('needs a study word before generic ones count', () => {
    expect(scannerVocabulary(words('PA', 'US'))).toEqual([]);
    expect(scannerVocabulary(words('KVP', 'PA'))).toEqual(['KVP', 'PA']);
  });

  it('finds an isolated laterality marker but not an L inside a line', () => {
    expect(lateralityMarker(words('L'))).toBe('L');
    const inLine: OcrWord[] = [
      { text: 'W', confidence: 90, box: { x: 0, y: 0, w: 5, h: 5 }, line: 99 },
      { text: 'L', confidence: 90, box: { x: 9, y: 0, w: 5, h: 5 }, line: 99 },
    ];
    expect(lateralityMarker(inLine)).toBeUndefined();
  });
});

describe('ECG grid paper', () => {
  // Pink paper ruled every `period` px with thin lines, darker every fifth, as an ECG is printed.
  const ecgPaper = (period: number) =>
    rgba(640, 480, (x, y) => {
      const major = x % (period * 5) === 0 || y % (period * 5) === 0;
      const minor = x % period === 0 || y % period === 0;
      return major ? [240, 160, 160] : minor ? [248, 208, 208] : [253, 241, 241];
    });

  it('finds a red grid ruled across and down at one spacing, and makes the image medical', () => {
    for (const period of [5, 6, 7, 12]) expect(ecgGrid(ecgPaper(period)), `period ${period}`).toBeGreaterThanOrEqual(0.45);
    const v = medicalVerdict(pixelStats(ecgPaper(6)), []);
    expect(v.likely).toBe(true);
    expect(v.signals).toContain('ECG grid paper');
  });

  it('ignores stripes one way only, smooth red shading, JPEG block seams and 2-px chroma patterns', () => {
    const stripes = rgba(640, 480, (x) => (x % 6 === 0 ? [240, 160, 160] : [253, 241, 241]));
    const shading = rgba(640, 480, (x, y) => [200 + 40 * Math.sin(x / 60) * Math.cos(y / 50), 120, 110]);
    const blocks = rgba(640, 480, (x, y) => (x % 8 === 0 || y % 8 === 0 ? [200, 120, 120] : [210, 110, 100]));
    const chroma = rgba(640, 480, (x, y) => [180 + (x % 2) * 20 + 30 * Math.sin(y / 40), 120, 100]);
    // A plate of food: discs of strong colour on brown, whose edges make a smooth profile.
    const discs = Array.from({ length: 30 }, (_, i) => ({ x: 320 + noise(i, 1) * 220, y: 240 + noise(i, 2) * 160, r: 40 + Math.abs(noise(i, 3)) * 60, c: ([[192, 57, 43], [39, 174, 96], [241, 196, 15], [142, 68, 173]] as const)[i % 4]! }));
    const plate = rgba(640, 480, (x, y) => {
      const d = discs.find((p) => (x - p.x) ** 2 + (y - p.y) ** 2 < p.r * p.r);
      return d ? [...d.c] : [139, 90, 43];
    });
    for (const [name, img] of Object.entries({ stripes, shading, blocks, chroma, plate })) expect(ecgGrid(img), name).toBeLessThan(0.45);
    expect(ecgGrid(food)).toBeLessThan(0.45);
  });
});
