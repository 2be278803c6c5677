import { compiledNatively } from '../compile';
import { mayHoldMatch } from '../letters';
import { firstAtOrAfter } from '../sorted';
import { anchorPrefixes, EXACT, TEXT_START } from './prefixes';
import { digitRuns, placesFitting, type DigitRun } from './digit-runs';
import { wordIndexOf } from './scope';
import { isWordCode, PLACES_DENSE_RATIO, type Positions } from './word-index';

/**
 * Scanning a long draft with a regex that starts with a word: most recognizers look for
 * `\b(?:pt|patient|guy|...)` or a phrase list, and V8 tries such a regex at every character of the
 * draft. When every match of a regex must start where a word starts, with one of a few known
 * prefixes (prefixes.ts), the regex only needs trying at those words (word-index.ts). A
 * 63,000-character draft then costs what its matching words cost, not the regex's length times
 * the draft's. The other strategies here try a regex only near a character every match holds, or
 * position by position over a short window.
 *
 * Every strategy returns exactly the matches of a plain scan (tests/unit/engine/anchors.test.ts
 * compares both on the eval corpora), or undefined when a plain scan is as cheap.
 */

const stickies = new WeakMap<RegExp, RegExp>();
let enabled = true;

function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = compiledNatively(new RegExp(re.source, `${re.flags}y`))));
  return sticky;
}

/** Turns anchored scanning off and on: for tests and benchmarks that compare both paths. */
export function useAnchors(on: boolean): void {
  enabled = on;
}

/** Below this many characters a plain scan is as cheap as looking words up. */
const ANCHOR_MIN_CHARS = 2_000;

/** A regex's prefixes, and one string that names the set. */
interface Prefixes {
  list: readonly string[];
  key: string;
}
const prefixCache = new WeakMap<RegExp, Prefixes | null>();

function prefixesOf(re: RegExp): Prefixes | null {
  let prefixes = prefixCache.get(re);
  if (prefixes === undefined) {
    const list = anchorPrefixes(re);
    prefixCache.set(re, (prefixes = list ? { list, key: [...list].sort().join('|') } : null));
  }
  return prefixes;
}

/**
 * Matches of global `re` starting in text[from, to) and ending by `endBy`, when the regex is
 * anchored and the stretch long enough to gain; else undefined. The regex is tried only where a
 * match could start, in text order, skipping positions inside the previous match: exactly the
 * sequence a scan from `from` returns.
 */
export function anchoredMatches(re: RegExp, text: string, from: number, to: number, endBy = to, minChars = ANCHOR_MIN_CHARS): RegExpExecArray[] | undefined {
  if (!enabled || to - from < minChars) return undefined;
  const runs = digitRunsOf(re);
  const positions = runs ? placesWithDigitRuns(re, text, runs) : positionsOf(re, text, false);
  if (!positions) return undefined;
  return tryAt(positions, stickyOf(re), text, from, to, endBy);
}

/**
 * A draft packed with numbers has a run of digits every dozen characters, too many places to try
 * a regex that starts at any of them (word-index.ts, PLACES_DENSE_RATIO): but a phone or card
 * pattern needs seven or more digits there, an SSN three then "-", an age one to three then a
 * space or "y" (digit-runs.ts), which few of them have. Those few, when few enough to gain (or
 * when the regex's places were few to begin with); else null. Per draft (its places list) and regex.
 */
const fitting = new WeakMap<Int32Array, WeakMap<RegExp, Int32Array | null>>();
function placesWithDigitRuns(re: RegExp, text: string, runs: readonly DigitRun[]): Int32Array | null {
  const few = positionsOf(re, text, false);
  const all = few ?? positionsOf(re, text, true);
  if (!all) return null;
  let byRegex = fitting.get(all);
  if (!byRegex) fitting.set(all, (byRegex = new WeakMap()));
  let found = byRegex.get(re);
  if (found !== undefined) return found;
  const kept = placesFitting(text, all, runs);
  found = few || kept.length * PLACES_DENSE_RATIO <= text.length ? kept : null;
  byRegex.set(re, found);
  return found;
}

const digitRunsCache = new WeakMap<RegExp, readonly DigitRun[] | null>();
function digitRunsOf(re: RegExp): readonly DigitRun[] | null {
  let runs = digitRunsCache.get(re);
  if (runs === undefined) digitRunsCache.set(re, (runs = digitRuns(re) ?? null));
  return runs;
}

