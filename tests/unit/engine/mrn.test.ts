import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { mrn } from '../../../src/engine/recognizers/mrn';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { isPlausibleIdentifier } from '../../../src/engine/validators/identifier';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.mrn', () => {
  it.each([
    ['MRN: 7719302 is still showing the old allergy list', high('7719302')],
    ['never post MRNs', none],
    ['MRN 7719302', high('7719302')],
    ['MRN policy is strict', none],
    ['MRN7719302', high('7719302')],
    ['mRNA-1273 vaccine clinic today', none], // not "MRN A-1273"
    ['MR# 00-771-93', high('00-771-93')],
    ['med rec # E1234567', high('E1234567')],
    ['medical record number: 55512345', high('55512345')],
    ['medical records from 2019', none],
    ['chart #7719302', high('7719302')],
    ['chart number 7719302', high('7719302')],
    ['chart review at 3', none],
    ['patient ID 7719302', high('7719302')],
    ['patient #4 was fine', none], // too short
    ['pt id: 7719302', high('7719302')],
    ['hospital number 1234567A', high('1234567A')],
    ['hospital 12345 beds', none],
    ['MRN 0000000', none], // placeholder
    ['MRN 1234567890123', none], // too long
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.mrn')).toEqual(expected);
  });

  it('puts the span on the number, not on the label', () => {
    const [f] = analyze('MRN: 7719302').findings.filter((x) => x.rule === 'phi.mrn');
    expect(f).toMatchObject({ start: 5, end: 12, match: '7719302' });
    expect(f?.explain.context).toContain('mrn');
  });

  it.each([
    ['7719302', 5, 12, true],
    ['24-SP-01234', 5, 12, true],
    ['1234', 5, 12, false],
    ['ABCDEFG', 5, 12, false],
    ['0000000', 5, 12, false],
  ])('isPlausibleIdentifier(%j, %i, %i) is %s', (value, min, max, expected) => {
    expect(isPlausibleIdentifier(value, min, max)).toBe(expected);
  });

  it('stays linear on long label-heavy drafts', () => {
    for (const text of ['MRN MRN MRN '.repeat(5_250), `MRN ${'a-'.repeat(31_000)}`, `MRN ${'1'.repeat(63_000)}`]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(mrn, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
