import { SITE_IDS } from '../sites';
import { readPolicySource, type PolicyProblem, type SourceValues } from './read-source';
import { DEFAULT_POLICY, POLICY_FIELDS, type Policy, type PolicyField } from './schema';

export type { PolicyProblem } from './read-source';

export interface EffectivePolicy {
  policy: Policy;
  /** Fields set by the organisation: shown with a lock, not editable by the user. */
  locked: PolicyField[];
  /** Field paths, for objects down to one level ("sites.x", "actions.high"). */
  lockedPaths: string[];
  problems: PolicyProblem[];
  /**
   * An organization's policy is in force (managed storage holds something, valid or not). Then a
   * draft Second Look cannot check gets the policy's strictest action, not just a confirmation.
   */
  managed: boolean;
}

/** Object fields whose members are merged one by one ("sites.x", "actions.high"). */
const NESTED: ReadonlySet<PolicyField> = new Set(['sites', 'actions', 'rules']);


/**
 * Effective policy = defaults <- user settings <- managed values, field by field. Nothing throws,
 * whatever storage holds.
 *
 * Fail closed under a managed policy: an invalid managed value takes the strictest value, never
 * the user's (see read-source.ts); pausing is off unless the policy sets `pauseAllowed: true`,
 * and while it is off so are the switches that would stop checking a site for good (every site
 * keeps its default unless the policy itself sets it). `sites.messenger` stays the user's:
 * turning it on only adds checking.
 */
export function mergePolicy(managed: unknown, user: unknown): EffectivePolicy {
  const problems: PolicyProblem[] = [];
  const userValues = readPolicySource(user, 'user', problems);
  const managedValues = readPolicySource(managed, 'managed', problems);
  const policy = structuredClone(DEFAULT_POLICY) as Policy;
  const lockedPaths: string[] = [];
  apply(policy, userValues);
  lockedPaths.push(...apply(policy, managedValues));
  // Added sites are the organization's and the user's together: the user may add more, and
  // cannot remove one the organization added (each of those is locked on its own).
  if (Array.isArray(managedValues.extraSites)) {
    const managedHosts = managedValues.extraSites as string[];
    const userHosts = Array.isArray(userValues.extraSites) ? (userValues.extraSites as string[]) : [];
    policy.extraSites = [...new Set([...managedHosts, ...userHosts])];
    lockedPaths.splice(lockedPaths.indexOf('extraSites'), 1, ...managedHosts.map((host) => `extraSites.${host}`));
  }

  const isManaged = managed !== undefined && managed !== null && !(isEmptyObject(managed));
  if (isManaged) {
    if (!('pauseAllowed' in managedValues)) {
      policy.pauseAllowed = false;
      lockedPaths.push('pauseAllowed');
    }
    if (!policy.pauseAllowed) {
      for (const site of SITE_IDS) {
        if (lockedPaths.includes(`sites.${site}`)) continue;
        policy.sites[site] = DEFAULT_POLICY.sites[site];
        lockedPaths.push(`sites.${site}`);
      }
    }
  }
  const locked = [...new Set(lockedPaths.map((p) => p.split('.')[0] as PolicyField))];
  return { policy, locked, lockedPaths, problems, managed: isManaged };
}

/** Writes one source's values over `policy`; returns the paths it set. */
function apply(policy: Policy, values: SourceValues): string[] {
  const paths: string[] = [];
  for (const field of POLICY_FIELDS) {
    if (!(field in values)) continue;
    const value = values[field];
    if (NESTED.has(field)) {
      Object.assign(policy[field] as object, value as object);
      paths.push(...Object.keys(value as object).map((k) => `${field}.${k}`));
    } else {
      (policy as Record<string, unknown>)[field] = value;
      paths.push(field);
    }
  }
  return paths;
}

/**
 * The valid fields of the user's own settings (each problem reported). Exported for the settings
 * pages, which rewrite the user's settings from their valid part only.
 */
export function validUserFields(raw: unknown, problems: PolicyProblem[]): SourceValues {
  return readPolicySource(raw, 'user', problems);
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
