import { SEVERITY_RANK, type AnalyzeOptions, type Finding, type RuleId, type Verdict } from '../engine/types';
import type { Action, Policy } from './schema';

/** What the engine needs from the policy. */
export function analyzeOptionsFor(p: Policy): AnalyzeOptions {
  const disabledRules = Object.entries(p.rules)
    .filter(([, r]) => r?.enabled === false)
    .map(([id]) => id as RuleId);
  return { sensitivity: p.sensitivity, disabledRules, watchTerms: p.watchTerms, allowTerms: p.allowTerms };
}

/** Drops findings of disabled rules and applies per-rule severity overrides. */
export function applyRuleOverrides(p: Policy, findings: readonly Finding[]): Finding[] {
  return findings
    .filter((f) => p.rules[f.rule]?.enabled !== false)
    .map((f) => {
      const severity = p.rules[f.rule]?.severity;
      return severity ? { ...f, severity } : f;
    });
}

/** The action for a draft's verdict; `none` for an ok draft. */
export function actionFor(p: Policy, verdict: Verdict): Action | 'none' {
  return verdict === 'ok' ? 'none' : p.actions[verdict];
}

/** The strictest action any finding calls for (for a panel that shows several). */
export function strictestAction(p: Policy, findings: readonly Finding[]): Action | 'none' {
  const order = { none: 0, show: 1, confirm: 2, block: 3 } as const;
  let worst: Action | 'none' = 'none';
  for (const f of findings) {
    const a = p.actions[f.severity];
    if (order[a] > order[worst]) worst = a;
  }
  return worst;
}

export { SEVERITY_RANK };
