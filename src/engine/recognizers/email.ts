import type { PatternRecognizer } from '../recognizer';
import { isImpersonalEmail } from '../validators/email';

/**
 * The everyday subset of RFC 5322 that people type (no quoted local parts, no IP-literal domains).
 * Bounded label lengths keep the scan linear on long drafts.
 */
const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/g;

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
  context: ['email', 'e-mail', 'emailed', 'emailing', 'mail', 'inbox', 'address', 'bounced', 'reply'],
  invalidate: (v) => isImpersonalEmail(v),
};
