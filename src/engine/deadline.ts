/**
 * The engine's time budget. A draft the engine cannot finish in time must end as "could not
 * check" (Post held), never as a frozen tab or as "ok". Checked between recognizers: one
 * recognizer is never interrupted, so each must stay linear on its own.
 */
export class AnalyzeTimeout extends Error {
  override name = 'AnalyzeTimeout';
}

/** Throws AnalyzeTimeout once `deadline` (a performance.now() time) has passed. */
export function checkDeadline(deadline: number | undefined): void {
  if (deadline !== undefined && performance.now() > deadline) throw new AnalyzeTimeout('the check ran past its time budget');
}
