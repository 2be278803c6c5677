/**
 * Sentence bounds for spans that describe a whole thought (a patient story). Deliberately simple:
 * posts are short and informal; a full tokenizer would cost more than it gains. Titles and single
 * initials ("Mr.", "Sandra K.") do not end a sentence.
 */
// What ends a sentence: a run of end marks (tried from its first character only), closing quotes
// or brackets, then whitespace or the end; or a run of newlines. As a regex:
//   /(?<![.!?…])[.!?…]+["')\]]*(?=\s|$)|(?<!\n)\n+/g
// found by the loop in nextEnd instead: a regex scan of every character costs 5-10 times more
// once V8 stops optimizing regexes (a busy page's isolate; docs/architecture.md, Engine time).
const isEndMark = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;
const NOT_AN_END = /(?:\b(?:Mr|Mrs|Ms|Dr|Pt|St|Mt|Jr|Sr|vs|approx|No|Rm|Ft)|(?:^|\s)[A-Z])\.$/;

// A constant, not a literal in the loops below: a literal is a new RegExp object per evaluation.
const SPACE = /\s/;

/** All sentences as trimmed [start, end) pairs, in order. Linear in the text length. */
export function sentenceBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const found = { index: 0, end: 0 };
  for (let from = 0; nextEnd(text, from, found); from = found.end) {
    const newline = text.charCodeAt(found.index) === 0x0a;
    if (!newline && NOT_AN_END.test(text.slice(Math.max(0, found.index - 8), found.index + 1))) continue;
    pushTrimmed(out, text, start, newline ? found.index : found.end);
    start = found.end;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

/**
 * The next sentence end at or after `from` (what the regex above finds scanning from there), into
 * `found`; false when there is none. A run of marks that is not followed by whitespace ends
 * nothing: the regex, backtracking, cannot end it earlier either (a mark or a closer would follow).
 */
function nextEnd(text: string, from: number, found: { index: number; end: number }): boolean {
  const n = text.length;
  for (let i = from; i < n; ) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (isEndMark(c) && !isEndMark(prev)) {
      let j = i + 1;
      while (j < n && isEndMark(text.charCodeAt(j))) j++;
      let k = j;
      while (k < n && isCloser(text.charCodeAt(k))) k++;
      if (k === n || SPACE.test(text[k]!)) {
        found.index = i;
        found.end = k;
        return true;
      }
      i = j;
    } else if (c === 0x0a && prev !== 0x0a) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 0x0a) j++;
      found.index = i;
      found.end = j;
      return true;
    } else i++;
  }
  return false;
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
