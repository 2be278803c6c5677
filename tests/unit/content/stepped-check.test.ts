import { describe, expect, it } from 'vitest';
import { SteppedCheck, type StartAnalysis, type StepOutcome, type Stepwise } from '../../../src/content/stepped-check';
import { analyze, Analysis, AnalyzeTimeout, type AnalysisResult, type AnalyzeOptions } from '../../../src/engine';
import { longDraft } from '../../bench/synthetic-posts';

const TEXT = longDraft(20_000);
const OPTIONS: AnalyzeOptions = { sensitivity: 'standard' };

/** The engine's Analysis, counting its runs and how long each held the thread. */
function counted() {
  const runs: number[] = [];
  const start: StartAnalysis = (text, options) => {
    const a = new Analysis(text, options);
    return {
      run: (until, deadline) => {
        const t = performance.now();
        try {
          return a.run(until, deadline);
        } finally {
          runs.push(performance.now() - t);
        }
      },
      finish: (deadline) => a.finish(deadline),
    };
  };
  return { start, runs };
}

const outcome = (check: (done: (o: StepOutcome) => void) => SteppedCheck) =>
  new Promise<{ outcome: StepOutcome; check: SteppedCheck }>((resolve) => {
    const c: { check?: SteppedCheck } = {};
    c.check = check((o) => queueMicrotask(() => resolve({ outcome: o, check: c.check! })));
  });

describe('a long draft checked a few steps at a time', () => {
  it('ends with exactly what analyze() finds, in several slices that each hand the thread back', async () => {
    const { start, runs } = counted();
    const { outcome: o } = await outcome((done) => new SteppedCheck(TEXT, OPTIONS, start, 60_000, done));
    expect(o).toEqual({ result: analyze(TEXT, OPTIONS) });
    // It handed the thread back at least once (how long each slice took is the Chromium
    // benchmark's business, not a unit test's).
    expect(runs.length).toBeGreaterThan(1);
  });

  it('is not finished once cancelled (an edit came in)', async () => {
    const { start, runs } = counted();
    let finished = false;
    const check = new SteppedCheck(TEXT, OPTIONS, start, 60_000, () => (finished = true));
    check.cancel();
    await new Promise((r) => setTimeout(r, 50));
    expect(finished).toBe(false);
    expect(runs).toEqual([]);
  });

  it('Post finishes it where it stands, with the same result, without starting over', () => {
    let started = 0;
    const start: StartAnalysis = (text, options) => {
      started++;
      return new Analysis(text, options);
    };
    const check = new SteppedCheck(TEXT, OPTIONS, start, 60_000, () => {});
    const fallback = () => {
      throw new Error('the check under way should have been used');
    };
    const finishing = check.finishing(fallback);
    expect(finishing(TEXT, { ...OPTIONS, deadline: performance.now() + 60_000 })).toEqual(analyze(TEXT, OPTIONS));
    expect(started).toBe(1);
    // Other text or other options (the policy changed): checked afresh.
    expect(() => finishing(`${TEXT}!`, OPTIONS)).toThrow('should have been used');
    expect(() => finishing(TEXT, { sensitivity: 'strict' })).toThrow('should have been used');
  });

  it('a step that throws ends the check with the error (the draft is then unchecked)', async () => {
    const failing: StartAnalysis = () => ({
      run: () => {
        throw new RangeError('boom');
      },
      finish: () => {
        throw new RangeError('boom');
      },
    });
    const { outcome: o } = await outcome((done) => new SteppedCheck(TEXT, OPTIONS, failing, 60_000, done));
    expect('error' in o && o.error).toBeInstanceOf(RangeError);
  });

  it('the budget counts the slices: past it, AnalyzeTimeout', async () => {
    const { outcome: o } = await outcome((done) => new SteppedCheck(TEXT, OPTIONS, (t, op) => new Analysis(t, op), -1, done));
    expect('error' in o && o.error).toBeInstanceOf(AnalyzeTimeout);
  });

  it('gives its outcome to the check of its own text and options only', async () => {
    const { outcome: o, check } = await outcome((done) => new SteppedCheck(TEXT, OPTIONS, (t, op) => new Analysis(t, op), 60_000, done));
    const other: AnalysisResult = { verdict: 'ok', findings: [] };
    const analyzer = check.outcomeFor(o, () => other);
    expect(analyzer(TEXT, { ...OPTIONS, deadline: 1 })).toEqual(analyze(TEXT, OPTIONS));
    expect(analyzer('another draft', OPTIONS)).toBe(other);
  });
});

// Structural: the engine's Analysis is what the content script passes in.
const _engineFits: Stepwise = new Analysis('x');
void _engineFits;
