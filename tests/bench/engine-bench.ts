/**
 * `npm run bench [-- --check]`: how fast analyze() is, against the budgets the extension needs to
 * check a draft on every keystroke pause without the page feeling slow.
 *
 * (a) per-post latency over the labeled corpora plus synthetic posts: p50 / p95 / p99 / max;
 * (b) long drafts of exactly 630, 6,320 and 63,206 characters: median time and cost per 1,000
 *     characters, and whether cost grows linearly; and 63,206 characters packed with identifiers
 *     of every kind (a pasted patient list: thousands of findings);
 *     and both 63k drafts again in a child process whose V8 regexp budget is spent first (busy-page.ts:
 *     what a page with megabytes of its own regex code sees), for information;
 * (c) PASS / FAIL against the budgets. Exit 0 unless --check is given and a budget fails;
 * (d) cold start, for information: fresh processes each import the engine and analyze one post
 *     (cold-start.ts); the median import and first analyze, wall-clock and CPU.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/engine';
import { CorpusError, defaultCorpusPaths, loadCorpus } from '../eval/load-corpus';
import { fmtInt, fmtMs, median, percentile, sample, timeOnce } from './stats';
import { denseDraft, longDraft, syntheticPosts } from './synthetic-posts';

const BUDGET = {
  postP95Ms: 2,
  longDraftChars: 63_206,
  longDraftMs: 40,
  /** The same length packed with identifiers (denseDraft): every recognizer busy, thousands of findings. */
  denseDraftMs: 40,
  /** Per-character cost at 63,206 chars over that at 6,320: 1 is perfectly linear. */
  maxGrowthRatio: 2,
};
const DRAFT_LENGTHS = [630, 6_320, 63_206] as const;
/** Fresh processes for the cold start, and the post each analyzes first (an ordinary one, and one with PHI). */
const COLD_PROCESSES = 5;
const COLD_POSTS = ['Great shift with the team tonight, so proud of our 4 West nurses!', 'Pt in room 612 turned 97 today, her son Jim called from 614-555-0100 about the DOB on file.'];
/** What issue 14 asks of the first analyze after import in Node. Reported, not checked: a timed figure on a shared machine. */
const COLD_FIRST_MS = 50;
const SYNTHETIC_POSTS = 200;
const WARMUP_ROUNDS = 5;
/** Whole passes over all posts; more if a pass is quick, so the percentiles settle. */
const MIN_ROUNDS = 10;
const MIN_MEASURE_MS = 2_000;
const MAX_ROUNDS = 200;

interface Post {
  id: string;
  text: string;
}

function loadPosts(): Post[] {
  const posts: Post[] = [];
  for (const file of defaultCorpusPaths()) {
    try {
      const corpus = loadCorpus(file);
      posts.push(...corpus.rows.map((r) => ({ id: `${corpus.name}:${r.id}`, text: r.text })));
      console.log(`corpus ${corpus.name}: ${corpus.rows.length} posts`);
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      console.log(`corpus ${file}: skipped, malformed (run npm run eval for details)`);
    }
  }
  syntheticPosts(SYNTHETIC_POSTS).forEach((text, i) => posts.push({ id: `synthetic:${i + 1}`, text }));
  console.log(`synthetic: ${SYNTHETIC_POSTS} posts`);
  return posts;
}

