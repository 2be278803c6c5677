/**
 * Licence plates: 2-8 letters and digits with at least one of each (US, UK, EU, AU formats).
 * Digits-only or letters-only strings after "tag" or "plate" are counts and words ("tag 2", "tag me").
 * A spaced plate ("ABC 1234", "AB12 CDE") must look printed: upper case, no one-character half,
 * so that "tag 3 of" or "reg 12 noon" stay prose.
 */
export function isPlausiblePlate(value: string): boolean {
  const chars = value.replace(/[ -]/g, '');
  if (chars.length < 2 || chars.length > 8) return false;
  if (!/\d/.test(chars) || !/[A-Za-z]/.test(chars)) return false;
  const upper = value === value.toUpperCase();
  const parts = value.split(/[ -]/);
  if (parts.length > 1) return upper && parts.every((p) => p.length >= 2);
  // Two characters typed in lower case ("tag a1") read as chat, not a plate.
  return chars.length > 2 || upper;
}
