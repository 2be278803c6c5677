import { firstAtOrAfter } from './sorted';
import { WordInterner, hashStep } from './interner';

/**
 * Scanning a long draft with a regex that starts with a word: most recognizers look for
 * `\b(?:pt|patient|guy|...)` or a phrase list, and V8 tries such a regex at every character of the
 * draft. When every match of a regex must start where a word starts, with one of a few known
 * prefixes, the regex only needs trying at those words. A 63,000-character draft then costs what
 * its matching words cost, not the regex's length times the draft's.
 *
 * The prefixes are read from the regex source, conservatively: anything this reader does not
 * fully understand gives no prefixes, and the regex is scanned as before. The matches are exactly
 * those of a scan (tests/unit/engine/anchors.test.ts compares both on the eval corpora).
 */

/** Prefixes shorter than this match too many words to be worth looking up. */
const MIN_PREFIX = 2;
/** Marks a prefix that is the whole word: "a" of "a drink" must be the word "a", not "about". */
const EXACT = '$';
/** Stands for "where a run of digits starts" among the prefixes. */
export const DIGITS = '\\d';
/** Alternatives multiply across groups; past this many prefixes the reader stops extending. */
const MAX_PREFIXES = 400;
/**
 * What can follow a literal only where its word ends: whitespace, punctuation, a boundary, the
 * phrase lists' "no word character follows".
 */
const ENDS_WORD = /^(?:\\s|\\b|\\[-.\/,:&#'’]|[-\/,:&#'’ ]|\(\?!\[A-Za-z0-9_[^\]]*\]\)|\(\?!\\w\))/;
/** The phrase lists' own boundary, "not preceded by a word character", and its \w forms. */
const NO_WORD_BEFORE = /^\(\?<!(?:\[A-Za-z0-9_[^\]]*\]|\[\\w\]|\\w)\)$/;

const WORDISH = /[A-Za-z0-9_]/;

/**
 * The lowercase literal prefixes one of which every match starts with, where every match starts
 * at the beginning of a run of \w characters; undefined when that cannot be shown. A prefix
 * ending in EXACT is a whole run.
 */
export function anchorPrefixes(re: RegExp): string[] | undefined {
  if (re.flags.includes('u') || re.flags.includes('v') || re.flags.includes('m') || re.flags.includes('y')) return undefined;
  const alternatives = splitAlternatives(re.source);
  if (!alternatives) return undefined;
  const out = new Set<string>();
  for (const alt of alternatives) {
    const found = readAlternative(alt);
    if (!found) return undefined;
    for (const p of found) {
      if (p.end === 'digits') out.add(DIGITS);
      else if (p.end === 'word' ? p.text.length < 1 : p.text.length < MIN_PREFIX) return undefined;
      else out.add(p.end === 'word' ? p.text + EXACT : p.text);
    }
  }
  return [...out];
}

/** A prefix read so far: cut short ('open'), ending its word ('word'), or the whole alternative ('complete'). */
interface Prefix {
  text: string;
  end: 'open' | 'word' | 'complete' | 'digits';
}

/**
 * What is known about the character before a match: nothing, that it is not a digit, or that it
 * is not a word character (so the match starts a run of \w).
 */
type Boundary = 0 | 1 | 2;
const NOT_DIGIT = 1;
const NOT_WORD = 2;

/** What a negative lookbehind at the start says about the character before ("(?<![\w:.])"). */
function lookbehindBoundary(group: string): Boundary {
  if (NO_WORD_BEFORE.test(group)) return NOT_WORD;
  if (!group.startsWith('(?<!')) return 0;
  let best: Boundary = 0;
  // (?<!A|B) holds only where neither holds: one single-character alternative is enough.
  for (const a of splitAlternatives(group.slice(4, -1)) ?? []) {
    const oneChar = a === '\\d' || a === '\\w' || /^\[(?:[^\]\\]|\\.)*\]$/.test(a);
    if (!oneChar || a.startsWith('[^')) continue;
    if (a.includes('\\w')) best = NOT_WORD;
    else if ((a.includes('\\d') || a.includes('0-9')) && best < NOT_DIGIT) best = NOT_DIGIT;
  }
  return best;
}

/** Leading boundaries and lookbehinds only restrict where a match starts; one must say "a word starts here". */
function readAlternative(alt: string, boundaryBefore: Boundary = 0): Prefix[] | undefined {
  let i = 0;
  let boundary = boundaryBefore;
  for (;;) {
    if (alt.startsWith('\\b', i)) {
      boundary = NOT_WORD;
      i += 2;
    } else if (alt.startsWith('(?<!', i) || alt.startsWith('(?<=', i)) {
      const end = groupEnd(alt, i);
      if (end < 0) return undefined;
      boundary = Math.max(boundary, lookbehindBoundary(alt.slice(i, end))) as Boundary;
      i = end;
    } else break;
  }
  return readFrom(alt, i, '', boundary);
}

