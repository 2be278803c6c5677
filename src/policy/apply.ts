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

const ACTION_RANK: Record<Action | 'none', number> = { none: 0, show: 1, confirm: 2, block: 3 };

/** The strictest of some actions; `none` for none. The one place actions are ranked. */
export function strictestOf(actions: Iterable<Action | 'none'>): Action | 'none' {
  let worst: Action | 'none' = 'none';
  for (const a of actions) if (ACTION_RANK[a] > ACTION_RANK[worst]) worst = a;
  return worst;
}

/** The strictest action any finding calls for (for a panel that shows several). */
export function strictestAction(p: Policy, findings: readonly Finding[]): Action | 'none' {
  return strictestOf(findings.map((f) => p.actions[f.severity]));
}

/**
 * What Post gets when Second Look could not check a draft (still starting, an engine error or
 * time-out, an unread image, an orphaned tab): fail closed. At least `confirm`, so nothing goes
 * out unseen; under an organization's policy, the strictest action that policy uses anywhere, as
 * an unchecked draft could hold anything.
 */
export function uncheckedAction(p: Policy | undefined, managed: boolean): Exclude<Action, 'show'> {
  const strictest = managed && p ? strictestOf(Object.values(p.actions)) : 'none';
  return strictest === 'block' ? 'block' : 'confirm';
}

export { SEVERITY_RANK };
