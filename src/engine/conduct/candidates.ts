import { anchorPrefixes } from '../anchors';
import { CHAR, DIGITS, RUN_START, TEXT_START, UPPER_START, splitAlternatives, walk } from '../anchors/prefixes';
import { tryAt, type RegexPerPlace } from '../anchors/scan';
import { wordIndexOf } from '../anchors/scope';
import { isWordCode, type WordIndex } from '../anchors/word-index';
import { compiledNatively } from '../compile';
import { matchesIn } from '../words';

/**
 * Where a conduct regex may start in a long draft, read alternative by alternative. The word
 * index (anchors/) tries a regex only at the words its matches start with, but only when the
 * whole regex reads as "starts with one of these words"; one alternative in scare quotes
 * ('"forgot" to give his meds') or after a slash made a conduct table's regex unreadable, and it
 * was scanned at every character of its windows, or of the draft. When V8 does not optimize a
 * regex (a busy page's isolate has spent its regexp code budget), a scan of a few hundred
 * alternatives costs each character what a regex try costs a word.
 *
 * Here each top-level alternative is read on its own: by anchorPrefixes where it starts with a
 * word, else as "one of these characters" (a class of punctuation, or one literal character),
 * then, when a word follows, only where that character stands right before such a word. The
 * union of the alternatives' places holds every place a match can start, so the regex tried
 * there, sticky and in text order, finds exactly the matches of a scan.
 */

let enabled = true;
/** Turns reading by alternatives off and on: for the test that compares findings both ways. */
export function useConductCandidates(on: boolean): void {
  enabled = on;
}

/** Below this many characters a scan is as cheap (anchors/scan.ts uses the same). */
const MIN_CHARS = 2_000;
/** More places than one per this many characters: a plain scan is cheaper (as word-index.ts). */
const DENSE_RATIO = 8;

/** How one alternative's matches start. */
type Start =
  /** At a word with one of these prefixes (anchors' prefix strings). */
  | { kind: 'words'; prefixes: string[] }
  /** At one of `chars`, and (when `prefixes`) right before such a word. */
  | { kind: 'chars'; chars: string; prefixes?: string[]; key?: string }
  /** Where this literal text is ("😈", "❤️"). */
  | { kind: 'literal'; text: string }
  /** At a word that starts with this letter, in either case ("f" of "f[\w*#@$!-]{0,4}k"). */
  | { kind: 'initial'; letter: string };

/** Index of the `)` closing the group that opens at `open`, or -1. */
function groupClose(source: string, open: number): number {
  let close = -1;
  walk(source, open, (c, i, d) => c === ')' && d === 0 && (close = i) >= 0);
  return close;
}

/** Escapes that stand for one character as themselves. */
const ESCAPED: Readonly<Record<string, string>> = { n: '\n', t: '\t', '/': '/', '?': '?', '.': '.', '-': '-', '&': '&', '#': '#', '@': '@', $: '$', '%': '%', '+': '+', '*': '*' };
/** Characters that are never \w (nor case-folded to one): a word after one starts a run of \w. */
const NOT_WORD = /^[^\w\u017f\u212a]+$/;

/**
 * A leading atom that is one of a few characters: a class of literal characters ("["'“‘]"), an
 * escaped one ("\/", "\n") or a literal punctuation character; with what follows it. Undefined
 * for anything else, or a quantified atom.
 */
