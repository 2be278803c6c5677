import type { AnalysisResult, RuleId } from '../../../src/engine';

/** The findings of one rule as {match, severity}, in text order: what table tests compare. */
export function spansOf(result: AnalysisResult, rule: RuleId) {
  return result.findings.filter((f) => f.rule === rule).map((f) => ({ match: f.match, severity: f.severity }));
}

/** Rules found at medium or above: what counts as a warning a clinician sees. */
export function warnedRules(result: AnalysisResult): RuleId[] {
  return [...new Set(result.findings.filter((f) => f.severity !== 'low').map((f) => f.rule))].sort();
}

/**
 * The "stays linear" checks guard against catastrophic backtracking, where a 63,000-character
 * draft takes seconds to minutes. They are not the latency budget (that is `npm run bench`), so
 * the limit leaves room for a busy CI machine rather than failing on load.
 */
export const NO_BLOWUP_MS = 2_000;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * time(long) / time(short) of `work`, made to hold on a loaded two-core machine: the process's CPU
 * time, not the clock (a preempted run does not count the other processes' turn), each input the
 * median of `runs` runs taken in turn with the other (a wall-clock minimum of three once read a
 * linear flood as 34x for 10x the text on a busy machine). `long` is the long input's median ms.
 */
export function cpuGrowth<T>(short: T, long: T, work: (input: T) => unknown, runs: number): { ratio: number; long: number } {
  work(short);
  work(long);
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = cpuMs();
    work(short);
    s.push(cpuMs() - t);
    t = cpuMs();
    work(long);
    l.push(cpuMs() - t);
  }
  const longMs = median(l);
  return { ratio: longMs / Math.max(median(s), 0.01), long: longMs };
}

/** cpuGrowth, measured again with more runs before a ratio above `max` is believed. */
export function confirmedGrowth<T>(short: T, long: T, work: (input: T) => unknown, max: number): number {
  const first = cpuGrowth(short, long, work, 3).ratio;
  return first <= max ? first : cpuGrowth(short, long, work, 7).ratio;
}
