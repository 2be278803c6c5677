import { describe, expect, it, vi } from 'vitest';
import { checkDraft, confirmationKey, type Analyzer, type CheckContext } from '../../../src/content/check-draft';
import { decidePost } from '../../../src/content/submit-guard';
import { analyze, AnalyzeTimeout } from '../../../src/engine';
import { DEFAULT_POLICY, mergePolicy, uncheckedAction, type Policy } from '../../../src/policy';

/**
 * Fail closed (docs/architecture.md): when Second Look cannot check a draft, Post is held and the
 * user is told why. The engine is passed in, so these tests give the content logic engines that
 * fail in each way the real one could.
 */
const PHI = 'SSN 623-11-4087 pt in room 612';

const throwsError: Analyzer = () => {
  throw new RangeError('Maximum call stack size exceeded');
};
/** Never finishes on its own: runs until the caller's deadline, as the engine's budget check does. */
const neverFinishes: Analyzer = (_text, options) => {
  for (;;) if (performance.now() > options.deadline!) throw new AnalyzeTimeout('past the deadline');
};

/** `policy` null: not read yet (Second Look starting). */
const context = (analyzeWith: Analyzer, policy: Policy | null = DEFAULT_POLICY, managed = false): CheckContext => ({
  policy: policy ?? undefined,
  analyze: analyzeWith,
  failClosed: uncheckedAction(policy ?? undefined, managed),
  // A short budget for the engines that never finish; the real one gets the real budget.
  ...(analyzeWith === analyze ? {} : { budgetMs: 20 }),
});

// The real engine's first calls build its tables (hundreds of ms on a loaded machine), which the
// content script does when a composer is found, before any draft: do the same, so the control
// drafts below measure the check and not the start-up.
analyze(PHI);
analyze('Happy Nurses Week 4 West!');

/** What pressing Post does with one draft, checked now. */
const post = (check: ReturnType<typeof checkDraft>, state: { starting?: boolean; reading?: boolean; confirmed?: boolean } = {}) =>
  decidePost({ checks: [check], confirmed: [state.confirmed ?? false], starting: state.starting ?? false, reading: state.reading ?? false });

describe('an engine that throws or never finishes holds Post', () => {
  it.each([
    ['throws', throwsError, 'error'],
    ['never finishes', neverFinishes, 'timeout'],
  ] as const)('an engine that %s: the draft is unchecked, and Post asks to confirm', (_, engine, reason) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const check = checkDraft(PHI, context(engine));
    expect(check).toMatchObject({ unchecked: reason, action: 'confirm', findings: [], verdict: 'ok' });
    expect(post(check)).toEqual({ kind: 'hold', action: 'confirm' });
    // Said without the draft: an engine message can quote it.
    expect(warn.mock.calls.flat().join(' ')).not.toContain('623-11-4087');
    warn.mockRestore();
  });

  it('a failing engine never makes a draft look like one with nothing in it (it once did: "ok", posted)', () => {
    expect(post(checkDraft(PHI, context(analyze)))).toEqual({ kind: 'hold', action: 'confirm' });
    expect(post(checkDraft('Happy Nurses Week 4 West!', context(analyze)))).toEqual({ kind: 'post' });
    expect(post(checkDraft('Happy Nurses Week 4 West!', context(throwsError)))).not.toEqual({ kind: 'post' });
  });

  it('under an organization’s policy, an unchecked draft gets the policy’s strictest action', () => {
    const managed = mergePolicy({ actions: { medium: 'block' } }, undefined);
    expect(managed.managed).toBe(true);
    const check = checkDraft(PHI, context(throwsError, managed.policy, true));
    expect(check.action).toBe('block');
    expect(post(check)).toEqual({ kind: 'hold', action: 'block' });
    // The user's own all-block settings ask for a confirmation: at least confirm, not more.
    const own = mergePolicy(undefined, { actions: { low: 'block', medium: 'block', high: 'block' } });
    expect(checkDraft(PHI, context(throwsError, own.policy, own.managed)).action).toBe('confirm');
  });

  it('a real time budget: the engine itself stops at its deadline', () => {
    const check = checkDraft(PHI, { ...context(analyze), budgetMs: -1 });
    expect(check.unchecked).toBe('timeout');
    expect(() => analyze(PHI, { deadline: performance.now() - 1 })).toThrow(AnalyzeTimeout);
    expect(analyze(PHI, { deadline: performance.now() + 60_000 }).verdict).toBe('high');
  });

  it('"Post anyway" for an unchecked draft counts for that draft only', () => {
    const check = checkDraft(PHI, context(throwsError));
    expect(post(check, { confirmed: true })).toEqual({ kind: 'post' });
    expect(confirmationKey(check)).not.toBe(confirmationKey(checkDraft(PHI, context(analyze))));
  });
});

