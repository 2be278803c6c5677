import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { iban } from '../../../src/engine/recognizers/iban';
import { ibanLength, isValidIban, passesIbanChecksum } from '../../../src/engine/validators/iban';
import { NO_BLOWUP_MS, spansOf } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.account (IBAN)', () => {
  it.each([
    ['her rent goes to GB82WEST12345698765432 every month', high('GB82WEST12345698765432')],
    ['IBAN: DE89 3704 0044 0532 0130 00 for the refund', high('DE89 3704 0044 0532 0130 00')],
    ['pays from fr1420041010050500013m02606 since May', high('fr1420041010050500013m02606')],
    // Grouped, a candidate runs on into the next word; it is cut at the country's length.
    ['send it to NL91 ABNA 0417 1643 00 then call', high('NL91 ABNA 0417 1643 00')],
    ['GB82WEST12345698765433 is one digit off', none], // fails mod 97
    ['ZZ12 3456 7890 1234 5678', none], // no such country
    ['GB82WEST1234569876543299 with two extra digits', none], // the cut falls inside a word
    ['part number AB12CD34EF56GH78 on the pump', none],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.account')).toEqual(expected);
  });

  it('validates by country length and the mod-97 check', () => {
    expect(ibanLength('gb')).toBe(22);
    expect(ibanLength('US')).toBeUndefined();
    expect(passesIbanChecksum('GB82WEST12345698765432')).toBe(true);
    expect(passesIbanChecksum('GB82WEST12345698765423')).toBe(false); // two digits swapped
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 0')).toBe(false); // too short for Germany
  });

  it('stays linear on long runs of letters and digits', () => {
    for (const text of ['GB82'.repeat(15_800), 'GB82 WEST '.repeat(6_300), 'a1'.repeat(31_500)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      iban.find(doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
