/**
 * `npm run bench:ocr:chromium [-- --launches 5 --runs 12 --warmup 2 --zip --json FILE --image PHOTO.jpg]`
 *
 * The OCR budgets (issue 4), measured in real Chromium with the BUILT extension (`npm run build`
 * first, or SECOND_LOOK_EXTENSION=dir), through the path a content script uses: an extension
 * page sends `ocr.read` -> background service worker -> offscreen document -> tesseract worker.
 *
 *  (a) cold worker-ready: fresh browser, fresh profile, first image; from the request to the
 *      worker having loaded the model (several launches);
 *  (b) a 2000x2000 radiograph with a burned-in overlay after warm-up, p50/p95 over the runs,
 *      with the host's own breakdown (decode, preprocessing per region, tesseract per region);
 *  (c) memory of the OCR host: JS heaps of the offscreen document and of the tesseract worker,
 *      the worker's WebAssembly memory, and the RSS/PSS of the extension's renderer process;
 *  (d) the bundle size the OCR adds (raw and deflated; the real zip with --zip).
 *
 * Prints a table and PASS/FAIL per budget; exits non-zero only on errors, never on a miss.
 * `--image` scans another JPEG in (b) instead of the film (e.g. a photo, to time the face detector:
 * the `scan:faces` stage; films are not searched for faces), with no budget verdict for it.
 * Two shared cores: the load average is printed with every section. `--runs 0` measures cold
 * starts only; `--json FILE` keeps every number; BENCH_DEBUG=1 logs each step to stderr.
 * Needs Node 22, or Node 20 with --experimental-websocket (the npm script passes it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIST, installExtension, launchChromium } from '../e2e/extension';
import { openNetworkTrap, type NetworkTrap } from '../e2e/network-trap';
import { groundTruthWords, wordRecall } from '../ocr/fixtures/specs';
import { Cdp, freePort } from './cdp';
import { benchFixture } from './ocr-fixture';
import { percentile } from './stats';

const READY_BUDGET_MS = 1000;
const SCAN_BUDGET_MS = 1500;
const MEASURE_PREFIX = 'second-look:ocr:'; // src/ocr/host.ts
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const { values } = parseArgs({
  options: {
    launches: { type: 'string', default: '5' },
    runs: { type: 'string', default: '12' },
    warmup: { type: 'string', default: '2' },
    zip: { type: 'boolean', default: false },
    json: { type: 'string' },
    image: { type: 'string' },
  },
});
const LAUNCHES = Math.max(1, Number(values.launches));
const RUNS = Math.max(0, Number(values.runs));
const WARMUP = Math.max(1, Number(values.warmup));

/** The extension API inside evaluated page functions (this file is typed for Node). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

interface ScanReply {
  ok: boolean;
  error?: string;
  reading?: { ms: number; words: { text: string }[]; width: number; height: number };
}
interface Timed {
  /** Epoch ms (performance.timeOrigin + now) in the sending page: comparable across documents. */
  sent: number;
  received: number;
  reply: ScanReply;
}
interface Measure {
  name: string;
  start: number;
  duration: number;
  detail: { width?: number; height?: number } | null;
}
interface HostTimings {
  timeOrigin: number;
  entries: Measure[];
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
const fmt = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? 'n/a' : `${Math.round(ms)}`);
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : bytes < 2 ** 20 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const p = (xs: number[], q: number) => percentile(sorted(xs), q);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const report: Record<string, unknown> = { when: new Date().toISOString(), cores: cpus().length, loadAtStart: loadavg() };

// ---------------------------------------------------------------------------------------------
// One browser with the extension, and CDP access to the OCR host
// ---------------------------------------------------------------------------------------------

interface Browser {
  context: BrowserContext;
  page: Page;
  cdp: Cdp;
  trap: NetworkTrap;
}

const debug = (...a: unknown[]) => { if (process.env.BENCH_DEBUG) console.error(new Date().toISOString().slice(11, 23), ...a); };

