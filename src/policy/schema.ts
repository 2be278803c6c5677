import { z } from 'zod';
import { ALL_RULES } from '../engine/types';
import { SITES, type SiteId } from '../sites';
import { isNormalHost, MAX_EXTRA_SITES } from '../sites/hosts';

/**
 * The policy: the single source of truth for what Second Look does, for the clinician's own
 * settings and for the values hospital IT pushes through managed storage. The managed-storage
 * JSON schema (public/managed_schema.json) is generated from this file.
 */
export const ActionSchema = z
  .enum(['show', 'confirm', 'block'])
  .describe('show: an inline warning; confirm: hold Post until the user confirms; block: Post stays held until the draft is fixed');
export const SeveritySchema = z.enum(['low', 'medium', 'high']);
export const RuleIdSchema = z.enum(ALL_RULES as unknown as [string, ...string[]]);
export const SensitivitySchema = z
  .enum(['standard', 'strict'])
  .describe('standard: identifiers tied to a person; strict: every identifier, even with nobody attached');
/** Limits on watch and allow terms: each term is matched as a phrase in every draft. */
export const MAX_TERM_LENGTH = 100;
export const MAX_TERMS = 500;
export const TermSchema = z.string().trim().min(1).max(MAX_TERM_LENGTH);
/** A site added to the checked ones: a lowercase host name ("forum.example.org"), https only. */
export const HostSchema = z.string().refine(isNormalHost, 'a host name such as "forum.example.org"');

/**
 * `sites.messenger` kept its name from when only Facebook had messages; it is the switch for
 * direct messages on every site (managed policies already use it).
 */
export const DIRECT_MESSAGES_DESCRIPTION =
  'Also check direct messages on every site: Facebook Messenger, X, LinkedIn, Instagram, Bluesky and Reddit messages, and WhatsApp Web';

/** One switch per known site (src/sites), plus direct messages. */
const SITE_SWITCHES = Object.fromEntries(SITES.map((site) => [site.id, z.boolean().describe(site.policyDescription)])) as Record<
  SiteId,
  z.ZodBoolean
>;

export const PolicySchema = z.object({
  // Nested objects are strict so a misspelt member ("sites.linkdin") is reported, not dropped.
  sites: z
    .strictObject({ ...SITE_SWITCHES, messenger: z.boolean().describe(DIRECT_MESSAGES_DESCRIPTION) })
    .describe('Sites where drafts are checked'),
  extraSites: z
    .array(HostSchema)
    .max(MAX_EXTRA_SITES)
    .describe(
      'More sites to check (host names such as "forum.example.org"; a Mastodon instance is recognised as Mastodon). Entries from the organization cannot be removed by the user; each user allows a new site once when the browser asks.',
    ),
  sensitivity: SensitivitySchema,
  actions: z
    .strictObject({ low: ActionSchema, medium: ActionSchema, high: ActionSchema })
    .describe('What happens when a draft reaches each severity'),
  confirmRequiresReason: z.boolean().describe('"Post anyway" needs a typed reason'),
  rules: z
    .partialRecord(
      RuleIdSchema,
      z.strictObject({ enabled: z.boolean().optional(), severity: SeveritySchema.optional() }).describe('Turn a rule off or change its severity'),
    )
    .describe('Per-rule switches, keyed by rule id (for example "phi.room")'),
  watchTerms: z.array(TermSchema).max(MAX_TERMS).describe('Facility, unit and colleague names that identify patients when posted with them'),
  allowTerms: z.array(TermSchema).max(MAX_TERMS).describe("Terms that are never a finding, such as the clinic's own phone number"),
  pauseAllowed: z.boolean().describe('The user may pause checking for an hour'),
});

export type Policy = z.infer<typeof PolicySchema>;
export type Action = z.infer<typeof ActionSchema>;
export type PolicyField = keyof Policy;
export const POLICY_FIELDS = Object.keys(PolicySchema.shape) as PolicyField[];

export const DEFAULT_POLICY: Policy = Object.freeze({
  sites: { ...Object.fromEntries(SITES.map((site) => [site.id, site.defaultOn])), messenger: false } as Policy['sites'],
  extraSites: [],
  sensitivity: 'standard',
  actions: { low: 'show', medium: 'show', high: 'confirm' },
  confirmRequiresReason: false,
  rules: {},
  watchTerms: [],
  allowTerms: [],
  pauseAllowed: true,
}) as Policy;
