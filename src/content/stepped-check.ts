import type { AnalysisResult, AnalyzeOptions } from '../engine';
import type { Analyzer } from './check-draft';

/**
 * A check of a long draft, run a few engine steps at a time (the engine's `Analysis`) between the
 * page's own tasks, so typing in a 63,206-character draft never waits for a whole check: each
 * slice holds the page's main thread for about STEP_SLICE_MS (docs/architecture.md, "Engine
 * time"). The findings are the engine's, unchanged: only when the work happens changes.
 */

/** What the engine offers for this: its `Analysis` class, passed in like `analyze`. */
export interface Stepwise {
  run(until: number, deadline?: number): AnalysisResult | undefined;
  finish(deadline?: number): AnalysisResult;
}
export type StartAnalysis = (text: string, options: AnalyzeOptions) => Stepwise;

/** How long one slice may run before the page gets its turn: half a 60 Hz frame. */
export const STEP_SLICE_MS = 8;
/** Shorter drafts are checked in one go: their whole check takes a few milliseconds. */
export const STEPPED_MIN_CHARS = 4_000;

export type StepOutcome = { result: AnalysisResult } | { error: unknown };

/** Runs `task` as a new task, after whatever the page has queued (input first). */
function nextTask(task: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
}

export class SteppedCheck {
  private stopped = false;
  /** Time spent in slices so far: the budget counts the engine's time, not the page's. */
  private spent = 0;
  private readonly analysis: Stepwise;

  /**
   * Starts at once (the first slice runs as a task of its own). `done` is called once, when the
   * last step has run or a step failed, unless the check was cancelled or finished first.
   */
  constructor(
    readonly text: string,
    /** The options the analysis was started with: a check with other options cannot reuse it. */
    readonly options: AnalyzeOptions,
    start: StartAnalysis,
    private readonly budgetMs: number,
    private readonly done: (outcome: StepOutcome) => void,
  ) {
    this.analysis = start(text, options);
    nextTask(() => this.slice());
  }

  private slice(): void {
    if (this.stopped) return;
    const began = performance.now();
    let outcome: StepOutcome | undefined;
    try {
      const result = this.analysis.run(began + STEP_SLICE_MS, began + this.budgetMs - this.spent);
      if (result) outcome = { result };
    } catch (error) {
      outcome = { error };
    }
    this.spent += performance.now() - began;
    if (!outcome) return nextTask(() => this.slice());
    this.stopped = true;
    this.done(outcome);
  }

  /** The draft changed: the rest is not worth running. */
  cancel(): void {
    this.stopped = true;
  }

  /** The finished check as an analyzer: its outcome for its own text and options, `fallback` for anything else. */
  outcomeFor(outcome: StepOutcome, fallback: Analyzer): Analyzer {
    return (text, options) => {
      if (text !== this.text || !sameOptions(options, this.options)) return fallback(text, options);
      if ('error' in outcome) throw outcome.error;
      return outcome.result;
    };
  }

  /**
   * Post was pressed and cannot wait for the next slice: an analyzer that finishes this check
   * now (what is left of it), for the same text and options, and runs `fallback` for anything else.
   */
  finishing(fallback: Analyzer): Analyzer {
    this.stopped = true;
    return (text, options) => {
      if (text !== this.text || !sameOptions(options, this.options)) return fallback(text, options);
      return this.analysis.finish(performance.now() + this.budgetMs - this.spent);
    };
  }
}

/** Same engine options, the deadline aside (each run sets its own). */
function sameOptions(a: AnalyzeOptions, b: AnalyzeOptions): boolean {
  const { deadline: _a, ...restA } = a;
  const { deadline: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}
