import { sentencesOf, type Doc } from '../doc';
import { wordIdsOf } from '../interner';
import { firstAtOrAfter } from '../sorted';
import { matchesBetween } from './candidates';

/**
 * The draft as words tagged with lexical classes (vocab/classes.ts): "the guy in 9" is a patient
 * reference, "whiniest" a contempt word, "let" a permission verb. Conduct frames (frames.ts) then
 * read a sentence as a few classes in order, not as one phrase: "letting him bleed", "let the old
 * man crash" and "allowed to just bleed out" are one frame, LET + PERSON + SUFFER.
 *
 * One pass over the words per draft, each word looked up in a map: linear in the draft's length.
 */

/** A run of words [i, j) that belongs to a class; for regex classes, also its characters. */
export interface Hit {
  i: number;
  j: number;
  start: number;
  end: number;
}

/**
 * A class is a list of phrases, lowercase, words separated by spaces. In a phrase, "#" stands for
 * a number ("bed #"), a word ending in "*" for any word it starts ("manipulat*"). A two-word phrase
 * also matches its hyphenated and joined spellings ("meth head", "meth-head", "methhead").
 */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

/** How a phrase's later word is matched: as written, any number ("#"), or any word it starts ("manipulat*"). */
const WANT_EXACT = 0;
const WANT_NUMBER = 1;
const WANT_STEM = 2;
type Want = typeof WANT_EXACT | typeof WANT_NUMBER | typeof WANT_STEM;

interface Entry {
  cls: string;
  /** The class's place in CompiledLexicon.classNames: hits are gathered per class by index. */
  clsIndex: number;
  words: readonly string[];
  /**
   * words[1..] as they are compared, decided once here rather than per word of every draft: the
   * text to compare ("manipulat" for "manipulat*") and how.
   */
  rest: readonly string[];
  restKinds: readonly Want[];
}

export interface CompiledLexicon {
  first: Map<string, Entry[]>;
  /** Stems ("manipulat*") by their first three letters. */
  stems: Map<string, Entry[]>;
  classes: ReadonlySet<string>;
  /** The classes in a fixed order; Entry.clsIndex points here. */
  classNames: readonly string[];
}

/**
 * Whether a word is a number as "#" means it: digits, then at most one lowercase letter ("12",
 * "9b"); /^\d+[a-z]?$/ as a loop over char codes, with no regex run per word of a long draft.
 */
export function isNumberWord(w: string): boolean {
  const n = w.length;
  let k = 0;
  while (k < n && isDigit(w.charCodeAt(k))) k++;
  if (k === 0) return false;
  if (k === n) return true;
  const c = w.charCodeAt(k);
  return k === n - 1 && c >= 97 && c <= 122;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const first = new Map<string, Entry[]>();
  const stems = new Map<string, Entry[]>();
  const classNames = Object.keys(lexicon);
  const entry = (cls: string, words: string[]): Entry => {
    const later = words.slice(1);
    return {
      cls,
      clsIndex: classNames.indexOf(cls),
      words,
      rest: later.map((w) => (w !== '#' && w.endsWith('*') ? w.slice(0, -1) : w)),
      restKinds: later.map((w): Want => (w === '#' ? WANT_NUMBER : w.endsWith('*') ? WANT_STEM : WANT_EXACT)),
    };
  };
  const add = (cls: string, words: string[]) => {
    const head = words[0]!;
    if (head.endsWith('*')) {
      const stem = head.slice(0, -1);
      if (stem.length < 3) throw new Error(`stem too short in class ${cls}: ${head}`);
      const key = stem.slice(0, 3);
      const list = stems.get(key) ?? [];
      list.push(entry(cls, [stem, ...words.slice(1)]));
      stems.set(key, list);
      return;
    }
    const list = first.get(head) ?? [];
    list.push(entry(cls, words));
    first.set(head, list);
  };
  for (const [cls, phrases] of Object.entries(lexicon)) {
    for (const phrase of phrases) {
      const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
      if (!words.length) continue;
      add(cls, words);
      if (words.length === 2 && !words.some((w) => w === '#' || w.endsWith('*') || w.includes("'"))) {
        add(cls, [`${words[0]}-${words[1]}`]);
        add(cls, [`${words[0]}${words[1]}`]);
      }
    }
  }
  // Longest phrases first, so a class hit covers its longest reading.
  for (const list of [...first.values(), ...stems.values()]) list.sort((a, b) => b.words.length - a.words.length);
  return { first, stems, classes: new Set(classNames), classNames };
}

export interface Tagged {
  /** The draft's words, lowercased, curly apostrophes straightened, edge punctuation trimmed. */
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** Sentence index of each word. */
  sentence: Int32Array;
  /** Clause index of each word: sentences split at ; : dashes and "but". */
  clause: Int32Array;
  /** Word ranges of each sentence: [first, last + 1). */
  sentences: [number, number][];
  hits: Map<string, Hit[]>;
}