describe('Post before the first check', () => {
  it('while the policy is not known, Post waits, and nothing is offered to post without waiting', () => {
    const check = checkDraft(PHI, context(analyze, null));
    expect(check).toMatchObject({ unchecked: 'starting', action: 'confirm' });
    expect(post(check, { starting: true })).toEqual({ kind: 'wait', reason: 'starting', knownAction: 'confirm' });
  });

  it('when the policy arrives, the draft is checked and held for what it holds', () => {
    expect(post(checkDraft(PHI, context(analyze)))).toEqual({ kind: 'hold', action: 'confirm' });
  });

  it('if the policy never arrives, the draft is held as unchecked (the start-up limit passed)', () => {
    expect(post(checkDraft(PHI, context(analyze, null)), { starting: false })).toEqual({ kind: 'hold', action: 'confirm' });
  });

  it('an empty box has nothing to hold', () => {
    expect(checkDraft('  ', context(analyze, null))).toMatchObject({ action: 'none' });
    expect(checkDraft('  ', context(analyze, null)).unchecked).toBeUndefined();
  });
});

describe('unread images hold Post, like an unfinished check', () => {
  const image = (status: 'done' | 'error' | 'reading') => ({ id: 'img-1', name: 'scan.svg', status });

  it('an image that could not be read holds a harmless caption', () => {
    const check = checkDraft('Agenda for Thursday', context(analyze), new Set(), [image('error')]);
    expect(check).toMatchObject({ unread: ['scan.svg'], action: 'confirm' });
    expect(post(check)).toEqual({ kind: 'hold', action: 'confirm' });
    expect(post(checkDraft('Agenda for Thursday', context(analyze), new Set(), [image('done')]))).toEqual({ kind: 'post' });
  });

  it('under a managed policy that blocks, an unread image blocks', () => {
    const { policy } = mergePolicy({ actions: { high: 'block' } }, undefined);
    expect(post(checkDraft('Agenda', context(analyze, policy, true), new Set(), [image('error')]))).toEqual({ kind: 'hold', action: 'block' });
  });

  it('an image still being read waits, unless what is known already blocks', () => {
    expect(post(checkDraft('Agenda', context(analyze), new Set(), [image('reading')]), { reading: true })).toMatchObject({ kind: 'wait', reason: 'images' });
    const { policy } = mergePolicy(undefined, { actions: { high: 'block' } });
    expect(post(checkDraft(PHI, context(analyze, policy), new Set(), [image('reading')]), { reading: true })).toEqual({ kind: 'hold', action: 'block' });
  });
});

describe('an orphaned tab (the extension was updated or removed)', () => {
  it('still checks the text, and holds every Post with a reason', () => {
    const orphaned = { ...context(analyze), orphaned: true };
    const withPhi = checkDraft(PHI, orphaned);
    expect(withPhi.findings.length).toBeGreaterThan(0);
    expect(withPhi.unchecked).toBe('orphaned');
    expect(post(checkDraft('Happy Nurses Week 4 West!', orphaned))).toEqual({ kind: 'hold', action: 'confirm' });
  });
});

describe('an editor that cannot be read', () => {
  it('is an unchecked draft, held', () => {
    const check = checkDraft(null, context(analyze));
    expect(check).toMatchObject({ unchecked: 'error', text: '' });
    expect(post(check)).toEqual({ kind: 'hold', action: 'confirm' });
  });
});
