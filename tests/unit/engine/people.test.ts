import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { peopleAnywhere } from '../../../src/engine/recognizers/people';
import { NO_BLOWUP_MS, spansOf } from './helpers';

const strict = { sensitivity: 'strict' } as const;
const named = (text: string) => spansOf(analyze(text, strict), 'phi.name').map((f) => f.match);

describe('phi.name under strict (person names anywhere)', () => {
  it.each([
    // Shapes: a middle initial, a known first name, surnames from many languages.
    ['The poem is by Marta K. Lindqvist, I think', ['Marta K. Lindqvist']],
    ['Ask Ingrid Halvorsen about the schedule', ['Ingrid Halvorsen']],
    ['Krisztina Váradi signed the form', ['Krisztina Váradi']],
    // The words around: naming, kinship, speech, possession, dialogue, titles.
    ['Everyone just calls me Dzhokhar', ['Dzhokhar']],
    ['I want to add my son Oskar to the policy', ['Oskar']],
    ['"It is done," says Pöllänen.', ['Pöllänen']],
    ['Ingrid shouted at Tobias in the parking lot', ['Ingrid', 'Tobias']],
    ['Have you read the Sokolova novel yet?', ['Sokolova']],
    ['Anneli: where are the keys?\nMarkus: on the desk', ['Anneli', 'Markus']],
    ['correct it to Dr. Renata Oyelaran please', ['Renata Oyelaran']],
    // A name found once is a name everywhere; a list mostly of first names is a list of people.
    ['Verses from Oksana D. Halyna\'s book. Nothing beats early Halyna.', ['Oksana D. Halyna', 'Halyna']],
    ['Their kids: Sofia, Mateo, Lucas and Valentina.', ['Sofia', 'Mateo', 'Lucas', 'Valentina']],
    // All lower case: a known first name starts the name.
    ['follow up with svetlana orlova next week', ['svetlana orlova']],
  ])('finds %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    ['We moved here from Kenosha last year'], // a town after "from"
    ['She grew up in Shelly Park, near the river'], // a first name inside a town's name
    ['I work for Rapid Cycle Solutions now'], // a company
    ['The Hill, Romero and Cobb Orchestra played'], // surnames in threes are a firm
    ['Capitalized words like Wisdom and Discipline are not names'],
    ['Personal Info\nPhone: 555 0134'], // labels
    ['France was lovely in June'], // a country, a month
    ['my card has been lost, can i get a new one'], // lower case, no first name
    ['Entertainment Weekly ranked the Cautionary Tales album first'],
  ])('ignores %j', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('reports names at medium when nobody ties them to a patient, and never under standard', () => {
    expect(spansOf(analyze('Ask Ingrid Halvorsen about the schedule', strict), 'phi.name')).toEqual([{ match: 'Ingrid Halvorsen', severity: 'medium' }]);
    expect(spansOf(analyze('Ask Ingrid Halvorsen about the schedule'), 'phi.name')).toEqual([]);
  });

  it('leaves an address to the address recognizer', () => {
    const result = analyze('Billing: Sara Lind\n 2210 Mäkikatu 4 Apt. 9\n Tampere\n Finland 33100', strict);
    expect(spansOf(result, 'phi.name').map((f) => f.match)).toEqual(['Sara Lind']);
    expect(spansOf(result, 'phi.location').map((f) => f.match)).toEqual(['2210 Mäkikatu 4 Apt. 9\n Tampere\n Finland 33100']);
  });

  it('stays linear on long drafts', () => {
    for (const text of ['Anna '.repeat(12_600), 'Anna, '.repeat(10_500), 'Mr. A. '.repeat(9_000), 'anna karlsson '.repeat(4_500)]) {
      const doc = makeDoc(text, strict);
      const t = performance.now();
      peopleAnywhere(doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
