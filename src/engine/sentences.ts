/**
 * Sentence bounds for spans that describe a whole thought (a patient story). Deliberately simple:
 * posts are short and informal; a full tokenizer would cost more than it gains. Titles and single
 * initials ("Mr.", "Sandra K.") do not end a sentence.
 */
// Each run of end marks is tried from its first character only: from inside a run of 63,000 dots
// the scan would re-read the rest of the run at every position.
const END = /(?<![.!?…])[.!?…]+["')\]]*(?=\s|$)|(?<!\n)\n+/g;
const NOT_AN_END = /(?:\b(?:Mr|Mrs|Ms|Dr|Pt|St|Mt|Jr|Sr|vs|approx|No|Rm|Ft)|(?:^|\s)[A-Z])\.$/;

// A constant, not a literal in the loops below: a literal is a new RegExp object per evaluation.
const SPACE = /\s/;

/** All sentences as trimmed [start, end) pairs, in order. Linear in the text length. */
export function sentenceBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text))) {
    if (m[0][0] !== '\n' && NOT_AN_END.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    const stop = m[0][0] === '\n' ? m.index : m.index + m[0].length;
    pushTrimmed(out, text, start, stop);
    start = m.index + m[0].length;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: [number, number][], text: string, start: number, end: number) {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start) out.push([start, end]);
}

/** The sentence containing `index` (binary search over precomputed bounds). */
export function sentenceAt(bounds: readonly [number, number][], index: number): [number, number] {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]![0] <= index) lo = mid;
    else hi = mid - 1;
  }
  return bounds[lo] ?? [index, index];
}
