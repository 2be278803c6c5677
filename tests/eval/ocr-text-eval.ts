/**
 * `npm run eval:ocr-text [-- --count N] [--verbose]`
 *
 * Finding-level precision and recall of the engine on text burned into medical images, through
 * the same path the extension takes (OCR words -> layout -> analyze with source 'image' and the
 * medical-image verdict). The overlays are generated (tests/eval/ocr-text/corpus.ts) and turned
 * into the words OCR would read, so this measures the engine and the layout, not tesseract; `npm run eval:ocr`
 * measures tesseract on rendered images. A measurement: exits 0 whatever the numbers.
 */
import { parseArgs } from 'node:util';
import { analyze, type Finding } from '../../src/engine';
import { imageFindings } from '../../src/ocr/image-findings';
import { layoutText } from '../../src/ocr/words';
import { generateCorpus, type LabelKind, type OverlayCase } from './ocr-text/corpus';
import { MODALITIES } from './ocr-text/pools';
import { layOut, readingOf, type SourceWord } from './ocr-text/reader';
import { EXPECTED_KINDS, scoreCase, type CaseScore, type LabelledToken } from './ocr-text/score';

const { values } = parseArgs({ options: { count: { type: 'string' }, verbose: { type: 'boolean' }, pool: { type: 'string' } } });
const COUNT = Number(values.count ?? 210);

interface Scanned {
  c: OverlayCase;
  text: string;
  medical: boolean;
  score: CaseScore;
}

/** Offsets of each laid-out word in the OCR text, with the label of the source word it came from. */
function tokensOf(text: string, words: { text: string; box: { x: number; y: number } }[], source: SourceWord[]): LabelledToken[] {
  const byPlace = new Map(source.map((w) => [`${w.x},${w.y}`, w]));
  let cursor = 0;
  return words.map((w) => {
    const start = text.indexOf(w.text, cursor);
    cursor = start + w.text.length;
    const src = byPlace.get(`${w.box.x},${w.box.y}`);
    return { start, end: cursor, text: w.text, ...(src?.label ? { label: src.label } : {}) };
  });
}

async function scan(c: OverlayCase, slips: boolean, seed: number): Promise<Scanned> {
  const { words, lines } = layOut(c, { slips, seed });
  const reading = readingOf(lines, c.modality);
  const result = imageFindings(reading, analyze);
  const tokens = tokensOf(result.ocrText, layoutText(reading.words).words, words);
  return { c, text: result.ocrText, medical: reading.medical.likely, score: scoreCase(tokens, result.findings) };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '  n/a');
const show = (f: Finding) => `${f.rule}:${f.severity} ${JSON.stringify(f.match)}`;

function report(title: string, rows: Scanned[]) {
  const labels = rows.flatMap((r) => r.score.labels);
  const correct = rows.reduce((a, r) => a + r.score.correct.length, 0);
  const wrong = rows.flatMap((r) => r.score.wrong.map((w) => ({ ...w, r })));
  const found = labels.filter((l) => l.found).length;
  console.log(`\n== ${title}: ${rows.length} overlays, ${labels.length} identifiers`);
  console.log(`precision ${pct(correct, correct + wrong.length)} (${correct} correct, ${wrong.length} false findings)   recall ${pct(found, labels.length)} (${found}/${labels.length})   recall at high ${pct(labels.filter((l) => l.high).length, labels.length)}`);
  for (const kind of EXPECTED_KINDS) {
    const of = labels.filter((l) => l.kind === kind);
    if (of.length) console.log(`  ${kind.padEnd(9)} recall ${pct(of.filter((l) => l.found).length, of.length).padStart(6)}  at high ${pct(of.filter((l) => l.high).length, of.length).padStart(6)}  (${of.length})`);
  }
  const byReason = new Map<string, number>();
  for (const w of wrong) byReason.set(`${w.finding.rule} ${w.reason}`, (byReason.get(`${w.finding.rule} ${w.reason}`) ?? 0) + 1);
  if (byReason.size) console.log(`  false findings: ${[...byReason].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const m of MODALITIES) {
    const of = rows.filter((r) => r.c.modality === m);
    const l = of.flatMap((r) => r.score.labels);
    const ok = of.reduce((a, r) => a + r.score.correct.length, 0);
    const bad = of.reduce((a, r) => a + r.score.wrong.length, 0);
    console.log(`  ${m.padEnd(8)} precision ${pct(ok, ok + bad).padStart(6)}  recall ${pct(l.filter((x) => x.found).length, l.length).padStart(6)}  medical ${of.filter((r) => r.medical).length}/${of.length}`);
  }
  if (values.verbose) {
    for (const w of wrong) console.log(`  FALSE ${w.r.c.id} [${w.reason}] ${show(w.finding)}`);
    for (const r of rows) for (const l of r.score.labels) if (!l.found) console.log(`  MISS  ${r.c.id} ${l.kind} ${JSON.stringify(l.text)}   in ${JSON.stringify(r.text)}`);
  }
}

const pools = values.pool ? [values.pool as 'dev' | 'check'] : (['dev', 'check'] as const);
for (const pool of pools) {
  const corpus = generateCorpus(COUNT, pool);
  for (const slips of [false, true]) {
    const rows: Scanned[] = [];
    for (const [i, c] of corpus.entries()) rows.push(await scan(c, slips, 100 + i));
    report(`${pool} pool, ${slips ? 'with OCR slips' : 'clean read'}`, rows);
  }
}
export type { LabelKind };
