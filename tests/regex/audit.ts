/**
 * Finds the regexes the engine builds at run time (`new RegExp(...)` from phrase lists, vocab and
 * derived patterns), which no linter can see, and checks each for super-linear matching time with
 * the same eslint-plugin-regexp rules as `npm run lint` and with recheck.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { Linter } from 'eslint';
import regexpPlugin from 'eslint-plugin-regexp';
import { LINEAR_REGEX_RULES } from '../eslint.config';

export interface BuiltRegex {
  source: string;
  /** Flags that change what is matched; `y` and `d` (sticky and index copies the engine makes) dropped. */
  flags: string;
  /** Where the engine built it: the first engine frames of the stack, innermost first. */
  builtAt: string[];
}

/**
 * Functions that copy an existing regex with another flag (sticky, match indices): the original
 * is checked where it was written (a literal, by `npm run lint`) or built (recorded here).
 */
const COPIES = new Set(['stickyOf', 'withIndicesOf']);

export type Engine = typeof import('../../src/engine');

// Not load-corpus's PROJECT_ROOT: that module imports the engine, which must load after RegExp is instrumented.
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE_DIR = path.join(PROJECT_ROOT, 'src/engine') + path.sep;
const FRAME = /\(?((?:file:\/\/)?\/[^():]+):(\d+):\d+\)?$/;

/** The engine frames of a stack, innermost first; undefined when the innermost one only copies a regex. */
function engineFrames(stack: string): string[] | undefined {
  const out: string[] = [];
  for (const line of stack.split('\n').slice(1)) {
    const m = FRAME.exec(line.trim());
    const file = m?.[1]?.replace(/^file:\/\//, '');
    if (!file?.startsWith(ENGINE_DIR)) continue;
    if (!out.length && COPIES.has(/^at (?:\S+\.)?(\w+) \(/.exec(line.trim())?.[1] ?? '')) return undefined;
    out.push(`${path.relative(PROJECT_ROOT, file)}:${m![2]}`);
  }
  return out;
}

/**
 * Imports the engine with RegExp instrumented and runs `drive` (lazily built regexes appear only
 * when a draft needs them), recording every regex constructed from engine code. Must be the first
 * import of the engine in its test file's module graph (vitest isolates each test file).
 */
export async function recordEngineRegexes(drive: (engine: Engine) => void): Promise<BuiltRegex[]> {
  const Native = globalThis.RegExp;
  const seen = new Map<string, BuiltRegex>();
  const record = (re: RegExp) => {
    const flags = re.flags.replace(/[yd]/g, '');
    const key = `/${re.source}/${flags}`;
    if (seen.has(key)) return;
    const builtAt = engineFrames(new Error().stack ?? '');
    if (builtAt?.length) seen.set(key, { source: re.source, flags, builtAt });
  };
  const Recording: RegExpConstructor = new Proxy(Native, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === Recording ? target : newTarget) as RegExp;
      record(re);
      return re;
    },
    apply(target, self, args) {
      const re = Reflect.apply(target, self, args) as RegExp;
      record(re);
      return re;
    },
  });
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  globalThis.RegExp = Recording;
  try {
    drive(await import('../../src/engine'));
  } finally {
    globalThis.RegExp = Native;
    Error.stackTraceLimit = stackLimit;
  }
  return [...seen.values()];
}

export interface LintReport {
  regex: BuiltRegex;
  messages: string[];
}

/** eslint-plugin-regexp's linear-time rules (those of `npm run lint`) over each regex. */
export function lintRegexes(regexes: readonly BuiltRegex[]): LintReport[] {
  const linter = new Linter({ configType: 'flat' });
  const code = regexes.map((r) => `new RegExp(${JSON.stringify(r.source)}, ${JSON.stringify(r.flags)});`).join('\n');
  const messages = linter.verify(code, [{ plugins: { regexp: regexpPlugin }, rules: LINEAR_REGEX_RULES }]);
  const byLine = new Map<number, string[]>();
  for (const m of messages) byLine.set(m.line, [...(byLine.get(m.line) ?? []), `${m.ruleId}: ${m.message}`]);
  return [...byLine].map(([line, msgs]) => ({ regex: regexes[line - 1]!, messages: msgs }));
}

