import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { licensePlate, vin } from '../../../src/engine/recognizers/vehicle';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { isPlausiblePlate } from '../../../src/engine/validators/plate';
import { isValidVin } from '../../../src/engine/validators/vin';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.vehicle', () => {
  it.each([
    ['plate 5JKR902 — whoever parked in the ambulance bay, your dad is in CT, please move it', high('5JKR902')],
    ['a plate of cookies for the night shift', none],
    ['plates ABC 1234 on the silver van', high('ABC 1234')],
    ['tag me in the photo', none],
    ['tag: ABC-1234', high('ABC-1234')],
    ['tag 3 of your friends', none],
    ['tag 2 nurses who need coffee', none],
    ['reg AB12 CDE', high('AB12 CDE')], // UK
    ['reg 12 noon tomorrow', none],
    ['license plate 5JKR902', high('5JKR902')],
    // A word of the sentence after the plate is not its second group.
    ['his plate 8TRW451 is still in the ER lot', high('8TRW451')],
    ['plate 8TRW451 in the garage, level 2', high('8TRW451')],
    ['licence plate reader article is out', none],
    // The plate after "is", then a word of the sentence that is no second group.
    ['His license plate number is 5TRW902 if anyone sees him', high('5TRW902')],
    ['plate 6KPL220 when you get a chance, blocking the ambulance bay', high('6KPL220')],
    ['the license plate game is the best on road trips', none],
    ['her car tag 2BXR771 came back stolen, police are on the way', high('2BXR771')],
    ['his tags read LMN4419, wife wants us to move it', high('LMN4419')],
    ['the tags read like a ransom note lol', none],
    ['vehicle registration 7XYZ123', high('7XYZ123')],
    ['registration opens 2026', none],
    // VIN: 17 characters with a valid check digit, wherever it appears.
    ['VIN 1M8GDM9AXKP042788 on his truck', high('1M8GDM9AXKP042788')],
    ['VIN 1M8GDM9A1KP042788 on his truck', none], // check digit wrong
    ['1M8GDM9AXKP042788', high('1M8GDM9AXKP042788')],
    ['12345678901234567', none], // digits only
    ['1M8GDM9AXKP0427889', none], // 18 characters
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.vehicle')).toEqual(expected);
  });

  it.each([
    ['1M8GDM9AXKP042788', true],
    ['11111111111111111', true],
    ['1M8GDM9A1KP042788', false],
    ['1M8GDM9AXKP04278I', false], // I is never used
    ['1M8GDM9AXKP04278', false],
  ])('isValidVin(%j) is %s', (value, expected) => {
    expect(isValidVin(value)).toBe(expected);
  });

  it.each([
    ['5JKR902', true],
    ['ABC 1234', true],
    ['AB12 CDE', true],
    ['B2', true],
    ['b2', false],
    ['1234', false],
    ['ABCD', false],
    ['3 of', false],
    ['12 noon', false],
    ['ABCDE12345', false],
  ])('isPlausiblePlate(%j) is %s', (value, expected) => {
    expect(isPlausiblePlate(value)).toBe(expected);
  });

  it('stays linear on long drafts', () => {
    for (const text of ['plate '.repeat(10_500), 'A1'.repeat(31_500), 'tag A1 '.repeat(9_000)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(vin, doc);
      runPatternRecognizer(licensePlate, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
