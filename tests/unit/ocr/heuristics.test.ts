import { describe, expect, it } from 'vitest';
import { ecgVocabulary, lateralityMarker, medicalVerdict, pixelStats, scannerVocabulary } from '../../../src/ocr/heuristics';
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