const EDGE_CHARS = new Set(["'", '’', '_', '-']);
/** "'em" stays "'em"; "pts'" is "pts", "-ish" is "ish": edge punctuation trimmed, by hand (no regex: a word may be long). */
function trimEdges(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && EDGE_CHARS.has(w[a]!) && w.slice(a) !== "'em") a++;
  while (b > a && EDGE_CHARS.has(w[b - 1]!)) b--;
  return w.slice(a, b);
}
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas']);

const cache = new WeakMap<Doc, WeakMap<CompiledLexicon, Tagged>>();

/** The draft tagged with a lexicon's classes, computed once per draft and lexicon. */
export function tag(doc: Doc, lexicon: CompiledLexicon): Tagged {
  let byLexicon = cache.get(doc);
  if (!byLexicon) cache.set(doc, (byLexicon = new WeakMap()));
  let tagged = byLexicon.get(lexicon);
  if (!tagged) byLexicon.set(lexicon, (tagged = build(doc, lexicon)));
  return tagged;
}

/** Whether the gap between two words starts a new clause: ; : ( ) a dash, or a spaced hyphen. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ; : ( ) – —
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014) return true;
    if (c === 45 && i > from && i + 1 < to && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/** A distinct word of the draft as the lexicon sees it, and the entries that may start at it. */
interface Form {
  word: string;
  entries: EntriesByNext;
  /** "but", "however": the word starts a clause. */
  opensClause: boolean;
}
const NO_ENTRIES: readonly Entry[] = [];
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The entries that start at one word, by the word after it: an entry whose second word is spelled
 * out can only match before that word, so a word that starts dozens of phrases ("the", "in") is
 * checked only against those that go on with the next word, plus those whose second word is any
 * number, a stem or nothing (`other`). Each list keeps the entries' order (longest first).
 */
interface EntriesByNext {
  byNext: ReadonlyMap<string, readonly Entry[]>;
  other: readonly Entry[];
}
const NO_NEXT: EntriesByNext = { byNext: new Map(), other: NO_ENTRIES };
const byNextCache = new WeakMap<readonly Entry[], EntriesByNext>();

function entriesByNext(entries: readonly Entry[]): EntriesByNext {
  if (!entries.length) return NO_NEXT;
  let found = byNextCache.get(entries);
  if (found) return found;
  const other: Entry[] = [];
  const byNext = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.restKinds[0] !== WANT_EXACT) {
      other.push(e);
      // A later entry for any next word still comes after this one.
      for (const list of byNext.values()) list.push(e);
      continue;
    }
    const next = e.rest[0]!;
    const list = byNext.get(next);
    if (list) list.push(e);
    else byNext.set(next, [...other, e]);
  }
  byNextCache.set(entries, (found = { byNext, other }));
  return found;
}

/** The entries of a, b and c in that order; a list that is the only non-empty one is shared, not copied. */
function joined(a: readonly Entry[], b: readonly Entry[], c: readonly Entry[]): readonly Entry[] {
  if (!b.length && !c.length) return a;
  if (!a.length && !c.length) return b;
  if (!a.length && !b.length) return c;
  return [...a, ...b, ...c];
}

/**
 * The stem entries ("manipulat*") that start `word`, in their order. Most words start none: no
 * list is made for them (a long draft has thousands of distinct words, numbers among them).
 */
function stemsOf(word: string, lexicon: CompiledLexicon): readonly Entry[] {
  const list = lexicon.stems.get(word.slice(0, 3));
  if (!list) return NO_ENTRIES;
  let out: Entry[] | undefined;
  for (let x = 0; x < list.length; x++) {
    const e = list[x]!;
    if (word.startsWith(e.words[0]!)) (out ??= []).push(e);
  }
  return out ?? NO_ENTRIES;
}

/** Looked up once per distinct word: "'em", "pts'" and "-ish" trimmed, then its phrases, numbers and stems. */
function formOf(raw: string, lexicon: CompiledLexicon): Form {
  let word = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const c0 = word.charCodeAt(0);
  const cn = word.charCodeAt(word.length - 1);
  if (c0 === 39 || c0 === 95 || c0 === 45 || cn === 39 || cn === 95 || cn === 45) word = trimEdges(word);
  const listed = lexicon.first.get(word) ?? NO_ENTRIES;
  const numbered = isNumberWord(word) ? (lexicon.first.get('#') ?? NO_ENTRIES) : NO_ENTRIES;
  const stemmed = word.length >= 3 ? stemsOf(word, lexicon) : NO_ENTRIES;
  // In this order: the longest phrase of a class, listed first, is the one a class keeps. A list
  // that is the only one is shared, not copied (every distinct number of a pasted list has "#").
  const entries = entriesByNext(joined(listed, numbered, stemmed));
  return { word, entries, opensClause: CLAUSE_WORDS.has(word) };
}

