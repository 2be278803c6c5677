import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { genericSite } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { whatsapp } from './whatsapp';
import { x } from './x';

/**
 * Every site Second Look knows, in the order the popup lists them: the one list of site ids.
 * Adding a site is an adapter file, a line here and a fixture folder under tests/e2e/sites.
 */
export const SITES = [x, facebook, linkedin, reddit, instagram, threads, bluesky, mastodon, whatsapp] as const;

export type SiteId = (typeof SITES)[number]['id'];
export const SITE_IDS = SITES.map((site) => site.id) as readonly SiteId[] as readonly [SiteId, ...SiteId[]];

/** A known site, or a host the user or IT added ('custom', served by the generic adapter). */
export type AnySite = (typeof SITES)[number] | SiteAdapter<'custom'>;

/** True when `hostname` is `host` or one of its subdomains. */
export function hostMatches(hostname: string, host: string): boolean {
  const name = hostname.toLowerCase();
  return name === host || name.endsWith(`.${host}`);
}

/** The adapter for a hostname ("www.facebook.com" -> facebook), or undefined. */
export function siteForHost(hostname: string): (typeof SITES)[number] | undefined {
  return SITES.find((site) => site.hosts.some((h) => hostMatches(hostname, h)));
}

/**
 * The adapter for a page the content script was registered on because its host was added
 * (policy `extraSites`): a known site's software recognised by its markup (another Mastodon
 * instance), or else the generic adapter for textareas and rich-text boxes.
 */
export function siteForPage(hostname: string, doc: Pick<Document, 'querySelector'>): AnySite {
  const known = siteForHost(hostname);
  if (known) return known;
  const recognised = SITES.find((site) => 'detect' in site && site.detect && doc.querySelector(site.detect));
  return recognised ?? genericSite(hostname.toLowerCase());
}

/** Whether this page of the site is direct messages (a DM path, or a site of nothing else). */
export function isDirectMessagePage(site: SiteAdapter, pathname = location.pathname): boolean {
  return !!site.directMessagesOnly || (site.messagePaths?.some((path) => pathname.startsWith(path)) ?? false);
}

/** Match patterns for the content script, derived from the adapters so the two cannot drift. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((site) =>
  site.hosts.flatMap((h) => [`https://${h}/*`, `https://*.${h}/*`]),
);

/** Match patterns for a host the user or IT added: that host and its subdomains, https only. */
export function hostMatchPatterns(host: string): string[] {
  return [`https://${host}/*`, `https://*.${host}/*`];
}

export type { ComposerSpec, SiteAdapter, SubmitShortcut } from './types';
