import { browser } from 'wxt/browser';
import { hostMatchPatterns, siteForHost } from './index';

/** The one registered content script that covers every added host. */
const SCRIPT_ID = 'second-look-added-sites';
/** The same content script the manifest runs on the known sites (WXT's output path). */
const CONTENT_SCRIPT = 'content-scripts/content.js';

/**
 * Keeps the registered content script in step with the added sites (policy extraSites): a page of
 * an added host gets the same guard as the known sites, once the browser has allowed that host.
 * A host not allowed yet is left out (registering it would fail); the popup offers "Allow".
 * Chrome and Firefox (102 and later, Manifest V2 included) both have scripting.registerContentScripts.
 */
export async function syncAddedSiteScripts(hosts: readonly string[]): Promise<string[]> {
  const allowed: string[] = [];
  for (const host of hosts) {
    if (siteForHost(host)) continue;
    if (await browser.permissions.contains({ origins: hostMatchPatterns(host) }).catch(() => false)) allowed.push(host);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (allowed.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: allowed.flatMap(hostMatchPatterns), js: [CONTENT_SCRIPT], runAt: 'document_idle' },
    ]);
  }
  return allowed;
}

/**
 * Background side: syncs now, whenever the policy's added sites change, and whenever the user
 * grants or takes back a site's permission in the browser's own settings.
 */
export function keepAddedSitesRegistered(watchHosts: (onChange: (hosts: readonly string[]) => void) => void): void {
  let hosts: readonly string[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const sync = () => {
    queue = queue.then(() => syncAddedSiteScripts(hosts)).catch((error: unknown) => console.warn('Second Look: could not register the added sites.', error));
  };
  watchHosts((next) => {
    if (next.join(' ') === hosts.join(' ')) return;
    hosts = next;
    sync();
  });
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