async function openBrowser(): Promise<Browser> {
  const trap = await openNetworkTrap();
  const port = await freePort();
  const context = await launchChromium({ proxyServer: trap.server, args: [`--remote-debugging-port=${port}`] });
  debug('launched');
  const id = await installExtension(context);
  debug('installed', id);
  const isExtension = (w: { url(): string }) => w.url().startsWith(`chrome-extension://${id}/`);
  if (!context.serviceWorkers().some(isExtension)) await context.waitForEvent('serviceworker', { predicate: isExtension });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  debug('popup open');
  const cdp = await Cdp.connect(port);
  debug('cdp connected');
  return { context, page, cdp, trap };
}

async function closeBrowser(b: Browser): Promise<void> {
  b.cdp.close();
  // A browser that died already must not hide the error that killed it.
  await b.context.close().catch((err: unknown) => console.error(`closing the browser: ${String(err)}`));
  await b.trap.close();
}

function scan(page: Page, base64: string, mime: string): Promise<Timed> {
  return page.evaluate(
    async ({ b, m }) => {
      const sent = performance.timeOrigin + performance.now();
      const reply = (await chrome.runtime.sendMessage({ kind: 'ocr.read', base64: b, mime: m })) as ScanReply;
      return { sent, received: performance.timeOrigin + performance.now(), reply };
    },
    { b: base64, m: mime },
  );
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  parentId?: string;
  parentFrameId?: string;
}

interface HostSessions {
  offscreen: string;
  worker?: string;
}

async function targets(cdp: Cdp): Promise<TargetInfo[]> {
  return (await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;
}

async function attach(cdp: Cdp, targetId: string): Promise<string> {
  return (await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })).sessionId;
}

/**
 * Flat sessions to the offscreen document and its tesseract worker (both exist after a scan).
 * A dedicated worker answers only through its parent's auto-attach, not a direct attach.
 */
async function attachHost(cdp: Cdp): Promise<HostSessions> {
  const all = await targets(cdp);
  const doc = all.find((t) => t.url.endsWith('/offscreen.html'));
  if (!doc) throw new Error(`no offscreen document among the targets: ${all.map((t) => `${t.type} ${t.url}`).join(', ')}`);
  const offscreen = await attach(cdp, doc.targetId);
  const attached = cdp.waitForEvent<{ sessionId: string; targetInfo: TargetInfo }>('Target.attachedToTarget', (e) => e.targetInfo.type === 'worker', offscreen, 5000);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, offscreen);
  const worker = await attached.catch(() => undefined);
  return { offscreen, ...(worker ? { worker: worker.sessionId } : {}) };
}

/** A session in the extension's renderer main thread before the offscreen document exists. */
async function attachPage(cdp: Cdp, suffix: string): Promise<string | undefined> {
  const page = (await targets(cdp)).find((t) => t.url.endsWith(suffix));
  return page ? attach(cdp, page.targetId) : undefined;
}

async function hostTimings(cdp: Cdp, offscreen: string): Promise<HostTimings> {
  return cdp.evaluate<HostTimings>(
    offscreen,
    `({ timeOrigin: performance.timeOrigin, entries: performance.getEntriesByType('measure')
        .filter((e) => e.name.startsWith(${JSON.stringify(MEASURE_PREFIX)}))
        .map((e) => ({ name: e.name.slice(${MEASURE_PREFIX.length}), start: e.startTime, duration: e.duration, detail: e.detail ?? null })) })`,
  );
}

/**
 * The scripts the worker ran, to see which wasm core it chose (relaxed SIMD or SIMD). Read with
 * the debugger, which can tier wasm down: only after the timed scans.
 */