/**
 * Reads literal word characters and whole (not optional) groups from `i`, extending `acc`.
 * Wherever the reading stops, the prefix so far still bounds every match, so it is kept.
 */
function readFrom(alt: string, i: number, acc: string, boundary: Boundary): Prefix[] | undefined {
  const stop = (): Prefix[] | undefined => (acc ? [{ text: acc, end: 'open' }] : undefined);
  if (i >= alt.length) return [{ text: acc, end: 'complete' }];
  if (acc) {
    // "\s*" or "-?" may take nothing: only a token that must be there ends the word.
    const token = ENDS_WORD.exec(alt.slice(i))?.[0];
    if (token && !OPTIONAL.test(alt.slice(i + token.length))) return [{ text: acc, end: 'word' }];
  }
  // Lookarounds take no characters and only restrict a match: read on past them.
  if (alt.startsWith('(?<!', i) || alt.startsWith('(?<=', i) || alt.startsWith('(?=', i) || alt.startsWith('(?!', i)) {
    const end = groupEnd(alt, i);
    if (end < 0) return stop();
    return readFrom(alt, end, acc, acc ? boundary : (Math.max(boundary, lookbehindBoundary(alt.slice(i, end))) as Boundary));
  }
  // "(?<!\d)\d{9}": a match that starts with a digit after a non-digit starts a run of digits.
  if (!acc && boundary >= NOT_DIGIT && (alt.startsWith('\\d', i) || alt.startsWith('[0-9]', i))) {
    const after = i + (alt[i] === '[' ? 5 : 2);
    return OPTIONAL.test(alt.slice(after)) ? undefined : [{ text: DIGITS, end: 'digits' }];
  }
  const c = alt[i]!;
  if (WORDISH.test(c)) {
    if (!acc && boundary < NOT_WORD) return undefined;
    if (OPTIONAL.test(alt.slice(i + 1))) return stop();
    if (alt[i + 1] === '+') return [{ text: acc + c.toLowerCase(), end: 'open' }];
    return readFrom(alt, i + 1, acc + c.toLowerCase(), NOT_WORD);
  }
  const body = groupBody(alt, i);
  if (body !== undefined) {
    const end = groupEnd(alt, i);
    if (end < 0) return stop();
    const quantifier = OPTIONAL.exec(alt.slice(end))?.[0];
    if (!quantifier) return readGroup(alt, body, end, end, acc, boundary) ?? stop();
    // "(?:are\s+)?always": a match starts with the group's words or with what follows it.
    let after = end + quantifier.length;
    if (alt[after] === '?') after++;
    const taken = readGroup(alt, body, end, quantifier === '?' ? after : undefined, acc, boundary);
    const skipped = readFrom(alt, after, acc, boundary);
    return taken && skipped ? [...taken, ...skipped] : stop();
  }
  return stop();
}

/**
 * Where the body of a group opening at `i` starts: "(?:", "(" and "(?<name>" match the same text
 * (capturing only names a part of it). Undefined for lookarounds and anything else.
 */
function groupBody(alt: string, i: number): number | undefined {
  if (alt[i] !== '(') return undefined;
  if (alt[i + 1] !== '?') return i + 1;
  if (alt[i + 2] === ':') return i + 3;
  if (alt[i + 2] === '<' && alt[i + 3] !== '=' && alt[i + 3] !== '!') {
    const close = alt.indexOf('>', i);
    return close < 0 ? undefined : close + 1;
  }
  return undefined;
}

/**
 * Prefixes through the group whose body starts at `body` and which ends at `end`: each of its
 * alternatives, continued past the group (at `continueAt`) where an alternative was read whole.
 * Undefined when an alternative is unreadable.
 */
function readGroup(alt: string, body: number, end: number, continueAt: number | undefined, acc: string, boundary: Boundary): Prefix[] | undefined {
  const inner = splitAlternatives(alt.slice(body, end - 1));
  if (!inner) return undefined;
  const out: Prefix[] = [];
  for (const a of inner) {
    // At the start of the match, an alternative's own boundaries count as do the group's (all
    // assertions there are zero-width, so they hold at the same position).
    const read = acc ? readFrom(a, 0, acc, NOT_WORD) : readAlternative(a, boundary);
    if (!read) return undefined;
    for (const r of read) {
      if (r.end !== 'complete') out.push(r);
      else if (continueAt === undefined) {
        if (!r.text) return undefined;
        out.push({ text: r.text, end: 'open' });
      } else {
        const next = r.text ? readFrom(alt, continueAt, r.text, NOT_WORD) : undefined;
        if (!next) return undefined;
        out.push(...next);
      }
    }
    if (out.length > MAX_PREFIXES) return undefined;
  }
  return out;
}


