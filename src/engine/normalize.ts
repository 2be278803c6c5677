/**
 * Normalisation for matching, with a map back to the original offsets.
 *
 * Clinicians paste from phones and EHRs: fullwidth digits ("１２３"), zero-width joiners that
 * split "S​SN", curly apostrophes, en-dashes in phone numbers, bidi marks around Arabic or Hebrew
 * names. Recognizers see one clean string; findings are reported in the user's own offsets.
 */
export interface NormalizedText {
  /** The text recognizers match against. */
  text: string;
  /** Original offset of each normalised UTF-16 unit; one extra entry maps text.length. */
  origin: Uint32Array;
  source: string;
}

// Invisible characters that only change rendering: zero-width space/joiners, word joiner,
// BOM, soft hyphen, bidi embedding/isolate controls, LRM/RLM, variation selectors.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF]/;

// Punctuation that NFKC leaves alone but that people and phones use interchangeably.
const PUNCTUATION_FOLD: Record<string, string> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"',
};

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * What a character folds to (empty when invisible), remembered: NFKC of one character is slow.
 * Characters of the Basic Multilingual Plane that fold to themselves (most of any script) are
 * remembered in a bitmap without limit; other results in a bounded map.
 */
const folds = new Map<number, string | null>();
const MAX_FOLDS = 4096;
const UNCHANGED = new Uint8Array(0x10000);
/** The fold of the code point at `i` (`width` units), or undefined when it folds to itself. */
function foldAt(input: string, i: number, width: number): string | undefined {
  const code = width === 1 ? input.charCodeAt(i) : input.codePointAt(i)!;
  if (code < 0x10000 && UNCHANGED[code]) return undefined;
  let folded = folds.get(code);
  if (folded === undefined) {
    const ch = input.slice(i, i + width);
    const to = INVISIBLE.test(ch) ? '' : (PUNCTUATION_FOLD[ch] ?? ch.normalize('NFKC'));
    folded = to === ch ? null : to;
    if (folded === null && code < 0x10000) UNCHANGED[code] = 1;
    else if (folds.size < MAX_FOLDS) folds.set(code, folded);
  }
  return folded ?? undefined;
}

export function normalize(input: string): NormalizedText {
  const n = input.length;
  const out: string[] = [];
  // Worst case an input unit yields several output units (NFKC of ligatures), so grow as needed.
  let origin = new Uint32Array(n + 1);
  let k = 0;
  const reserve = (extra: number) => {
    if (k + extra + 1 <= origin.length) return;
    const grown = new Uint32Array((origin.length + extra) * 2);
    grown.set(origin);
    origin = grown;
  };
  // One loop over char codes, no match objects: long drafts are mostly ASCII, and a paste of
  // 63,000 CJK characters or emoji mostly folds to itself. Characters that fold to themselves are
  // copied as slices between the ones that change.
  let copied = 0;
  for (let i = 0; i < n; ) {
    const c = input.charCodeAt(i);
    if (c < 128) {
      origin[k++] = i++;
      continue;
    }
    const width = isHigh(c) && i + 1 < n && isLow(input.charCodeAt(i + 1)) ? 2 : 1;
    const folded = foldAt(input, i, width);
    if (folded === undefined) {
      // Both units of a surrogate pair map to the pair's start, as for a folded character.
      origin[k++] = i;
      if (width === 2) origin[k++] = i;
      i += width;
      continue;
    }
    if (i > copied) out.push(input.slice(copied, i));
    // Room for the fold and for the rest of the input as it is.
    reserve(folded.length + n - i);
    for (let f = 0; f < folded.length; f++) origin[k++] = i;
    out.push(folded);
    i += width;
    copied = i;
  }
  if (!out.length) {
    origin[k] = n;
    return { text: input, origin: origin.subarray(0, k + 1), source: input };
  }
  if (copied < n) out.push(input.slice(copied));
  origin[k] = n;
  return { text: out.join(''), origin: origin.subarray(0, k + 1), source: input };
}

/** Maps a normalised [start, end) back to the original string's offsets. */
export function toOriginal(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.origin[start]!;
  if (end <= start) return [s, s];
  // End just after the original code point that produced text[end - 1] (one or two UTF-16 units),
  // so trailing invisible characters are not swallowed into the match.
  const last = norm.origin[end - 1]!;
  const code = norm.source.charCodeAt(last);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return [s, last + width];
}
