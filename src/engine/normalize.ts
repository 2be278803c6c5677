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
  // Worst case an input unit yields several output units (NFKC of ligatures), so grow as needed.
  let origin = new Uint32Array(input.length + 1);
  let n = 0;
  const reserve = (extra: number) => {
    if (n + extra + 1 <= origin.length) return;
    const grown = new Uint32Array((origin.length + extra) * 2);
    grown.set(origin);
    origin = grown;
  };

  // Long drafts are mostly ASCII: copy ASCII runs whole and only look at the other characters.
  const special = /[^\x00-\x7F]+/g;
  let last = 0;
  for (let m = special.exec(input); ; m = special.exec(input)) {
    const runEnd = m ? m.index : input.length;
    if (runEnd > last) {
      reserve(runEnd - last);
      out.push(input.slice(last, runEnd));
      for (let i = last; i < runEnd; i++) origin[n++] = i;
    }
    if (!m) break;
    const stop = m.index + m[0].length;
    for (let i = m.index; i < stop; ) {
      const ch = String.fromCodePoint(input.codePointAt(i)!);
      if (!INVISIBLE.test(ch)) {
        const folded = PUNCTUATION_FOLD[ch] ?? ch.normalize('NFKC');
        reserve(folded.length);
        for (let k = 0; k < folded.length; k++) origin[n++] = i;
        out.push(folded);
      }
      i += ch.length;
    }
    last = stop;
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
