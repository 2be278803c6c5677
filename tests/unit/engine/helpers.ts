import type { AnalysisResult, RuleId } from '../../../src/engine';

/** The findings of one rule as {match, severity}, in text order: what table tests compare. */
export function spansOf(result: AnalysisResult, rule: RuleId) {
  return result.findings.filter((f) => f.rule === rule).map((f) => ({ match: f.match, severity: f.severity }));
}

/** Rules found at medium or above: what counts as a warning a clinician sees. */
export function warnedRules(result: AnalysisResult): RuleId[] {
  return [...new Set(result.findings.filter((f) => f.severity !== 'low').map((f) => f.rule))].sort();
}

/**
 * The "stays linear" checks guard against catastrophic backtracking, where a 63,000-character
 * draft takes seconds to minutes. They are not the latency budget (that is `npm run bench`), so
 * the limit leaves room for a busy CI machine rather than failing on load.
 */
export const NO_BLOWUP_MS = 2_000;
