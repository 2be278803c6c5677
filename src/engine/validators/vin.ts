/**
 * North American VIN check digit (49 CFR 565.15): letters transliterate to numbers, each
 * position has a weight, and position 9 is the weighted sum mod 11 (10 written as X).
 * Seventeen random capitals and digits pass one time in eleven; a real VIN always does.
 */
const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

export function isValidVin(value: string): boolean {
  // I, O and Q are never used: they read as 1 and 0.
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = value[i]!;
    const n = c >= '0' && c <= '9' ? Number(c) : TRANSLITERATION[c]!;
    sum += n * WEIGHTS[i]!;
  }
  const check = sum % 11;
  return value[8] === (check === 10 ? 'X' : String(check));
}
