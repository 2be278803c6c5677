/**
 * Public labelled sets nobody here wrote (`../shared/eval/external`, see SOURCES.md there):
 * Presidio's synthetic PII sentences, scored per entity type under `strict`, and Davidson's real
 * tweets, scored per class. Like the dev sets they are optional: absent on a user's clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AnalysisResult, Finding, RuleId } from '../../src/engine';
import { percent, table } from './format';
import { ratio, type Ratio } from './metrics';

const warns = (f: Finding) => f.severity === 'medium' || f.severity === 'high';

// ---------------------------------------------------------------------------------------------
// Presidio synthetic sentences

/** SOURCES.md's mapping of Presidio entity types to our rules. */
export const PRESIDIO_RULES: Readonly<Record<string, RuleId>> = {
  PERSON: 'phi.name',
  STREET_ADDRESS: 'phi.location',
  ZIP_CODE: 'phi.location',
  PHONE_NUMBER: 'phi.phone',
  EMAIL_ADDRESS: 'phi.email',
  US_SSN: 'phi.ssn',
  IP_ADDRESS: 'phi.ip',
  CREDIT_CARD: 'phi.account',
  IBAN_CODE: 'phi.account',
  DOMAIN_NAME: 'phi.url',
  US_DRIVER_LICENSE: 'phi.license',
};

/**
 * Labelled types that are HIPAA identifiers although SOURCES.md maps them to no rule (a town, a
 * date, an age): a finding of that rule on such a span is neither right nor wrong, so it is left
 * out of precision rather than counted against it.
 */
const NEUTRAL: Readonly<Record<string, RuleId>> = { GPE: 'phi.location', DATE_TIME: 'phi.date', AGE: 'phi.age' };

/** The identifiers with a fixed format, whose targets (recall ≥ 95% at precision ≥ 90%) go together. */
export const STRUCTURED_TYPES = ['PHONE_NUMBER', 'EMAIL_ADDRESS', 'US_SSN', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'DOMAIN_NAME'];

const PresidioSchema = z.array(
  z.object({
    full_text: z.string(),
    spans: z.array(z.object({ entity_type: z.string(), start_position: z.number().int(), end_position: z.number().int() })),
  }),
);
export type PresidioItem = z.infer<typeof PresidioSchema>[number];

export interface EntityStat {
  type: string;
  rule: RuleId;
  labeled: number;
  found: number;
  recall: number | null;
}

export interface PresidioRuleStat {
  rule: RuleId;
  /** Findings at medium+ of the rule, minus those on a neutral span. */
  fired: number;
  /** Those overlapping a labelled span whose type maps to the rule. */
  correct: number;
  precision: number | null;
}

export interface PresidioMiss {
  type: string;
  value: string;
  text: string;
}

export interface PresidioWrong {
  rule: RuleId;
  match: string;
  /** The labelled type it landed on, or none. */
  on: string | null;
  text: string;
}

export interface PresidioReport {
  name: string;
  sentences: number;
  entities: EntityStat[];
  rules: PresidioRuleStat[];
  structured: { recall: Ratio; precision: Ratio };
  personAndAddress: Ratio;
  misses: PresidioMiss[];
  wrong: PresidioWrong[];
}

const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end;

/**
 * A labelled span is found when a phi.* finding at medium or above overlaps it (SOURCES.md). A
 * finding of a mapped rule is correct when it overlaps a span of a type mapped to that rule.
 */
