/**
 * Phone number plausibility. Shapes alone collide with order numbers, versions and dates;
 * numbering-plan rules remove most of those collisions.
 */

const EXTENSION = /(?<!\s)\s*(?:ext\.?|extension|x)\s*\d{1,6}$/i;

/**
 * NANP: area code and exchange start 2-9 (0 and 1 are trunk prefixes), and neither is an N11
 * service code (211, 311, 911...). 555-01XX stays valid: it is fictional but the shape people type.
 */
export function isValidNanp(tenDigits: string): boolean {
  return /^[2-9](?!11)\d\d[2-9](?!11)\d\d\d{4}$/.test(tenDigits) && !/^(\d)\1{9}$/.test(tenDigits);
}

/** A seven-digit local number: the exchange follows the same rule as in a full NANP number. */
export function isValidNanpLocal(sevenDigits: string): boolean {
  return /^[2-9](?!11)\d\d\d{4}$/.test(sevenDigits);
}

/** E.164 allows at most 15 digits with the country code; fewer than 8 is a short code, not a line. */
export function isPlausibleInternational(digits: string): boolean {
  return digits.length >= 8 && digits.length <= 15 && !/^(\d)\1+$/.test(digits);
}

/** Any format the phone recognizer matches: +CC international, NANP with or without +1, local 7-digit. */
export function isPlausiblePhoneNumber(value: string): boolean {
  const main = value.replace(EXTENSION, '');
  // "(0)" is the UK/EU trunk digit shown beside the country code; it is not dialled from abroad.
  const digits = main.replace(/\(0\)/, '').replace(/\D/g, '');
  if (main.startsWith('+') && !main.startsWith('+1')) return isPlausibleInternational(digits);
  // A trunk 0 then 9-10 digits: national numbers outside North America.
  // 014-555-0122 is a mistyped North American number, not a national one.
  if (/^0\d\d[ .-]\d{3}[ .-]\d{4}$/.test(main)) return false;
  if (/^\(?0/.test(main)) return (digits.length === 10 || digits.length === 11) && !/^0(\d)\1+$/.test(digits);
  if (/^1[38]00/.test(digits) && digits.length === 10) return true;
  if (digits.length === 7) return isValidNanpLocal(digits);
  if (digits.length === 11 && digits.startsWith('1')) return isValidNanp(digits.slice(1));
  return digits.length === 10 && isValidNanp(digits);
}

/**
 * Any country's number as dialled: 7 to 15 digits (E.164's maximum), not one digit repeated. The
 * shape says little, so callers ask for a phone word nearby as well.
 */
export function isPlausibleDialledNumber(value: string): boolean {
  const main = value.replace(EXTENSION, '');
  // Written as a North American number without a country code, it must be a valid one
  // ("123-456-7890", "614-911-0122" are not); "+1-903-140-4508" dialled abroad may carry a typo.
  if (/^(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/.test(main)) return isPlausiblePhoneNumber(main);
  const digits = main.replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 && !/^(\d)\1+$/.test(digits);
}
