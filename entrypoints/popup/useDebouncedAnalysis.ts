import { useEffect, useState } from 'preact/hooks';
import type { AnalysisResult } from '../../src/engine';

/**
 * Runs `analyze` on `text` once typing pauses for `delayMs`. Returns null for a blank draft, so
 * the result panel stays quiet until there is something to check.
 */
export function useDebouncedAnalysis(
  text: string,
  analyze: (text: string) => AnalysisResult,
  delayMs: number,
): AnalysisResult | null {
  const [result, setResult] = useState<AnalysisResult | null>(null);

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
