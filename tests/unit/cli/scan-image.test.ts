import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatImageReport, toScannedImage } from '../../../src/cli/scan-image';
import type { ImageScanResult } from '../../../src/ocr/types';
import { jsonLines, ROOT, runCli } from './run-cli';

/** Photos of people that face-api ships with its package (the faces tests use them too). */
const FACE_PHOTOS = path.join(path.dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');

// OCR itself is measured by `npm run eval:ocr` and exercised end to end in tests/e2e/ocr-host;
// here: the contract around it, without starting a tesseract worker.
describe('scan-image', { timeout: 60_000 }, () => {
  it('documents itself', () => {
    const help = runCli(['scan-image', '--help']);
    expect(help.code).toBe(0);
    for (const word of ['--json', '"box"', '"medical"', '"error"', 'Exit codes']) expect(help.stdout).toContain(word);
    expect(runCli(['--help']).stdout).toContain('scan-image');
  });

  it('reports unreadable and non-image files one line each, keeps going, and exits 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scan-image-'));
    const notes = path.join(dir, 'notes.txt');
    const fakePng = path.join(dir, 'broken.png');
    writeFileSync(notes, 'not an image');
    writeFileSync(fakePng, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    const run = runCli(['scan-image', '--json', notes, path.join(dir, 'missing.jpg'), fakePng]);
    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout)).toEqual([
      { file: notes, error: 'not a JPEG or PNG image' },
      { file: path.join(dir, 'missing.jpg'), error: 'no such file' },
      { file: fakePng, error: expect.stringMatching(/^cannot decode png/) },
    ]);
    expect(run.stderr).toMatch(/3 files could not be scanned/);
  });

  it('serialises a result in the documented field order, boxes kept', () => {
    const result: ImageScanResult = {
      verdict: 'high',
      findings: [
        { rule: 'phi.date', severity: 'high', start: 4, end: 14, match: '03.14.1957', message: 'm', guidance: 'g', source: 'image', box: { x: 1, y: 2, w: 3, h: 4 }, explain: { recognizer: 'r', pattern: 'p', context: [], tie: 'inherent', score: 1 } },
      ],
      ocrText: 'DOB 03.14.1957',
      words: [],
      medical: { likely: true, score: 0.9, signals: ['grayscale'] },
      codes: [],
      width: 10,
      height: 10,
      ms: 5,
    };
    const out = toScannedImage('x.jpg', result, 12.4);
    expect(Object.keys(out)).toEqual(['file', 'verdict', 'findings', 'ocrText', 'medical', 'ms']);
    expect(out.findings[0]).toEqual({ rule: 'phi.date', severity: 'high', start: 4, end: 14, match: '03.14.1957', message: 'm', source: 'image', box: { x: 1, y: 2, w: 3, h: 4 } });
    expect(out.medical).toEqual({ likely: true, score: 0.9 });
    expect(formatImageReport(out)).toContain('phi.date');
  });

  it('finds faces in photos as the extension does: a boxed low reminder without clinical context, none in a logo', () => {
    const photo = path.join(FACE_PHOTOS, 'sample2.jpg');
    const logo = path.join(ROOT, 'public/icon/128.png');
    const run = runCli(['scan-image', '--json', photo, logo]);
    expect(run.code, run.stderr).toBe(0);
    const [onPhoto, onLogo] = jsonLines(run.stdout) as Array<{ file: string; verdict: string; findings: Array<{ rule: string; severity: string; box?: object }> }>;
    const faces = onPhoto!.findings.filter((f) => f.rule === 'phi.face');
    expect(faces.length).toBeGreaterThan(0);
    for (const f of faces) {
      expect(f.severity).toBe('low');
      expect(f.box).toEqual({ x: expect.any(Number), y: expect.any(Number), w: expect.any(Number), h: expect.any(Number) });
    }
    expect(onLogo!.file).toBe(logo);
    expect(onLogo!.findings.filter((f) => f.rule === 'phi.face')).toEqual([]);
  });
});