/**
 * The top-level alternatives of a regex, each as a regex of its own, descending into a group that
 * is the whole pattern. Scanning `A|B` costs at most what scanning A and B separately costs (each
 * position tries A, then B), so a regex is linear when each alternative is, and recheck decides
 * small regexes much faster than one of thousands of characters.
 */
export function alternativesOf(source: string, flags: string): string[] {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  let alternatives: AST.Alternative[];
  try {
    alternatives = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') }).alternatives;
  } catch {
    return [source];
  }
  for (;;) {
    const only: AST.Element[] | undefined = alternatives.length === 1 ? alternatives[0]!.elements : undefined;
    const group = only?.length === 1 ? only[0] : undefined;
    if (group?.type !== 'Group') break;
    alternatives = group.alternatives;
  }
  const parts = alternatives.map((a) => a.raw);
  // A backreference to a group in another alternative would not compile on its own.
  return parts.every((p) => compiles(p, flags)) ? parts : [source];
}

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

export interface Attack {
  /** The attack string at `repeats` repetitions of each pump. */
  build(repeats: number): string;
  /** recheck's own description ("'a'.repeat(31) + '\x00'"). */
  description: string;
  complexity: string;
}

export interface RecheckVerdict {
  source: string;
  flags: string;
  status: 'safe' | 'vulnerable' | 'unknown';
  attack?: Attack;
  detail?: string;
}

interface RecheckDiagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string; degree?: number };
  attack?: { pattern: string; suffix: string; pumps: { prefix: string; pump: string }[] };
  error?: { kind: string };
}

/**
 * recheck's native binary ships in an npm package (recheck-linux-x64) and needs no download or
 * JVM; elsewhere its Scala.js backend runs in-process, slower.
 */
function recheckModule(): { check(source: string, flags: string, params: object): Promise<RecheckDiagnostics> } {
  const require = createRequire(import.meta.url);
  if (!process.env.RECHECK_BACKEND) {
    let native = false;
    try {
      require.resolve(`recheck-${process.platform === 'darwin' ? 'macos' : process.platform}-${process.arch}/package.json`);
      native = true;
    } catch {
      native = false;
    }
    process.env.RECHECK_BACKEND = native ? 'native' : 'pure';
  }
  return require('recheck');
}

