import { useState } from 'preact/hooks';
import type { DraftCheck } from '../../src/content/check-draft';
import { UNCHECKED_TEXT } from '../../src/ui/unchecked';
import { FindingList } from '../../src/ui/FindingList';
import { VERDICT_SUMMARY } from '../../src/ui/severity';
import { useDebouncedAnalysis } from './useDebouncedAnalysis';

/** Long enough to skip work between keystrokes, short enough to feel immediate. */
const ANALYZE_DELAY_MS = 150;

type Result = Pick<DraftCheck, 'verdict' | 'findings' | 'unchecked'>;

/** A check that ran out of time is tried again: the engine is warm by then. */
const timedOut = (result: Result) => result.unchecked === 'timeout';

interface DraftCheckerProps {
  analyze: (text: string) => Result;
}

/**
 * "Check a draft": paste text, see what the inline panel would say. The draft lives only in
 * component state; it is never stored, logged or sent anywhere.
 */
export function DraftChecker({ analyze }: DraftCheckerProps) {
  const [draft, setDraft] = useState('');
  const result = useDebouncedAnalysis(draft, analyze, ANALYZE_DELAY_MS, timedOut);

  return (
    <section class="checker">
      <label class="checker__label" for="draft">
        Check a draft
      </label>
      <p class="checker__hint" id="draft-hint">
        Paste a post before you share it. It is checked here, on this device.
      </p>
      <textarea
        id="draft"
        class="checker__input"
        rows={5}
        autoFocus
        autoComplete="off"
        aria-describedby="draft-hint"
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
      />
      {/* data-verdict is a documented automation hook; absent until a non-empty draft is checked. */}
      <div class="result" aria-live="polite" data-verdict={result?.verdict}>
        {result && (
          <>
            {result.unchecked ? (
              <p class="result__summary" data-unchecked={result.unchecked}>
                {UNCHECKED_TEXT[result.unchecked]}
              </p>
            ) : (
              <p class={`result__summary result__summary--${result.verdict}`}>{VERDICT_SUMMARY[result.verdict]}</p>
            )}
            <FindingList findings={result.findings} />
          </>
        )}
      </div>
    </section>
  );
}
