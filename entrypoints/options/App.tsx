import { usePolicyState } from '../../src/ui/settings/hooks';
import { ProblemList } from '../../src/ui/settings/ProblemList';
import { policySource } from '../../src/ui/settings/protection';
import { PrivacySection } from './PrivacySection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import { TermsSection } from './TermsSection';
import { TransferSection } from './TransferSection';

const SECTIONS = [
  { id: 'sites', title: 'Sites' },
  { id: 'rules', title: 'Rules' },
  { id: 'terms', title: 'Watch and allow terms' },
  { id: 'transfer', title: 'Import and export' },
  { id: 'privacy', title: 'Privacy' },
] as const;

/** The options page: every rule with its source, term lists, policy import/export, privacy. */
export function App() {
  const state = usePolicyState();
  return (
    <div class="options">
      <header class="options__header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1 class="options__title">Second Look settings</h1>
          {state && <p class="options__source" data-policy-source>{policySource(state)}</p>}
        </div>
      </header>
      <nav class="options__nav" aria-label="Settings sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options__main">
        {!state ? (
          <p aria-busy="true">Loading settings…</p>
        ) : (
          <>
            <ProblemList problems={state.problems} />
            <SitesSection state={state} />
            <RulesSection state={state} />
            <TermsSection state={state} />
            <TransferSection state={state} />
            <PrivacySection />
          </>
        )}
      </main>
    </div>
  );
}
