import { analyze, verdictOf, type Finding, type Verdict } from '../engine';
import { analyzeOptionsFor, applyRuleOverrides, strictestAction, type Action, type Policy } from '../policy';

export interface DraftCheck {
  text: string;
  verdict: Verdict;
  findings: Finding[];
  /** What posting this draft calls for under the policy. */
  action: Action | 'none';
}

/** A finding the user chose to ignore for this draft: the same words under the same rule. */
export function ignoreKey(f: Pick<Finding, 'rule' | 'match'>): string {
  return `${f.rule}\u0000${f.match}`;
}

/** Engine + policy for one draft: rule switches, severity overrides, ignored findings, action. */
export function checkDraft(text: string, policy: Policy, ignored: ReadonlySet<string> = new Set()): DraftCheck {
  if (text.trim() === '') return { text, verdict: 'ok', findings: [], action: 'none' };
  const { findings: raw } = analyze(text, analyzeOptionsFor(policy));
  const findings = applyRuleOverrides(policy, raw).filter((f) => !ignored.has(ignoreKey(f)));
  return { text, verdict: verdictOf(findings), findings, action: strictestAction(policy, findings) };
}
