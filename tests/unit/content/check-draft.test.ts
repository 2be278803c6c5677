import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, WARM_UP_DRAFT } from '../../../src/engine';
import { checkDraft as checkWith, confirmationKey, ignoreKey, type CheckedImage } from '../../../src/content/check-draft';
import { matchesShortcut } from '../../../src/content/submit-guard';
import { DEFAULT_POLICY, mergePolicy, type Policy } from '../../../src/policy';
import { readingOf } from '../ocr/readings';

/** The real engine under a policy, as on the sites. */
const checkDraft = (text: string, policy: Policy, ignored?: ReadonlySet<string>, images?: Omit<CheckedImage, 'name' | 'status'>[]) =>
  checkWith(text, { policy, analyze, failClosed: 'confirm' }, ignored, images?.map((i) => ({ ...i, name: i.id, status: 'done' as const })));

describe('checkDraft', () => {
  // The content script warms the engine when a composer appears (controller.ts); a cold first check on a
  // loaded machine can run past the 500 ms budget and fail closed, which fail-closed tests cover.
  beforeAll(() => void analyze(WARM_UP_DRAFT));
  const phi = 'Pt in room 612 turned 97 today';

  it('asks to confirm a high-risk draft under the default policy', () => {
    const c = checkDraft(phi, DEFAULT_POLICY);
    expect(c.verdict).toBe('high');
    expect(c.action).toBe('confirm');
    expect(c.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['phi.room', 'phi.age']));
  });

  it('leaves an ordinary post alone', () => {
    expect(checkDraft('Happy Nurses Week 4 West!', DEFAULT_POLICY)).toMatchObject({ verdict: 'ok', action: 'none', findings: [] });
    expect(checkDraft('   \n ', DEFAULT_POLICY).action).toBe('none');
  });

  it('follows the policy: block actions and disabled rules', () => {
    const blocking = mergePolicy({ actions: { high: 'block' }, pauseAllowed: true }, undefined).policy;
    expect(checkDraft(phi, blocking).action).toBe('block');
    const noRoomNoAge = mergePolicy(undefined, { rules: { 'phi.room': { enabled: false }, 'phi.age': { enabled: false }, 'phi.patient_story': { enabled: false } } }).policy;
    expect(checkDraft(phi, noRoomNoAge).findings.map((f) => f.rule)).toEqual([]);
  });

  it('drops ignored findings and recomputes the verdict', () => {
    const all = checkDraft(phi, DEFAULT_POLICY);
    const ignored = new Set(all.findings.map(ignoreKey));
    expect(checkDraft(phi, DEFAULT_POLICY, ignored)).toMatchObject({ verdict: 'ok', action: 'none' });
    const oneLeft = new Set(all.findings.slice(1).map(ignoreKey));
    expect(checkDraft(phi, DEFAULT_POLICY, oneLeft).findings).toHaveLength(1);
  });
});

describe('submit shortcuts', () => {
  const key = (init: Partial<KeyboardEvent>) => ({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init }) as KeyboardEvent;
  it.each([
    [key({ ctrlKey: true }), 'mod+enter', true],
    [key({ metaKey: true }), 'mod+enter', true],
    [key({}), 'mod+enter', false],
    [key({}), 'enter', true],
    [key({ shiftKey: true }), 'enter', false],
    [key({ ctrlKey: true }), 'enter', false],
  ] as const)('%o with %s -> %s', (event, shortcut, expected) => {
    expect(matchesShortcut(event, shortcut)).toBe(expected);
  });
});

describe('checkDraft with attached images', () => {
  const overlay = readingOf(['DOE, JOHN', 'DOB 03/14/1931', 'MRN 4471923'], { medical: true });

  it("counts an image's findings in the verdict and action, even for an ordinary caption", () => {
    const c = checkDraft('Look at this fracture!', DEFAULT_POLICY, new Set(), [{ id: 'img-1', reading: overlay }]);
    expect(c.verdict).toBe('high');
    expect(c.action).toBe('confirm');
    expect(c.images).toEqual([{ id: 'img-1', findings: expect.arrayContaining([expect.objectContaining({ source: 'image', rule: 'phi.name', box: expect.any(Object) })]) }]);
    expect(checkDraft('Look at this fracture!', DEFAULT_POLICY).verdict).toBe('ok');
    // Not read yet: nothing to judge, nothing found (the wait for it is the submit guard's).
    expect(checkDraft('Look at this fracture!', DEFAULT_POLICY, new Set(), [{ id: 'img-1' }]).findings).toEqual([]);
  });

  it('applies rule switches and ignores to image findings as to text', () => {
    const found = checkDraft('', DEFAULT_POLICY, new Set(), [{ id: 'img-1', reading: overlay }]).findings;
    expect(found.length).toBeGreaterThan(2);
    const rules = Object.fromEntries([...new Set(found.map((f) => f.rule))].map((r) => [r, { enabled: false }]));
    const off = mergePolicy(undefined, { rules }).policy;
    expect(checkDraft('', off, new Set(), [{ id: 'img-1', reading: overlay }])).toMatchObject({ verdict: 'ok', findings: [] });
    const ignored = new Set(found.map(ignoreKey));
    expect(checkDraft('', DEFAULT_POLICY, ignored, [{ id: 'img-1', reading: overlay }]).action).toBe('none');
  });
});