/** recheck over each source, `concurrency` at a time; `timeoutMs` per regex (then 'unknown'). */
export async function recheckAll(
  list: readonly { source: string; flags: string }[],
  { timeoutMs, concurrency = 2 }: { timeoutMs: number; concurrency?: number },
): Promise<RecheckVerdict[]> {
  const { check } = recheckModule();
  const out: RecheckVerdict[] = [];
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const { source, flags } = list[next++]!;
      // Fixed seed: the fuzzing checker gives the same verdict on every run.
      const d = await check(source, flags.replace(/[gy]/g, ''), { timeout: timeoutMs, randomSeed: 14 });
      const a = d.attack;
      out.push({
        source,
        flags,
        status: d.status,
        detail: d.error?.kind ?? (d.complexity ? `${d.complexity.type}${d.complexity.degree ? ` degree ${d.complexity.degree}` : ''}` : undefined),
        ...(a
          ? {
              attack: {
                description: a.pattern,
                complexity: d.complexity?.type ?? '?',
                build: (repeats: number) => a.pumps.map((p) => p.prefix + p.pump.repeat(repeats)).join('') + a.suffix,
              },
            }
          : {}),
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

/** Fewest milliseconds of `runs` calls: the least disturbed by other work on a busy machine. */
export function fastestMs(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** How long scanning `text` with `re` takes, as the engine scans: every match, from the start. */
export function scanMs(source: string, flags: string, text: string): number {
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  return fastestMs(() => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) if (m[0].length === 0) re.lastIndex++;
  });
}

/**
 * Drives the engine over the repository's own corpora (read directly: load-corpus.ts imports the
 * engine, which must load after RegExp is instrumented), a long draft of them, and drafts that make
 * it build what it builds lazily (masked and leetspeak words), in both sensitivities and with
 * policy terms.
 */
export async function recordWithCorpora(): Promise<{ engine: Engine; built: BuiltRegex[] }> {
  const texts = ['corpus.jsonl', 'holdout.jsonl'].flatMap((f) =>
    readFileSync(new URL(`../eval/${f}`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  texts.push(
    'what the f*** was that, sh*tshow, a**hole, f--k, b!tch, sh1t, a$$, fuuuuck, ѕhit',
    'my pt in room 12, DOB 01/02/1950, MRN 12345678, call 614-555-0100 ext 22, jane.doe@example.com',
  );
  const long = texts.join('\n\n').slice(0, 63_206);
  let engine: Engine | undefined;
  const built = await recordEngineRegexes((e) => {
    engine = e;
    for (const text of [...texts, long]) {
      e.analyze(text);
      e.analyze(text, { sensitivity: 'strict', allowTerms: ['Mercy General', '555-0100'], watchTerms: ['4 West', 'Dr. Adams'] });
    }
  });
  return { engine: engine!, built };
}

/** One alternative of a built regex: what recheck is given. */
export interface Part {
  source: string;
  flags: string;
  builtAt: string[];
}

/** Every distinct top-level alternative of the built regexes, by key. */
export function partsOf(built: readonly BuiltRegex[]): Map<string, Part> {
  const parts = new Map<string, Part>();
  for (const r of built) for (const source of alternativesOf(r.source, r.flags)) parts.set(keyOf(source, r.flags), { source, flags: r.flags, builtAt: r.builtAt });
  return parts;
}

export function keyOf(source: string, flags: string): string {
  return createHash('sha256').update(`/${source}/${flags}`).digest('hex').slice(0, 24);
}

export const describeRegex = (r: { source: string; flags: string }) => `/${r.source.length > 160 ? `${r.source.slice(0, 160)}…` : r.source}/${r.flags}`;

/**
 * recheck's verdicts by alternative, kept in the repository so a run only rechecks what changed
 * (recheck takes a second or more per regex; the engine builds over a thousand alternatives).
 * 'safe': recheck found no attack; 'unknown': it ran out of time (the lint and the adversarial
 * benchmark still apply); 'linear in practice': recheck's fuzzing reported an attack string that
 * runs in linear time through the regex and through analyze (see attackProblem).
 */
export type Verdict = 'safe' | 'unknown' | 'linear in practice';
export interface VerdictEntry {
  verdict: Verdict;
  builtAt: string;
  source: string;
}
export const VERDICTS_FILE = new URL('./recheck-verdicts.json', import.meta.url);

export function readVerdicts(): Map<string, VerdictEntry> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as Record<string, VerdictEntry>));
  } catch {
    return new Map();
  }
}

/** One entry per line, sorted by key: branches that add different regexes merge line by line. */
export function writeVerdicts(verdicts: Map<string, VerdictEntry>): void {
  const lines = [...verdicts.keys()].sort().map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(verdicts.get(k))}`);
  writeFileSync(VERDICTS_FILE, `{\n${lines.join(',\n')}\n}\n`);
}

export function entryFor(part: Part, verdict: Verdict): VerdictEntry {
  return { verdict, builtAt: part.builtAt.slice(0, 2).join(' < ').replace(/:\d+/g, ''), source: describeRegex(part).slice(0, 100) };
}

/**
 * Time at 4x the attack length over time at 1x: linear is about 4, quadratic 16. Only judged when
 * the long run takes long enough to measure; a run this slow at the short length is enough.
 * 1,000 characters: at 500, a quadratic line-start regex read 2,000 in 2.8 ms on a quiet machine,
 * close enough to `minMs` that a faster CI machine called it linear (a red CI).
 */
const GROWTH = { shortChars: 1_000, factor: 4, maxRatio: 9, minMs: 2, slowMs: 100, attempts: 4 };

/**
 * Runs recheck's attack string through the regex alone, then through the whole engine, at two
 * lengths. A description of the super-linear growth, or undefined when both stay linear (the
 * fuzzing checker can call a large linear regex super-linear; the clock cannot). An exponential
 * attack is not run: recheck has already run it, and here it would not finish.
 */
export function attackProblem(v: RecheckVerdict, engine: Engine): string | undefined {
  const attack = v.attack!;
  if (attack.complexity === 'exponential') return 'recheck: exponential backtracking';
  const unit = Math.max(1, attack.build(1).length - attack.build(0).length);
  const repeats = Math.max(1, Math.round(GROWTH.shortChars / unit));
  const short = attack.build(repeats);
  const long = attack.build(repeats * GROWTH.factor);
  const regex = growth(() => scanMs(v.source, v.flags, short), () => scanMs(v.source, v.flags, long));
  if (regex) return `the regex reads the attack in ${regex}`;
  const whole = growth(
    () => fastestMs(() => engine.analyze(short)),
    () => fastestMs(() => engine.analyze(long)),
  );
  if (whole) return `analyze reads the attack in ${whole}`;
  return undefined;
}

/**
 * A description of super-linear growth, or undefined. Each length's time is the fastest of several
 * interleaved runs: a loaded machine only ever adds time, so the minimum is the regex's own cost,
 * and one slow sample of either length cannot decide (CI once called the quadratic example linear
 * when a single inflated short run made the ratio look like 8). The short run goes once unmeasured
 * first: V8 interprets a fresh regex before it compiles it, and an interpreted short run against a
 * compiled long one understates the growth.
 */
function growth(short: () => number, long: () => number): string | undefined {
  short();
  let a = Infinity;
  let b = Infinity;
  for (let attempt = 0; attempt < GROWTH.attempts; attempt++) {
    a = Math.min(a, short());
    if (a > GROWTH.slowMs) return `${a.toFixed(1)} ms at ${GROWTH.shortChars} characters`;
    b = Math.min(b, long());
  }
  if (b < GROWTH.minMs || b / Math.max(a, 0.01) <= GROWTH.maxRatio) return undefined;
  return `${b.toFixed(1)} ms, ${(b / a).toFixed(1)}x the time of a ${GROWTH.factor}x shorter one`;
}

/**
 * Rechecks the parts not in `known`, `batch` at a time, calling `onBatch` after each (the script
 * saves progress there). Returns the problems found: attacks that confirm super-linear time.
 */
export async function recheckParts(
  todo: readonly Part[],
  known: Map<string, VerdictEntry>,
  engine: Engine,
  { timeoutMs, batch = 20, onBatch }: { timeoutMs: number; batch?: number; onBatch?: () => void },
): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < todo.length; i += batch) {
    const slice = todo.slice(i, i + batch);
    const verdicts = await recheckAll(slice, { timeoutMs });
    for (const v of verdicts) {
      const part = slice.find((p) => p.source === v.source && p.flags === v.flags)!;
      const key = keyOf(v.source, v.flags);
      if (v.status !== 'vulnerable') {
        known.set(key, entryFor(part, v.status));
        continue;
      }
      const problem = v.attack ? attackProblem(v, engine) : 'recheck reported it vulnerable without an attack string';
      if (problem) problems.push(`${part.builtAt.slice(0, 2).join(' < ')}  ${describeRegex(v)}\n    recheck: ${v.detail}, attack ${v.attack?.description}\n    ${problem}`);
      else known.set(key, entryFor(part, 'linear in practice'));
    }
    onBatch?.();
  }
  return problems;
}