function leadingChars(alt: string): { chars: string; rest: string; optional?: boolean } | undefined {
  let chars: string;
  let end: number;
  if (alt[0] === '[') {
    const close = alt.indexOf(']', 1);
    if (close < 0) return undefined;
    const body = alt.slice(1, close);
    // Literal characters only: no negation, ranges or escapes.
    if (!body || /[\\^\-[]/.test(body)) return undefined;
    chars = body;
    end = close + 1;
  } else if (alt[0] === '\\') {
    const c = ESCAPED[alt[1] ?? ''];
    if (!c) return undefined;
    chars = c;
    end = 2;
  } else if (alt[0] !== undefined && /[@#"'“‘&?%]/.test(alt[0])) {
    chars = alt[0];
    end = 1;
  } else return undefined;
  if (!NOT_WORD.test(chars)) return undefined;
  // "["'“‘]?\bvitamin": the character may be left out (not "??", which would take it lazily: the same places).
  if (/^\?(?![?*+{])/.test(alt.slice(end))) return { chars, rest: alt.slice(end + 1), optional: true };
  if (/^[?*+{]/.test(alt.slice(end))) return undefined;
  return { chars, rest: alt.slice(end) };
}

/** Whether `alt` is one non-capturing group, unquantified: "(?:...)". */
function wholeGroup(alt: string): boolean {
  return alt.startsWith('(?:') && groupClose(alt, 0) === alt.length - 1;
}

/** "\b(?:A|B|C)TAIL": the group's alternatives, each to be read with the boundary and the tail. */
function boundedGroup(alt: string): { inner: string[]; tail: string } | undefined {
  if (!alt.startsWith('\\b(?:')) return undefined;
  const close = groupClose(alt, 2);
  if (close < 0) return undefined;
  const tail = alt.slice(close + 1);
  const inner = splitAlternatives(alt.slice(5, close));
  return inner && !/^[?*+{]/.test(tail) ? { inner, tail } : undefined;
}

/** How one top-level alternative's matches start (several ways at once); undefined when unreadable. */
function readAlternative(alt: string, flags: string): Start[] | undefined {
  const prefixes = prefixesOfSource(alt, flags);
  if (prefixes) return [{ kind: 'words', prefixes }];
  // A literal without letters (an emoji): found as it is, whatever the case flag.
  if (alt && !/[\\^$.|?*+()[\]{}]/.test(alt) && alt.toLowerCase() === alt.toUpperCase()) return [{ kind: 'literal', text: alt }];
  const lead = leadingChars(alt);
  if (lead) {
    // After a character that is not \w, a match that goes on with a word starts that word.
    const after = lead.rest ? prefixesOfSource(`\\b${lead.rest}`, flags) : undefined;
    const own: Start = after ? { kind: 'chars', chars: lead.chars, prefixes: after } : { kind: 'chars', chars: lead.chars };
    if (!lead.optional) return [own];
    const without = readAlternative(lead.rest, flags);
    return without && [own, ...without];
  }
  const group = boundedGroup(alt);
  if (!group) return undefined;
  const out: Start[] = [];
  for (const a of group.inner) {
    const read = readAlternative(`\\b${a}${group.tail}`, flags);
    if (read) out.push(...read);
    // A word that starts with a letter and goes on with anything: at least its first letter.
    else if (/^[A-Za-z](?![?*+{])/.test(a)) out.push({ kind: 'initial', letter: a[0]!.toLowerCase() });
    else return undefined;
  }
  return out;
}

/** How a regex's alternatives start, and the alternatives themselves. */
interface Read {
  /** By alternative, the ways it can start. */
  starts: Start[][];
  alternatives: string[];
  /** Capture groups: each alternative cannot be run on its own (groups would be renumbered). */
  groups: boolean;
}
const readOf = new WeakMap<RegExp, Read | null>();

/**
 * anchorPrefixes of a source that is only read, never run: passed as its source and flags rather
 * than compiled (a RegExp per alternative would be built for nothing, and the linear-regex audit
 * would count each as a regex of the engine).
 */
const prefixesOfSource = (source: string, flags: string) => anchorPrefixes({ source, flags } as RegExp);

/** A capturing group, named or not, outside classes and escapes. */
function hasCaptureGroup(source: string): boolean {
  let found = false;
  walk(source, 0, (c, i) => (found = c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))));
  return found;
}

/** How each alternative of `re` starts; null when one is unreadable. */
function readStarts(re: RegExp): Read | null {
  let read = readOf.get(re);
  if (read !== undefined) return read;
  read = null;
  const flags = re.flags.replace(/[gyd]/g, '');
  let alternatives = flags.includes('m') || flags.includes('u') || flags.includes('v') ? undefined : splitAlternatives(re.source);
  // "(?:A|B|C)" (a phrase list) is "A|B|C": its alternatives can be tried apart too.
  for (let only = alternatives?.[0]; alternatives?.length === 1 && only !== undefined && wholeGroup(only); only = alternatives?.[0]) alternatives = splitAlternatives(only.slice(3, -1));
  if (alternatives) {
    const starts: Start[][] = [];
    for (const alt of alternatives) {
      const read = readAlternative(alt, flags);
      if (!read) break;
      starts.push(read);
    }
    const groups = hasCaptureGroup(re.source);
    // Worth it when an alternative the anchors cannot read makes the whole regex unreadable to
    // them, or when alternatives can be tried apart.
    if (starts.length === alternatives.length && (starts.some((r) => r.some((x) => x.kind !== 'words')) || (!groups && alternatives.length > 1))) read = { starts, alternatives, groups };
  }
  readOf.set(re, read);
  return read;
}

/**
 * Where a regex may start in one text, ascending (`at`), and at each place the sticky regex to try
 * there (`regexes[which[k]]`): the alternatives that can start there, in their order, which match
 * at that place exactly what the whole regex matches (the others cannot match there).
 */
export interface Places extends RegexPerPlace {
  at: Int32Array;
  regexes: RegExp[];
}

/** Candidate places per draft text: by word index (one per text of a draft), then by regex. */
const placesOf = new WeakMap<WordIndex, Map<RegExp, Places | null>>();

/**
 * Where a match of `re` may start in `text` (a long text of the draft being analysed), every place
 * a match can start among them; undefined when that cannot be read, the text is short or outside
 * an analysis, or the places are so many that a scan is cheaper.
 */
export function candidateStarts(re: RegExp, text: string): Places | undefined {
  if (!enabled || text.length < MIN_CHARS) return undefined;
  const read = readStarts(re);
  if (!read) return undefined;
  const index = wordIndexOf(text);
  if (!index) return undefined;
  let byRegex = placesOf.get(index);
  if (!byRegex) placesOf.set(index, (byRegex = new Map()));
  let places = byRegex.get(re);
  if (places === undefined) byRegex.set(re, (places = placesIn(re, read, text, index)));
  return places ?? undefined;
}

/** The most alternatives told apart at a place; a regex with more is tried whole. */
const MAX_SPLIT = 1024;

function placesIn(re: RegExp, read: Read, text: string, index: WordIndex): Places | null {
  const { starts } = read;
  // Where the words the alternatives start with are: one lookup for all of them (the anchors ask
  // the same of a regex they read whole, and the word index keeps the answer).
  const { prefixes, key } = wordPrefixesOf(read);
  const atWords = prefixes.length ? index.allPositions(prefixes, key) : new Int32Array(0);
  if (atWords.length * DENSE_RATIO > text.length) return null;
  // The other places: a character, a literal, a letter.
  const others: number[] = [];
  for (const alternative of starts) {
    for (const s of alternative) {
      if (s.kind === 'words') continue;
      if (s.kind === 'literal') for (let i = text.indexOf(s.text); i !== -1; i = text.indexOf(s.text, i + 1)) others.push(i);
      else if (s.kind === 'initial') {
        for (const c of [s.letter, s.letter.toUpperCase()]) for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) if (i === 0 || !isWordCode(text.charCodeAt(i - 1))) others.push(i);
      } else if (s.prefixes) {
        for (const p of index.allPositions(s.prefixes, (s.key ??= [...s.prefixes].sort().join('|')))) if (p > 0 && s.chars.includes(text[p - 1]!)) others.push(p - 1);
      } else for (const c of s.chars) for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) others.push(i);
      if ((atWords.length + others.length) * DENSE_RATIO > text.length) return null;
    }
  }
  let at = atWords;
  if (others.length) {
    const all = new Int32Array(atWords.length + others.length);
    all.set(atWords);
    all.set(others, atWords.length);
    all.sort();
    // Two alternatives may start at one place: once is enough.
    let kept = 0;
    for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[kept++] = all[k]!;
    at = all.subarray(0, kept);
  }
  // At each place, the regex of the alternatives that can start with its character.
  const split = splitOf(re, read);
  const which = new Uint16Array(at.length);
  for (let k = 0; k < at.length; k++) which[k] = split.idOf(text.charCodeAt(at[k]!));
  return { at, which, regexes: split.regexes };
}

/** The word prefixes of all alternatives, and the key the word index keeps their places by. */
const wordPrefixes = new WeakMap<Read, { prefixes: string[]; key: string }>();
function wordPrefixesOf(read: Read): { prefixes: string[]; key: string } {
  let found = wordPrefixes.get(read);
  if (!found) {
    const prefixes = [...new Set(read.starts.flatMap((alternative) => alternative.flatMap((s) => (s.kind === 'words' ? s.prefixes : []))))];
    wordPrefixes.set(read, (found = { prefixes, key: [...prefixes].sort().join('|') }));
  }
  return found;
}

/** A regex's alternatives by the character a match starts with: one sticky regex per set met. */
interface Split {
  regexes: RegExp[];
  idOf(code: number): number;
}
const splits = new WeakMap<RegExp, Split>();

/**
 * The characters each alternative can start with, as char codes: a prefix's first letter in
 * either case, any digit, the character itself; for a regex with capture groups (tried whole),
 * one regex for every character. An alternative that starts at any run of \w, at a capitalized
 * run or at the text's start names no character it starts with (a capital may be "É", a run may
 * start with any word character): it is tried at every place.
 */
function splitOf(re: RegExp, read: Read): Split {
  let split = splits.get(re);
  if (split) return split;
  const whole = read.groups || read.starts.length < 2 || read.starts.length > MAX_SPLIT;
  const anywhere = read.starts.map((alternative) =>
    alternative.some((s) => s.kind === 'words' && s.prefixes.some((p) => p === RUN_START || p === UPPER_START || p === TEXT_START)),
  );
  const firsts = read.starts.map((alternative) => {
    const codes = new Set<number>();
    const both = (c: string) => {
      codes.add(c.toLowerCase().charCodeAt(0));
      codes.add(c.toUpperCase().charCodeAt(0));
    };
    for (const s of alternative) {
      if (s.kind === 'literal') codes.add(s.text.charCodeAt(0));
      else if (s.kind === 'initial') both(s.letter);
      else if (s.kind === 'chars') for (const c of s.chars) codes.add(c.charCodeAt(0));
      else {
        for (const p of s.prefixes) {
          if (p === RUN_START || p === UPPER_START || p === TEXT_START) continue;
          if (p === DIGITS) for (let c = 48; c <= 57; c++) codes.add(c);
          else if (p.startsWith(CHAR)) codes.add(p.charCodeAt(CHAR.length));
          else both(p[0]!);
        }
      }
    }
    return codes;
  });
  const regexes: RegExp[] = [];
  const ids = new Map<string, number>();
  const byCode = new Map<number, number>();
  split = {
    regexes,
    idOf(code) {
      let id = byCode.get(code);
      if (id !== undefined) return id;
      // Every alternative that can start with this character, in order (all of them when tried whole).
      const alts = whole ? [-1] : firsts.flatMap((codes, alt) => (anywhere[alt] || codes.has(code) ? [alt] : []));
      const key = alts.join();
      id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = regexes.length));
        // None (cannot happen at a place one of them gave, but never an empty regex): all of them.
        regexes.push(whole || !alts.length || alts.length === read.alternatives.length ? stickyOf(re) : subsetRegex(re, read, alts, key));
      }
      byCode.set(code, id);
      return id;
    },
  };
  splits.set(re, split);
  return split;
}

