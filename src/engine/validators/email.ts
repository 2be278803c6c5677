/**
 * Shared mailboxes answer for an organisation, never for one person: a clinic's
 * appointments@ or a recruiter's careers@ is a business contact, not PHI (docs/architecture.md, Rules).
 * Compared with separators removed, so "no-reply", "no_reply" and "noreply" are one entry.
 */
const ROLE_MAILBOXES = new Set([
  'info', 'information', 'careers', 'career', 'jobs', 'job', 'recruiting', 'recruitment', 'talent', 'hr',
  'humanresources', 'contact', 'contactus', 'support', 'help', 'helpdesk', 'servicedesk', 'service',
  'customerservice', 'noreply', 'donotreply', 'admin', 'administrator', 'webmaster', 'postmaster',
  'hostmaster', 'abuse', 'security', 'privacy', 'compliance', 'legal', 'press', 'media', 'news',
  'newsletter', 'communications', 'comms', 'marketing', 'sales', 'billing', 'accounts', 'payments',
  'office', 'frontdesk', 'reception', 'appointments', 'appointment', 'scheduling', 'booking', 'bookings',
  'referrals', 'records', 'medicalrecords', 'patientrelations', 'patientexperience', 'feedback',
  'enquiries', 'inquiries', 'hello', 'team', 'events', 'volunteer', 'volunteers', 'donate', 'giving',
  'foundation', 'admissions', 'registrar', 'pharmacy', 'nursing', 'clinic', 'general', 'mail',
]);

/** Domains reserved for documentation (RFC 2606): an address there belongs to nobody. */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|test|invalid|localhost)$/i;

export function isRoleMailbox(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 1) return false;
  // Sub-addressing ("appointments+ohio@") still lands in the shared box.
  const local = address.slice(0, at).toLowerCase().split('+')[0]!.replace(/[._-]/g, '');
  return ROLE_MAILBOXES.has(local);
}

/** True when an address cannot be a person's: a shared role mailbox or a documentation domain. */
export function isImpersonalEmail(address: string): boolean {
  return isRoleMailbox(address) || EXAMPLE_DOMAIN.test(address.slice(address.lastIndexOf('@') + 1));
}