/**
 * Issue 16: image text was analysed without the policy (no sensitivity, no allow or watch terms).
 * The same reading, judged under different policies, gives what the same text in the draft gives.
 */
describe('image text obeys the policy like the draft does', () => {
  const whiteboard = readingOf(['Riverside ward', 'Patient DOE, JOHN']);
  const noticeboard = readingOf(['Team photo 4 West', 'Free bed 4']);
  const imageRules = (policy: Policy, reading = whiteboard) => checkDraft('Busy night!', policy, new Set(), [{ id: 'img-1', reading }]).images[0]!.findings.map((f) => `${f.rule} ${f.match}`);
  const draftRules = (policy: Policy) => checkDraft('Team photo 4 West\nFree bed 4', policy).findings.map((f) => f.rule);
  const user = (settings: Parameters<typeof mergePolicy>[1]) => mergePolicy(undefined, settings).policy;

  it('an allow term in an image is not a finding', () => {
    expect(imageRules(DEFAULT_POLICY)).toContain('phi.name DOE');
    expect(imageRules(user({ allowTerms: ['DOE, JOHN'] }))).not.toContain('phi.name DOE');
  });

  it('a watch term in an image is', () => {
    expect(imageRules(DEFAULT_POLICY).some((f) => f.includes('Riverside'))).toBe(false);
    expect(imageRules(user({ watchTerms: ['Riverside'] }))).toContain('phi.location Riverside');
  });

  it('strict reports what standard does not', () => {
    const standard = imageRules(DEFAULT_POLICY, noticeboard);
    const strict = imageRules(user({ sensitivity: 'strict' }), noticeboard);
    expect(standard).not.toContain('phi.room bed 4');
    expect(strict).toContain('phi.room bed 4');
    // The same as the text would get in the draft itself.
    expect(draftRules(DEFAULT_POLICY)).not.toContain('phi.room');
    expect(draftRules(user({ sensitivity: 'strict' }))).toContain('phi.room');
  });

  it('a new policy judges the same reading afresh, without reading the image again', () => {
    const policy = user({ watchTerms: ['Riverside'] });
    const first = imageRules(policy);
    expect(imageRules(policy)).toEqual(first);
    expect(imageRules(DEFAULT_POLICY)).not.toEqual(first);
  });
});

describe('confirmationKey', () => {
  const image = readingOf(['Patient DOE, JOHN', 'DOB 03.14.1957']);
  const empty = readingOf([]);
  const draft = (images: CheckedImage[]) => checkDraft('Interesting film from tonight', DEFAULT_POLICY, new Set(), images);

  it('is the same for the same draft, so "Post anyway" is not asked again at a second step', () => {
    expect(confirmationKey(draft([{ id: 'img-1', name: 'a', status: 'done', reading: image }]))).toBe(confirmationKey(draft([{ id: 'img-1', name: 'a', status: 'done', reading: image }])));
  });

  it('changes when an image is attached, replaced or read since the user confirmed', () => {
    const confirmed = confirmationKey(draft([]));
    const done = (id: string, reading: typeof image): CheckedImage => ({ id, name: id, status: 'done', reading });
    expect(draft([done('img-1', image)]).findings.length).toBeGreaterThan(0);
    expect(confirmationKey(draft([done('img-1', empty)]))).not.toBe(confirmed);
    expect(confirmationKey(draft([done('img-1', image)]))).not.toBe(confirmationKey(draft([done('img-1', empty)])));
    expect(confirmationKey(draft([done('img-2', image)]))).not.toBe(confirmationKey(draft([done('img-1', image)])));
  });
});
