import { AnalyzeTimeout, verdictOf, type AnalysisResult, type AnalyzeOptions, type Finding, type Verdict } from '../engine';
import { draftFaceContext } from '../ocr/faces/findings';
import { imageFindings } from '../ocr/image-findings';
import type { ImageReading } from '../ocr/types';
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
  /** What the image holds, once read: judged here with the draft's own engine options. */
  reading?: ImageReading;
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
  /**
   * A check that timed out is to be run again shortly (timeout-retries.ts): the panel says the
   * draft is still being checked. Set by the composer session, never by checkDraft; Post is held
   * meanwhile, as for any unchecked draft.
   */
  retrying?: true;
  /** Names of attached images that could not be read: Post is held for them too. */
  unread: string[];
}

/** A finding the user chose to ignore for this draft: the same words under the same rule. */
export function ignoreKey(f: Pick<Finding, 'rule' | 'match'>): string {
  return `${f.rule}\u0000${f.match}`;
}

/**
 * The finding in the draft as it is now that a button shown for `clicked` means. Offsets and words
 * are only valid for the text they came from: a panel can still show the check of a few keystrokes
 * ago ("Pt in room 612 turned 9" while the draft already ends "turned 97 today"). The same words
 * under the same rule first; else the same rule over the clicked finding's place, so the click
 * still redacts what the user saw rather than doing nothing.
 */
export function sameFindingNow<F extends Pick<Finding, 'rule' | 'match' | 'start' | 'end'>>(clicked: Pick<Finding, 'rule' | 'match' | 'start' | 'end'>, now: readonly F[]): F | undefined {
  return (
    now.find((f) => f.rule === clicked.rule && f.match === clicked.match) ??
    now.find((f) => f.rule === clicked.rule && f.start < clicked.end && clicked.start < f.end)
  );
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
  let perImage = images.map((image) => ({ id: image.id, findings: [] as Finding[] }));
  if (policy) {
    try {
      const options = { ...analyzeOptionsFor(policy), deadline: performance.now() + (context.budgetMs ?? CHECK_BUDGET_MS) };
      if (text !== null && text.trim() !== '') textFindings = keep(context.analyze(text, options).findings);
      // Image text is judged exactly as the draft is: the policy's sensitivity, rule switches,
      // allow and watch terms (issue 16: it once went through without them).
      // A face in an image matters more when the draft speaks of a patient (phi.face).
      const faceContext = text && images.some((i) => i.reading?.faces?.length) ? draftFaceContext(text) : [];
      perImage = images.map((image) => ({ id: image.id, findings: image.reading ? keep(judged(image.reading, policy, context, options, faceContext)) : [] }));
    } catch (error) {
      unchecked = error instanceof AnalyzeTimeout ? 'timeout' : 'error';
      // The error's name only: an engine message can quote the draft (a regex built from it).
      console.warn(`Second Look: could not check a draft (${error instanceof Error ? error.name : typeof error}); Post is held until it can be.`);
    }
  }
  const findings = [...textFindings, ...perImage.flatMap((i) => i.findings)];
  const unread = images.filter((i) => i.status === 'error').map((i) => i.name);
  const found = policy ? strictestAction(policy, findings) : 'none';
  const action = unchecked || unread.length ? strictestOf([found, context.failClosed]) : found;
  return { text: text ?? '', verdict: verdictOf(findings), findings, images: perImage, action, ...(unchecked ? { unchecked } : {}), unread };
}

/**
 * A reading's findings under a policy, remembered per reading: checkDraft runs after every typing
 * pause, and the image's text has not changed since it was read. A new policy (a new object) or
 * another engine judges it afresh.
 */
const judgedReadings = new WeakMap<ImageReading, { policy: Policy; analyze: Analyzer; faceContext: string; findings: Finding[] }>();

function judged(reading: ImageReading, policy: Policy, context: CheckContext, options: AnalyzeOptions, faceContext: readonly string[]): Finding[] {
  const known = judgedReadings.get(reading);
  const faces = faceContext.join('\u0000');
  if (known && known.policy === policy && known.analyze === context.analyze && known.faceContext === faces) return known.findings;
  const { findings } = imageFindings(reading, context.analyze, options, faceContext);
  judgedReadings.set(reading, { policy, analyze: context.analyze, faceContext: faces, findings });
  return findings;
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
