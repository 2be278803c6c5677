/**
 * `npm run bench:ocr`: time to scan a 2000x2000 radiograph with a burned-in overlay, after
 * warm-up, in Node (tesseract.js worker thread, same wasm core and model as the extension).
 * Budgets: <= 1 s per film in Node (issue 16), <= 1.5 s in Chromium (issue 4; bench:ocr:chromium).
 * Reports wall time and process CPU time: on a shared, busy machine CPU time is the steadier number
 * (the scan is sequential, one worker).
 */
import { loadavg } from 'node:os';
import { decodeImage } from '../../src/ocr/decode-node';
import { rgbaToGray } from '../../src/ocr/image';
import { buildSheets } from '../../src/ocr/line-sheet';
import { findAllTextLines } from '../../src/ocr/text-lines';
import { nodeCodeReader } from '../../src/ocr/barcodes-node';
import { scanPixels } from '../../src/ocr/scan';
import { startNodeOcr } from '../../src/ocr/tesseract-node';
import { benchFixture } from './ocr-fixture';
import { median } from './stats';

const BUDGET_MS = 1000;
const RUNS = 5;

const { bytes } = await benchFixture();

const startCpu = process.cpuUsage();
let t = performance.now();
const ocr = await startNodeOcr();
const startMs = performance.now() - t;
const startCpuMs = cpuMs(startCpu);

const rgba = decodeImage(bytes);
// As the extension's host reads: words and codes.
const readCodes = nodeCodeReader();
t = performance.now();
await scanPixels(rgba, { recognize: ocr.recognize, readCodes });
const firstMs = performance.now() - t;

const wall: number[] = [];
const cpu: number[] = [];
const prep: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const c = process.cpuUsage();
  t = performance.now();
  const r = await scanPixels(rgba, { recognize: ocr.recognize, readCodes });
  wall.push(performance.now() - t);
  cpu.push(cpuMs(c));
  if (i === 0) console.log(`read: ${JSON.stringify(r.ocrText)}`);
  t = performance.now();
  const gray = rgbaToGray(rgba);
  buildSheets(findAllTextLines(rgba, gray));
  prep.push(performance.now() - t);
}
await ocr.terminate();

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

const med = (xs: number[]) => median(xs).toFixed(0);
console.log(`OCR bench, Node ${process.version}, ${process.arch}, 2000x2000 JPEG radiograph, 24 px overlay`);
console.log(`  worker start (model load): ${startMs.toFixed(0)} ms wall, ${startCpuMs.toFixed(0)} ms CPU`);
console.log(`  first scan (warm-up):      ${firstMs.toFixed(0)} ms`);
console.log(`  scan after warm-up:        median ${med(wall)} ms wall, ${med(cpu)} ms CPU (${RUNS} runs)`);
console.log(`    of which preprocessing:  median ${med(prep)} ms`);
const verdict = median(cpu) <= BUDGET_MS ? 'PASS' : 'OVER';
console.log(`  budget ${BUDGET_MS} ms in Node: ${verdict} on CPU time (load average ${loadavg().map((l) => l.toFixed(2)).join(', ')})`);