async function workerScripts(cdp: Cdp, worker: string | undefined): Promise<string[]> {
  if (!worker) return [];
  const urls: string[] = [];
  const stop = cdp.onEvent((method, params, from) => {
    if (method === 'Debugger.scriptParsed' && from === worker && typeof params.url === 'string' && params.url) urls.push(params.url.replace(/^.*\/ocr\//, 'ocr/'));
  });
  await cdp.send('Debugger.enable', {}, worker);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await cdp.send('Debugger.disable', {}, worker);
  stop();
  return [...new Set(urls)];
}

// ---------------------------------------------------------------------------------------------
// Memory
// ---------------------------------------------------------------------------------------------

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
}
interface ProcessMemory {
  pid: number;
  rss: number;
  hwm: number;
  rssAnon: number;
  pss?: number;
}
interface Memory {
  /** The renderer main thread's isolate: the offscreen document and the popup page share it. */
  document?: HeapUsage;
  worker?: HeapUsage;
  workerSnapshot?: WorkerSnapshot;
  process?: ProcessMemory;
}

/** The extension's renderer (offscreen document, service worker, popup and the worker live there). */
async function extensionRendererPid(cdp: Cdp): Promise<number | undefined> {
  const { processInfo } = await cdp.send<{ processInfo: { type: string; id: number }[] }>('SystemInfo.getProcessInfo');
  const pids = processInfo.filter((pi) => pi.type === 'renderer').map((pi) => pi.id);
  return pids.find((pid) => {
    try {
      // Chromium rewrites its renderers' argv into one space-separated title.
      return /(^|[\s\0])--extension-process([\s\0]|$)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      return false;
    }
  });
}

async function rendererCpuSeconds(cdp: Cdp, pid: number | undefined): Promise<number | undefined> {
  const { processInfo } = await cdp.send<{ processInfo: { id: number; cpuTime: number }[] }>('SystemInfo.getProcessInfo');
  return processInfo.find((pi) => pi.id === pid)?.cpuTime;
}

function processMemory(pid: number): ProcessMemory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    let pss: number | undefined;
    try {
      pss = Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? NaN) * 1024;
    } catch {
      pss = undefined;
    }
    return { pid, rss: kb('VmRSS'), hwm: kb('VmHWM'), rssAnon: kb('RssAnon'), ...(pss === undefined || Number.isNaN(pss) ? {} : { pss }) };
  } catch {
    return undefined;
  }
}

interface WorkerSnapshot {
  /** Backing stores of the WebAssembly.Memory objects: tesseract's wasm heap. */
  wasm: number;
  /** Every other ArrayBuffer backing store (model bytes, wasm binary copies, images in flight). */
  otherBuffers: number;
  /** Strings of 1 MB or more (an inlined wasm binary in base64, script sources). */
  bigStrings: number;
  /** Sum of all self sizes in the snapshot (JS heap + native data it reports). */
  total: number;
}

/**
 * A heap snapshot of the worker, walked for what Runtime.getHeapUsage leaves out: the
 * WebAssembly.Memory backing store. (Runtime.queryObjects on a worker crashes Chromium 156.)
 */
async function workerSnapshot(cdp: Cdp, worker: string): Promise<WorkerSnapshot> {
  const chunks: string[] = [];
  const stop = cdp.onEvent((method, params, from) => {
    if (method === 'HeapProfiler.addHeapSnapshotChunk' && from === worker) chunks.push(params.chunk as string);
  });
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, worker);
  } finally {
    stop();
  }
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[] } };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: nodeTypes, edge_fields: edgeFields } = snap.snapshot.meta;
  const nf = fields.length;
  const ef = edgeFields.length;
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => fields.indexOf(f)) as [number, number, number, number];
  const iTo = edgeFields.indexOf('to_node');
  const count = snap.nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0; n < count; n++) firstEdge[n + 1] = firstEdge[n]! + snap.nodes[n * nf + iEdges]! * ef;
  const type = (n: number) => nodeTypes[0][snap.nodes[n * nf + iType]!];
  const name = (n: number) => snap.strings[snap.nodes[n * nf + iName]!];
  const size = (n: number) => snap.nodes[n * nf + iSize]!;
  const children = (n: number) => {
    const out: number[] = [];
    for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += ef) out.push(snap.edges[e + iTo]! / nf);
    return out;
  };
  const wasmStores = new Set<number>();
  for (let n = 0; n < count; n++) {
    if (type(n) !== 'object' || name(n) !== 'Memory') continue;
    for (const buffer of children(n)) if (name(buffer) === 'ArrayBuffer') for (const store of children(buffer)) if (name(store) === 'system / JSArrayBufferData') wasmStores.add(store);
  }
  let wasm = 0;
  let otherBuffers = 0;
  let bigStrings = 0;
  let total = 0;
  for (let n = 0; n < count; n++) {
    total += size(n);
    if (name(n) === 'system / JSArrayBufferData') {
      if (wasmStores.has(n)) wasm += size(n);
      else otherBuffers += size(n);
    } else if ((type(n) === 'string' || name(n) === 'system / ExternalStringData') && size(n) >= 1 << 20) bigStrings += size(n);
  }
  return { wasm, otherBuffers, bigStrings, total };
}

