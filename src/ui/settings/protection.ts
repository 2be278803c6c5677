import type { TabStatus } from '../../messaging/tab-status';
import { DEFAULT_POLICY } from '../../policy';
import type { PolicyState } from '../../policy/storage';
import { hostMatches, SITES, type SiteId } from '../../sites';

/** "X", "Reddit", "WhatsApp Web": derived from the adapters (src/sites). */
export const SITE_NAMES = Object.fromEntries(SITES.map((site) => [site.id, site.label])) as Record<SiteId, string>;
export type { SiteId };

/** What the popup names the tab's site: a known site's name, or an added site's host. */
export function siteName(tab: Pick<TabStatus, 'site' | 'host'>): string {
  return tab.site === 'custom' ? tab.host : SITE_NAMES[tab.site];
}

/** Whether the tab in front of the user is protected, and if not, why not. */
export type Protection =
  | { kind: 'unknown' }
  | { kind: 'not-a-site' }
  | { kind: 'paused'; name: string; until: number }
  | { kind: 'site-off'; name: string; locked: boolean }
  | { kind: 'messages-off'; name: string; locked: boolean }
  | { kind: 'protected'; name: string };

/**
 * `tab` is the content script's answer: undefined while asking, null when nothing answered (not
 * a site Second Look checks, or a page opened before the extension was installed).
 */
export function protectionFor(tab: TabStatus | null | undefined, state: PolicyState): Protection {
  if (tab === undefined) return { kind: 'unknown' };
  if (tab === null) return { kind: 'not-a-site' };
  const name = siteName(tab);
  if (state.pausedUntil) return { kind: 'paused', name, until: state.pausedUntil };
  if (tab.site === 'custom') {
    // The script stays registered until the background catches up with a removal.
    const listed = state.policy.extraSites.some((h) => hostMatches(tab.host, h));
    return listed ? { kind: 'protected', name } : { kind: 'site-off', name, locked: false };
  }
  if (!state.policy.sites[tab.site]) return { kind: 'site-off', name, locked: state.lockedPaths.includes(`sites.${tab.site}`) };
  if (tab.directMessages && !state.policy.sites.messenger) {
    return { kind: 'messages-off', name, locked: state.lockedPaths.includes('sites.messenger') };
  }
  return { kind: 'protected', name };
}

/** "By which policy": the organization's (with how much of it is locked), the user's, or defaults. */
export function policySource(state: PolicyState): string {
  const locked = state.lockedPaths.length;
  if (locked > 0) return `Your organization\u2019s policy \u00b7 ${locked} ${locked === 1 ? 'setting' : 'settings'} locked`;
  return JSON.stringify(state.policy) === JSON.stringify(DEFAULT_POLICY) ? 'Default settings' : 'Your own settings';
}

/** "4:05 PM" in the user's locale. */
export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}
