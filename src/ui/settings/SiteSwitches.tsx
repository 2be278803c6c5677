import type { Policy } from '../../policy';
import type { PolicyState } from '../../policy/storage';
import { updateUserSettings } from '../../policy/user-settings';
import { SITES } from '../../sites';
import { AddedSites } from './AddedSites';
import { SwitchRow } from './controls';

/**
 * A switch per known site (from src/sites), direct messages on every site, and the sites the user
 * or IT added: the same rows in the popup and on the options page.
 */
export function SiteSwitches({ state }: { state: PolicyState }) {
  const { policy } = state;
  const locked = (path: string) => state.lockedPaths.includes(path);
  const setSite = (site: keyof Policy['sites'], on: boolean) => void updateUserSettings((cur) => ({ ...cur, sites: { ...cur.sites, [site]: on } }));
  return (
    <>
      {SITES.map((site) => (
        <SwitchRow
          key={site.id}
          path={`sites.${site.id}`}
          label={site.label}
          hint={'directMessagesOnly' in site ? 'Only with direct messages on' : undefined}
          locked={locked(`sites.${site.id}`)}
          checked={policy.sites[site.id]}
          onChange={(on) => setSite(site.id, on)}
        />
      ))}
      <SwitchRow
        path="sites.messenger"
        label="Direct messages"
        hint="On every site: Messenger, DMs, WhatsApp Web"
        locked={locked('sites.messenger')}
        checked={policy.sites.messenger}
        onChange={(on) => setSite('messenger', on)}
      />
      <AddedSites state={state} />
    </>
  );
}
