import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { bankAccount, paymentCard } from '../../../src/engine/recognizers/account';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { isPlausiblePaymentCard } from '../../../src/engine/validators/card';
import { passesLuhn } from '../../../src/engine/validators/luhn';
import { spansOf } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.account', () => {
  it.each([
    // Cards: valid whoever wrote them, so no context needed.
    ['her card 4111 1111 1111 1111 was declined', high('4111 1111 1111 1111')],
    ['her card 4111 1111 1111 1112 was declined', none], // fails Luhn
    ['4111111111111111', high('4111111111111111')],
    ['tracking 1234567890123452', none], // passes Luhn, but no network issues 12...
    ['5555-5555-5555-4444 on file', high('5555-5555-5555-4444')],
    ['5555-5555 5555-4444 on file', none], // mixed separators
    ['amex 3782 822463 10005', high('3782 822463 10005')],
    ['6011111111111117', high('6011111111111117')],
    ['order #4111 1111 1111 1112 shipped', none],
    ['pi is 3.4111111111111111', none], // a decimal
    // Bank accounts: only after the word that names them.
    ['acct# 004417729 is overdrawn', high('004417729')],
    ['order 004417729 is late', none],
    ['account number: 12-3456-789', high('12-3456-789')],
    ['bank account 1234 only', none], // too short
    ['my account has 12345 followers', none],
    ['accounts 123456 to 123999', none],
    ['her A/C 123456 BTU unit', none], // air conditioning, not "a/c"
    ['call 614-555-0122 about the account', none], // a phone number is not an account
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.account')).toEqual(expected);
  });

  it('marks a card as validated', () => {
    const [f] = analyze('4111111111111111').findings;
    expect(f?.explain).toMatchObject({ recognizer: 'payment-card', validator: 'valid', score: 1, tie: 'inherent' });
  });

  it.each([
    ['4111111111111111', true],
    ['79927398713', true],
    ['4111111111111112', false],
    ['41111111x1111111', false],
  ])('passesLuhn(%j) is %s', (value, expected) => {
    expect(passesLuhn(value)).toBe(expected);
  });

  it.each([
    ['4111 1111 1111 1111', true], // Visa
    ['5555555555554444', true], // Mastercard
    ['2221000000000009', true], // Mastercard 2-series
    ['378282246310005', true], // Amex
    ['3782822463100050', false], // Amex is 15 digits
    ['6011111111111117', true], // Discover
    ['3530111333300000', true], // JCB
    ['1234567890123452', false], // Luhn-valid, no issuer
    ['4111-1111 1111-1111', false], // mixed separators
  ])('isPlausiblePaymentCard(%j) is %s', (value, expected) => {
    expect(isPlausiblePaymentCard(value)).toBe(expected);
  });

  it('stays linear on long digit runs', () => {
    for (const text of ['1'.repeat(63_000), '1111 '.repeat(12_600), 'acct 1-2-3-4-5-'.repeat(4_200)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(paymentCard, doc);
      runPatternRecognizer(bankAccount, doc);
      expect(performance.now() - t).toBeLessThan(250);
    }
  });
});