export function scorePresidio(name: string, items: PresidioItem[], analyze: (text: string) => AnalysisResult): PresidioReport {
  const labeled = new Map<string, number>();
  const found = new Map<string, number>();
  const fired = new Map<RuleId, number>();
  const correct = new Map<RuleId, number>();
  const misses: PresidioMiss[] = [];
  const wrong: PresidioWrong[] = [];
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  const scoredRules = new Set(Object.values(PRESIDIO_RULES));

  for (const item of items) {
    const findings = analyze(item.full_text).findings.filter((f) => warns(f) && f.rule.startsWith('phi.'));
    for (const span of item.spans) {
      if (!(span.entity_type in PRESIDIO_RULES)) continue;
      bump(labeled, span.entity_type);
      if (findings.some((f) => overlaps(f, span.start_position, span.end_position))) bump(found, span.entity_type);
      else misses.push({ type: span.entity_type, value: item.full_text.slice(span.start_position, span.end_position), text: item.full_text });
    }
    for (const f of findings) {
      if (!scoredRules.has(f.rule)) continue;
      const on = item.spans.filter((s) => overlaps(f, s.start_position, s.end_position));
      if (on.some((s) => PRESIDIO_RULES[s.entity_type] === f.rule)) {
        bump(fired, f.rule);
        bump(correct, f.rule);
      } else if (!on.some((s) => NEUTRAL[s.entity_type] === f.rule)) {
        bump(fired, f.rule);
        wrong.push({ rule: f.rule, match: f.match, on: on[0]?.entity_type ?? null, text: item.full_text });
      }
    }
  }

  const entities = Object.entries(PRESIDIO_RULES)
    .filter(([type]) => labeled.has(type))
    .map(([type, rule]) => {
      const r = ratio(found.get(type) ?? 0, labeled.get(type)!);
      return { type, rule, labeled: r.of, found: r.hit, recall: r.rate };
    });
  const rules = [...scoredRules].map((rule) => {
    const r = ratio(correct.get(rule) ?? 0, fired.get(rule) ?? 0);
    return { rule, fired: r.of, correct: r.hit, precision: r.rate };
  });
  const sum = (types: string[], m: Map<string, number>) => types.reduce((n, t) => n + (m.get(t) ?? 0), 0);
  const structuredRules = new Set(STRUCTURED_TYPES.map((t) => PRESIDIO_RULES[t]!));
  const sumRules = (m: Map<RuleId, number>) => [...structuredRules].reduce((n, r) => n + (m.get(r) ?? 0), 0);
  const pa = ['PERSON', 'STREET_ADDRESS'];
  return {
    name,
    sentences: items.length,
    entities,
    rules,
    structured: {
      recall: ratio(sum(STRUCTURED_TYPES, found), sum(STRUCTURED_TYPES, labeled)),
      precision: ratio(sumRules(correct), sumRules(fired)),
    },
    personAndAddress: ratio(sum(pa, found), sum(pa, labeled)),
    misses,
    wrong,
  };
}

