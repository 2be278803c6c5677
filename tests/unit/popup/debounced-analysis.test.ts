import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_RETRIES, scheduleAnalysis } from '../../../entrypoints/popup/useDebouncedAnalysis';

/**
 * The popup's "Check a draft": a check that ran past its budget (a cold engine in a freshly
 * opened popup on a busy machine) is shown as not checked, then the same text is checked again,
 * so the popup does not keep saying "could not check" until the user edits the draft.
 */
type Result = { verdict: string; unchecked?: string };
const timedOut = (r: Result) => r.unchecked === 'timeout';

describe('scheduleAnalysis', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once after the pause, and not again when the check finished', () => {
    const analyze = vi.fn((): Result => ({ verdict: 'high' }));
    const seen: Result[] = [];
    scheduleAnalysis('SSN 623-11-4087', analyze, 150, (r) => seen.push(r), timedOut);
    vi.advanceTimersByTime(149);
    expect(analyze).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([{ verdict: 'high' }]);
  });

  it('checks the same text again after a time-out, and shows the finished check', () => {
    const results: Result[] = [{ verdict: 'ok', unchecked: 'timeout' }, { verdict: 'high' }];
    const analyze = vi.fn((): Result => results.shift()!);
    const seen: Result[] = [];
    scheduleAnalysis('SSN 623-11-4087', analyze, 150, (r) => seen.push(r), timedOut);
    vi.advanceTimersByTime(1_000);
    expect(analyze.mock.calls).toEqual([['SSN 623-11-4087'], ['SSN 623-11-4087']]);
    expect(seen).toEqual([{ verdict: 'ok', unchecked: 'timeout' }, { verdict: 'high' }]);
  });

  it('gives up after a few time-outs, leaving the draft shown as not checked', () => {
    const analyze = vi.fn((): Result => ({ verdict: 'ok', unchecked: 'timeout' }));
    const seen: Result[] = [];
    scheduleAnalysis('x', analyze, 150, (r) => seen.push(r), timedOut);
    vi.advanceTimersByTime(60_000);
    expect(analyze).toHaveBeenCalledTimes(1 + ANALYSIS_RETRIES);
    expect(seen.at(-1)).toEqual({ verdict: 'ok', unchecked: 'timeout' });
  });

  it('other reasons a draft is not checked are not retried (an engine error stays an error)', () => {
    const analyze = vi.fn((): Result => ({ verdict: 'ok', unchecked: 'error' }));
    scheduleAnalysis('x', analyze, 150, () => undefined, timedOut);
    vi.advanceTimersByTime(60_000);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('a newer draft cancels the pending check and its retries', () => {
    const analyze = vi.fn((): Result => ({ verdict: 'ok', unchecked: 'timeout' }));
    const cancel = scheduleAnalysis('x', analyze, 150, () => undefined, timedOut);
    vi.advanceTimersByTime(150);
    cancel();
    vi.advanceTimersByTime(60_000);
    expect(analyze).toHaveBeenCalledTimes(1);
  });
});
