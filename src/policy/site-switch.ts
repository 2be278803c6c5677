import { hostMatches, type AnySite } from '../sites';
import type { Policy } from './schema';

/**
 * Whether the policy has Second Look check this page: a known site's own hosts while its switch is
 * on; an added host (extraSites) for as long as it is listed, with the switch of the software it
 * runs if Second Look recognised it (a Mastodon instance follows `sites.mastodon`).
 */
export function checksSite(policy: Policy, site: AnySite, hostname: string): boolean {
  if (site.id !== 'custom') {
    if (!policy.sites[site.id]) return false;
    if (site.hosts.some((h) => hostMatches(hostname, h))) return true;
  }
  return policy.extraSites.some((h) => hostMatches(hostname, h));
}
