import { useCallback } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DraftCheck } from '../../src/content/check-draft';
import { DEFAULT_POLICY, type Policy } from '../../src/policy';
import { usePolicyState } from '../../src/ui/settings/hooks';
import { ProblemList } from '../../src/ui/settings/ProblemList';
import { CountersCard } from './CountersCard';
import { DraftChecker } from './DraftChecker';
import { QuickSettings } from './QuickSettings';
import { TabStatusCard } from './TabStatusCard';

interface AppProps {
  /** The engine and policy are passed in, so the popup never knows how findings are made. */
  check: (text: string, policy: Policy) => Pick<DraftCheck, 'verdict' | 'findings' | 'unchecked'>;
}

export function App({ check }: AppProps) {
  const state = usePolicyState();
  // The draft checker applies the same policy as the sites (rules, terms, sensitivity).
  const policy = state?.policy ?? DEFAULT_POLICY;
  const analyze = useCallback((text: string) => check(text, policy), [check, policy]);
  return (
    <main class="popup">
      <header class="popup__header">
        <img class="popup__logo" src="/icon/32.png" alt="" width={24} height={24} />
        <h1 class="popup__title">Second Look</h1>
      </header>
      {state && <TabStatusCard state={state} />}
      {state && <ProblemList problems={state.problems} />}
      <DraftChecker analyze={analyze} />
      <CountersCard />
      {state && <QuickSettings state={state} />}
      <footer class="popup__footer">
        <button type="button" class="sl-link" onClick={() => void browser.runtime.openOptionsPage()}>
          Rules, watch terms and policy export
        </button>
        <span class="popup__privacy">Nothing leaves this device.</span>
      </footer>
    </main>
  );
}
