/**
 * Medicare Beneficiary Identifier (CMS, since 2018): 11 characters,
 *   C A AN N A AN N A A N N
 * C = 1-9, N = 0-9, A = letter except S L O I B Z (look like digits), AN = either.
 * Printed on cards as 4-3-4 with dashes; both dashes or none.
 */
const A = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';
const MBI = new RegExp(`^[1-9]${A}${AN}\\d${A}${AN}\\d${A}${A}\\d\\d$`);

export function isValidMbi(value: string): boolean {
  const dashes = (value.match(/-/g) ?? []).length;
  if (dashes === 2 && !/^.{4}-.{3}-.{4}$/.test(value)) return false;
  if (dashes !== 0 && dashes !== 2) return false;
  return MBI.test(value.replace(/-/g, ''));
}
