import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { phone } from '../../../src/engine/recognizers/phone';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { isPlausiblePhoneNumber } from '../../../src/engine/validators/phone';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.phone', () => {
  // Each hit sits next to the near miss it must not be confused with.
  it.each([
    ["If anyone knows Mr. Abernathy's family please call us at 614-555-0122, he's asking for them", high('614-555-0122')],
    ['Call our clinic at 614-555-0122 to book', none], // a business line: nobody attached
    ["Mr. Abernathy's son: (614) 555-0122", high('(614) 555-0122')],
    ['Questions? (614) 555-0122 Mon-Fri', none],
    ['his cell 614.555.0122 is off', high('614.555.0122')],
    ['Epic build 614.555.0122.7 rolled out', none], // dotted run longer than a phone number
    ['text her at 6145550122 tonight', high('6145550122')],
    ['her order 6145550122 shipped', none], // ten bare digits without a phone word
    ['her number +1 614 555 0122', high('+1 614 555 0122')],
    ['her number 123-456-7890', none], // area code cannot start with 1
    ['he called from 1-800-555-0199 ext. 4411', high('1-800-555-0199 ext. 4411')],
    ['his phone 614-555-0122x12 rang', high('614-555-0122x12')],
    ['she called 614-911-0122 twice', none], // N11 is a service code, not an exchange
    ['her daughter in London: +44 20 7946 0958', high('+44 20 7946 0958')],
    ['her daughter: +44 (0)20 7946 0958.', high('+44 (0)20 7946 0958')],
    ['his wife +91 98765 43210', high('+91 98765 43210')],
    // National formats with a trunk 0 (UK, Australia, Ireland...) and Australian 13/18 numbers.
    ['call his daughter on 07700 900123 please', high('07700 900123')],
    ['Call our surgery on 020 7946 0958 to book', none],
    ["pt's wife rang from (02) 9876 5432", high('(02) 9876 5432')],
    ['her mobile is 0491 570 156', high('0491 570 156')],
    ['his number 1300 975 707', high('1300 975 707')],
    ['his number 014-555-0122', none], // a mistyped North American number, not a national one
    ['her son +61 2 9876 5432', high('+61 2 9876 5432')],
    ['her mom in Paris +33 1 23 45 67 89', high('+33 1 23 45 67 89')],
    ['she scored +2 3 4 on the scale', none], // too few digits for a line
    ['fax his records to 614-555-0123', high('614-555-0123')],
    ['she said call 555-0122', high('555-0122')],
    ['she ran 555-0122 laps', none], // seven digits without a phone word
    ['Call 988 if he is in crisis', none],
    ['he needs 911', none],
    ['she is on a 1:7 ratio', none],
    ['her pain is 10/10', none],
    ['he makes $42,000 a year', none],
    ['she was born in 2026', none],
    ['he works 10-2 on Fridays', none],
    ['her visit on 09/14/2026 at 10:30', none],
    ['she lives in 43215-1234', none], // ZIP+4
    ['his SSN 623-11-4087', none],
    ['her card 4111 1111 1111 1111', none],
    ['her IP is 10.44.2.17', none],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.phone')).toEqual(expected);
  });

  it('is low when the number belongs to the poster\'s own family', () => {
    expect(spansOf(analyze("my mom's cell is 614-555-0122"), 'phi.phone')).toEqual([{ match: '614-555-0122', severity: 'low' }]);
  });

  it('reports a business line at medium under strict sensitivity', () => {
    expect(spansOf(analyze('Call our clinic at 614-555-0122 to book', { sensitivity: 'strict' }), 'phi.phone')).toEqual([
      { match: '614-555-0122', severity: 'medium' },
    ]);
  });

  it('explains itself', () => {
    const [f] = analyze('text her at 6145550122 tonight').findings.filter((x) => x.rule === 'phi.phone');
    expect(f?.explain).toMatchObject({ recognizer: 'phone', pattern: 'nanp digits', tie: 'person', validator: 'not-validated' });
    expect(f?.explain.context).toEqual(expect.arrayContaining(['text', 'her']));
  });

  it('maps offsets back through normalisation (en-dash, fullwidth digits)', () => {
    const text = 'her cell ６１４–５５５–０１２２ ok';
    const [f] = analyze(text).findings.filter((x) => x.rule === 'phi.phone');
    expect(text.slice(f!.start, f!.end)).toBe('６１４–５５５–０１２２');
  });

  it.each([
    ['614-555-0122', true],
    ['(614) 555-0122', true],
    ['+1 614 555 0122', true],
    ['16145550122', true],
    ['614-555-0122 ext. 12', true],
    ['+44 (0)20 7946 0958', true],
    ['555-0122', true],
    ['014-555-0122', false], // area code starts with 0
    ['614-155-0122', false], // exchange starts with 1
    ['911-555-0122', false], // N11 area code
    ['555-5555-5555', false],
    ['+44 12', false], // short code
    ['+44 1234 5678 9012 3456', false], // longer than E.164
  ])('isPlausiblePhoneNumber(%j) is %s', (value, expected) => {
    expect(isPlausiblePhoneNumber(value)).toBe(expected);
  });

  it('stays linear on long digit-heavy drafts', () => {
    for (const text of ['1'.repeat(63_000), '1 '.repeat(31_500), '12-'.repeat(21_000), '+1 2 3 4 '.repeat(7_000)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(phone, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });

  it('does not read a date and the hour after it as a phone number', () => {
    const text = 'DOE, JOHN DOB 01.09.2012\n07.10.2021 15:00:33\n07.06 2025 14:41';
    expect(spansOf(analyze(text, { medicalImage: true }), 'phi.phone')).toEqual([]);
    expect(spansOf(analyze('his cell 07700 900123 is off'), 'phi.phone')).toEqual(high('07700 900123'));
  });
});
