/**
 * The radiograph both OCR benches read (Node and Chromium), so their numbers compare: 2000x2000
 * JPEG, white-on-black overlay of 24 px text in three corner blocks (identity, study, technique).
 */
import { readFileSync } from 'node:fs';
import { generateFixtures, type GeneratedFixture } from '../ocr/fixtures/generate';
import { xraySpecs, type FixtureSpec } from '../ocr/fixtures/specs';

export const BENCH_XRAY: FixtureSpec = {
  ...xraySpecs(1)[0]!,
  id: 'bench-2000',
  width: 2000,
  height: 2000,
  fontPx: 24,
  screenPhoto: false,
  blur: 0,
  jpegQuality: 0.85,
  polarity: 'light',
};

export async function benchFixture(): Promise<{ fixture: GeneratedFixture; bytes: Buffer }> {
  const [fixture] = await generateFixtures([BENCH_XRAY]);
  return { fixture: fixture!, bytes: readFileSync(fixture!.file) };
}
