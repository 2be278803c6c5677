import { analyze, verdictOf, type Finding, type Verdict } from '../engine';
import { analyzeOptionsFor, applyRuleOverrides, strictestAction, type Action, type Policy } from '../policy';

export interface DraftCheck {
  text: string;
  verdict: Verdict;
  /** Text findings, then each image's, in that order: the verdict and action cover all. */
  findings: Finding[];
  /** Findings per attached image, after the same policy and ignores as the text. */
  images: { id: string; findings: Finding[] }[];
  /** What posting this draft calls for under the policy. */
  action: Action | 'none';
}

/** A finding the user chose to ignore for this draft: the same words under the same rule. */
export function ignoreKey(f: Pick<Finding, 'rule' | 'match'>): string {
  return `${f.rule}\u0000${f.match}`;
}

/** Engine + policy for one draft: rule switches, severity overrides, ignored findings, action. */
export function checkDraft(
  text: string,
  policy: Policy,
  ignored: ReadonlySet<string> = new Set(),
  images: readonly { id: string; findings: readonly Finding[] }[] = [],
): DraftCheck {
  const keep = (list: readonly Finding[]) => applyRuleOverrides(policy, list).filter((f) => !ignored.has(ignoreKey(f)));
  const textFindings = text.trim() === '' ? [] : keep(analyze(text, analyzeOptionsFor(policy)).findings);
  const perImage = images.map((image) => ({ id: image.id, findings: keep(image.findings) }));
  const findings = [...textFindings, ...perImage.flatMap((i) => i.findings)];
  return { text, verdict: verdictOf(findings), findings, images: perImage, action: strictestAction(policy, findings) };
}

/**
 * What "Post anyway" was chosen for: the text and each image's findings. Facebook asks again at
 * its second step, and the same draft is not asked about twice; an image attached or read since
 * makes it a different draft, which is.
 */
export function confirmationKey(check: Pick<DraftCheck, 'text' | 'images'>): string {
  const images = check.images.map((i) => `${i.id}:${i.findings.map(ignoreKey).join('\u0001')}`);
  return [check.text, ...images].join('\u0000');
}
