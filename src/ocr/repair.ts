/**
 * Repairs of OCR confusions that matter for PHI. Medical viewers often use fonts with a dotted or
 * slashed zero, which tesseract reads as 8 or 6 ("DOB 68.12.1974"): the date is then invalid and
 * the engine rightly ignores it. A date-shaped token that is invalid as read but valid with the
 * fewest such swaps back to 0 is repaired; anything else is left exactly as read. The labels and
 * markers that tell the engine what a field is ("ID", "[F]") are repaired where a letter was read
 * as a look-alike ("1D", "{F]"): without them an ID is just a number.
 */

const DATE_SHAPED = /^(?:(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})|(\d{4})([./-])(\d{1,2})\6(\d{1,2}))$/;

/** "1D", "lD", "|D", "I)" (the ID label); "{F]", "(M]", "[F)" (the sex marker). */
const ID_LABEL = /^[1lI|]([D)])([:.;]?)$/;
/** Field labels whose colon was read as a period or semicolon ("MRN. 678595"). */
const LABEL_STOP = /^(ID|MRN|DOB|PID|ACC|SEX|AGE)[.;]$/;
const SEX_MARKER = /^[[({]([MFmf])[\])}]$/;

/** Every repair below, on one OCR token; a token none applies to is returned as read. */
export function repairToken(token: string): string {
  const label = ID_LABEL.exec(token);
  if (label) return `ID${label[2] ? ':' : ''}`;
  const stop = LABEL_STOP.exec(token);
  if (stop) return `${stop[1]}:`;
  const sex = SEX_MARKER.exec(token);
  if (sex) return `[${sex[1]!.toUpperCase()}]`;
  return repairDateToken(token);
}
/** Digits tesseract puts where a dotted or slashed zero was: swapped back only if needed. */
const ZERO_LOOKALIKES = new Set(['6', '8', '9']);
/** Non-digits read in place of 0 and 1 inside a number: always mapped back in a date shape. */
const NOT_DIGITS: Record<string, string> = { O: '0', o: '0', Q: '0', D: '0', '©': '0', '°': '0', '@': '0', Ø: '0', ø: '0', l: '1', I: '1', '|': '1' };
const MAX_SWAPS = 3;

function validDate(text: string, latestYear: number): boolean {
  const m = DATE_SHAPED.exec(text);
  if (!m) return false;
  const ok = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  // Year first (ISO, 1957-03-14): year-month-day only.
  if (m[5]) return validYear(Number(m[5]), latestYear) && ok(Number(m[7]), Number(m[8]));
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (m[4]!.length === 4 && !validYear(Number(m[4]), latestYear)) return false;
  // Month-day or day-month: both orders are in use on overlays.
  return ok(a, b) || ok(b, a);
}

function validYear(year: number, latestYear: number): boolean {
  return year >= 1880 && year <= latestYear;
}

/**
 * A token shaped like a valid date (after repair): kept even when tesseract is unsure of it. A
 * slashed or dotted zero often gets confidence near 0 although the repair above recovers the date
 * exactly, and nothing else on an image has this shape by chance.
 */
export function isValidDateToken(token: string, latestYear = new Date().getFullYear() + 1): boolean {
  const core = token.replace(/^[^0-9]+|[^0-9]+$/g, '');
  return validDate(core, latestYear);
}

export function repairDateToken(token: string, latestYear = new Date().getFullYear() + 1): string {
  const m = /^([^0-9A-Za-z©°@Øø|]*)(.*?)([^0-9A-Za-z©°@Øø|]*)$/.exec(token)!;
  const [, lead, raw, trail] = m as unknown as [string, string, string, string];
  const core = [...raw].map((c) => NOT_DIGITS[c] ?? c).join('');
  if (!DATE_SHAPED.test(core)) return token;
  if (validDate(core, latestYear)) return lead + core + trail;
  const positions = [...core].flatMap((c, i) => (ZERO_LOOKALIKES.has(c) ? [i] : []));
  // Fewest swaps first: a 1-swap repair beats a 2-swap one that is also valid.
  for (let swaps = 1; swaps <= Math.min(MAX_SWAPS, positions.length); swaps++) {
    for (const subset of combinations(positions, swaps)) {
      const chars = [...core];
      for (const i of subset) chars[i] = '0';
      const candidate = chars.join('');
      if (validDate(candidate, latestYear)) return lead + candidate + trail;
    }
  }
  return token;
}

function* combinations(items: number[], k: number, from = 0, acc: number[] = []): Generator<number[]> {
  if (acc.length === k) {
    yield acc;
    return;
  }
  for (let i = from; i < items.length; i++) yield* combinations(items, k, i + 1, [...acc, items[i]!]);
}