/** Sticky regexes chosen per place: the k-th place tries `regexes[which[k]]`. */
export interface RegexPerPlace {
  regexes: readonly RegExp[];
  which: Uint16Array;
}

/**
 * Tries a sticky regex (or at each place its own, `tries`) at the candidate `positions` in
 * [from, to) of `subject`, in text order, skipping those inside the previous match: the sequence a
 * scan from `from` returns, when no match can start elsewhere. A match that ends past `endBy` ends
 * the search. `positions` are offsets into a text `subject` starts `offset` characters into (a
 * window's slice), and the matches' offsets are into `subject`.
 */
export function tryAt(positions: Int32Array, tries: RegExp | RegexPerPlace, subject: string, from: number, to: number, endBy: number, offset = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const one = tries instanceof RegExp ? tries : undefined;
  let next = from;
  for (let k = firstAtOrAfter(positions, from + offset); k < positions.length; k++) {
    const at = positions[k]! - offset;
    if (at >= to) break;
    if (at < next) continue;
    const sticky = one ?? (tries as RegexPerPlace).regexes[(tries as RegexPerPlace).which[k]!]!;
    sticky.lastIndex = at;
    const m = sticky.exec(subject);
    if (!m) continue;
    if (m.index + m[0].length > endBy) break;
    out.push(m);
    next = m.index + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * A window this many times shorter than the text after it is searched position by position: a
 * scan that finds nothing in the window runs on to the next match anywhere in the draft.
 */
const WINDOW_RATIO = 8;

/**
 * Matches of global `re` in a short window text[from, to) of a long draft (context words around a
 * match, the target of an insult), exactly as a scan from `from` that stops at `to` finds them:
 * at the candidate words inside the window when the regex is anchored, else by trying each
 * position of the window. Undefined when a plain scan is as cheap.
 */
export function matchesInWindow(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] | undefined {
  if (!enabled || text.length < ANCHOR_MIN_CHARS || to >= text.length) return undefined;
  // Where a match may start, however many places that is: a window's word starts are still
  // fewer tries than its characters.
  const positions = positionsOf(re, text, true);
  if (positions) return tryAt(positions, stickyOf(re), text, from, to, to);
  if ((to - from) * WINDOW_RATIO > text.length - to) return undefined;
  const out: RegExpExecArray[] = [];
  tryEachPosition(stickyOf(re), text, from, to, to, out);
  return out;
}

/**
 * Tries a sticky regex at each position of [from, to) as a scan does: after a match, from its end.
 * Matches go to `out`; one that ends past `endBy` ends the search. Returns where a scan would go on.
 */
function tryEachPosition(sticky: RegExp, text: string, from: number, to: number, endBy: number, out: RegExpExecArray[]): number {
  let p = from;
  while (p < to) {
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) {
      p++;
      continue;
    }
    if (m.index + m[0].length > endBy) return text.length;
    out.push(m);
    p = m.index + Math.max(1, m[0].length);
  }
  return p;
}

/** The words of each phrase of a phrase list's regex (declarePhrases). */
const phraseWords = new WeakMap<RegExp, readonly (readonly string[])[]>();
/** The same, for the lists whose every phrase starts with a letter, digit or "_": each match starts at its first word. */
const wordPhrases = new WeakMap<RegExp, readonly (readonly string[])[]>();

/**
 * Declares that every match of `re` is one of `phrases` (words.ts, phraseRegex): each ASCII run of
 * letters, digits and "_" of the phrase is then a whole run of \w of the match, which the draft's
 * word index can look up. ("don't post": "don", "t", "post"; its edges are whole-word bounded.)
 */
export function declarePhrases(re: RegExp, phrases: readonly string[]): void {
  const words = phrases.map((p) => (p.match(/[A-Za-z0-9_]+/g) ?? []).map((w) => w.toLowerCase()));
  phraseWords.set(re, words);
  // Its boundary before makes the first word a whole run, where the match starts.
  if (phrases.every((p) => /^[A-Za-z0-9_]/.test(p))) wordPhrases.set(re, words);
}

/**
 * False only when no match of `re` can start anywhere in text.slice(from, to), a long draft's
 * window tested on its own: none of the regex's first words occurs there, or (a phrase list's
 * regex) no phrase's rarest word. True whenever that cannot be shown cheaply (short text,
 * unreadable regex, common first words), and when the window cuts a word, since the slice then
 * has a word the text does not.
 */
export function mayMatchInSlice(re: RegExp, text: string, from: number, to: number): boolean {
  // A post holding none of the regex's letters (letters.ts) holds no match in any slice of it.
  if (!mayHoldMatch(re, text)) return false;
  if (!enabled || text.length < ANCHOR_MIN_CHARS) return true;
  const phrases = phraseWords.get(re);
  if (phrases && !cutsWord(text, from) && !cutsWord(text, to)) {
    // Where each phrase's rarest word is: a context list's or a teaching list's first words
    // ("is", "what", "next") are everywhere, their whole phrases seldom.
    const rarest = wordIndexOf(text)?.rarestWordStarts(phrases);
    if (rarest) {
      const k = firstAtOrAfter(rarest, from);
      if (k >= rarest.length || rarest[k]! >= to) return false;
    }
  }
  const positions = positionsOf(re, text, false);
  if (!positions) return true;
  // A "^" holds at the slice's own start, which is no start of the text.
  if (prefixesOf(re)?.list.includes(TEXT_START)) return true;
  // (cutsWord, not a closure: this runs per candidate of a long draft, and a closure made per call
  // is a function object each time, named again by tsx's keepNames in the bench.)
  if (cutsWord(text, from) || cutsWord(text, to)) return true;
  const k = firstAtOrAfter(positions, from);
  return k < positions.length && positions[k]! < to;
}

/**
 * Matches of global `re` in `slice`, which is text.slice(from, to) of a long draft (the words
 * around a candidate), with offsets into the slice: exactly what a scan of the slice finds, but
 * tried only at the slice's start and where the draft's word index says a match may start.
 * Inside the slice a match starts where it would in the draft (its one-character lookbehinds see
 * the same character), unless the slice cuts a word at either edge: then undefined, as when the
 * regex is unreadable or anchors are off, and the caller scans the slice.
 */
export function matchesInSlice(re: RegExp, text: string, from: number, to: number, slice: string): RegExpExecArray[] | undefined {
  if (!enabled || text.length < ANCHOR_MIN_CHARS || cutsWord(text, from) || cutsWord(text, to)) return undefined;
  const positions = positionsOf(re, text, true);
  if (!positions) return undefined;
  let first = firstAtOrAfter(positions, from);
  let last = first;
  while (last < positions.length && positions[last]! < to) last++;
  // The slice's own start, where "^" holds whatever precedes it in the draft, is tried for a regex
  // that may start with "^". Any other match starts at a word (or character) the index lists:
  // `from` among them when a match can start there, since the slice cuts no word.
  const atStart = prefixesOf(re)?.list.includes(TEXT_START) ? 1 : 0;
  if (atStart && first < last && positions[first] === from) first++;
  const starts = new Int32Array(last - first + atStart);
  for (let k = first; k < last; k++) starts[k - first + atStart] = positions[k]! - from;
  return tryAt(starts, stickyOf(re), slice, 0, slice.length, slice.length);
}

/** Whether `at` falls inside a run of \w of the text (a character of the run either side). */
function cutsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && isWordCode(text.charCodeAt(at - 1)) && isWordCode(text.charCodeAt(at));
}

