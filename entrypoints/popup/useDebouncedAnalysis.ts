import { useEffect, useState } from 'preact/hooks';

/**
 * Runs `analyze` on `text` once typing pauses for `delayMs`. Returns null for a blank draft, so
 * the result panel stays quiet until there is something to check.
 */
export function useDebouncedAnalysis<R>(text: string, analyze: (text: string) => R, delayMs: number): R | null {
  const [result, setResult] = useState<R | null>(null);

  useEffect(() => {
    if (text.trim() === '') {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => setResult(analyze(text)), delayMs);
    return () => clearTimeout(timer);
  }, [text, analyze, delayMs]);

  return result;
}
