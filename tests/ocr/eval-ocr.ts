/**
 * `npm run eval:ocr [-- --xrays N] [--verbose] [--dump-words FILE]`: word recall of the OCR pipeline on generated
 * fixtures (synthetic radiographs with burned-in overlays in varied sizes, polarities, corners,
 * noise, JPEG quality, blur and photo-of-a-screen), whether the name, DOB and study date became
 * findings, which findings were false (anything that is not one of the overlay's identifiers: a
 * hospital read as a name, a name run on into a technique line), and whether medical /
 * not-medical was called right. Runs in Node (tesseract.js worker thread). --dump-words writes what
 * OCR read per image (JSON), so an engine change can be compared on the same reading without
 * running OCR again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { decodeImage } from '../../src/ocr/decode-node';
import { readGps } from '../../src/ocr/exif';
import { scanPixels } from '../../src/ocr/scan';
import { startNodeOcr } from '../../src/ocr/tesseract-node';
import type { ImageScanResult } from '../../src/ocr/types';
import { generateFixtures, type GeneratedFixture } from './fixtures/generate';
import { allSpecs, groundTruthWords, wordRecall } from './fixtures/specs';

const { values } = parseArgs({ options: { xrays: { type: 'string' }, verbose: { type: 'boolean' }, 'dump-words': { type: 'string' } } });
const fixtures = await generateFixtures(allSpecs(Number(values.xrays ?? 20)));


/** Letters and digits only, upper-cased: "DOE, JOHN" and "DOE. JOHN" compare equal, "06 20.2021" and "06.20.2021" too. */
const alnum = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** The overlay's identifiers as the spec wrote them: name line, DOB, MRN (identity block), study date. */
function identifiersOf(f: GeneratedFixture): { name: string; dob: string; mrn: string; examDate: string } {
  const [identity, study] = f.spec.blocks;
  return {
    name: identity!.lines[0]!.replace(/\s*\[[MF]\]$/, ''),
    dob: identity!.lines[1]!.split(' ')[1]!,
    mrn: identity!.lines[2]!.split(' ')[1]!,
    examDate: study!.lines[2]!,
  };
}

function identifiersFound(f: GeneratedFixture, r: ImageScanResult): { name: boolean; dob: boolean; examDate: boolean } {
  const ids = identifiersOf(f);
  const last = ids.name.split(',')[0]!;
  const high = r.findings.filter((x) => x.severity === 'high');
  const dateFound = (d: string) => high.some((x) => x.rule === 'phi.date' && alnum(x.match) === alnum(d));
  return {
    name: high.some((x) => x.rule === 'phi.name' && x.match.toUpperCase().includes(last)),
    dob: dateFound(ids.dob),
    examDate: dateFound(ids.examDate),
  };
}

/** Edit distance, for telling an identifier OCR misread by a character from something else. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Text findings (medium and up) that are not part of an identifier of the overlay. OCR may drop or
 * change punctuation, so a finding is compared by its letters and digits: right when they are a
 * piece of one identifier, or that identifier misread by a character or two ("75808327" for
 * "7580327"); false otherwise ("MERCY GENERAL RADIOLOGY", "GARCIA MARIA PORTABLE").
 */
function falseFindings(f: GeneratedFixture, r: ImageScanResult): string[] {
  const ids = f.spec.expectIdentifiers ? Object.values(identifiersOf(f)).map(alnum) : [];
  return r.findings
    .filter((x) => x.source === 'image' && x.severity !== 'low' && x.rule.startsWith('phi.') && x.rule !== 'phi.face')
    .filter((x) => !ids.some((id) => id.includes(alnum(x.match)) || (id.length >= 5 && editDistance(id, alnum(x.match)) <= 2)))
    .map((x) => `${x.rule} ${JSON.stringify(x.match)}`);
}

const ocr = await startNodeOcr();
// Warm-up: the first recognition compiles the wasm paths and loads the model into memory.
await scanPixels(decodeImage(readFileSync(fixtures[0]!.file)), { recognize: ocr.recognize });

