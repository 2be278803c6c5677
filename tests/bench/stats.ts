import { performance } from 'node:perf_hooks';

/** Nearest-rank percentile of an ascending-sorted list (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Milliseconds one call takes. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Runs `fn` at least `minRuns` times and until `minMs` of measured time has passed (at most
 * `maxRuns`), so fast cases get many samples and slow ones still finish.
 */
export function sample(fn: () => unknown, opts: { minRuns: number; minMs: number; maxRuns: number }): number[] {
  const times: number[] = [];
  let total = 0;
  while (times.length < opts.maxRuns && (times.length < opts.minRuns || total < opts.minMs)) {
    const ms = timeOnce(fn);
    times.push(ms);
    total += ms;
  }
  return times;
}

export function fmtMs(ms: number): string {
  return ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}

export const fmtInt = (n: number) => n.toLocaleString('en-US');
