import type { Severity, Verdict } from '../engine';

/**
 * Words for each level. Colour is never the only signal (WCAG 1.4.1): every badge and verdict
 * also carries one of these labels.
 */
export const SEVERITY_LABEL: Record<Severity, string> = {
  high: 'High risk',
  medium: 'Check',
  low: 'Worth a look',
};

/** One calm sentence per verdict; the clinician reads this first. */
export const VERDICT_SUMMARY: Record<Verdict, string> = {
  ok: 'Looks fine: no patient information or conduct concerns found.',
  low: 'Worth a second look before you post.',
  medium: 'Check this before you post.',
  high: 'Fix this before you post: it can identify a patient or break conduct rules.',
};
