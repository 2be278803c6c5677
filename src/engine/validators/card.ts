import { passesLuhn } from './luhn';

/**
 * Issuer prefixes (IIN ranges) and lengths of the networks a US clinician's patients carry.
 * Luhn alone lets one random number in ten through; requiring a real issuer range and that
 * network's length cuts that to a few in a thousand.
 * [prefix length, first prefix, last prefix, allowed lengths]
 */
type IinRange = readonly [number, number, number, readonly number[]];
const ANY_13_19 = [13, 14, 15, 16, 17, 18, 19];
const MAESTRO = [12, ...ANY_13_19];
const LONG = [16, 17, 18, 19];
const IIN_RANGES: readonly IinRange[] = [
  [1, 4, 4, [13, 16, 19]], // Visa
  [2, 51, 55, [16]], // Mastercard
  [4, 2221, 2720, [16]], // Mastercard 2-series
  [2, 34, 34, [15]], // American Express
  [2, 37, 37, [15]],
  [4, 6011, 6011, LONG], // Discover
  [3, 644, 649, LONG],
  [2, 65, 65, LONG],
  [3, 300, 305, [14, ...LONG]], // Diners Club
  [2, 36, 36, [14, ...LONG]],
  [2, 38, 39, LONG],
  [2, 35, 35, LONG], // JCB (3528-3589 issued; generators and test data use all of 35)
  [4, 1800, 1800, [15]], // JCB's older 15-digit numbers
  [4, 2131, 2131, [15]],
  [2, 62, 62, LONG], // UnionPay
  [4, 2200, 2204, LONG], // Mir
  // Maestro: 12 to 19 digits, in the 50, 56-58 and 6x ranges.
  [4, 5018, 5018, MAESTRO],
  [4, 5020, 5020, MAESTRO],
  [4, 5038, 5038, MAESTRO],
  [2, 56, 58, MAESTRO],
  [4, 6304, 6304, MAESTRO],
  [4, 6390, 6390, MAESTRO],
  [4, 6759, 6759, MAESTRO],
  [4, 6761, 6763, MAESTRO],
];

/** True for a number a card network could have issued: one separator style, real IIN and length, Luhn. */
export function isPlausiblePaymentCard(value: string): boolean {
  const separators = new Set(value.replace(/\d/g, ''));
  if (separators.size > 1) return false;
  const digits = value.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19) return false;
  const issued = IIN_RANGES.some(([len, from, to, lengths]) => {
    const prefix = Number(digits.slice(0, len));
    return prefix >= from && prefix <= to && lengths.includes(digits.length);
  });
  return issued && passesLuhn(digits);
}