interface Row { f: GeneratedFixture; hit: number; total: number; ms: number; name: boolean; dob: boolean; examDate: boolean; wrong: string[]; medicalOk: boolean }
const rows: Row[] = [];
const dump: { id: string; medical: boolean; words: ImageScanResult['words'] }[] = [];
for (const f of fixtures) {
  const bytes = readFileSync(f.file);
  const t0 = performance.now();
  const r = await scanPixels(decodeImage(bytes), { recognize: ocr.recognize, location: await readGps(bytes) });
  const ms = performance.now() - t0;
  dump.push({ id: f.spec.id, medical: r.medical.likely, words: r.words });
  const truth = groundTruthWords(f.spec);
  const { hit, missed } = wordRecall(truth, r.words.map((w) => w.text));
  const ids = f.spec.expectIdentifiers ? identifiersFound(f, r) : { name: true, dob: true, examDate: true };
  const wrong = falseFindings(f, r);
  const medicalOk = r.medical.likely === f.spec.expectMedical;
  rows.push({ f, hit, total: truth.length, ms, ...ids, wrong, medicalOk });
  const s = f.spec;
  const tags = [`${s.width}x${s.height}`, `${s.fontPx}px`, s.polarity, s.screenPhoto ? 'screen-photo' : '', s.blur ? `blur ${s.blur.toFixed(1)}` : '', s.jpegQuality ? `jpeg q${Math.round(s.jpegQuality * 100)}` : 'png'].filter(Boolean);
  console.log(`${s.id.padEnd(12)} ${`${hit}/${truth.length}`.padStart(6)} words  name ${ids.name ? 'yes' : 'NO '} dob ${ids.dob ? 'yes' : 'NO '} date ${ids.examDate ? 'yes' : 'NO '} false ${wrong.length}  medical ${r.medical.score.toFixed(2)} ${medicalOk ? 'ok' : 'WRONG'}  ${ms.toFixed(0).padStart(6)} ms  ${tags.join(', ')}`);
  if (values.verbose && missed.length) console.log(`    missed: ${missed.join(' ')}\n    read:   ${JSON.stringify(r.ocrText)}`);
  if (wrong.length) console.log(`    false: ${wrong.join(', ')}`);
}
await ocr.terminate();
if (values['dump-words']) writeFileSync(values['dump-words'], JSON.stringify(dump));

const sum = (list: Row[], pick: (r: Row) => number) => list.reduce((a, r) => a + pick(r), 0);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
function group(label: string, list: Row[]) {
  if (!list.length) return;
  console.log(`  ${label.padEnd(26)} word recall ${pct(sum(list, (r) => r.hit), sum(list, (r) => r.total)).padStart(6)}  (${list.length} images)`);
}
const xrays = rows.filter((r) => r.f.spec.kind === 'xray');
console.log('\nWord recall (overlay words, case and edge punctuation ignored):');
group('all radiographs', xrays);
group('font <= 15 px', xrays.filter((r) => r.f.spec.fontPx <= 15));
group('dark polarity (negative)', xrays.filter((r) => r.f.spec.polarity === 'dark'));
group('photo of a screen', xrays.filter((r) => r.f.spec.screenPhoto));
group('JPEG quality <= 0.6', xrays.filter((r) => (r.f.spec.jpegQuality ?? 1) <= 0.6));
const withIds = rows.filter((r) => r.f.spec.expectIdentifiers);
console.log(`Found as a high finding: name ${pct(withIds.filter((r) => r.name).length, withIds.length)}; DOB ${pct(withIds.filter((r) => r.dob).length, withIds.length)}; study date ${pct(withIds.filter((r) => r.examDate).length, withIds.length)}`);
const wrongRows = rows.filter((r) => r.wrong.length);
console.log(`False findings (text findings that are no identifier of the overlay): ${sum(rows, (r) => r.wrong.length)} on ${wrongRows.length}/${rows.length} images${wrongRows.length ? ` (${wrongRows.map((r) => r.f.spec.id).join(', ')})` : ''}`);
console.log(`Medical / not medical right: ${rows.filter((r) => r.medicalOk).length}/${rows.length}`);
const times = xrays.map((r) => r.ms).sort((a, b) => a - b);
console.log(`Scan time per radiograph (Node ${process.version}, after warm-up): median ${times[times.length >> 1]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms`);
