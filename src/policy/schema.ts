import { z } from 'zod';
import { ALL_RULES } from '../engine/types';

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

export const PolicySchema = z.object({
  // Nested objects are strict so a misspelt member ("sites.linkdin") is reported, not dropped.
  sites: z
    .strictObject({
      x: z.boolean().describe('Check posts on X (Twitter)'),
      facebook: z.boolean().describe('Check posts and comments on Facebook'),
      linkedin: z.boolean().describe('Check posts and comments on LinkedIn'),
      messenger: z.boolean().describe('Also check Facebook Messenger and direct messages'),
    })
    .describe('Sites where drafts are checked'),
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
  sites: { x: true, facebook: true, linkedin: true, messenger: false },
  sensitivity: 'standard',
  actions: { low: 'show', medium: 'show', high: 'confirm' },
  confirmRequiresReason: false,
  rules: {},
  watchTerms: [],
  allowTerms: [],
  pauseAllowed: true,
}) as Policy;
