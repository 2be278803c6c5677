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

export function normalize(input: string): NormalizedText {
  const out: string[] = [];
  // Worst case each input unit yields a few output units (NFKC of ligatures), so grow as needed.
  let origin = new Uint32Array(input.length + 1);
  let n = 0;
  const push = (s: string, from: number) => {
    if (n + s.length + 1 > origin.length) {
      const grown = new Uint32Array((origin.length + s.length) * 2);
      grown.set(origin);
      origin = grown;
    }
    for (let k = 0; k < s.length; k++) origin[n++] = from;
    out.push(s);
  };

  for (let i = 0; i < input.length; ) {
    const code = input.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path: long drafts are mostly ASCII and this keeps normalisation linear and cheap.
      push(input[i]!, i);
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (!INVISIBLE.test(ch)) {
      const folded = PUNCTUATION_FOLD[ch] ?? ch.normalize('NFKC');
      push(folded, i);
    }
    i += width;
  }
  origin[n] = input.length;
  return { text: out.join(''), origin: origin.subarray(0, n + 1), source: input };
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