const SPACE = /\s/;

/**
 * All matches of global `re` in text, for a regex whose every match contains one of `chars` at
 * most `within` characters after its start, with no whitespace before it: the regex is tried
 * (sticky) only at the positions from there to each occurrence, in text order, skipping positions
 * inside the previous match. That is exactly the sequence a scan returns, because a scan's next
 * match must start at one of those positions. Undefined when anchors are off.
 */
export function matchesNearChar(re: RegExp, text: string, chars: string, within: number): RegExpExecArray[] | undefined {
  if (!enabled) return undefined;
  const sticky = stickyOf(re);
  const out: RegExpExecArray[] = [];
  // Every position before `next` was tried already, or lies inside a match.
  let next = 0;
  for (let at = nextOf(text, chars, 0); at !== -1; at = nextOf(text, chars, at + 1)) {
    if (at < next) continue;
    // Back to the whitespace before: each character is walked over once.
    const floor = Math.max(next, at - within);
    let first = at;
    while (first > floor && !SPACE.test(text[first - 1]!)) first--;
    next = tryEachPosition(sticky, text, first, at + 1, Infinity, out);
  }
  return out;
}

/**
 * All matches of global `re` in a long text, for a regex whose every match is one whole run of \w
 * characters `length` long (see NamedPattern.wholeRun): tried only at the runs of that length.
 * Runs do not overlap, so that is the sequence a scan returns. Undefined when a plain scan is as
 * cheap (anchors off, a short text, no draft in scope).
 */
