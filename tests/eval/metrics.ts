import { ALL_RULES, type AnalysisResult, type RuleId, type Severity } from '../../src/engine';
import type { Corpus, CorpusRow } from './load-corpus';

/**
 * A finding counts when it is at medium or above: that is what the clinician sees as a warning.
 * Low findings are shown in --verbose miss lists but never count as caught or as false alarms.
 */
const WARNS: ReadonlySet<Severity> = new Set(['medium', 'high']);

export type Family = 'phi' | 'conduct';

export interface Ratio {
  hit: number;
  of: number;
  /** hit / of, or null when there is nothing to measure. */
  rate: number | null;
}

export interface RuleStat {
  rule: RuleId;
  /** Rows labeled with the rule. */
  labeled: number;
  /** Labeled rows where the rule fired at medium+ (true positives). */
  found: number;
  /** Rows where the rule fired at medium+, labeled or not. */
  fired: number;
  /** Rows where it fired but was not labeled. */
  falsePositives: number;
  recall: number | null;
  precision: number | null;
}

export interface FiredFinding {
  rule: RuleId;
  severity: Severity;
  match: string;
}

export interface RowResult {
  id: string | number;
  text: string;
  expected: RuleId[];
  /** Findings at medium+. */
  warned: FiredFinding[];
  /** Findings at low, for context in miss lists. */
  low: FiredFinding[];
  missing: RuleId[];
  /** Rules that fired at medium+ without being labeled. */
  unlabeled: RuleId[];
}

export interface FamilyStats {
  /** Rows labeled with any rule of the family, caught if any rule of the family fired at medium+. */
  posts: Ratio;
  /** Micro-average over labeled rule occurrences of the family. */
  rules: Ratio;
}

export interface CorpusReport {
  name: string;
  path: string;
  rows: number;
  phi: FamilyStats;
  conduct: FamilyStats;
  /** Benign rows with any finding at medium+. */
  falseAlarms: Ratio & { rows: RowResult[] };
  perRule: RuleStat[];
  /** Rows with at least one labeled rule not found. */
  misses: RowResult[];
  /** Non-benign rows where a rule fired that the label does not list (lowers precision). */
  unlabeled: RowResult[];
}

export type Analyzer = (text: string) => AnalysisResult;

export function ratio(hit: number, of: number): Ratio {
  return { hit, of, rate: of === 0 ? null : hit / of };
}

const familyOf = (rule: RuleId): Family | undefined =>
  rule.startsWith('phi.') ? 'phi' : rule.startsWith('conduct.') ? 'conduct' : undefined;

export function evaluateRow(row: CorpusRow, analyze: Analyzer): RowResult {
  const { findings } = analyze(row.text);
  const toFired = ({ rule, severity, match }: FiredFinding) => ({ rule, severity, match });
  const warned = findings.filter((f) => WARNS.has(f.severity)).map(toFired);
  const low = findings.filter((f) => !WARNS.has(f.severity)).map(toFired);
  const warnedRules = new Set(warned.map((f) => f.rule));
  const expected = [...new Set(row.rules)];
  return {
    id: row.id,
    text: row.text,
    expected,
    warned,
    low,
    missing: expected.filter((r) => !warnedRules.has(r)),
    unlabeled: [...warnedRules].filter((r) => !expected.includes(r)),
  };
}

function familyStats(results: RowResult[], family: Family): FamilyStats {
  const labeledRows = results.filter((r) => r.expected.some((rule) => familyOf(rule) === family));
  const caught = labeledRows.filter((r) => r.warned.some((f) => familyOf(f.rule) === family));
  let occurrences = 0;
  let found = 0;
  for (const r of labeledRows) {
    for (const rule of r.expected) {
      if (familyOf(rule) !== family) continue;
      occurrences++;
      if (!r.missing.includes(rule)) found++;
    }
  }
  return { posts: ratio(caught.length, labeledRows.length), rules: ratio(found, occurrences) };
}

/** Precision and recall per rule, counted in rows (a rule firing twice on one row counts once). */
function perRuleStats(results: RowResult[]): RuleStat[] {
  const stats: RuleStat[] = [];
  for (const rule of ALL_RULES) {
    let labeled = 0;
    let found = 0;
    let fired = 0;
    for (const r of results) {
      const isLabeled = r.expected.includes(rule);
      const didFire = r.warned.some((f) => f.rule === rule);
      if (isLabeled) labeled++;
      if (didFire) fired++;
      if (isLabeled && didFire) found++;
    }
    if (labeled === 0 && fired === 0) continue;
    stats.push({
      rule,
      labeled,
      found,
      fired,
      falsePositives: fired - found,
      recall: ratio(found, labeled).rate,
      precision: ratio(found, fired).rate,
    });
  }
  return stats;
}

export function evaluateCorpus(corpus: Corpus, analyze: Analyzer): CorpusReport {
  const results = corpus.rows.map((row) => evaluateRow(row, analyze));
  const benign = results.filter((r) => r.expected.length === 0);
  const alarms = benign.filter((r) => r.warned.length > 0);
  return {
    name: corpus.name,
    path: corpus.path,
    rows: results.length,
    phi: familyStats(results, 'phi'),
    conduct: familyStats(results, 'conduct'),
    falseAlarms: { ...ratio(alarms.length, benign.length), rows: alarms },
    perRule: perRuleStats(results),
    misses: results.filter((r) => r.missing.length > 0),
    unlabeled: results.filter((r) => r.expected.length > 0 && r.unlabeled.length > 0),
  };
}
