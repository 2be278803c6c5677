/** Whole-word phrase matching. "lic" must not match "duplicate"; "pt" must not match "apt". */

/** Letters and digits, Latin-1 and Latin Extended included, for whole-word boundaries. */
export const WORD_CHAR = '[A-Za-z0-9_\\u00C0-\\u024F]';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles phrases into one case-insensitive regex that only matches whole words.
 * Phrases may contain spaces (matching any run of whitespace) and punctuation such as "mr#".
 */
export function phraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length) // longest first so "medical record number" beats "medical record"
    .map((p) => {
      const body = escape(p).replace(/\s+/g, '\\s+');
      // A boundary only where the phrase itself ends in a letter or digit: "ss#" must still match
      // in "ss#623114087".
      const before = /^[A-Za-z0-9_\u00C0-\u024F]/.test(p) ? `(?<!${WORD_CHAR})` : '';
      const after = /[A-Za-z0-9_\u00C0-\u024F]$/.test(p) ? `(?!${WORD_CHAR})` : '';
      return `${before}${body}${after}`;
    });
  // Explicit letter ranges instead of \p{L} with the u flag: several times faster in V8 on long
  // drafts, and the phrases themselves are Latin.
  return new RegExp(`(?:${alternatives.join('|')})`, flags);
}

/** All matches of a global regex in text[from, to), with offsets into text. */
export function matchesIn(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesIn needs a global regex (would loop forever): ${re.source.slice(0, 60)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    if (m.index + m[0].length > to) break;
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export interface WordSpan {
  start: number;
  end: number;
}

// Latin letters only (no u flag): windows are counted in words, and this is the hot loop on long
// drafts. Words in other scripts simply do not count towards a window's width.
const WORD = /[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’_-]*/g;

export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}
