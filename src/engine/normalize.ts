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

/** What a character folds to (empty when invisible), remembered: NFKC of one character is slow. */
const folds = new Map<string, string>();
const MAX_FOLDS = 4096;
function foldOf(ch: string): string {
  let folded = folds.get(ch);
  if (folded !== undefined) return folded;
  folded = INVISIBLE.test(ch) ? '' : (PUNCTUATION_FOLD[ch] ?? ch.normalize('NFKC'));
  if (folds.size < MAX_FOLDS) folds.set(ch, folded);
  return folded;
}

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
    // Characters that fold to themselves are copied as one slice, not one string each: a paste
    // of 63,000 CJK or emoji characters is mostly that.
    let same = m.index;
    const flush = (to: number) => {
      if (to <= same) return;
      reserve(to - same);
      out.push(input.slice(same, to));
      // Both units of a surrogate pair map to the pair's start, as for a folded character.
      for (let k = same; k < to; k++) {
        const pair = isHigh(input.charCodeAt(k)) && k + 1 < to && isLow(input.charCodeAt(k + 1));
        origin[n++] = k;
        if (pair) origin[n++] = k++;
      }
    };
    for (let i = m.index; i < stop; ) {
      const ch = String.fromCodePoint(input.codePointAt(i)!);
      const folded = foldOf(ch);
      if (folded !== ch) {
        flush(i);
        reserve(folded.length);
        for (let k = 0; k < folded.length; k++) origin[n++] = i;
        out.push(folded);
        same = i + ch.length;
      }
      i += ch.length;
    }
    flush(stop);
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
