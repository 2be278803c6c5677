/**
 * Luhn mod-10 check (ISO/IEC 7812-1). Card numbers carry it so that one mistyped digit or a
 * swapped pair is caught at the till; we use it the other way round: a random 16-digit run
 * (an order number, a lab value pasted twice) passes only one time in ten.
 */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
