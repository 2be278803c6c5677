import type { PatternRecognizer } from '../recognizer';
import { isImpersonalEmail } from '../validators/email';
import { COUNTRY_TLDS, GENERIC_TLDS } from '../vocab/web';

/**
 * The everyday subset of RFC 5322 that people type (no quoted local parts, no IP-literal domains).
 * Bounded label lengths keep the scan linear on long drafts.
 */
const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/g;

// One space either side, as people type them: runs of spaces would let the scan re-read them.
const AT = String.raw`(?: at | ?[\[(] ?at ?[\])] ?)`;
const DOT = String.raw`(?: dot | ?[\[(] ?dot ?[\])] ?)`;
const SPELLED = new RegExp(String.raw`(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}${AT}[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:${DOT}[A-Za-z]{2,24}){1,3}(?![\w])`, 'gi');
const EMAIL_CONTEXT = ['email', 'e-mail', 'emailed', 'emailing', 'mail', 'inbox', 'address', 'bounced', 'reply'];
/** Mail providers, so "rwarren at gmail dot com" needs no digit in its name. */
const PROVIDERS = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|proton|protonmail|gmx|comcast|verizon|att|sbcglobal|mail|zoho|fastmail)$/i;

/** "rwarren62 at gmail dot com" -> "rwarren62@gmail.com". */
function unspell(v: string): string {
  return v.replace(new RegExp(AT, 'i'), '@').replace(new RegExp(DOT, 'gi'), '.');
}

/**
 * "meet me at noon dot com" is not an address: the host must be a mail provider or the name look
 * like a mailbox (a digit, a dot or an underscore in it), and the last part a real domain ending.
 */
function isSpelledAddress(v: string): boolean {
  const address = unspell(v);
  const [local, host] = address.split('@') as [string, string];
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (!COUNTRY_TLDS.has(tld) && !GENERIC_TLDS.has(tld)) return false;
  return PROVIDERS.test(labels[0]!) || /[\d._]/.test(local);
}

/**
 * An email address is PHI when it is a person's (Safe Harbor F). Shared mailboxes (careers@,
 * appointments@) are dropped outright; the rest need a person or patient nearby.
 */
export const email: PatternRecognizer = {
  kind: 'pattern',
  id: 'email',
  rule: 'phi.email',
  tie: 'contextual',
  // The "@" comes after 1 to 64 characters of local part.
  patterns: [{ name: 'address', regex: EMAIL, score: 0.5, contains: { char: '@', within: 64 } }],
  context: EMAIL_CONTEXT,
  invalidate: (v) => isImpersonalEmail(v),
};

/**
 * Addresses spelled out to dodge filters: "rwarren62 at gmail dot com", "jane.doe [at] outlook
 * [dot] com". A draft without the word "dot" skips the pattern, which could start at any word.
 */
export const spelledEmail: PatternRecognizer = {
  kind: 'pattern',
  id: 'email-spelled-out',
  rule: 'phi.email',
  tie: 'contextual',
  patterns: [{ name: 'spelled out', regex: SPELLED, score: 0.5 }],
  context: EMAIL_CONTEXT,
  invalidate: (v) => isImpersonalEmail(unspell(v)) || !isSpelledAddress(v),
  requires: /\bdot\b/i,
};