export function matchesInRuns(re: RegExp, text: string, length: number): RegExpExecArray[] | undefined {
  if (!enabled || text.length < ANCHOR_MIN_CHARS) return undefined;
  const index = wordIndexOf(text);
  if (!index) return undefined;
  return tryAt(index.runsOfLength(length), stickyOf(re), text, 0, text.length, text.length);
}

/**
 * All matches of global `re` in a long text, for a regex whose every match starts where a run of
 * \w starts and holds one of `words` (lowercase) as a whole run, at most `runsBefore` runs after the
 * run it starts with ("the guy in 12": "in", one run after "guy"; "12 y/o in 4": three after "12"):
 * tried only at the runs just before each of those words. That is the sequence a scan returns,
 * since a scan's next match starts at one of them. The caller's reading of the regex is what makes
 * it exact (tests/unit/engine/anchors.test.ts checks it against a scan on the eval corpora).
 * Undefined when a plain scan is as cheap (anchors off, a short text, the words everywhere).
 */
export function matchesBeforeWords(re: RegExp, text: string, words: readonly string[], runsBefore: number): RegExpExecArray[] | undefined {
  if (!enabled || text.length < ANCHOR_MIN_CHARS) return undefined;
  const index = wordIndexOf(text);
  if (!index) return undefined;
  const list = words.map((w) => w + EXACT);
  const at = index.positions(list, [...list].sort().join('|'));
  if (!at) return undefined;
  const starts = index.runsBefore(at, runsBefore);
  if (starts.length * DENSE_TRIES > text.length) return undefined;
  return tryAt(starts, stickyOf(re), text, 0, text.length, text.length);
}

/**
 * All matches of global `re` in a long text, for a regex whose every match starts with `letters`
 * ASCII letters followed by a digit ("GB82 WEST...", an IBAN): that digit starts a run of digits
 * inside a run of \w, so the regex is tried only `letters` characters before each such place.
 * Undefined when a plain scan is as cheap.
 */
export function matchesBeforeInnerDigits(re: RegExp, text: string, letters: number): RegExpExecArray[] | undefined {
  if (!enabled || text.length < ANCHOR_MIN_CHARS) return undefined;
  const index = wordIndexOf(text);
  if (!index) return undefined;
  const inner = index.digitsInsideRuns;
  if (inner.length * DENSE_TRIES > text.length) return undefined;
  const starts = new Int32Array(inner.length);
  let n = 0;
  for (const at of inner) if (at >= letters) starts[n++] = at - letters;
  return tryAt(starts.subarray(0, n), stickyOf(re), text, 0, text.length, text.length);
}

/** As in word-index.ts: a regex is tried at most once per this many characters, or scanned plainly. */
const DENSE_TRIES = 8;

const charClasses = new Map<string, RegExp>();
/** Where the next of `chars` is, from `from`: indexOf for one, a character class for several. */
function nextOf(text: string, chars: string, from: number): number {
  if (chars.length === 1) return text.indexOf(chars, from);
  let re = charClasses.get(chars);
  if (!re) charClasses.set(chars, (re = new RegExp(`[${chars.replace(/[\\\]^-]/g, '\\$&')}]`, 'g')));
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}

/**
 * Where `re` may start in `text` (a text of the open draft, scope.ts), ascending; null when the
 * regex is unreadable, the text is not in a draft being analysed, or (unless `dense` is allowed)
 * the places are too many to gain over a plain scan.
 */
function positionsOf(re: RegExp, text: string, dense: boolean): Positions {
  // A phrase list's regex: where one of its phrases' words are consecutive runs, not wherever a
  // first word is ("is back", "this morning": "is" and "this" are everywhere).
  const phrases = wordPhrases.get(re);
  if (phrases) {
    const at = wordIndexOf(text)?.phraseStarts(phrases);
    if (!at) return null;
    return dense || at.length * DENSE_TRIES <= text.length ? at : null;
  }
  const prefixes = prefixesOf(re);
  if (!prefixes) return null;
  const index = wordIndexOf(text);
  if (!index) return null;
  return dense ? index.allPositions(prefixes.list, prefixes.key) : index.positions(prefixes.list, prefixes.key);
}
