import { DEFAULT_POLICY, POLICY_FIELDS, PolicySchema, type Policy, type PolicyField } from './schema';

/** A value that could not be used, said in words a clinician or an admin can act on. */
export interface PolicyProblem {
  source: 'managed' | 'user';
  field: string;
  message: string;
}

export interface EffectivePolicy {
  policy: Policy;
  /** Fields set by the organisation: shown with a lock, not editable by the user. */
  locked: PolicyField[];
  /** Field paths, for objects down to one level ("sites.x", "actions.high"). */
  lockedPaths: string[];
  problems: PolicyProblem[];
}

/** Object fields whose members are merged and validated one by one ("sites.x", "actions.high"). */
const NESTED: ReadonlySet<PolicyField> = new Set(['sites', 'actions', 'rules']);

/**
 * Effective policy = defaults <- user settings <- managed values, field by field.
 * An invalid value is dropped on its own (the rest of that source still applies) and reported;
 * nothing throws, whatever storage holds.
 */
export function mergePolicy(managed: unknown, user: unknown): EffectivePolicy {
  const problems: PolicyProblem[] = [];
  const userValues = validFields(user, 'user', problems);
  const managedValues = validFields(managed, 'managed', problems);
  const policy = structuredClone(DEFAULT_POLICY) as Policy;
  const lockedPaths: string[] = [];

  for (const field of POLICY_FIELDS) {
    for (const [source, values] of [['user', userValues], ['managed', managedValues]] as const) {
      if (!(field in values)) continue;
      const value = values[field];
      if (NESTED.has(field)) {
        Object.assign(policy[field] as object, value as object);
        if (source === 'managed') lockedPaths.push(...Object.keys(value as object).map((k) => `${field}.${k}`));
      } else {
        (policy as Record<string, unknown>)[field] = value;
        if (source === 'managed') lockedPaths.push(field);
      }
    }
  }
  const locked = [...new Set(lockedPaths.map((p) => p.split('.')[0] as PolicyField))];
  return { policy, locked, lockedPaths, problems };
}

/**
 * The valid fields of one source; each invalid field or member becomes a problem. Exported for
 * the settings pages, which rewrite the user's own settings from their valid part only.
 */
export function validFields(raw: unknown, source: 'managed' | 'user', problems: PolicyProblem[]): Partial<Record<PolicyField, unknown>> {
  if (raw === undefined || raw === null) return {};
  const who = source === 'managed' ? "Your organization's policy" : 'Your saved settings';
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ source, field: '(all)', message: `${who} could not be read (not an object); defaults are used instead.` });
    return {};
  }
  const out: Partial<Record<PolicyField, unknown>> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(POLICY_FIELDS as string[]).includes(key)) {
      problems.push({ source, field: key, message: `${who} has a setting Second Look does not know: "${key}". It is ignored.` });
      continue;
    }
    const field = key as PolicyField;
    const shape = PolicySchema.shape[field];
    if (NESTED.has(field) && value && typeof value === 'object' && !Array.isArray(value)) {
      // Members one by one: a bad "actions.high" must not discard a good "actions.medium".
      const kept: Record<string, unknown> = {};
      for (const [member, memberValue] of Object.entries(value as Record<string, unknown>)) {
        const check = shape.safeParse({ ...(field === 'rules' ? {} : (DEFAULT_POLICY[field] as object)), [member]: memberValue });
        if (check.success) kept[member] = (check.data as Record<string, unknown>)[member];
        else problems.push({ source, field: `${field}.${member}`, message: `${who} has an invalid value for ${field}.${member}: ${describe(memberValue)}. It is ignored.` });
      }
      if (Object.keys(kept).length) out[field] = kept;
      continue;
    }
    const check = shape.safeParse(value);
    if (check.success) out[field] = check.data;
    else problems.push({ source, field, message: `${who} has an invalid value for ${field}: ${describe(value)}. It is ignored.` });
  }
  return out;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