async function memory(cdp: Cdp, main: string | undefined, worker: string | undefined, pid: number | undefined): Promise<Memory> {
  debug('memory', { main, worker, pid });
  const heap = async (session: string) => {
    // A collection first, so the numbers are what stays alive, not garbage not yet collected.
    await cdp.send('HeapProfiler.collectGarbage', {}, session).catch(() => undefined);
    return cdp.send<HeapUsage>('Runtime.getHeapUsage', {}, session);
  };
  const out: Memory = {};
  if (main) out.document = await heap(main);
  if (worker) {
    out.worker = await heap(worker);
    out.workerSnapshot = await workerSnapshot(cdp, worker);
    debug('worker', out.worker, out.workerSnapshot);
  }
  const proc = pid === undefined ? undefined : processMemory(pid);
  if (proc) out.process = proc;
  return out;
}

// ---------------------------------------------------------------------------------------------
// (a) Cold worker-ready
// ---------------------------------------------------------------------------------------------

/** A 1x1 PNG: the smallest image the host will read, so the first reply is almost all start-up. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

interface ColdStart {
  launch: number;
  /** Milliseconds from the request: the offscreen document starts navigating (routing + createDocument). */
  documentAt: number;
  /** ... its load event has ended. */
  loadedAt: number;
  /** ... the scan message reaches the host (readImageInHost starts). */
  messageAt: number;
  /** ... the host calls createWorker. */
  workerAt: number;
  /** ... the worker has loaded the model and taken the parameters: the budgeted number. */
  readyMs: number;
  /** ... the reply is back in the page (includes reading the 1x1 image). */
  replyMs: number;
  /** createWorker's phases (tesseract.js progress statuses), in ms. */
  phases: Record<string, number>;
  workerMs: number;
  load: string;
}

