import { z } from 'zod';
import { DEFAULT_POLICY, POLICY_FIELDS, PolicySchema, type Policy } from './schema';

/**
 * A policy as an admin writes it: any subset of the fields, and of the members of `sites` and
 * `actions`. Derived from PolicySchema, so it accepts exactly what managed storage does; strict,
 * so a misspelt setting is an error instead of a silent no-op.
 */
export const PolicyPatchSchema = PolicySchema.extend({
  sites: PolicySchema.shape.sites.partial(),
  actions: PolicySchema.shape.actions.partial(),
})
  .partial()
  .strict();
export type PolicyPatch = z.infer<typeof PolicyPatchSchema>;

/**
 * The id of the development build, pinned by the manifest key in wxt.config.ts (unpacked builds,
 * the e2e tests). A self-hosted build has the id of the organisation's own signing key
 * (`npm run package` prints it); a store copy has the store's id.
 */
export const CHROME_EXTENSION_ID = 'oheikedilohjbaiaeicdbifckjnnogpg';
/** The Firefox add-on id (browser_specific_settings.gecko.id), the same in every build. */
export const GECKO_ID = 'second-look@second-look';

export type PolicyFormat = 'policy' | 'admin-console';
export type ImportResult = { ok: true; patch: PolicyPatch } | { ok: false; errors: string[] };

/**
 * Reads a policy pasted or loaded by a person: the plain policy object, the Google Admin console
 * form ({"sensitivity": {"Value": "strict"}}), or a whole Chrome/Edge JSON policy file or Firefox
 * policies.json with the settings under "3rdparty". Errors name the setting and say what is wrong.
 */
export function parsePolicyJson(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`This is not valid JSON (${(error as Error).message}).`] };
  }
  return parsePolicyValue(raw);
}

/** parsePolicyJson for a value already parsed (or read from a registry file or a profile). */
export function parsePolicyValue(raw: unknown): ImportResult {
  const located = locatePolicy(raw);
  if ('error' in located) return { ok: false, errors: [located.error] };
  const parsed = PolicyPatchSchema.safeParse(located.policy);
  if (parsed.success) return { ok: true, patch: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(describeIssue) };
}

/** Where in a JSON policy document Second Look's settings are, and under which extension id. */
export type LocatedPolicy = { policy: unknown; extensionId?: string } | { error: string };

/**
 * The policy object inside a file or console form, or a sentence saying why there is none. Under
 * "3rdparty" the settings are keyed by extension id: a self-hosted build has the organisation's
 * own id, so a single entry is taken whatever its id; among several, Second Look's known ids win.
 */
export function locatePolicy(raw: unknown): LocatedPolicy {
  if (!isObject(raw)) return { error: 'A policy is a JSON object ({ ... }) of settings.' };
  const root = isObject(raw.policies) ? raw.policies : raw; // Firefox policies.json
  const thirdParty = root['3rdparty'];
  if (thirdParty !== undefined) {
    const extensions = isObject(thirdParty) ? (thirdParty.extensions ?? thirdParty.Extensions) : undefined;
    if (!isObject(extensions) || Object.keys(extensions).length === 0) {
      return { error: 'The "3rdparty" section has no "extensions" (Chrome, Edge) or "Extensions" (Firefox) with settings for Second Look.' };
    }
    const ids = Object.keys(extensions);
    const id = ids.length === 1 ? ids[0]! : ids.find((k) => k === CHROME_EXTENSION_ID || k === GECKO_ID);
    if (id === undefined) return { error: `The "3rdparty" section has settings for several extensions (${ids.join(', ')}); keep only Second Look's.` };
    return { policy: extensions[id], extensionId: id };
  }
  const values = Object.values(raw);
  const consoleForm = values.length > 0 && values.every((v) => isObject(v) && Object.keys(v).length === 1 && 'Value' in v);
  return { policy: consoleForm ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (v as { Value: unknown }).Value])) : raw };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => `"${where ? `${where}.` : ''}${k}"`).join(', ');
    const hint = !where ? ` Known settings: ${POLICY_FIELDS.join(', ')}.` : where === 'rules' ? ' Rule ids are listed under Rules.' : '';
    return `${names} ${issue.keys.length > 1 ? 'are not settings' : 'is not a setting'} Second Look knows.${hint}`;
  }
  if (issue.code === 'invalid_value') return `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
  if (issue.code === 'invalid_type') return `${where || 'The policy'}: must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}.`;
  return `${where || 'The policy'}: ${issue.message}.`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields (and members of sites/actions) that differ from the defaults: what an admin needs to
 * push to get this behaviour while leaving every other setting to the clinician.
 */
export function differencesFromDefaults(policy: Policy): PolicyPatch {
  const out: Record<string, unknown> = {};
  for (const field of POLICY_FIELDS) {
    const value = policy[field];
    const base = DEFAULT_POLICY[field];
    if (field === 'sites' || field === 'actions') {
      const changed = Object.entries(value as object).filter(([k, v]) => (base as Record<string, unknown>)[k] !== v);
      if (changed.length) out[field] = Object.fromEntries(changed);
    } else if (JSON.stringify(value) !== JSON.stringify(base)) {
      out[field] = value;
    }
  }
  return out as PolicyPatch;
}

/** Text to paste into a policy file or the Google Admin console ("Policy for extensions"). */
export function formatPolicy(patch: PolicyPatch, format: PolicyFormat): string {
  const body = format === 'admin-console' ? Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { Value: v }])) : patch;
  return `${JSON.stringify(body, null, 2)}\n`;
}
