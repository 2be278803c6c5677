import { SEVERITY_RANK, type Severity, type Verdict } from '../engine';

/**
 * Exit codes are part of the CLI contract (documented in `second-look --help`): scripts and CI
 * jobs branch on them, so each has one meaning.
 */
export const EXIT_OK = 0;
/** `--fail-on <severity>` was given and a verdict reached it. */
export const EXIT_THRESHOLD = 1;
/** Usage error, unreadable input, or at least one malformed JSONL line. */
export const EXIT_INPUT_ERROR = 2;

/** A mistake in how the command was called: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Whether a verdict reaches a `--fail-on` threshold (exit 1). */
export function reachesThreshold(verdict: Verdict, threshold: Severity): boolean {
  return SEVERITY_RANK[verdict] >= SEVERITY_RANK[threshold];
}
