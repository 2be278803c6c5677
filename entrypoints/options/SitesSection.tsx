import type { PolicyState } from '../../src/policy/storage';
import { SiteSwitches } from '../../src/ui/settings/SiteSwitches';

/** Where drafts are checked: every known site, direct messages, and sites added by hand or by IT. */
export function SitesSection({ state }: { state: PolicyState }) {
  return (
    <section class="card" id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <p>Drafts are checked on these sites. Add any other site where you post; your browser asks you to allow each one.</p>
      <div class="sl-group">
        <SiteSwitches state={state} />
      </div>
    </section>
  );
}
