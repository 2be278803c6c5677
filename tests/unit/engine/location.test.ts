import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { location } from '../../../src/engine/recognizers/location';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.location', () => {
  it.each([
    ['The ambulance picked her up at 88 Birchwood Lane and we lost her in the bay.', high('88 Birchwood Lane')],
    ['Visit our new clinic at 100 Main Street!', none], // nobody attached
    ['she lives at 1420 N High St, Columbus, OH 43201', high('1420 N High St, Columbus, OH 43201')],
    ['his house at 22 West 5th Ave Apt 3B', high('22 West 5th Ave Apt 3B')],
    ['her address: 88 Birchwood Lane.', high('88 Birchwood Lane')],
    ['He was found at 300 Dr Martin Luther King Jr Blvd', high('300 Dr Martin Luther King Jr Blvd')],
    ['The 2 Residents St Luke sent her', none], // Saint, not Street
    ['she lived at 7 O\'Neil Ct', high("7 O'Neil Ct")],
    ['she works on 4 West with him', none], // a hospital unit
    ['he lives off Route 30', none],
    ['she loves 3 Doors Down', none],
    ['he did a 12 hour shift', none],
    ['he walked 5 more days in a row', none], // lower-case "row" is prose
    ['she ran the 5K Fun Run with him', none], // "Run" is not a suffix we take
    ['her mailing address is PO Box 1234', high('PO Box 1234')],
    ['he gave zip 43215-1234', high('43215-1234')],
    ['she lives in 43215', none], // five digits alone
    ['she lives in Columbus, OH 43215', high('Columbus, OH 43215')],
    ['his MD 12345 order', none], // MD is a doctor here
    ['IN 46204 for her', none], // a state only after "City,"
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.location')).toEqual(expected);
  });

  it('reports an unattached address at medium under strict', () => {
    expect(spansOf(analyze('Visit our new clinic at 100 Main Street!', { sensitivity: 'strict' }), 'phi.location')).toEqual([
      { match: '100 Main Street', severity: 'medium' },
    ]);
  });

  it('stays linear on long drafts', () => {
    for (const text of ['12 Main Oak Elm '.repeat(4_000), 'Main '.repeat(12_600), '1 '.repeat(31_500), 'Columbus, '.repeat(6_300)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(location, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