/**
 * Walks a regex source outside escapes and character classes, calling `visit` with each
 * character, its index and the group depth after it; stops early when `visit` returns true.
 * Returns the depth at the end, or NaN on an unclosed class.
 */
function walk(source: string, from: number, visit: (c: string, i: number, depth: number) => boolean | void): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (visit(c, i, depth)) return depth;
  }
  return inClass ? NaN : depth;
}

/** Splits `source` at its top-level `|`. Undefined on anything unbalanced. */
function splitAlternatives(source: string): string[] | undefined {
  const out: string[] = [];
  let start = 0;
  let negative = false;
  const depth = walk(source, 0, (c, i, d) => {
    if (d < 0) return (negative = true);
    if (c === '|' && d === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  });
  if (negative || depth !== 0) return undefined;
  out.push(source.slice(start));
  return out;
}

/** Index just past the group opening at `open` (a `(`), or -1. */
function groupEnd(source: string, open: number): number {
  let end = -1;
  walk(source, open, (c, i, d) => {
    if (c === ')' && d === 0) return (end = i + 1) > 0;
  });
  return end;
}

/** A quantifier that lets the preceding atom be absent. */
const OPTIONAL = /^(?:\?|\*|\{0,?\d*\})/;

/**
 * The runs of \w characters of the latest text: the distinct words (lowercased) and where each
 * occurs, so a regex's candidate positions are the union of a few words' occurrences.
 */
interface RunIndex {
  text: string;
  generation: number;
  /** Distinct words by id (lowercased), and where each occurs, ascending. */
  words: string[];
  occurrences: number[][];
  /**
   * Word ids by their first two letters (a one-letter word by itself), for prefix lookups: every
   * prefix looked up is two letters or more, or a whole one-letter word.
   */
  byStart: Map<string, number[]>;
  /** Ids of the words that start with a digit. */
  digitWords: number[];
  /** Looks whole words up. */
  interner: WordInterner;
  /** Where runs of digits start inside a word ("MRN12345", "A1234567"), ascending. */
  innerDigits: number[];
}
let latest: RunIndex | undefined;
/** Bumped for every new draft, so nothing computed for one analysis is reused by the next. */
let generation = 0;

/**
 * Forgets the word index and candidate words of the previous draft. Called once per analysis:
 * reusing them for an identical text would make repeated benchmark runs look cheaper than a real
 * keystroke is.
 */
export function newDraft(): void {
  generation++;
  latest = undefined;
}
/** \w characters by char code, for the tokenizing loop below. */
const IS_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) IS_WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordCode = (c: number) => c < 128 && IS_WORD[c] === 1;

function runIndex(text: string): RunIndex {
  if (latest?.generation === generation && latest.text === text) return latest;
  // Runs of \w are ASCII, which is what the interner folds case for.
  const interner = new WordInterner(text);
  const occurrences: number[][] = [];
  const innerDigits: number[] = [];
  const n = text.length;
  // A character loop rather than a regex: no match objects for every word of a long draft.
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 128 || !IS_WORD[c]) {
      i++;
      continue;
    }
    let hash = hashStep(0, c);
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (d >= 128 || !IS_WORD[d]) break;
      hash = hashStep(hash, d);
      // Runs of digits inside a word ("MRN12345", "A1234567"), for regexes that start at digits.
      if (isDigit(d) && !isDigit(text.charCodeAt(j - 1))) innerDigits.push(j);
    }
    const id = interner.idOfHashed(i, j, hash);
    if (id === occurrences.length) occurrences.push([i]);
    else occurrences[id]!.push(i);
    i = j;
  }
  const words = interner.words;
  const byStart = new Map<string, number[]>();
  const digitWords: number[] = [];
  for (let id = 0; id < words.length; id++) {
    const key = words[id]!.slice(0, 2);
    const list = byStart.get(key);
    if (list) list.push(id);
    else byStart.set(key, [id]);
    if (isDigit(words[id]!.charCodeAt(0))) digitWords.push(id);
  }
  latest = { text, generation, words, occurrences, byStart, digitWords, interner, innerDigits };
  return latest;
}

/** Where in the text one regex may start, ascending; null when that is too many places to gain. */
interface Candidates {
  index: RunIndex;
  positions: Int32Array | null;
}

