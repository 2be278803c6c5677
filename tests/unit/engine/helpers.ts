import type { AnalysisResult, RuleId } from '../../../src/engine';

/** The findings of one rule as {match, severity}, in text order: what table tests compare. */
export function spansOf(result: AnalysisResult, rule: RuleId) {
  return result.findings.filter((f) => f.rule === rule).map((f) => ({ match: f.match, severity: f.severity }));
}

/** Rules found at medium or above: what counts as a warning a clinician sees. */
export function warnedRules(result: AnalysisResult): RuleId[] {
  return [...new Set(result.findings.filter((f) => f.severity !== 'low').map((f) => f.rule))].sort();
}
