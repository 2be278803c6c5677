import { z } from 'zod';
import { ALL_RULES } from '../engine/types';
import { SITE_IDS } from '../sites';
import { MAX_EXTRA_SITES, normalizeHost } from '../sites/hosts';
import { ActionSchema, MAX_TERM_LENGTH, MAX_TERMS, SensitivitySchema, SeveritySchema, TermSchema, type PolicyField } from './schema';

export type PolicySource = 'managed' | 'user';

/** A value that could not be used, said in words a clinician or an admin can act on. */
export interface PolicyProblem {
  source: PolicySource;
  /** Where: "actions.high", "rules.phi.room.severity", "watchTerms[3]", or "(all)". */
  field: string;
  message: string;
}

/** What one source sets, field by field; `sites`, `actions` and `rules` hold only the members it sets. */
export type SourceValues = Partial<Record<PolicyField, unknown>>;

/**
 * One value a source may set: its schema, what it must be (in an admin's words), and the value
 * that protects most. An invalid managed value takes that strictest value (fail closed: never the
 * user's, never a weaker default); an invalid user value is dropped, so the default applies.
 */
interface Slot {
  schema: z.ZodType;
  expected: string;
  strictest: unknown;
  strictestLabel: string;
}

const onOff = (strictest: boolean, label: string): Slot => ({ schema: z.boolean(), expected: 'true or false', strictest, strictestLabel: label });
const SITE = onOff(true, 'true (checked)');
const ACTION: Slot = { schema: ActionSchema, expected: '"show", "confirm" or "block"', strictest: 'block', strictestLabel: '"block"' };

const SCALARS: Partial<Record<PolicyField, Slot>> = {
  sensitivity: { schema: SensitivitySchema, expected: '"standard" or "strict"', strictest: 'strict', strictestLabel: '"strict"' },
  confirmRequiresReason: onOff(true, 'true (a reason is required)'),
  pauseAllowed: onOff(false, 'false (no pausing)'),
};

/** Objects whose members are read one by one: a bad `actions.high` keeps a good `actions.medium`. */
const MEMBERS: Partial<Record<PolicyField, Record<string, Slot>>> = {
  sites: { ...Object.fromEntries(SITE_IDS.map((id) => [id, SITE])), messenger: SITE },
  actions: { low: ACTION, medium: ACTION, high: ACTION },
};

const RULE_MEMBERS: Record<string, Slot> = {
  enabled: onOff(true, 'true (the rule is on)'),
  severity: { schema: SeveritySchema, expected: '"low", "medium" or "high"', strictest: 'high', strictestLabel: '"high"' },
};

const LISTS: ReadonlySet<PolicyField> = new Set(['watchTerms', 'allowTerms']);

/**
 * The usable values of one source (managed storage or the user's saved settings), each problem
 * reported on its own. Nothing throws, whatever storage holds.
 */
export function readPolicySource(raw: unknown, source: PolicySource, problems: PolicyProblem[]): SourceValues {
  if (raw === undefined || raw === null) return {};
  const reader = new SourceReader(source, problems);
  if (!isRecord(raw)) {
    reader.report('(all)', `${reader.who} could not be read: it is ${kindOf(raw)}, not an object of settings. ${reader.managed ? 'Only the organization’s defaults apply.' : 'Defaults are used instead.'}`);
    return {};
  }
  const out: SourceValues = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = key as PolicyField;
    const scalar = SCALARS[field];
    const members = MEMBERS[field];
    const read = scalar
      ? reader.slot(key, scalar, value)
      : members
        ? reader.members(key, members, value)
        : field === 'rules'
          ? reader.rules(value)
          : LISTS.has(field)
            ? reader.terms(key, value)
            : field === 'extraSites'
              ? reader.hosts(value)
              : reader.say(key, `${reader.has} a setting Second Look does not know: "${key}". It is ignored; check its spelling against the admin guide.`);
    if (read !== undefined) out[field] = read;
  }
  return out;
}

class SourceReader {
  readonly managed: boolean;
  readonly who: string;
  readonly has: string;

  constructor(
    private readonly source: PolicySource,
    private readonly problems: PolicyProblem[],
  ) {
    this.managed = source === 'managed';
    this.who = this.managed ? 'Your organization’s policy' : 'Your saved settings';
    this.has = this.managed ? 'has' : 'have';
  }

  report(field: string, message: string): void {
    this.problems.push({ source: this.source, field, message });
  }

  /** Reports "<who> <what>" for `field`. */
  say(field: string, what: string): undefined {
    this.report(field, `${this.who} ${what}`);
    return undefined;
  }

  /** A valid value, or (managed) the strictest one, or (user) nothing. */
  slot(path: string, slot: Slot, value: unknown): unknown {
    const parsed = slot.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const said = `${this.who} ${this.managed ? 'sets' : 'have'} ${path} ${this.managed ? 'to' : 'set to'} ${show(value)}, which is not ${slot.expected}${hint(value, slot.expected)}.`;
    if (!this.managed) {
      this.report(path, `${said} It is ignored; the default applies.`);
      return undefined;
    }
    this.report(path, `${said} Second Look uses ${slot.strictestLabel}, the strictest choice, until the policy is fixed.`);
    return slot.strictest;
  }