function candidatesIn(index: RunIndex, prefixes: readonly string[]): Candidates {
  const { words, occurrences } = index;
  const taken = new Uint8Array(words.length);
  const ids: number[] = [];
  let total = 0;
  let digits = false;
  const take = (id: number) => {
    if (taken[id]) return;
    taken[id] = 1;
    ids.push(id);
    total += occurrences[id]!.length;
  };
  for (const p of prefixes) {
    if (p === DIGITS) {
      if (!digits) total += index.innerDigits.length;
      digits = true;
      // Words that start with a digit: each begins a run of digits too.
      for (const id of index.digitWords) take(id);
      continue;
    }
    if (p.endsWith(EXACT)) {
      // A whole word: one lookup.
      const id = index.interner.find(p.slice(0, -1));
      if (id !== -1) take(id);
      continue;
    }
    for (const id of index.byStart.get(p.slice(0, 2)) ?? []) if (words[id]!.startsWith(p)) take(id);
  }
  // Trying the regex at a word costs several times scanning a character: when candidates are
  // dense ("a", "the"), a plain scan is cheaper.
  if (total * DENSE_RATIO > index.text.length) return { index, positions: null };
  const positions = new Int32Array(total);
  let n = 0;
  for (const id of ids) for (const at of occurrences[id]!) positions[n++] = at;
  if (digits) for (const at of index.innerDigits) positions[n++] = at;
  return { index, positions: positions.sort() };
}

const candidateCache = new WeakMap<RegExp, Candidates>();
/** Candidates by prefix set, for the draft of `sharedFor`: a dozen regexes start at any run of digits. */
let sharedFor: RunIndex | undefined;
let shared = new Map<string, Candidates>();
function candidatesOf(re: RegExp, prefixes: Prefixes, text: string): Candidates {
  const index = runIndex(text);
  const cached = candidateCache.get(re);
  if (cached?.index === index) return cached;
  if (sharedFor !== index) {
    sharedFor = index;
    shared = new Map();
  }
  let found = shared.get(prefixes.key);
  if (!found) shared.set(prefixes.key, (found = candidatesIn(index, prefixes.list)));
  candidateCache.set(re, found);
  return found;
}

/** A regex's prefixes, and one string that names the set. */
interface Prefixes {
  list: readonly string[];
  key: string;
}
const prefixCache = new WeakMap<RegExp, Prefixes | null>();
const stickies = new WeakMap<RegExp, RegExp>();
let enabled = true;

function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = new RegExp(re.source, `${re.flags}y`)));
  return sticky;
}

/** Turns anchored scanning off and on: for tests and benchmarks that compare both paths. */
export function useAnchors(on: boolean): void {
  enabled = on;
}

/** A regex is tried at most once per this many characters of the stretch, or scanned plainly. */
const DENSE_RATIO = 8;
/** Below this many characters a plain scan is as cheap as looking words up. */
const ANCHOR_MIN_CHARS = 2_000;


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
  const prefixes = prefixesOf(re);
  if (!prefixes) return undefined;
  const { positions } = candidatesOf(re, prefixes, text);
  if (!positions) return undefined;
  const sticky = stickyOf(re);
  const out: RegExpExecArray[] = [];
  let next = from;
  for (let k = firstAtOrAfter(positions, from); k < positions.length && positions[k]! < to; k++) {
    const at = positions[k]!;
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
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
  const anchored = anchoredMatches(re, text, from, to, to, 0);
  if (anchored) return anchored;
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

/**
 * False only when no match of `re` can start anywhere in text.slice(from, to), a long draft's
 * window tested on its own: none of the regex's first words occurs there. True whenever that
 * cannot be shown cheaply (short text, unreadable regex, common first words), and when the
 * window cuts a word, since the slice then has a word the text does not.
 */
export function mayMatchInSlice(re: RegExp, text: string, from: number, to: number): boolean {
  if (!enabled || text.length < ANCHOR_MIN_CHARS) return true;
  const prefixes = prefixesOf(re);
  if (!prefixes) return true;
  const { positions } = candidatesOf(re, prefixes, text);
  if (!positions) return true;
  const inWord = (at: number) => at > 0 && at < text.length && isWordCode(text.charCodeAt(at - 1)) && isWordCode(text.charCodeAt(at));
  if (inWord(from) || inWord(to)) return true;
  const k = firstAtOrAfter(positions, from);
  return k < positions.length && positions[k]! < to;
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

const charClasses = new Map<string, RegExp>();
/** Where the next of `chars` is, from `from`: indexOf for one, a character class for several. */
function nextOf(text: string, chars: string, from: number): number {
  if (chars.length === 1) return text.indexOf(chars, from);
  let re = charClasses.get(chars);
  if (!re) charClasses.set(chars, (re = new RegExp(`[${chars.replace(/[\\\]^-]/g, '\\$&')}]`, 'g')));
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}
