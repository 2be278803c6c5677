import { AnalyzeTimeout, verdictOf, type AnalysisResult, type AnalyzeOptions, type Finding, type Verdict } from '../engine';
import { analyzeOptionsFor, applyRuleOverrides, strictestAction, strictestOf, type Action, type Policy } from '../policy';
import type { StartAnalysis } from './stepped-check';

/** The engine, passed in (as Harper's lint framework receives its linter): the UI never knows how findings are made. */
export type Analyzer = (text: string, options: AnalyzeOptions) => AnalysisResult;

/**
 * Why a draft's text could not be checked. Post is held for any of them (docs/architecture.md,
 * "Fail closed"): starting — the policy is not known yet; error — the engine or the editor threw;
 * timeout — the engine ran past its budget; orphaned — the extension was updated or removed under
 * this tab (the text is still checked, but images and policy changes can no longer arrive).
 */
export type UncheckedReason = 'starting' | 'error' | 'timeout' | 'orphaned';

/**
 * Long enough for the longest draft a site allows (63,206 characters: about 40 ms in the
 * benchmarks) many times over on a slow, busy machine; short enough that a draft the engine
 * cannot handle ends as "could not check" instead of a frozen tab.
 */
export const CHECK_BUDGET_MS = 500;

export interface CheckContext {
  /** Undefined until the policy has been read: nothing can be checked yet. */
  policy: Policy | undefined;
  analyze: Analyzer;
  /** The engine run a few steps at a time, for long drafts checked while the user types (stepped-check.ts). */
  startAnalysis?: StartAnalysis;
  /** What Post gets when anything could not be checked (uncheckedAction). */
  failClosed: Exclude<Action, 'show'>;
  /** The extension behind this page is gone (updated, reloaded, removed). */
  orphaned?: boolean;
  budgetMs?: number;
}

/** An attached image as the check sees it. */
export interface CheckedImage {
  id: string;
  name: string;
  status: 'reading' | 'done' | 'error';
  findings: readonly Finding[];
}

export interface DraftCheck {
  text: string;
  verdict: Verdict;
  /** Text findings, then each image's, in that order: the verdict and action cover all. */
  findings: Finding[];
  /** Findings per attached image, after the same policy and ignores as the text. */
  images: { id: string; findings: Finding[] }[];
  /** What posting this draft calls for under the policy, fail-closed parts included. */
  action: Action | 'none';
  /** Set when the text could not be (fully) checked: Post is held, and the user is told why. */
  unchecked?: UncheckedReason;
  /** Names of attached images that could not be read: Post is held for them too. */
  unread: string[];
}

/** A finding the user chose to ignore for this draft: the same words under the same rule. */
export function ignoreKey(f: Pick<Finding, 'rule' | 'match'>): string {
  return `${f.rule}\u0000${f.match}`;
}

/**
 * Engine + policy for one draft: rule switches, severity overrides, ignored findings, action.
 * `text` is null when the editor could not be read. Never throws: whatever goes wrong makes the
 * draft unchecked, which holds Post.
 */
export function checkDraft(
  text: string | null,
  context: CheckContext,
  ignored: ReadonlySet<string> = new Set(),
  images: readonly CheckedImage[] = [],
): DraftCheck {
  const { policy } = context;
  // An empty box with no image cannot be posted: nothing to hold, nothing to say.
  const empty = text !== null && text.trim() === '' && images.length === 0;
  let unchecked: UncheckedReason | undefined = text === null ? 'error' : empty ? undefined : !policy ? 'starting' : context.orphaned ? 'orphaned' : undefined;
  const keep = (list: readonly Finding[]) => (policy ? applyRuleOverrides(policy, list).filter((f) => !ignored.has(ignoreKey(f))) : []);
  let textFindings: Finding[] = [];
  if (policy && text !== null && text.trim() !== '') {
    try {
      const deadline = performance.now() + (context.budgetMs ?? CHECK_BUDGET_MS);
      textFindings = keep(context.analyze(text, { ...analyzeOptionsFor(policy), deadline }).findings);
    } catch (error) {
      unchecked = error instanceof AnalyzeTimeout ? 'timeout' : 'error';
      // The error's name only: an engine message can quote the draft (a regex built from it).
      console.warn(`Second Look: could not check a draft (${error instanceof Error ? error.name : typeof error}); Post is held until it can be.`);
    }
  }
  const perImage = images.map((image) => ({ id: image.id, findings: keep(image.findings) }));
  const findings = [...textFindings, ...perImage.flatMap((i) => i.findings)];
  const unread = images.filter((i) => i.status === 'error').map((i) => i.name);
  const found = policy ? strictestAction(policy, findings) : 'none';
  const action = unchecked || unread.length ? strictestOf([found, context.failClosed]) : found;
  return { text: text ?? '', verdict: verdictOf(findings), findings, images: perImage, action, ...(unchecked ? { unchecked } : {}), unread };
}

/**
 * What "Post anyway" was chosen for: the text, each image's findings, and what could not be
 * checked. Facebook asks again at its second step, and the same draft is not asked about twice;
 * an image attached or read since makes it a different draft, which is.
 */
export function confirmationKey(check: Pick<DraftCheck, 'text' | 'images' | 'unchecked' | 'unread'>): string {
  const images = check.images.map((i) => `${i.id}:${i.findings.map(ignoreKey).join('\u0001')}`);
  return [check.unchecked ?? '', check.unread.join('\u0001'), check.text, ...images].join('\u0000');
}
