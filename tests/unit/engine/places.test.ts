import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

describe('phi.location (named places without a house number)', () => {
  it.each([
    ['our pt from Elk Grove with the pet raccoon is back', 'Elk Grove'],
    ['the pt was found behind the Oak St shelter again', 'Oak St'],
    ['pt rolled his truck on Route 17 last night', 'Route 17'],
    ['97 yo F fell at the Kroger on Main St this am', 'Main St'],
  ])('finds %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.location')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['Visit our new clinic on Main St, open Saturdays'],
    ['She moved to Elk Grove last year and loves it'], // a person, but not a patient
    ['Traffic on Route 17 is a mess, leave early for day shift'],
    ['Our patient experience team in Boston won an award'], // "patient experience" is not a patient
    ['I grew up in Lancaster and now I work nights in Philly'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.location')).toEqual([]);
  });

  it('reports a street, but not a bare town, under strict', () => {
    expect(spansOf(analyze('Traffic on Route 17 is a mess', { sensitivity: 'strict' }), 'phi.location')).toEqual([
      { match: 'Route 17', severity: 'medium' },
    ]);
    expect(spansOf(analyze('I grew up in Lancaster', { sensitivity: 'strict' }), 'phi.location')).toEqual([]);
  });

  describe('a home described in words', () => {
    it.each([
      ['pt lives in the green house on Linden, neighbours found him down', 'house on Linden'],
      ['our frequent flyer from the flat above the chip shop is back', 'flat above the chip shop'],
      ['the old man from the trailer behind the Sunoco came in again', 'trailer behind the Sunoco'],
      ['my patient lives off Quarry Hill, no running water, discharged him anyway', 'Quarry Hill'],
    ])('finds %j', (text, match) => {
      const found = spansOf(analyze(text), 'phi.location');
      expect(found).toHaveLength(1);
      expect(found[0]!.match.endsWith(match)).toBe(true);
      expect(found[0]!.severity).toBe('high');
    });

    it.each([
      ['Drove past the house on Linden where I grew up, the swing is still there'], // nobody cared for
      ['pt went home on Easter with his new knee'], // a holiday
      ['my pt is living on Social Security and skipping meds to pay rent'], // income
      ['our house next to the fire station is so loud at night'], // the poster's own
      ['pt discharged home over the weekend, all good'],
      ['the house on Linden had a great yard sale today, bought scrubs'],
      ['my mom lives off Quarry Hill and still chops her own wood'], // the poster's family
      ['she lives above the chip shop and makes the best chips in town'], // a person, not a patient
    ])('ignores %j', (text) => {
      expect(spansOf(analyze(text), 'phi.location')).toEqual([]);
    });
  });
});
