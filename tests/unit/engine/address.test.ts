import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { addresses } from '../../../src/engine/recognizers/address';
import { NO_BLOWUP_MS, spansOf } from './helpers';

const strict = { sensitivity: 'strict' } as const;
const located = (text: string, options = strict) => spansOf(analyze(text, options), 'phi.location').map((f) => f.match);

describe('phi.location (postal addresses in any country\'s order)', () => {
  it.each([
    // House number, street, European house number, unit; town, region, country and postal code after.
    ['Send it to 4410 Lindenweg 17 Apt. 3\nKRONACH\n, BY\n Germany 96317 please', '4410 Lindenweg 17 Apt. 3\nKRONACH\n, BY\n Germany 96317'],
    ['she is at 88 Birchwood Lane, Dayton, OH 45402 now', '88 Birchwood Lane, Dayton, OH 45402'],
    ['new address: Rua das Flores 233, Curitiba', 'Rua das Flores 233, Curitiba'],
    ['he moved to Kirkkokatu 12 B last spring', 'Kirkkokatu 12'],
    ['mail goes to 17 Rue de la Paix\n Apt. 4\n Lyon\n France', '17 Rue de la Paix\n Apt. 4\n Lyon\n France'],
    ['we met at Hafnarstræti 5, Akureyri', 'Hafnarstræti 5, Akureyri'],
    ['ship to PSC 4412, Box 2231\nAPO AE 09012 for her', 'PSC 4412, Box 2231\nAPO AE 09012'],
    ['USNS Comfort\nFPO AA 34055', 'USNS Comfort\nFPO AA 34055'],
    ['P.O. Box 88 Tern Hollow\n Suite 2\n Nuuk', 'P.O. Box 88 Tern Hollow\n Suite 2\n Nuuk'],
    ['pick up at the corner of Main Street and 3rd Avenue', 'the corner of Main Street and 3rd Avenue'],
    ['she lives on the east side of Avenida Paulista 1578.', 'Avenida Paulista 1578'],
    ['ZIP: 394 13', '394 13'],
    ['postal code 7412 SL', '7412 SL'],
    ['we open an office in Vila Nova de Gaia 4400-123 next year', 'Vila Nova de Gaia 4400-123'],
  ])('finds %j', (text, match) => {
    expect(located(text)).toEqual([match]);
  });

  it.each([
    ['Day 3 of 5 in a row on nights'],
    ['For my take on it, see 5 Musicians Of The 70s You Should Know'],
    ['and we got 3 rapids and a code before midnight'], // all lower case: "rapids" is not a street
    ['he walked 5 more days in a row'],
    ['Skills fair moved to Room 210 in the Education Building'],
    ['from Engine 12 and Ladder 7 to the scene'],
    ['our new grads start in March 2027'],
    ['3 East room 19 is where the party is'],
    ['the Spring 2026 cohort starts Monday'],
  ])('ignores %j', (text) => {
    expect(located(text)).toEqual([]);
  });

  it('reports a patient\'s address at high, a clinic\'s only under strict', () => {
    expect(spansOf(analyze('3rd narcan save at the same duplex, 1420 Kessler Ave. same guy twice.'), 'phi.location')).toEqual([
      { match: '1420 Kessler Ave', severity: 'high' },
    ]);
    expect(spansOf(analyze('Our new clinic opens at 5521 Countess Close next week'), 'phi.location')).toEqual([]);
    expect(spansOf(analyze('Our new clinic opens at 5521 Countess Close next week', strict), 'phi.location')).toEqual([
      { match: '5521 Countess Close', severity: 'medium' },
    ]);
  });

  it('finds a ZIP in a patient\'s story and an intersection near a patient', () => {
    expect(spansOf(analyze('22yo gsw from 44105 dropped at our door'), 'phi.location')).toEqual([{ match: '44105', severity: 'high' }]);
    expect(spansOf(analyze('we ran 10000 steps from 44105 to the lake'), 'phi.location')).toEqual([]); // no patient
    expect(spansOf(analyze('the truck ran the light at Oak & 9th and hit my patient'), 'phi.location')).toEqual([
      { match: 'Oak & 9th', severity: 'high' },
    ]);
  });

  it('stays linear on long drafts', () => {
    const texts = ['12 Main Oak Elm '.repeat(4_000), '1 '.repeat(31_500), 'Apt. 1\n'.repeat(9_000), 'corner of A and '.repeat(3_900), 'Rua '.repeat(15_800), 'x 12 '.repeat(12_600)];
    for (const text of texts) {
      const doc = makeDoc(text, strict);
      const t = performance.now();
      addresses.find(doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
