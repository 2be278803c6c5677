/**
 * `npm run bench:engine:chromium [-- --rounds 10]`: the engine budgets of `npm run bench`, measured
 * in Debian's Chromium (the V8 the extension's content script runs on) instead of Node.
 *
 * The engine is bundled with esbuild into a page of a fresh new-headless Chromium; the page then
 * analyzes every labeled post and 200 synthetic ones for several rounds (p50/p95), and afterwards
 * the 630, 6,320 and 63,206-character drafts and 63,206 characters of the labeled posts in a row,
 * in that order, as `npm run bench` does. Prints PASS/FAIL per budget; exits 0 unless it cannot run.
 * A page that is not cross-origin isolated reads the clock in 0.1 ms steps: per-post times are
 * multiples of it, long drafts are not affected.
 */
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/extension';
import { CorpusError, defaultCorpusPaths, loadCorpus } from '../eval/load-corpus';
import type { PageResults } from './engine-in-page';
import { fmtInt, fmtMs, median, percentile } from './stats';

const BUDGET = { postP95Ms: 2, longDraftChars: 63_206, longDraftMs: 40 };

declare const secondLookBench: { run(labeled: string[], rounds: number, draftChars: number): PageResults };

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '10' } } });
  const rounds = Math.max(1, Number(values.rounds));
  const posts: string[] = [];
  for (const file of defaultCorpusPaths()) {
    try {
      posts.push(...loadCorpus(file).rows.map((r) => r.text));
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      console.log(`corpus ${file}: skipped, malformed`);
    }
  }
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./engine-in-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>engine bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    console.log(`Second Look engine in Chromium (${version}): ${fmtInt(posts.length)} labeled posts + 200 synthetic, ${rounds} rounds\n`);
    const r = await page.evaluate(([labeled, n, chars]) => secondLookBench.run(labeled, n, chars), [posts, rounds, BUDGET.longDraftChars] as const);
    const sorted = [...r.samples].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    console.log(`per post: ${fmtInt(sorted.length)} calls, p50 ${fmtMs(percentile(sorted, 50))} ms, p95 ${fmtMs(p95)} ms`);
    for (const d of r.drafts) console.log(`${fmtInt(d.chars).padStart(7)} chars  ${fmtMs(median(d.times)).padStart(7)} ms  ${d.label} (${d.times.length} runs, ${d.findings} findings)`);
    const big = median(r.drafts.find((d) => d.label === 'synthetic' && d.chars === BUDGET.longDraftChars)!.times);
    console.log(`\n${p95 <= BUDGET.postP95Ms ? 'PASS' : 'FAIL'}  per-post p95 ${fmtMs(p95)} ms <= ${BUDGET.postP95Ms} ms`);
    console.log(`${big <= BUDGET.longDraftMs ? 'PASS' : 'FAIL'}  ${fmtInt(BUDGET.longDraftChars)}-char draft ${fmtMs(big)} ms <= ${BUDGET.longDraftMs} ms`);
  } finally {
    await context.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
