/** At most this many added sites: each is a content-script match pattern pair. */
export const MAX_EXTRA_SITES = 100;

/** A DNS label: letters, digits, inner hyphens, 1 to 63 characters. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host of a site someone typed or pasted ("Forum.example.org", "https://forum.example.org/t/1"),
 * lowercased, or undefined when it is not a public host name (no dot, a bare IP address, a
 * wildcard, a port or credentials). Only https pages are ever checked.
 */
export function normalizeHost(input: string): string | undefined {
  const text = input.trim();
  if (text === '' || text.length > 300) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.port || url.username || url.password) return undefined;
  const host = url.hostname.replace(/\.$/, '');
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
  // A bare IPv4 address is no site anyone posts on; its last label is all digits.
  if (/^\d+$/.test(labels[labels.length - 1]!)) return undefined;
  return host;
}

/** A host exactly as the policy stores it: already what normalizeHost makes of it. */
export function isNormalHost(value: string): boolean {
  return normalizeHost(value) === value;
}
