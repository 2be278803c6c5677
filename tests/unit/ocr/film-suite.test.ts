import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { decodeImage } from '../../../src/ocr/decode-node';
import { readGps } from '../../../src/ocr/exif';
import { imageFindings } from '../../../src/ocr/image-findings';
import { readPixels } from '../../../src/ocr/scan';
import { startNodeOcr, type NodeOcr } from '../../../src/ocr/tesseract-node';
import type { ImageReading } from '../../../src/ocr/types';
import { identifiersFound, seriousFindings } from '../../ocr/film-check';
import { bareMedicalSpecs, brightCornerSpecs, filmSpecs, ordinarySpecs } from '../../ocr/fixtures/films';
import { generateFixtures, type GeneratedFixture } from '../../ocr/fixtures/generate';

/**
 * Issue 16's film suite, through the real pipeline (Node's tesseract.js, the same wasm core and
 * model as the extension's OCR host): films rendered by the tests in ≥ 40 layouts with a patient's
 * name, date of birth and ID burned in; ordinary pictures that must stay clean; medical images
 * with no text at all. Rendering happens once per machine (cached by the specs' hash).
 */
const FILMS = [...filmSpecs(), ...brightCornerSpecs()];
const ORDINARY = ordinarySpecs();
const BARE = bareMedicalSpecs();

let ocr: NodeOcr;
const read = new Map<string, { fixture: GeneratedFixture; reading: ImageReading }>();

beforeAll(async () => {
  const fixtures = await generateFixtures([...FILMS, ...ORDINARY, ...BARE]);
  ocr = await startNodeOcr();
  for (const fixture of fixtures) {
    const bytes = readFileSync(fixture.file);
    const location = await readGps(bytes);
    const reading = await readPixels(decodeImage(bytes), { recognize: ocr.recognize, ...(location ? { location } : {}) });
    read.set(fixture.spec.id, { fixture, reading });
  }
}, 900_000);

afterAll(async () => {
  await ocr?.terminate();
});

describe('the synthetic film suite', () => {
  it('has at least 40 layouts, each with a name, a date of birth and an ID burned in', () => {
    expect(FILMS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(FILMS.map((f) => f.blocks[0]!.corner)).size).toBe(4);
    expect(new Set(FILMS.map((f) => f.font)).size).toBeGreaterThanOrEqual(5);
    expect(Math.min(...FILMS.map((f) => f.fontPx))).toBeLessThanOrEqual(11);
    for (const f of FILMS) expect(f.identifiers).toBeDefined();
  });

  it('finds the name, date of birth and ID, where they are, in at least 95% of the films', () => {
    const missed: string[] = [];
    for (const spec of FILMS) {
      const { fixture, reading } = read.get(spec.id)!;
      const found = identifiersFound(fixture, imageFindings(reading, analyze).findings);
      if (!found.name || !found.dob || !found.id) missed.push(`${spec.id} (${Object.entries(found).filter(([, v]) => !v).map(([k]) => k).join(', ')})`);
    }
    const share = 1 - missed.length / FILMS.length;
    expect(share, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('raises nothing of medium severity or more on ordinary pictures and screenshots', () => {
    const raised = ORDINARY.flatMap((spec) => seriousFindings(imageFindings(read.get(spec.id)!.reading, analyze).findings).map((f) => `${spec.id}: ${f}`));
    expect(raised).toEqual([]);
  });

  it('calls every medical image medical, text or none, and no ordinary picture', () => {
    const wrong = [...BARE, ...FILMS, ...ORDINARY].filter((spec) => read.get(spec.id)!.reading.medical.likely !== spec.expectMedical).map((spec) => `${spec.id} (${read.get(spec.id)!.reading.medical.score})`);
    expect(wrong).toEqual([]);
  });
});
