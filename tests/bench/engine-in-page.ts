/**
 * The engine as a page script, for `npm run bench:engine:chromium`: bundled by esbuild and run in
 * Chromium, where the content script's engine really runs (Chrome's V8, not Node's). The measuring
 * loop is bundled too, so nothing but its inputs and numbers crosses into the page.
 */
import { analyze } from '../../src/engine';
import { longDraft, syntheticPosts } from './synthetic-posts';

export interface PageResults {
  /** Milliseconds per post, every call. */
  samples: number[];
  drafts: { label: string; chars: number; times: number[]; findings: number }[];
}

function time(text: string): number {
  const start = performance.now();
  analyze(text);
  return performance.now() - start;
}

/** As `npm run bench`: warm-up, rounds over every post, then the long drafts, in that order. */
function run(labeled: string[], rounds: number, draftChars: number): PageResults {
  const posts = [...labeled, ...syntheticPosts(200)];
  for (let k = 0; k < 5; k++) for (const p of posts) analyze(p);
  const samples: number[] = [];
  for (let k = 0; k < rounds; k++) for (const p of posts) samples.push(time(p));
  let mixed = '';
  for (let i = 0; mixed.length < draftChars; i++) mixed += `${posts[i % posts.length]}\n\n`;
  const drafts = [
    ...[630, 6_320, draftChars].map((n) => ({ label: 'synthetic', text: longDraft(n) })),
    { label: 'labeled posts in a row, for information', text: mixed.slice(0, draftChars) },
  ].map(({ label, text }) => {
    for (let k = 0; k < 3; k++) analyze(text);
    const times: number[] = [];
    let spent = 0;
    while (times.length < 7 || (spent < 500 && times.length < 200)) {
      const ms = time(text);
      times.push(ms);
      spent += ms;
    }
    return { label, chars: text.length, times, findings: analyze(text).findings.length };
  });
  return { samples, drafts };
}

(globalThis as unknown as { secondLookBench: unknown }).secondLookBench = { run };
