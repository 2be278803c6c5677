/** Whole-word phrase matching. "lic" must not match "duplicate"; "pt" must not match "apt". */
import { anchoredMatches, declarePhrases, matchesInWindow } from './anchors';
import { compiledNatively } from './compile';
import { declareLetters, longestWord, mayHoldMatch } from './letters';

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
      return { before, body, after };
    });
  // Explicit letter ranges instead of \p{L} with the u flag: several times faster in V8 on long
  // drafts, and the phrases themselves are Latin.
  const re = new RegExp(`(?:${byFirstLetter(alternatives, flags).join('|')})`, flags);
  declarePhrases(re, phrases);
  // Every match spells a phrase, hence its longest word (case folded: the unit tests prove it of
  // each list from the regex itself).
  return declareLetters(re, () => [...new Set(phrases.map((p) => longestWord(p.toLowerCase())))]);
}

/**
 * V8 tries every alternative at every position of the text, so a list of a hundred phrases costs
 * a hundred checks per character. Alternatives that start with the same ASCII letter or digit are
 * merged behind that one character ("c(?:oach|elebrity|...)"), which makes it one check per
 * distinct first letter. The matches are exactly those of the plain list: phrases with different
 * first letters can never match at the same position, so only the order within a group matters,
 * and that order is kept (longest first). Everything else (punctuation, spaces, non-ASCII, whose
 * case pairs are harder to reason about) stays as its own alternative.
 */
function byFirstLetter(alternatives: { before: string; body: string; after: string }[], flags: string): string[] {
  if (flags.includes('u')) return alternatives.map((a) => a.before + a.body + a.after);
  const fold = flags.includes('i');
  const groups = new Map<string, typeof alternatives>();
  const out: (string | typeof alternatives)[] = [];
  for (const a of alternatives) {
    const first = a.body[0];
    if (first === undefined || !/[A-Za-z0-9]/.test(first)) {
      out.push(a.before + a.body + a.after);
      continue;
    }
    const key = fold ? first.toLowerCase() : first;
    const group = groups.get(key);
    if (group) group.push(a);
    else {
      const created = [a];
      groups.set(key, created);
      out.push(created);
    }
  }
  return out.map((g) => {
    if (typeof g === 'string') return g;
    if (g.length === 1) return g[0]!.before + g[0]!.body + g[0]!.after;
    // All members share the first character, hence also the same `before` boundary.
    return `${g[0]!.before}${g[0]!.body[0]}(?:${g.map((a) => a.body.slice(1) + a.after).join('|')})`;
  });
}

/** All matches of a global regex in text[from, to), with offsets into text. */
export function matchesIn(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesIn needs a global regex (would loop forever): ${re.source.slice(0, 60)}`);
  // A post without any of the regex's letters: no match, and the regex is not compiled. Its
  // lastIndex is left as a scan finding nothing leaves it (callers test some regexes directly too).
  if (!mayHoldMatch(re, text)) {
    re.lastIndex = 0;
    return [];
  }
  const anchored = anchoredMatches(re, text, from, to) ?? matchesInWindow(re, text, from, to);
  if (anchored) return anchored;
  const out: RegExpExecArray[] = [];
  compiledNatively(re).lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    if (m.index + m[0].length > to) break;
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * A draft's words as offsets, word k being text[starts[k], ends[k]): typed arrays rather than an
 * object per word, since a long draft's twelve thousand words are kept for the whole analysis and
 * the garbage collector would copy each object as it runs.
 */
export interface Words {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

// Latin letters only (no u flag): windows are counted in words, and this is the hot loop on long
// drafts. Words in other scripts simply do not count towards a window's width.
// A word starts with a letter or digit and may go on with apostrophes, underscores and hyphens
// ("pt's", "drug-seeker"): /[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'’_-]*/, as a loop
// over char codes, which spares a match object per word of a long draft.
const startsWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
const continuesWord = (c: number) => startsWord(c) || c === 0x27 || c === 0x2019 || c === 0x5f || c === 0x2d;

export function wordSpans(text: string): Words {
  const n = text.length;
  // Words are at least one character apart: at most every other character starts one.
  const starts = new Int32Array((n + 1) >> 1);
  const ends = new Int32Array(starts.length);
  let count = 0;
  for (let i = 0; i < n; ) {
    if (!startsWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && continuesWord(text.charCodeAt(j))) j++;
    starts[count] = i;
    ends[count++] = j;
    i = j;
  }
  return { length: count, starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

const withIndices = new Map<string, WeakMap<RegExp, RegExp>>();
/**
 * The same regex with the `d` flag when it has the named group `group`, so that group's offsets
 * come from the regex engine, not indexOf. Only then: offsets for every group of every match cost
 * time on long drafts.
 */
export function withIndicesOf(re: RegExp, group: string): RegExp {
  let byRegex = withIndices.get(group);
  if (!byRegex) withIndices.set(group, (byRegex = new WeakMap()));
  let d = byRegex.get(re);
  if (!d) byRegex.set(re, (d = re.hasIndices || !re.source.includes(`(?<${group}>`) ? re : new RegExp(re.source, `${re.flags}d`)));
  return d;
}