  members(field: string, slots: Record<string, Slot>, value: unknown): Record<string, unknown> | undefined {
    if (!isRecord(value)) {
      const names = Object.keys(slots).join(', ');
      if (!this.managed) return this.say(field, `have ${field} set to ${show(value)}, which is not an object of ${names}. It is ignored; the defaults apply.`);
      this.report(field, `${this.who} sets ${field} to ${show(value)}, which is not an object of ${names}. Second Look uses the strictest choice for each of them until the policy is fixed.`);
      return Object.fromEntries(Object.entries(slots).map(([name, slot]) => [name, slot.strictest]));
    }
    const kept: Record<string, unknown> = {};
    for (const [member, memberValue] of Object.entries(value)) {
      const slot = slots[member];
      if (!slot) {
        this.say(`${field}.${member}`, `${this.has} ${field}.${member}, which Second Look does not know (${field} has ${Object.keys(slots).join(', ')}). It is ignored.`);
        continue;
      }
      const read = this.slot(`${field}.${member}`, slot, memberValue);
      if (read !== undefined) kept[member] = read;
    }
    return Object.keys(kept).length ? kept : undefined;
  }

  rules(value: unknown): Record<string, unknown> | undefined {
    if (!isRecord(value)) {
      if (!this.managed) return this.say('rules', `have rules set to ${show(value)}, which is not an object keyed by rule id. It is ignored.`);
      this.report('rules', `${this.who} sets rules to ${show(value)}, which is not an object keyed by rule id. Second Look keeps every rule on until the policy is fixed.`);
      return Object.fromEntries(ALL_RULES.map((id) => [id, { enabled: true }]));
    }
    const kept: Record<string, unknown> = {};
    for (const [id, entry] of Object.entries(value)) {
      const path = `rules.${id}`;
      if (!(ALL_RULES as readonly string[]).includes(id)) {
        this.say(path, `${this.managed ? 'names' : 'name'} a rule Second Look does not know: "${id}". It is ignored; the rule ids are listed on the options page.`);
        continue;
      }
      const read = this.members(path, RULE_MEMBERS, entry);
      if (read !== undefined) kept[id] = read;
    }
    return Object.keys(kept).length ? kept : undefined;
  }

  /**
   * Added sites one by one, like terms: a bad entry is dropped and reported, the others still
   * apply. (Dropping one only means a site is not added; nothing already checked is weakened.)
   */
  hosts(value: unknown): string[] | undefined {
    if (!Array.isArray(value)) {
      if (!this.managed) return this.say('extraSites', `have extraSites set to ${show(value)}, which is not a list of host names. It is ignored.`);
      this.report('extraSites', `${this.who} sets extraSites to ${show(value)}, which is not a list of host names (["forum.example.org"]). No sites are added until the policy is fixed.`);
      return [];
    }
    const kept: string[] = [];
    value.forEach((entry, i) => {
      if (typeof entry === 'string' && normalizeHost(entry) === entry) {
        if (!kept.includes(entry)) kept.push(entry);
      } else {
        this.report(`extraSites[${i}]`, `${this.who}: extraSites entry ${i + 1} ${hostProblem(entry)}. That entry is ignored; the other sites apply.`);
      }
    });
    if (kept.length > MAX_EXTRA_SITES) {
      this.say('extraSites', `${this.has} ${kept.length} extraSites; at most ${MAX_EXTRA_SITES} are used.`);
      kept.length = MAX_EXTRA_SITES;
    }
    return kept;
  }

  /** Terms one by one: a bad entry is dropped and reported, the others still apply. */
  terms(field: string, value: unknown): string[] | undefined {
    if (!Array.isArray(value)) {
      if (!this.managed) return this.say(field, `have ${field} set to ${show(value)}, which is not a list of terms. It is ignored.`);
      this.report(field, `${this.who} sets ${field} to ${show(value)}, which is not a list of terms (["…", "…"]). No ${field} apply until the policy is fixed.`);
      return [];
    }
    const kept: string[] = [];
    value.forEach((entry, i) => {
      const parsed = TermSchema.safeParse(entry);
      if (parsed.success) kept.push(parsed.data);
      else this.report(`${field}[${i}]`, `${this.who}: ${field} entry ${i + 1} ${termProblem(entry)}; each term must be text of 1 to ${MAX_TERM_LENGTH} characters. That entry is ignored; the other terms apply.`);
    });
    if (kept.length > MAX_TERMS) {
      this.say(field, `${this.has} ${kept.length} ${field}; at most ${MAX_TERMS} are used. The ${kept.length - MAX_TERMS} after the ${MAX_TERMS}th (from ${show(kept[MAX_TERMS])}) are ignored.`);
      kept.length = MAX_TERMS;
    }
    return kept;
  }
}

function hostProblem(entry: unknown): string {
  if (typeof entry !== 'string') return `is ${kindOf(entry)}, not text`;
  const host = normalizeHost(entry);
  if (!host) return `(${show(entry)}) is not a host name such as "forum.example.org"`;
  return `(${show(entry)}) is not written as a plain host name; write "${host}"`;
}

function termProblem(entry: unknown): string {
  if (typeof entry !== 'string') return `is ${kindOf(entry)}, not text`;
  if (entry.trim() === '') return 'is empty';
  return `is ${entry.trim().length} characters long (${show(entry)})`;
}

/** A hint for the two commonest slips: quoted true/false, and capitalised choices ("Block"). */
function hint(value: unknown, expected: string): string {
  if (typeof value !== 'string') return '';
  if (expected === 'true or false' && /^(true|false)$/i.test(value.trim())) return ' (write true or false without quotes)';
  const lower = value.trim().toLowerCase();
  return lower !== value && expected.includes(`"${lower}"`) ? ` (values are lowercase: "${lower}")` : '';
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/** The value as the admin wrote it, short enough for a sentence. */
function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