function perPostLatency(posts: Post[]) {
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const p of posts) analyze(p.text);

  // Rounds interleave posts, so a GC pause or a JIT tier-up lands on whichever post it hits,
  // as it would in the browser, instead of on one post's block of repeats.
  const samples: number[] = [];
  const perPost = posts.map(() => [] as number[]);
  let rounds = 0;
  let measured = 0;
  while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || measured < MIN_MEASURE_MS)) {
    posts.forEach((p, i) => {
      const ms = timeOnce(() => analyze(p.text));
      samples.push(ms);
      perPost[i]!.push(ms);
      measured += ms;
    });
    rounds++;
  }
  samples.sort((a, b) => a - b);
  const slowest = posts
    .map((p, i) => ({ id: p.id, chars: p.text.length, ms: median(perPost[i]!) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  return {
    rounds,
    calls: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    max: samples[samples.length - 1]!,
    slowest,
  };
}

function timeDraft(text: string) {
  const findings = analyze(text).findings.length;
  for (let i = 0; i < 3; i++) analyze(text);
  const times = sample(() => analyze(text), { minRuns: 7, minMs: 500, maxRuns: 200 });
  const ms = median(times);
  return { chars: text.length, findings, runs: times.length, ms, msPer1k: (ms / text.length) * 1000 };
}

function longDrafts() {
  return DRAFT_LENGTHS.map((chars) => timeDraft(longDraft(chars)));
}

/**
 * The labeled posts themselves, one after another, cut at 63,206 characters: more varied words
 * and more conduct phrasing than the synthetic draft. Shown for information, not a budget.
 */
function postsDraft(posts: Post[]): string {
  let text = '';
  for (let i = 0; text.length < BUDGET.longDraftChars; i++) text += `${posts[i % posts.length]!.text}\n\n`;
  return text.slice(0, BUDGET.longDraftChars);
}

/**
 * The 63k drafts in a child process whose regexp budget is spent first (busy-page.ts): what a page
 * with megabytes of its own regexp code sees. Undefined when the child fails.
 */
function busyPage(): { plain: number; dense: number } | undefined {
  try {
    const child = fileURLToPath(new URL('./busy-page.ts', import.meta.url));
    // The same node and loader (tsx) as this process.
    return JSON.parse(execFileSync(process.execPath, [...process.execArgv, child], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as { plain: number; dense: number };
  } catch {
    return undefined;
  }
}

interface ColdRun {
  import: { ms: number; cpuMs: number };
  first: { ms: number; cpuMs: number };
  second: { ms: number; cpuMs: number };
}

/** Each post's cold start in `COLD_PROCESSES` fresh processes (the same node and loader as this one), one after another. */
function coldStart(): { post: string; runs: ColdRun[] }[] | undefined {
  const child = fileURLToPath(new URL('./cold-start.ts', import.meta.url));
  const results = COLD_POSTS.map((post) => ({ post, runs: [] as ColdRun[] }));
  try {
    for (let i = 0; i < COLD_PROCESSES; i++) {
      for (const r of results) r.runs.push(JSON.parse(execFileSync(process.execPath, [...process.execArgv, child, r.post], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })) as ColdRun);
    }
  } catch {
    return undefined;
  }
  return results;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run bench [-- --check]\n  --check   exit 1 when a budget fails (otherwise always exit 0)');
    return 0;
  }
  console.log(`Second Look engine benchmark (node ${process.version}, ${process.platform}/${process.arch})\n`);

  const posts = loadPosts();
  const lat = perPostLatency(posts);
  console.log(`\n(a) per-post latency: ${fmtInt(posts.length)} posts x ${lat.rounds} rounds = ${fmtInt(lat.calls)} calls`);
  console.log(`    p50 ${fmtMs(lat.p50)} ms   p95 ${fmtMs(lat.p95)} ms   p99 ${fmtMs(lat.p99)} ms   max ${fmtMs(lat.max)} ms`);
  console.log(`    slowest posts (median): ${lat.slowest.map((s) => `${s.id} ${fmtMs(s.ms)} ms/${s.chars} chars`).join(', ')}`);

  const drafts = longDrafts();
  console.log('\n(b) long drafts (median of runs)');
  for (const d of drafts) {
    console.log(
      `    ${fmtInt(d.chars).padStart(6)} chars  ${fmtMs(d.ms).padStart(7)} ms  ${d.msPer1k.toFixed(3)} ms/1k chars` +
        `  (${d.runs} runs, ${d.findings} findings)`,
    );
  }
  const dense = timeDraft(denseDraft(BUDGET.longDraftChars));
  console.log(`    ${fmtInt(dense.chars).padStart(6)} chars  ${fmtMs(dense.ms).padStart(7)} ms  packed with identifiers (${dense.runs} runs, ${dense.findings} findings)`);
  const mixed = timeDraft(postsDraft(posts));
  console.log(`    ${fmtInt(mixed.chars).padStart(6)} chars  ${fmtMs(mixed.ms).padStart(7)} ms  of the labeled posts in a row, for information (${mixed.runs} runs, ${mixed.findings} findings)`);
  const busy = busyPage();
  console.log(
    busy
      ? `    ${fmtInt(BUDGET.longDraftChars).padStart(6)} chars  ${fmtMs(busy.plain).padStart(7)} ms plain, ${fmtMs(busy.dense)} ms packed: as a busy page sees them (V8's regexp budget spent first, child process), for information`
      : '    busy page (regexp budget spent first): child process failed',
  );
  const byLength = new Map(drafts.map((d) => [d.chars, d]));
  const small = byLength.get(630)!;
  const mid = byLength.get(6_320)!;
  const big = byLength.get(63_206)!;
  const growth = big.msPer1k / mid.msPer1k;
  console.log(`    per-char cost ratio 6,320 vs 630: ${(mid.msPer1k / small.msPer1k).toFixed(2)} (small drafts carry fixed costs)`);
  console.log(`    per-char cost ratio 63,206 vs 6,320: ${growth.toFixed(2)} (1.00 = linear)`);

  const checks = [
    { ok: lat.p95 <= BUDGET.postP95Ms, text: `per-post p95 ${fmtMs(lat.p95)} ms <= ${BUDGET.postP95Ms} ms` },
    {
      ok: big.ms <= BUDGET.longDraftMs,
      text: `${fmtInt(BUDGET.longDraftChars)}-char draft ${fmtMs(big.ms)} ms <= ${BUDGET.longDraftMs} ms`,
    },
    { ok: dense.ms <= BUDGET.denseDraftMs, text: `${fmtInt(dense.chars)}-char draft packed with identifiers ${fmtMs(dense.ms)} ms <= ${BUDGET.denseDraftMs} ms` },
    { ok: growth <= BUDGET.maxGrowthRatio, text: `linear growth: per-char cost ratio ${growth.toFixed(2)} <= ${BUDGET.maxGrowthRatio}` },
  ];
  console.log('\n(c) budgets');
  for (const c of checks) console.log(`    ${c.ok ? 'PASS' : 'FAIL'}  ${c.text}`);
  const failed = checks.filter((c) => !c.ok).length;
  console.log(failed ? `\n${failed} budget(s) FAIL` : '\nall budgets PASS');

  const cold = coldStart();
  console.log(`\n(d) cold start, for information: ${COLD_PROCESSES} fresh processes per post, medians (load average ${loadavg()[0]!.toFixed(1)})`);
  if (!cold) console.log('    a child process failed');
  for (const { post, runs } of cold ?? []) {
    const m = (pick: (r: ColdRun) => number) => fmtMs(median(runs.map(pick)));
    const first = median(runs.map((r) => r.first.ms));
    console.log(
      `    import ${m((r) => r.import.ms)} ms (CPU ${m((r) => r.import.cpuMs)}), first analyze ${fmtMs(first)} ms (CPU ${m((r) => r.first.cpuMs)}), second ${m((r) => r.second.ms)} ms` +
        `  [${first <= COLD_FIRST_MS ? 'within' : 'over'} ${COLD_FIRST_MS} ms]  "${post.slice(0, 40)}…"`,
    );
  }
  return values.check && failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