const stickies = new WeakMap<RegExp, RegExp>();
function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = compiledNatively(new RegExp(re.source, `${re.flags}y`))));
  return sticky;
}

/** Sticky regexes of some of a regex's alternatives, by regex and alternatives: built once, kept for later drafts. */
const subsetsOf = new WeakMap<RegExp, Map<string, RegExp>>();
function subsetRegex(re: RegExp, read: Read, alts: readonly number[], key: string): RegExp {
  if (alts.length === read.alternatives.length) return stickyOf(re);
  let byKey = subsetsOf.get(re);
  if (!byKey) subsetsOf.set(re, (byKey = new Map()));
  let sub = byKey.get(key);
  if (!sub) byKey.set(key, (sub = compiledNatively(new RegExp(alts.map((a) => read.alternatives[a]!).join('|'), `${re.flags}y`))));
  return sub;
}

/**
 * The matches a scan of `subject` from `from` finds that start before `to` (and, with `endBy`, end
 * by it: one that ends past stops the search, as matchesIn does), tried only at `places` (offsets
 * into `subject` plus `offset`): in text order, skipping places inside the previous match.
 */
export function matchesAtPlaces(places: Places, subject: string, offset: number, from: number, to: number, endBy = Infinity): RegExpExecArray[] {
  return tryAt(places.at, places, subject, from, to, endBy, offset);
}

/** matchesIn, or on a long draft the same matches tried only where the regex's alternatives can start. */
export function matchesBetween(re: RegExp, text: string, from = 0, to = text.length): RegExpExecArray[] {
  const places = candidateStarts(re, text);
  return places ? matchesAtPlaces(places, text, 0, from, to, to) : matchesIn(re, text, from, to);
}
