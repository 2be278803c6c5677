/**
 * A check that ran past its budget is run again a little later, a bounded number of times. The
 * usual cause is the first check on a cold engine (its tables still being built, or the warm-up
 * still running) on a busy machine: a moment later the same draft checks in a few milliseconds.
 * Meanwhile the draft stays unchecked (Post held) and the panel says it is still being checked;
 * a draft that keeps running past the budget ends as "could not check", as before.
 */

/** Waits before each new try: the engine warms up meanwhile (the content script warms it when a composer is found). */
export const TIMEOUT_RETRY_DELAYS_MS: readonly number[] = [250, 500, 1_000];

export class TimeoutRetries {
  /** Tries already made for `text`. */
  private tries = 0;
  private text: string | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** Checks the draft again (as it is then). */
    private readonly rerun: () => void,
    private readonly delays: readonly number[] = TIMEOUT_RETRY_DELAYS_MS,
  ) {}

  /**
   * After each check of `text`: one that timed out is tried again later while tries remain.
   * Returns whether a try is pending (the panel then says the draft is still being checked).
   * A check of other text starts the count afresh.
   */
  after(text: string, timedOut: boolean): boolean {
    this.cancel();
    if (text !== this.text) {
      this.text = text;
      this.tries = 0;
    }
    if (!timedOut) {
      this.tries = 0;
      return false;
    }
    const delay = this.delays[this.tries];
    if (delay === undefined) return false;
    this.tries++;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.rerun();
    }, delay);
    return true;
  }

  /** The draft changed (a new check follows the typing pause), or the composer is gone. */
  cancel(): void {
    if (this.pending === undefined) return;
    clearTimeout(this.pending);
    this.pending = undefined;
  }
}
