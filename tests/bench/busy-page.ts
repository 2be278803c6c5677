/**
 * The 63,206-character drafts as a busy page sees them, run by engine-bench.ts in a child process
 * of its own (prints JSON: median ms per draft).
 *
 * V8 stops optimizing the regexes it compiles once an isolate has generated about 1 MB of regexp
 * code (and has over 16 MB of executable memory): later regexes run without Boyer-Moore lookahead
 * or quick checks, several times slower on a long draft. A content script shares the page's
 * isolate, and x.com or facebook.com bring megabytes of regexp code of their own, so in a browser
 * the engine's regexes are compiled after the budget is spent. Here throwaway regexes spend it
 * first, then the engine is loaded and timed. For information, not a budget.
 */
import { denseDraft, longDraft } from './synthetic-posts';
import { median, sample } from './stats';

/** Throwaway regexes compiled before the engine loads: well past V8's budget (3,000 reach it). */
export const FILLER_REGEXES = 10_000;
const CHARS = 63_206;

function spendRegexpBudget(count: number): void {
  // Matched from the end of a 1,000-character subject: compiled to machine code at once, tried once.
  const subject = ' '.repeat(1_000);
  for (let i = 0; i < count; i++) {
    const re = new RegExp(`(?:alpha${i}|beta${i}|gamma${i}|delta${i}|epsilon${i})\\s+(?:one|two|three|four|five|six|seven|eight)\\b`, 'g');
    re.lastIndex = subject.length - 1;
    re.exec(subject);
  }
}

spendRegexpBudget(FILLER_REGEXES);
const { analyze } = await import('../../src/engine');
const out: Record<string, number> = {};
for (const [name, text] of [
  ['plain', longDraft(CHARS)],
  ['dense', denseDraft(CHARS)],
] as const) {
  for (let i = 0; i < 5; i++) analyze(text);
  out[name] = median(sample(() => analyze(text), { minRuns: 15, minMs: 1_000, maxRuns: 200 }));
}
process.stdout.write(JSON.stringify(out));
