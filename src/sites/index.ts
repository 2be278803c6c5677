import { facebook } from './facebook';
import { linkedin } from './linkedin';
import type { SiteAdapter, SiteId } from './types';
import { x } from './x';

export const SITES: readonly SiteAdapter[] = [x, facebook, linkedin];

/** The adapter for a hostname ("www.facebook.com" -> facebook), or undefined. */
export function siteForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return SITES.find((site) => site.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

/** Match patterns for the content script, derived from the adapters so the two cannot drift. */
export const SITE_MATCHES: readonly string[] = SITES.flatMap((site) =>
  site.hosts.flatMap((h) => [`https://${h}/*`, `https://*.${h}/*`]),
);

export type { ComposerSpec, SiteAdapter, SiteId, SubmitShortcut } from './types';
