import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { checkDraft as checkWith, confirmationKey, ignoreKey, type CheckedImage } from '../../../src/content/check-draft';
import { matchesShortcut } from '../../../src/content/submit-guard';
import { DEFAULT_POLICY, mergePolicy, type Policy } from '../../../src/policy';

/** The real engine under a policy, as on the sites. */
const checkDraft = (text: string, policy: Policy, ignored?: ReadonlySet<string>, images?: Omit<CheckedImage, 'name' | 'status'>[]) =>
  checkWith(text, { policy, analyze, failClosed: 'confirm' }, ignored, images?.map((i) => ({ ...i, name: i.id, status: 'done' as const })));

describe('checkDraft', () => {
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
  const overlay = analyze('DOE, JOHN DOB 03/14/1931 MRN 4471923', { source: 'image', medicalImage: true }).findings;

  it("counts an image's findings in the verdict and action, even for an ordinary caption", () => {
    expect(overlay.length).toBeGreaterThan(0);
    const c = checkDraft('Look at this fracture!', DEFAULT_POLICY, new Set(), [{ id: 'img-1', findings: overlay }]);
    expect(c.verdict).toBe('high');
    expect(c.action).toBe('confirm');
    expect(c.images).toEqual([{ id: 'img-1', findings: expect.arrayContaining([expect.objectContaining({ source: 'image' })]) }]);
    expect(checkDraft('Look at this fracture!', DEFAULT_POLICY).verdict).toBe('ok');
  });

  it('applies rule switches and ignores to image findings as to text', () => {
    const rules = Object.fromEntries([...new Set(overlay.map((f) => f.rule))].map((r) => [r, { enabled: false }]));
    const off = mergePolicy(undefined, { rules }).policy;
    expect(checkDraft('', off, new Set(), [{ id: 'img-1', findings: overlay }])).toMatchObject({ verdict: 'ok', findings: [] });
    const ignored = new Set(overlay.map(ignoreKey));
    expect(checkDraft('', DEFAULT_POLICY, ignored, [{ id: 'img-1', findings: overlay }]).action).toBe('none');
  });
});

describe('confirmationKey', () => {
  const image = analyze('Patient DOE, JOHN  DOB 03.14.1957', { source: 'image' }).findings;
  const draft = (images: { id: string; findings: typeof image }[]) => checkDraft('Interesting film from tonight', DEFAULT_POLICY, new Set(), images);

  it('is the same for the same draft, so "Post anyway" is not asked again at a second step', () => {
    expect(confirmationKey(draft([{ id: 'img-1', findings: image }]))).toBe(confirmationKey(draft([{ id: 'img-1', findings: image }])));
  });

  it('changes when an image is attached, replaced or read since the user confirmed', () => {
    const confirmed = confirmationKey(draft([]));
    expect(image.length).toBeGreaterThan(0);
    expect(confirmationKey(draft([{ id: 'img-1', findings: [] }]))).not.toBe(confirmed);
    expect(confirmationKey(draft([{ id: 'img-1', findings: image }]))).not.toBe(confirmationKey(draft([{ id: 'img-1', findings: [] }])));
    expect(confirmationKey(draft([{ id: 'img-2', findings: image }]))).not.toBe(confirmationKey(draft([{ id: 'img-1', findings: image }])));
  });
});
