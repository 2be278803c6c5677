import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { draftFaceContext, faceFindings, MAX_FACE_FINDINGS } from '../../../src/ocr/faces/findings';
import { imageFindings } from '../../../src/ocr/image-findings';
import type { ImageReading } from '../../../src/ocr/types';
import { readingOf } from './readings';

const FACE = { box: { x: 300, y: 120, w: 90, h: 110 }, score: 0.8 };
const withFaces = (reading: ImageReading, faces = [FACE]): ImageReading => ({ ...reading, faces });
const faceRows = (r: ImageReading, draft = '', options = {}) =>
  imageFindings(r, analyze, options, draftFaceContext(draft)).findings.filter((f) => f.rule === 'phi.face');

describe('phi.face: how much a face matters depends on the clinical context', () => {
  it.each([
    // [what, lines in the image, medical image, draft, severity]
    ['a selfie, nothing clinical', [], false, 'Sunday hike with the crew!', 'low'],
    ['a selfie after a shift (setting words in the draft are where the poster works)', [], false, 'Finally off after a 12 hr ICU shift', 'low'],
    ['a team photo with a banner', ['Happy Nurses Week 4 West!'], false, 'Love this team', 'low'],
    ['a patient cue in the draft', [], false, 'My pt was discharged today after 40 days, so proud of her', 'medium'],
    ['clinical shorthand in the draft', [], false, '84F, first walk since the fall', 'medium'],
    ['a medical image', [], true, 'Look at this', 'medium'],
    ['a whiteboard naming a bed in the image', ['ICU Bed 4', 'Fall risk'], false, 'Great day', 'medium'],
    ['a patient cue in the image', ['Patient: do not feed'], false, '', 'medium'],
  ] as const)('%s -> %s', (_what, lines, medical, draft, severity) => {
    const found = faceRows(withFaces(readingOf(lines, { medical })), draft);
    expect(found.map((f) => f.severity)).toEqual([severity]);
    expect(found[0]!.box).toEqual(FACE.box);
    expect(found[0]!.source).toBe('image');
    if (severity === 'low') {
      expect(found[0]!.message).toMatch(/agree to be posted\?$/);
      expect(found[0]!.explain.context).toEqual([]);
    } else {
      expect(found[0]!.message).toMatch(/clinical context \(.+\): did this person give written consent to appear\?$/);
      expect(found[0]!.explain.context.length).toBeGreaterThan(0);
    }
  });

  it('names where the context came from', () => {
    const [f] = faceRows(withFaces(readingOf(['ICU Bed 4'], { medical: true })), 'Discharged my pt today');
    expect(f!.explain.context).toEqual(['"Discharged" in the draft', 'a medical image', '"ICU" in the image']);
  });

  it('is high under strict sensitivity with clinical context, and still only low without', () => {
    expect(faceRows(withFaces(readingOf([])), 'My pt went home today', { sensitivity: 'strict' }).map((f) => f.severity)).toEqual(['high']);
    expect(faceRows(withFaces(readingOf([])), 'Beach day', { sensitivity: 'strict' }).map((f) => f.severity)).toEqual(['low']);
  });

  it('is nothing when the rule is off, or when there is no face, or when faces were not looked for', () => {
    expect(faceRows(withFaces(readingOf([])), 'My pt went home', { disabledRules: ['phi.face'] })).toEqual([]);
    expect(faceRows(withFaces(readingOf([]), []), 'My pt went home')).toEqual([]);
    expect(faceRows(readingOf([]), 'My pt went home')).toEqual([]);
  });

  it('gives every face its own box (so "Redact image" covers them all), up to a crowd', () => {
    const faces = Array.from({ length: 11 }, (_, i) => ({ box: { x: i * 60, y: 40, w: 50, h: 60 }, score: 0.9 - i * 0.01 }));
    const found = faceFindings(withFaces(readingOf([]), faces), '');
    expect(found).toHaveLength(MAX_FACE_FINDINGS);
    expect(found.map((f) => f.box)).toEqual(faces.slice(0, MAX_FACE_FINDINGS).map((f) => f.box));
    expect(new Set(found.map((f) => f.match)).size).toBe(MAX_FACE_FINDINGS);
    expect(found[0]!.match).toBe('Face 1 of 11');
  });
});

describe('draftFaceContext', () => {
  it.each([
    ['Discharged my favorite pt today', ['"Discharged" in the draft']],
    ['So proud of this patient!', ['"patient" in the draft']],
    ['Patient portal is down again', []],
    ['Patients with sepsis need fluids early', []],
    ['Night shift in the ICU with the best crew', []],
    ['', []],
  ])('%s', (draft, expected) => {
    expect(draftFaceContext(draft)).toEqual(expected);
  });
});
