import { useEffect, useState } from 'preact/hooks';

/** How many times a check that ran out of time is tried again for the same text. */
export const ANALYSIS_RETRIES = 2;

/**
 * Runs `analyze` on `text` after `delayMs` and hands each result to `onResult`. When `retry` says
 * a result should not stand (a check that ran past its budget while the engine was still warming
 * up, as the first check in a freshly opened popup on a busy machine can), it is shown, then the
 * same text is checked again, up to ANALYSIS_RETRIES times. Returns a cancel function.
 */
export function scheduleAnalysis<R>(text: string, analyze: (text: string) => R, delayMs: number, onResult: (result: R) => void, retry?: (result: R) => boolean): () => void {
  let tries = 0;
  let timer: ReturnType<typeof setTimeout>;
  const run = () => {
    const result = analyze(text);
    onResult(result);
    if (retry?.(result) && tries++ < ANALYSIS_RETRIES) timer = setTimeout(run, delayMs);
  };
  timer = setTimeout(run, delayMs);
  return () => clearTimeout(timer);
}

/**
 * Runs `analyze` on `text` once typing pauses for `delayMs`. Returns null for a blank draft, so
 * the result panel stays quiet until there is something to check.
 */
export function useDebouncedAnalysis<R>(text: string, analyze: (text: string) => R, delayMs: number, retry?: (result: R) => boolean): R | null {
  const [result, setResult] = useState<R | null>(null);

  useEffect(() => {
    if (text.trim() === '') {
      setResult(null);
      return;
    }
    return scheduleAnalysis(text, analyze, delayMs, setResult, retry);
  }, [text, analyze, delayMs, retry]);

  return result;
}
