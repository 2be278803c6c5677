import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, WARM_UP_DRAFT } from '../../../src/engine';
import { checkDraft as checkWith } from '../../../src/content/check-draft';
import { DEFAULT_POLICY, mergePolicy, type Policy } from '../../../src/policy';
import type { ImageReading } from '../../../src/ocr/types';
import { readingOf } from '../ocr/readings';

/** A face in an attached photo, judged with the draft it goes out with, under the policy. */
const photo: ImageReading = { ...readingOf([]), faces: [{ box: { x: 200, y: 80, w: 120, h: 150 }, score: 0.83 }] };
const check = (text: string, policy: Policy = DEFAULT_POLICY, reading: ImageReading = photo) =>
  checkWith(text, { policy, analyze, failClosed: 'confirm' }, new Set(), [{ id: 'img-1', name: 'photo.jpg', status: 'done', reading }]);
const faces = (c: ReturnType<typeof check>) => c.findings.filter((f) => f.rule === 'phi.face').map((f) => f.severity);
const user = (settings: Parameters<typeof mergePolicy>[1]) => mergePolicy(undefined, settings).policy;

describe('checkDraft: faces in attached photos', () => {
  beforeAll(() => void analyze(WARM_UP_DRAFT));

  it('a face with a patient in the draft asks about consent; the same photo with a holiday caption is a low reminder', () => {
    const clinical = check('Finally discharged after 6 weeks, so proud of this patient');
    expect(faces(clinical)).toEqual(['medium']);
    expect(clinical.images[0]!.findings.find((f) => f.rule === 'phi.face')!.message).toMatch(/consent/);
    const holiday = check('Beach day with the family');
    expect(faces(holiday)).toEqual(['low']);
    expect(holiday.verdict).toBe('low');
  });

  it('the draft is read again when it changes (the reading is not)', () => {
    expect(faces(check('Beach day'))).toEqual(['low']);
    expect(faces(check('Beach day with my pt from 4 West'))).toEqual(['medium']);
    expect(faces(check('Beach day'))).toEqual(['low']);
  });

  it('obeys the policy: rule off, severity override, strict sensitivity', () => {
    const text = 'My pt went home today!';
    expect(faces(check(text, user({ rules: { 'phi.face': { enabled: false } } })))).toEqual([]);
    expect(faces(check(text, user({ rules: { 'phi.face': { severity: 'high' } } })))).toEqual(['high']);
    expect(faces(check(text, user({ sensitivity: 'strict' })))).toEqual(['high']);
    expect(check(text, user({ actions: { medium: 'block' } })).action).toBe('block');
  });

  it('nothing when the photo holds no face', () => {
    expect(faces(check('My pt went home today!', DEFAULT_POLICY, { ...photo, faces: [] }))).toEqual([]);
  });
});