function build(doc: Doc, lexicon: CompiledLexicon): Tagged {
  // Sized once for every word of the draft, offsets and word ids in typed arrays: a long draft's
  // are many, and outside the young heap the garbage collector does not copy them.
  const words = new Array<string>(doc.words.length);
  const allStarts = new Int32Array(doc.words.length);
  const allEnds = new Int32Array(doc.words.length);
  const formIds = new Int32Array(doc.words.length);
  // Each distinct word is read once (a long draft has thousands of words, a few hundred distinct).
  const { interner, ids } = wordIdsOf(doc);
  const byId = new Array<Form>(interner.words.length);
  let n = 0;
  for (let x = 0; x < doc.words.length; x++) {
    const id = ids[x]!;
    const form = (byId[id] ??= formOf(interner.words[id]!, lexicon));
    if (!form.word) continue;
    allStarts[n] = doc.words.starts[x]!;
    allEnds[n] = doc.words.ends[x]!;
    formIds[n] = id;
    words[n++] = form.word;
  }
  words.length = n;
  const formAt = (k: number) => byId[formIds[k]!]!;
  const starts = allStarts.subarray(0, n);
  const ends = allEnds.subarray(0, n);
  const sentence = new Int32Array(n);
  const clause = new Int32Array(n);
  const bounds = sentencesOf(doc);
  const sentences: [number, number][] = bounds.map(() => [0, 0]);
  let s = 0;
  let c = 0;
  for (let k = 0; k < n; k++) {
    const prevSentence = s;
    while (s < bounds.length - 1 && starts[k]! >= bounds[s + 1]![0]) s++;
    if (k > 0 && (s !== prevSentence || formAt(k).opensClause || breaksClause(doc.text, ends[k - 1]!, starts[k]!))) c++;
    sentence[k] = s;
    clause[k] = c;
    // Words come in order: a sentence's first word is the first seen in it, its last the latest.
    if (k === 0 || s !== prevSentence) sentences[s]![0] = k;
    sentences[s]![1] = k + 1;
  }

  // Hits gathered per class index, not looked up by name for every hit of a long draft.
  const byClass: (Hit[] | undefined)[] = new Array<Hit[] | undefined>(lexicon.classNames.length);
  /** Whether the rest of a phrase follows word k, in its sentence (its first word matched when its form was read). */
  const matchesAt = (entry: Entry, k: number) => {
    const rest = entry.rest;
    if (k + rest.length >= n) return false;
    for (let t = 0; t < rest.length; t++) {
      const want = rest[t]!;
      const got = words[k + t + 1]!;
      const kind = entry.restKinds[t]!;
      if (kind === WANT_EXACT ? got !== want : kind === WANT_NUMBER ? !isNumberWord(got) : !got.startsWith(want)) return false;
      // A phrase does not run across a sentence.
      if (sentence[k + t + 1] !== sentence[k]) return false;
    }
    return true;
  };
  for (let k = 0; k < n; k++) {
    const { byNext, other } = formAt(k).entries;
    const next = k + 1 < n && byNext.size ? byNext.get(words[k + 1]!) : undefined;
    for (const entry of next ?? other) {
      if (!matchesAt(entry, k)) continue;
      const j = k + entry.words.length;
      const list = byClass[entry.clsIndex];
      // One hit per class per starting word: the longest phrase (listed first) wins.
      if (list && list[list.length - 1]!.i === k) continue;
      const hit = { i: k, j, start: starts[k]!, end: ends[j - 1]! };
      if (list) list.push(hit);
      else byClass[entry.clsIndex] = [hit];
    }
  }
  const hits = new Map<string, Hit[]>();
  byClass.forEach((list, x) => list && hits.set(lexicon.classNames[x]!, list));
  return { words, starts, ends, sentence, clause, sentences, hits };
}

/** Hits of a class found by a regex over the text (names read from capitals, emoji), as word runs. */
export function regexHits(doc: Doc, tagged: Tagged, re: RegExp): Hit[] {
  const out: Hit[] = [];
  const { starts, ends } = tagged;
  for (const m of matchesBetween(re, doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    // The words the match overlaps; an emoji between words belongs to the word before it.
    let i = firstAtOrAfter(ends, start + 1);
    let j = firstAtOrAfter(starts, end);
    if (i >= j) {
      i = Math.max(0, i - 1);
      j = i + 1;
    }
    if (i < starts.length) out.push({ i, j: Math.min(j, starts.length), start, end });
  }
  return out;
}