async function coldStart(b: Browser, launch: number): Promise<{ cold: ColdStart; host: HostSessions }> {
  const first = await scan(b.page, TINY_PNG, 'image/png');
  if (!first.reply.ok) throw new Error(`first scan failed: ${first.reply.error}`);
  debug('first scan answered');
  const host = await attachHost(b.cdp);
  debug('attached', host);
  const t = await hostTimings(b.cdp, host.offscreen);
  const nav = await b.cdp.evaluate<{ loadEventEnd: number }>(host.offscreen, `performance.getEntriesByType('navigation')[0]?.toJSON() ?? { loadEventEnd: NaN }`);
  const worker = t.entries.find((e) => e.name === 'worker');
  const scanEntry = t.entries.find((e) => e.name === 'scan');
  if (!worker || !scanEntry) throw new Error('the host recorded no worker start (is this build instrumented?)');
  const at = (relative: number) => t.timeOrigin + relative - first.sent;
  const phases = Object.fromEntries(t.entries.filter((e) => e.name.startsWith('worker:')).map((e) => [e.name.slice('worker:'.length), e.duration]));
  return {
    host,
    cold: {
      launch,
      documentAt: at(0),
      loadedAt: at(nav.loadEventEnd),
      messageAt: at(scanEntry.start),
      workerAt: at(worker.start),
      readyMs: at(worker.start + worker.duration),
      replyMs: first.received - first.sent,
      phases,
      workerMs: worker.duration,
      load: load(),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// (b) Scans after warm-up
// ---------------------------------------------------------------------------------------------

interface ScanRun {
  hostMs: number;
  roundTripMs: number;
  stages: Measure[];
  recall: number;
}

/** Distinct bytes, same pixels: a trailer after the JPEG's end marker defeats the session cache. */
function variant(bytes: Buffer, n: number): string {
  return Buffer.concat([bytes, Buffer.from(`second-look-bench-${n}`)]).toString('base64');
}

function recall(truth: string[], words: { text: string }[]): number {
  return truth.length ? wordRecall(truth, words.map((w) => w.text)).hit / truth.length : 1;
}

// ---------------------------------------------------------------------------------------------
// (d) Bundle size
// ---------------------------------------------------------------------------------------------

interface Sized {
  file: string;
  raw: number;
  deflated: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Entry name -> compressed size, from a zip's central directory. */
function zipEntries(file: string): Map<string, number> {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    out.set(buf.toString('utf8', at + 46, at + 46 + nameLength), compressed);
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

function bundle(): Record<string, unknown> {
  const files: Sized[] = walk(EXTENSION_DIST).map((path) => {
    const data = readFileSync(path);
    return { file: relative(EXTENSION_DIST, path), raw: data.length, deflated: deflateRawSync(data, { level: 9 }).length };
  });
  // The OCR host's own code: chunks the offscreen page reaches (statically or by dynamic import)
  // that no other page does; the engine and schemas are shared with the popup and options.
  const reach = (page: string) => {
    const seen = new Set<string>();
    const html = readFileSync(join(EXTENSION_DIST, page), 'utf8');
    const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file) || !existsSync(join(EXTENSION_DIST, file))) continue;
      seen.add(file);
      const code = readFileSync(join(EXTENSION_DIST, file), 'utf8');
      for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(join(dirname(file), m[1]!));
    }
    return seen;
  };
  const others = new Set(['popup.html', 'options.html'].filter((page) => existsSync(join(EXTENSION_DIST, page))).flatMap((page) => [...reach(page)]));
  const hostChunks = [...reach('offscreen.html')].filter((file) => !others.has(file));
  const isOcr = (f: Sized) => f.file.startsWith('ocr/') || f.file === 'offscreen.html' || hostChunks.includes(f.file);
  const sum = (list: Sized[], key: 'raw' | 'deflated') => list.reduce((a, f) => a + f[key], 0);
  const ocr = files.filter(isOcr).sort((a, b) => b.raw - a.raw);
  console.log(`\n(d) Bundle: ${EXTENSION_DIST}`);
  console.log(`    ${'file'.padEnd(52)} ${'raw'.padStart(10)} ${'deflated'.padStart(10)} ${'in zip'.padStart(10)}`);
  let zip: Map<string, number> | undefined;
  let zipFile: string | undefined;
  if (values.zip) {
    execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, stdio: 'pipe' });
    zipFile = readdirSync(join(ROOT, '.output'))
      .filter((f) => f.endsWith('-chrome.zip'))
      .map((f) => join(ROOT, '.output', f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    if (zipFile) zip = zipEntries(zipFile);
  }
  const inZip = (f: string) => (zip?.has(f) ? mb(zip.get(f)) : '');
  for (const f of ocr) console.log(`    ${f.file.padEnd(52)} ${mb(f.raw).padStart(10)} ${mb(f.deflated).padStart(10)} ${inZip(f.file).padStart(10)}`);
  const ocrZip = zip ? ocr.reduce((a, f) => a + (zip!.get(f.file) ?? 0), 0) : undefined;
  console.log(`    ${'OCR total (added by image checks)'.padEnd(52)} ${mb(sum(ocr, 'raw')).padStart(10)} ${mb(sum(ocr, 'deflated')).padStart(10)} ${(ocrZip === undefined ? '' : mb(ocrZip)).padStart(10)}`);
  console.log(`    ${'whole extension'.padEnd(52)} ${mb(sum(files, 'raw')).padStart(10)} ${mb(sum(files, 'deflated')).padStart(10)} ${(zipFile ? mb(statSync(zipFile).size) : '').padStart(10)}`);
  if (zipFile) console.log(`    zip: ${relative(ROOT, zipFile)} (npx wxt zip)`);
  else console.log('    (deflated = zlib level 9 per file, what a zip stores; --zip runs `npx wxt zip` and reads the real one)');
  return {
    ocrFiles: ocr,
    ocrRaw: sum(ocr, 'raw'),
    ocrDeflated: sum(ocr, 'deflated'),
    ocrZip,
    totalRaw: sum(files, 'raw'),
    totalDeflated: sum(files, 'deflated'),
    ...(zipFile ? { zip: relative(ROOT, zipFile), zipBytes: statSync(zipFile).size } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

if (!existsSync(join(EXTENSION_DIST, 'manifest.json'))) throw new Error(`No extension build at ${EXTENSION_DIST}: run \`npm run build\` first.`);
const film = await benchFixture();
const fixture = film.fixture;
const bytes = values.image ? readFileSync(values.image) : film.bytes;
const truth = values.image ? [] : groundTruthWords(fixture.spec);
const version = execFileSync(process.env.SECOND_LOOK_CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`OCR host in ${version}, new headless, build ${EXTENSION_DIST} (built ${statSync(join(EXTENSION_DIST, 'manifest.json')).mtime.toISOString()})`);
console.log(`${cpus().length} cores; load average at start ${load()}`);

const colds: ColdStart[] = [];
let runs: ScanRun[] = [];
let warmups: { hostMs: number; roundTripMs: number }[] = [];
const mem: Record<string, Memory> = {};
let cpuPerScan: number | undefined;
let scripts: string[] = [];
let netAttempts: string[] = [];
let scanLoad = '';
let endLoad = '';
let readText = '';

for (let launch = 1; launch <= LAUNCHES; launch++) {
  const b = await openBrowser();
  try {
    const pid = await extensionRendererPid(b.cdp);
    const last = launch === LAUNCHES;
    if (last) mem['before OCR (service worker + popup page)'] = await memory(b.cdp, await attachPage(b.cdp, '/popup.html'), undefined, pid);
    const { cold, host } = await coldStart(b, launch);
    colds.push(cold);
    if (!last || RUNS === 0) continue;

    const m = () => memory(b.cdp, host.offscreen, host.worker, pid);
    mem['worker ready (1x1 image read)'] = await m();
    scanLoad = load();
    for (let i = 0; i < WARMUP; i++) {
      const w = await scan(b.page, variant(bytes, -1 - i), 'image/jpeg');
      if (!w.reply.ok) throw new Error(`warm-up scan failed: ${w.reply.error}`);
      warmups.push({ hostMs: w.reply.reading!.ms, roundTripMs: w.received - w.sent });
    }
    mem[`after ${WARMUP} warm-up scans`] = await m();
    const cpuBefore = await rendererCpuSeconds(b.cdp, pid);
    for (let i = 0; i < RUNS; i++) {
      const r = await scan(b.page, variant(bytes, i), 'image/jpeg');
      if (!r.reply.ok) throw new Error(`scan ${i + 1} failed: ${r.reply.error}`);
      const t = await hostTimings(b.cdp, host.offscreen);
      runs.push({ hostMs: r.reply.reading!.ms, roundTripMs: r.received - r.sent, stages: t.entries.filter((e) => e.name.startsWith('scan')), recall: recall(truth, r.reply.reading!.words) });
      if (i === 0) readText = r.reply.reading!.words.map((w) => w.text).join(' ');
    }
    const cpuAfter = await rendererCpuSeconds(b.cdp, pid);
    endLoad = load();
    if (cpuBefore !== undefined && cpuAfter !== undefined) cpuPerScan = ((cpuAfter - cpuBefore) * 1000) / RUNS;
    mem[`after ${RUNS} more scans`] = await m();
    scripts = await workerScripts(b.cdp, host.worker);
  } finally {
    netAttempts = netAttempts.concat(b.trap.attempts);
    await closeBrowser(b);
  }
}

// (a)
console.log(`\n(a) Cold start, ${LAUNCHES} fresh browsers: the first image (1x1 PNG) sent from an extension page. Milliseconds`);
console.log('    since the request: offscreen document navigates / has loaded / gets the scan / calls createWorker / READY (model');
console.log('    loaded, parameters set) / reply back in the page.');
console.log(`    ${'launch'.padEnd(7)} ${'doc nav'.padStart(8)} ${'loaded'.padStart(8)} ${'message'.padStart(8)} ${'create'.padStart(8)} ${'READY'.padStart(8)} ${'reply'.padStart(8)}   load avg`);
for (const c of colds) {
  console.log(`    ${String(c.launch).padEnd(7)} ${[c.documentAt, c.loadedAt, c.messageAt, c.workerAt, c.readyMs, c.replyMs].map((x) => fmt(x).padStart(8)).join(' ')}   ${c.load}`);
}
const readyMs = colds.map((c) => c.readyMs);
const workerMs = colds.map((c) => c.workerMs);
console.log(`    median: ready ${fmt(p(readyMs, 50))} ms (max ${fmt(p(readyMs, 100))}), of which createWorker ${fmt(p(workerMs, 50))} ms; createWorker phases (median ms):`);
const phaseNames = [...new Set(colds.flatMap((c) => Object.keys(c.phases)))];
for (const name of phaseNames) console.log(`      ${name.padEnd(32)} ${fmt(p(colds.map((c) => c.phases[name] ?? 0), 50)).padStart(6)}`);
if (scripts.length) console.log(`    scripts in the tesseract worker: ${scripts.join(', ')}`);

// (b)
if (runs.length) {
  const host = runs.map((r) => r.hostMs);
  const trip = runs.map((r) => r.roundTripMs);
  const what = values.image ? `image ${values.image}` : `${fixture.spec.width}x${fixture.spec.height} radiograph ${fixture.file}`;
  console.log(`\n(b) ${what} (${(bytes.length / 1024).toFixed(0)} KB JPEG), ${runs.length} scans`);
  console.log(`    after ${WARMUP} warm-up scans (host ms ${warmups.map((w) => fmt(w.hostMs)).join(', ')}); load average at the start ${scanLoad}, at the end ${endLoad}`);
  console.log(`    read: ${JSON.stringify(readText)}`);
  console.log(`    host (decode -> findings): p50 ${fmt(p(host, 50))} ms, p95 ${fmt(p(host, 95))} ms, min ${fmt(p(host, 0))}, max ${fmt(p(host, 100))}`);
  console.log(`    round trip from the page:  p50 ${fmt(p(trip, 50))} ms, p95 ${fmt(p(trip, 95))} ms`);
  if (cpuPerScan !== undefined) console.log(`    extension renderer CPU per scan (all threads): ${fmt(cpuPerScan)} ms`);
  console.log(`    word recall on the overlay: ${(100 * p(runs.map((r) => r.recall), 50)).toFixed(1)}% (${truth.length} words)`);
  console.log(`    host breakdown, medians (ms):`);
  const names = [...new Set(runs.flatMap((r) => r.stages.map((s) => s.name)))];
  for (const name of names) {
    const ds = runs.map((r) => r.stages.find((s) => s.name === name)?.duration).filter((d): d is number => d !== undefined);
    const detail = runs[0]!.stages.find((s) => s.name === name)?.detail;
    const size = detail?.width ? `${detail.width}x${detail.height}` : '';
    console.log(`      ${name.padEnd(22)} ${fmt(p(ds, 50)).padStart(6)}   ${size}`);
  }
  const sumOf = (prefix: string) => runs.map((r) => r.stages.filter((s) => s.name.startsWith(prefix)).reduce((a, s) => a + s.duration, 0));
  console.log(`      ${'= preprocessing (JS)'.padEnd(22)} ${fmt(p(sumOf('scan:prepare').map((x, i) => x + sumOf('scan:gray')[i]!), 50)).padStart(6)}`);
  console.log(`      ${'= tesseract (worker)'.padEnd(22)} ${fmt(p(sumOf('scan:read'), 50)).padStart(6)}`);
}

// (c)
console.log('\n(c) Memory of the OCR host, after a GC. JS heaps are used/total (Runtime.getHeapUsage); "main" is the extension');
console.log('    renderer\'s main-thread isolate (offscreen document and popup page share it); worker wasm = WebAssembly.Memory');
console.log('    backing store, worker buffers = its other ArrayBuffers, big strings = strings >= 1 MB (heap snapshot of the worker);');
console.log('    RSS/PSS/peak of the extension renderer process (/proc; it also holds the service worker and the popup).');
console.log(`    ${'when'.padEnd(42)} ${'main JS heap'.padStart(12)} ${'worker JS'.padStart(10)} ${'wasm'.padStart(8)} ${'buffers'.padStart(8)} ${'strings'.padStart(8)} ${'RSS'.padStart(9)} ${'PSS'.padStart(9)} ${'peak RSS'.padStart(9)}`);
for (const [when, m] of Object.entries(mem)) {
  const heap = (h?: HeapUsage) => (h ? `${(h.usedSize / 2 ** 20).toFixed(1)}/${(h.totalSize / 2 ** 20).toFixed(1)}` : 'n/a');
  const w = m.workerSnapshot;
  const n = (x?: number) => (x === undefined ? 'n/a' : (x / 2 ** 20).toFixed(1));
  console.log(`    ${when.padEnd(42)} ${heap(m.document).padStart(12)} ${heap(m.worker).padStart(10)} ${n(w?.wasm).padStart(8)} ${n(w?.otherBuffers).padStart(8)} ${n(w?.bigStrings).padStart(8)} ${n(m.process?.rss).padStart(9)} ${n(m.process?.pss).padStart(9)} ${n(m.process?.hwm).padStart(9)}`);
}
console.log('    (all in MB)');
const before = Object.values(mem)[0]?.process?.rss;
const afterAll = Object.values(mem).at(-1)?.process?.rss;
if (before !== undefined && afterAll !== undefined) console.log(`    the OCR host adds ${mb(afterAll - before)} RSS to the extension renderer (pid ${Object.values(mem)[0]!.process!.pid}, shared with the service worker and popup)`);

// (d)
const bundleReport = bundle();

// Budgets
const readyP50 = p(readyMs, 50);
console.log(`\nBudgets (load average now ${load()}; ${cpus().length} cores shared with other work)`);
console.log(`  worker ready <= ${READY_BUDGET_MS} ms (cold, median of ${LAUNCHES}):  ${fmt(readyP50).padStart(6)} ms  ${verdict(readyP50 <= READY_BUDGET_MS)}   (max ${fmt(p(readyMs, 100))} ms ${verdict(p(readyMs, 100) <= READY_BUDGET_MS)})`);
if (runs.length && values.image) console.log(`  ${values.image}: host p50 ${fmt(p(runs.map((r) => r.hostMs), 50))} ms (no budget: not the film)`);
else if (runs.length) {
  const host = runs.map((r) => r.hostMs);
  console.log(`  2000x2000 scan <= ${SCAN_BUDGET_MS} ms (p50 of ${runs.length}):      ${fmt(p(host, 50)).padStart(6)} ms  ${verdict(p(host, 50) <= SCAN_BUDGET_MS)}   (p95 ${fmt(p(host, 95))} ms ${verdict(p(host, 95) <= SCAN_BUDGET_MS)})`);
}
console.log(`  bundle added: ${mb(bundleReport.ocrRaw as number)} raw, ${mb(bundleReport.ocrDeflated as number)} deflated (reported, no budget)`);
if (netAttempts.length) console.log(`  NOTE: the network trap saw ${netAttempts.length} attempt(s) to leave the machine: ${netAttempts.join(', ')}`);

if (values.json) {
  Object.assign(report, { chromium: version, colds, warmups, runs, cpuPerScan, memory: mem, scripts, bundle: bundleReport, loadAtEnd: loadavg(), netAttempts });
  writeFileSync(values.json, JSON.stringify(report, null, 2));
  console.log(`  wrote ${values.json}`);
}
