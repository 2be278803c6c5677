import { browser } from 'wxt/browser';
import { hostMatchPatterns, siteForHost } from '../sites';
import { normalizeHost } from '../sites/hosts';
import { updateUserSettings } from './user-settings';

export type AddSiteOutcome =
  | { ok: true; host: string }
  | { ok: false; reason: 'not-a-host' | 'already-checked' | 'refused' | 'failed'; host?: string };

/**
 * "Check posts on this site": asks the browser for that host (its own prompt; the user decides),
 * then adds it to the user's extraSites, which the background turns into a registered content
 * script. Must be called straight from the click: the browser only asks inside a user gesture,
 * so nothing is awaited before the request.
 */
export function addSite(input: string): Promise<AddSiteOutcome> {
  const host = normalizeHost(input);
  if (!host) return Promise.resolve({ ok: false, reason: 'not-a-host' });
  const known = siteForHost(host);
  if (known) return Promise.resolve({ ok: false, reason: 'already-checked', host });
  return browser.permissions.request({ origins: hostMatchPatterns(host) }).then(
    async (granted) => {
      if (!granted) return { ok: false, reason: 'refused', host } as const;
      await updateUserSettings((cur) => ({ ...cur, extraSites: [...new Set([...(cur.extraSites ?? []), host])] }));
      return { ok: true, host } as const;
    },
    () => ({ ok: false, reason: 'failed', host }) as const,
  );
}

/**
 * Stops checking a site the user added: out of their extraSites, and the browser's permission
 * for it given back. A site the organization added stays (its entry is locked in the popup).
 */
export async function removeSite(host: string): Promise<void> {
  await updateUserSettings((cur) => ({ ...cur, extraSites: (cur.extraSites ?? []).filter((h) => h !== host) }));
  await browser.permissions.remove({ origins: hostMatchPatterns(host) }).catch(() => false);
}

/** Whether the browser lets Second Look into that host (given once by the user). */
export function hasSitePermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: hostMatchPatterns(host) }).catch(() => false);
}