export function formatPresidio(report: PresidioReport, verbose: boolean): string {
  const frac = (r: Ratio) => `${r.hit}/${r.of}`;
  const out = [
    `== ${report.name} (${report.sentences} sentences, sensitivity strict; found = a phi.* finding at medium+ overlaps the span)`,
    '',
    ...table(
      ['entity type', 'rule', 'labeled', 'found', 'recall'],
      report.entities.map((e) => [e.type, e.rule, String(e.labeled), String(e.found), percent(e.recall)]),
      ['left', 'left', 'right', 'right', 'right'],
    ),
    '',
    ...table(
      ['rule', 'fired', 'correct', 'precision'],
      report.rules.filter((r) => r.fired > 0).map((r) => [r.rule, String(r.fired), String(r.correct), percent(r.precision)]),
    ),
    '',
    `structured ids recall     ${frac(report.structured.recall)}  ${percent(report.structured.recall.rate)}  (${STRUCTURED_TYPES.join(', ')})`,
    `structured ids precision  ${frac(report.structured.precision)}  ${percent(report.structured.precision.rate)}`,
    `PERSON + STREET_ADDRESS   ${frac(report.personAndAddress)}  ${percent(report.personAndAddress.rate)}`,
  ];
  if (verbose) {
    out.push('', `misses (${report.misses.length}):`);
    for (const m of report.misses) out.push(`  ${m.type} ${JSON.stringify(m.value)}  in ${JSON.stringify(m.text.replace(/\s+/g, ' ').slice(0, 140))}`);
    out.push('', `wrong findings (${report.wrong.length}):`);
    for (const w of report.wrong) out.push(`  ${w.rule} ${JSON.stringify(w.match)} on ${w.on ?? 'nothing labelled'}  in ${JSON.stringify(w.text.replace(/\s+/g, ' ').slice(0, 140))}`);
  }
  out.push(
    '',
    `summary ${report.name}: structured recall ${percent(report.structured.recall.rate)}, structured precision ${percent(report.structured.precision.rate)}, ` +
      `PERSON+STREET_ADDRESS recall ${percent(report.personAndAddress.rate)}, ` +
      report.entities.map((e) => `${e.type} ${percent(e.recall)}`).join(', '),
  );
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Davidson tweets

const DavidsonRowSchema = z.object({ id: z.string(), class: z.enum(['hate', 'offensive', 'neither']), text: z.string() });
export type DavidsonRow = z.infer<typeof DavidsonRowSchema>;

export interface DavidsonReport {
  name: string;
  /** Per class: tweets with a conduct.* finding at medium+. */
  classes: Record<DavidsonRow['class'], Ratio>;
  /** hate + offensive together: the recall target. */
  abusive: Ratio;
  /** `neither` tweets that drew a finding. */
  falseAlarms: Ratio;
  missed: DavidsonRow[];
  alarms: { row: DavidsonRow; fired: string[] }[];
}

export function scoreDavidson(name: string, rows: DavidsonRow[], analyze: (text: string) => AnalysisResult): DavidsonReport {
  const hits = { hate: 0, offensive: 0, neither: 0 };
  const counts = { hate: 0, offensive: 0, neither: 0 };
  const missed: DavidsonRow[] = [];
  const alarms: DavidsonReport['alarms'] = [];
  for (const row of rows) {
    const fired = analyze(row.text).findings.filter((f) => warns(f) && f.rule.startsWith('conduct.'));
    counts[row.class]++;
    if (fired.length > 0) hits[row.class]++;
    if (row.class !== 'neither' && fired.length === 0) missed.push(row);
    if (row.class === 'neither' && fired.length > 0) alarms.push({ row, fired: fired.map((f) => `${f.rule} ${JSON.stringify(f.match)}`) });
  }
  return {
    name,
    classes: { hate: ratio(hits.hate, counts.hate), offensive: ratio(hits.offensive, counts.offensive), neither: ratio(hits.neither, counts.neither) },
    abusive: ratio(hits.hate + hits.offensive, counts.hate + counts.offensive),
    falseAlarms: ratio(hits.neither, counts.neither),
    missed,
    alarms,
  };
}

export function formatDavidson(report: DavidsonReport, verbose: boolean): string {
  const frac = (r: Ratio) => `${r.hit}/${r.of}`;
  const out = [
    `== ${report.name} (a conduct.* finding at medium+ counts)`,
    '',
    `hate                 ${frac(report.classes.hate)}  ${percent(report.classes.hate.rate)}`,
    `offensive            ${frac(report.classes.offensive)}  ${percent(report.classes.offensive.rate)}`,
    `hate + offensive     ${frac(report.abusive)}  ${percent(report.abusive.rate)}  (recall)`,
    `neither (false alarm) ${frac(report.falseAlarms)}  ${percent(report.falseAlarms.rate)}`,
  ];
  if (verbose) {
    out.push('', `missed (${report.missed.length}):`);
    for (const r of report.missed) out.push(`  ${r.id}  ${JSON.stringify(r.text.replace(/\s+/g, ' ').slice(0, 140))}`);
    out.push('', `false alarms (${report.alarms.length}):`);
    for (const a of report.alarms) out.push(`  ${a.row.id}  ${a.fired.join(', ')}  in ${JSON.stringify(a.row.text.replace(/\s+/g, ' ').slice(0, 140))}`);
  }
  out.push(
    '',
    `summary ${report.name}: hate+offensive recall ${percent(report.abusive.rate)}, neither false alarms ${percent(report.falseAlarms.rate)} ` +
      `(hate ${percent(report.classes.hate.rate)}, offensive ${percent(report.classes.offensive.rate)})`,
  );
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Loading

export function loadPresidio(file: string): PresidioItem[] {
  return PresidioSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function loadDavidson(file: string): DavidsonRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = DavidsonRowSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}: line ${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      return parsed.data;
    });
}

/** The external files that are present, each with what reads it. */
export function externalSets(dir: string): { presidio?: string; davidson?: string } {
  const presidio = path.join(dir, 'presidio-synth-dev.json');
  const davidson = path.join(dir, 'davidson-dev.jsonl');
  return { ...(existsSync(presidio) ? { presidio } : {}), ...(existsSync(davidson) ? { davidson } : {}) };
}
