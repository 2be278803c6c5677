import type { PatternRecognizer } from '../recognizer';
import { isValidIpv4, isValidIpv6 } from '../validators/ip';

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
// Software versions share the dotted-quad shape ("Epic version 10.2.0.1"): skip them when named.
const NOT_VERSION = String.raw`(?<![\w.]|\b(?:v|ver|version|release|build|firmware|fw|rev|revision)\.?:?\s?)`;
const IPV4 = String.raw`${OCTET}(?:\.${OCTET}){3}`;

/**
 * An IP address is PHI when it can be traced to a person (Safe Harbor O): the workstation a
 * patient's son used, not the lab's printer. Contextual, and a dotted quad also needs a word
 * that says "network" (IP, logged in, portal...), because section numbers, lot numbers and
 * versions look the same.
 */
export const ipAddress: PatternRecognizer = {
  kind: 'pattern',
  id: 'ip-address',
  rule: 'phi.ip',
  tie: 'contextual',
  patterns: [
    // Every match has a dot within its first four characters (the first octet is at most three
    // digits): tried only just before each dot. Scanned plainly, the version lookbehind is tried
    // at every character, dear where V8 no longer optimizes regexes (a busy page).
    { name: 'ipv4', regex: new RegExp(String.raw`${NOT_VERSION}${IPV4}(?!\w|\.\d)`, 'gi'), score: 0.3, contains: { char: '.', within: 3 } },
    // Full or "::"-compressed groups, optionally ending in an IPv4 tail (::ffff:192.0.2.1). The
    // shape over-matches clock times and MAC addresses; the validator sorts them out.
    {
      name: 'ipv6',
      regex: new RegExp(String.raw`(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:${IPV4}|[0-9a-f]{1,4})?(?![\w:]|\.\d)`, 'gi'),
      score: 0.5,
      // Every match starts with up to four hex digits and a colon.
      contains: { char: ':', within: 4 },
    },
  ],
  context: [
    'ip', 'ip address', 'ipv4', 'ipv6', 'logged', 'logged in', 'log in', 'login', 'logins', 'portal', 'vpn',
    'workstation', 'computer', 'network', 'wifi', 'wi-fi', 'router', 'server', 'traced', 'connected', 'address',
    'ping', 'pinging', 'pinged', 'hub', 'modem', 'traffic', 'firewall', 'remote',
    // Field names in logs and queries pasted from an audit trail.
    'client_ip', 'remote_ip', 'src_ip', 'source_ip', 'user_ip', 'ip_addr', 'ip_address', 'remote_addr', 'x-forwarded-for',
  ],
  // A validated IPv6 is unmistakable; a dotted quad only passes the range check and still needs context.
  validate: (v) => (v.includes(':') ? isValidIpv6(v) : isValidIpv4(v) ? undefined : false),
};
