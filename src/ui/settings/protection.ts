import type { TabStatus } from '../../messaging/tab-status';
import { DEFAULT_POLICY } from '../../policy';
import type { PolicyState } from '../../policy/storage';

export const SITE_NAMES = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;
export type SiteId = keyof typeof SITE_NAMES;

/** Whether the tab in front of the user is protected, and if not, why not. */
export type Protection =
  | { kind: 'unknown' }
  | { kind: 'not-a-site' }
  | { kind: 'paused'; site: SiteId; until: number }
  | { kind: 'site-off'; site: SiteId; locked: boolean }
  | { kind: 'messages-off'; site: SiteId; locked: boolean }
  | { kind: 'protected'; site: SiteId };

/**
 * `tab` is the content script's answer: undefined while asking, null when nothing answered (not
 * one of the three sites, or a page opened before the extension was installed).
 */
export function protectionFor(tab: TabStatus | null | undefined, state: PolicyState): Protection {
  if (tab === undefined) return { kind: 'unknown' };
  if (tab === null) return { kind: 'not-a-site' };
  const { site } = tab;
  if (state.pausedUntil) return { kind: 'paused', site, until: state.pausedUntil };
  if (!state.policy.sites[site]) return { kind: 'site-off', site, locked: state.lockedPaths.includes(`sites.${site}`) };
  if (tab.directMessages && !state.policy.sites.messenger) {
    return { kind: 'messages-off', site, locked: state.lockedPaths.includes('sites.messenger') };
  }
  return { kind: 'protected', site };
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
