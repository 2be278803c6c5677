/**
 * FDA Unique Device Identifier check characters. A UDI is printed under a barcode on every
 * implant card and pump label; the two issuing agencies' formats each carry a check:
 * GS1 (the GTIN's mod-10 digit) and HIBCC (a mod-43 character).
 */

/** GS1 mod-10: weights 3,1,3,... from the digit left of the check digit. Covers GTIN-8/12/13/14. */
export function isValidGtin(digits: string): boolean {
  if (!/^\d{8}$|^\d{12,14}$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += Number(digits[i]) * w;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/** "(01)" + GTIN-14, then further application identifiers ((17) expiry, (10) lot, (21) serial). */
export function isValidGs1Udi(value: string): boolean {
  const m = /^\(01\)(\d{14})/.exec(value);
  return m !== null && isValidGtin(m[1]!);
}

const HIBCC_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%';

/** HIBCC: "+" then data; the last character is the mod-43 sum of the values of all before it. */
export function isValidHibccUdi(value: string): boolean {
  if (!value.startsWith('+') || value.length < 6) return false;
  let sum = 0;
  for (const c of value.slice(0, -1)) {
    const v = HIBCC_CHARSET.indexOf(c);
    if (v < 0) return false;
    sum += v;
  }
  return HIBCC_CHARSET[sum % 43] === value[value.length - 1];
}
