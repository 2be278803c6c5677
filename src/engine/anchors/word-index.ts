import { WordInterner, hashStep } from '../interner';
import { firstAtOrAfter } from '../sorted';
import { CHAR, DIGITS, EXACT, RUN_START, TEXT_START, UPPER_START } from './prefixes';

/** \w characters by char code, for the tokenizing loop below. */
const IS_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) IS_WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperCode = (c: number) => c >= 65 && c <= 90;
export const isWordCode = (c: number) => c < 128 && IS_WORD[c] === 1;

/** Occurrences fewer than the runs over this are sorted; more are read off the runs in order. */
const FEW_OCCURRENCES_RATIO = 16;

/**
 * Ascending lists of numbers merged into one new ascending array (a number in two lists is kept
 * twice), two by two: each number is copied log2(lists) times, where merging the lists one after
 * another into the result would copy the first ones again for every list after them.
 */
function mergeAscending(lists: readonly ArrayLike<number>[]): Int32Array {
  if (lists.length < 2) return Int32Array.from(lists[0] ?? []);
  let level = lists;
  while (level.length > 1) {
    const next: ArrayLike<number>[] = [];
    for (let k = 0; k + 1 < level.length; k += 2) {
      const a = level[k]!;
      const b = level[k + 1]!;
      const out = new Int32Array(a.length + b.length);
      let i = 0;
      let j = 0;
      let n = 0;
      while (i < a.length && j < b.length) out[n++] = a[i]! < b[j]! ? a[i++]! : b[j++]!;
      while (i < a.length) out[n++] = a[i++]!;
      while (j < b.length) out[n++] = b[j++]!;
      next.push(out);
    }
    if (level.length % 2) next.push(level[level.length - 1]!);
    level = next;
  }
  // The last merge made it: two or more lists were given.
  return level[0] as Int32Array;
}

/** At most this many words' occurrences are merged list by list rather than read off the runs. */
const MERGED_WORDS = 16;

/** The start of the text, as a list of places. */
const AT_START = [0];

/** A regex is tried at most once per this many characters of the stretch, or scanned plainly. */
const DENSE_RATIO = 8;
/**
 * The same for a regex that starts at places rather than words (any run of digits, a capital, a
 * character): its first atom is one class, which a plain scan checks cheaply even where V8 no
 * longer optimizes regexes, while a sticky try costs a call each. A draft packed with numbers has a
 * run of digits every 13 characters: those regexes are scanned plainly there.
 */
export const PLACES_DENSE_RATIO = 32;

/** Where in the text one regex may start, ascending; null when that is too many places to gain. */
export type Positions = Int32Array | null;

/**
 * Where a regex may start: how many places, and (built when first needed) which, ascending. Dense
 * when so many that scanning the whole text plainly is cheaper.
 */
interface Candidates {
  dense: boolean;
  positions(): Int32Array;
}

/**
 * The runs of \w characters of one draft's text: the distinct words (lowercased) and where each
 * occurs, so a regex's candidate positions are the union of a few words' occurrences. Built once
 * per text and kept on that draft's Doc (scope.ts), with the candidate positions of every regex
 * asked about, so nothing of one draft is seen by another.
 */
export class WordIndex {
  /** Distinct words by id (lowercased). */
  private readonly words: string[];
  /**
   * Where each word occurs, ascending: word id's places are occurrences[firstOf[id], firstOf[id + 1]).
   * One typed array for all words rather than an array per word (a pasted list has thousands).
   */
  private readonly occurrences: Int32Array;
  private readonly firstOf: Int32Array;
  /** The run (its index in runStarts) of each of `occurrences`. */
  private readonly occurrenceRuns: Int32Array;
  /**
   * Word ids by their first two letters (a one-letter word by itself), for prefix lookups: every
   * prefix looked up is two letters or more, or a whole one-letter word.
   */
  private readonly byStart = new Map<string, number[]>();
  /**
   * Where the runs that start with a digit start, ascending, found on first use: shared by the
   * dozens of regexes that start at any run of digits, each with other words of its own.
   */
  private digitStarts: Int32Array | undefined;
  /** Looks whole words up. */
  private readonly interner: WordInterner;
  /** Where runs of digits start inside a word ("MRN12345", "A1234567"), ascending. */
  private readonly innerDigits: number[] = [];
  /** Where every run of \w starts, ascending. */
  private readonly runStarts: Int32Array;
  /** The word id of each run, in the order of runStarts. */
  private readonly runIds: Int32Array;
  /** Where each anchor character ("@", "#") occurs, ascending, looked up on first use. */
  private readonly charAt = new Map<string, number[]>();
  /** Where the runs that start with a capital A-Z start, ascending, found on first use. */
  private upperStarts: Int32Array | undefined;
  /** Where the runs of each length asked about start, ascending. */
  private readonly byLength = new Map<number, Int32Array>();
  /** By a phrase list's words (phraseStarts): where one of its phrases' words are consecutive runs. */
  private readonly phraseStartsBy = new WeakMap<object, Int32Array>();
  /** By a phrase list's words (rarestWordStarts): where the rarest word of each phrase occurs. */
  private readonly byPhrases = new WeakMap<object, Int32Array>();
  /** Candidates by prefix set: a dozen regexes start at any run of digits. */
  private readonly byPrefixes = new Map<string, Candidates>();

  constructor(readonly text: string) {
    // Runs of \w are ASCII, which is what the interner folds case for.
    const interner = (this.interner = new WordInterner(text));
    const { innerDigits } = this;
    const n = text.length;
    // Typed arrays as long as the most runs a text can have (every other character): a long
    // draft's twelve thousand runs then live outside the young heap, which the garbage collector
    // copies while an analysis runs.
    const runStarts = new Int32Array((n + 1) >> 1);
    const runIds = new Int32Array(runStarts.length);
    let runs = 0;
    // A character loop rather than a regex: no match objects for every word of a long draft.
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (c >= 128 || !IS_WORD[c]) {
        i++;
        continue;
      }
      runStarts[runs] = i;
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
      runIds[runs++] = id;
      i = j;
    }
    this.runStarts = runStarts.subarray(0, runs);
    this.runIds = runIds.subarray(0, runs);
    const words = (this.words = interner.words);
    // Each word's places, grouped by word in one pass over the runs (which are in text order).
    const firstOf = (this.firstOf = new Int32Array(words.length + 1));
    for (let r = 0; r < runs; r++) firstOf[runIds[r]! + 1]!++;
    for (let id = 0; id < words.length; id++) firstOf[id + 1]! += firstOf[id]!;
    const occurrences = (this.occurrences = new Int32Array(runs));
    const occurrenceRuns = (this.occurrenceRuns = new Int32Array(runs));
    const next = firstOf.slice(0, words.length);
    for (let r = 0; r < runs; r++) {
      const k = next[runIds[r]!]!++;
      occurrences[k] = runStarts[r]!;
      occurrenceRuns[k] = r;
    }
    for (let id = 0; id < words.length; id++) {
      const key = words[id]!.slice(0, 2);
      const list = this.byStart.get(key);
      if (list) list.push(id);
      else this.byStart.set(key, [id]);
    }
  }

  /**
   * Where a match of a regex with these prefixes (named by `key`) may start, ascending; null when
   * that is so many places that a plain scan of the whole text is cheaper.
   */
  positions(prefixes: readonly string[], key: string): Positions {
    const found = this.candidates(prefixes, key);
    return found.dense ? null : found.positions();
  }

  /**
   * Every place a match may start, however many: a short window is still searched faster at its
   * word starts than at each of its characters.
   */
  allPositions(prefixes: readonly string[], key: string): Int32Array {
    return this.candidates(prefixes, key).positions();
  }

  private candidates(prefixes: readonly string[], key: string): Candidates {
    let found = this.byPrefixes.get(key);
    if (found === undefined) this.byPrefixes.set(key, (found = this.candidatesIn(prefixes)));
    return found;
  }

  private candidatesIn(prefixes: readonly string[]): Candidates {
    const { words, firstOf } = this;
    const taken = new Uint8Array(words.length);
    const ids: number[] = [];
    const chars: number[][] = [];
    let total = 0;
    // Any run start: the words themselves are among them.
    const anyRun = prefixes.includes(RUN_START);
    // Any run of digits, inside a word or starting one: the words that start with one are all
    // among the latter (which any run covers too).
    const digits = prefixes.includes(DIGITS);
    if (digits) total += this.innerDigits.length;
    const digitRuns = digits && !anyRun ? this.digitRunStarts() : undefined;
    if (digitRuns) total += digitRuns.length;
    // Runs that start with a capital: kept as a list of their own unless any run will do. The
    // words are lowercase, so a capitalized word looked up also lands there: the list then holds
    // a place twice, which the merge keeps (tryAt skips a place already passed).
    const upper = !anyRun && prefixes.includes(UPPER_START) ? this.upperRunStarts() : undefined;
    if (upper) total += upper.length;
    const take = (id: number) => {
      if (taken[id] || anyRun || (digits && isDigit(words[id]!.charCodeAt(0)))) return;
      taken[id] = 1;
      ids.push(id);
      total += firstOf[id + 1]! - firstOf[id]!;
    };
    if (anyRun) total += this.runStarts.length;
    for (const p of prefixes) {
      if (p === RUN_START || p === UPPER_START) continue;
      if (p === TEXT_START) {
        chars.push(AT_START);
        total++;
        continue;
      }
      if (p.startsWith(CHAR)) {
        const at = this.occurrencesOf(p.slice(CHAR.length));
        chars.push(at);
        total += at.length;
        continue;
      }
      if (p === DIGITS) continue;
      if (p.endsWith(EXACT)) {
        // A whole word: one lookup.
        const id = this.interner.find(p.slice(0, -1));
        if (id !== -1) take(id);
        continue;
      }
      for (const id of this.byStart.get(p.slice(0, 2)) ?? []) if (words[id]!.startsWith(p)) take(id);
    }
    let built: Int32Array | undefined;
    const positions = () => {
      if (built) return built;
      // Each list is ascending: merged, they are the sorted union. A place may be in two lists (a
      // capitalized run that is also a word looked up, the text's start): it is then tried once
      // (tryAt skips a place already passed). Sorting them all was a millisecond of a
      // dense 63k draft, spent on regexes that start at any number (thousands of distinct words).
      const lists: ArrayLike<number>[] = [];
      if (anyRun) lists.push(this.runStarts);
      else if (ids.length) lists.push(this.wordStarts(ids, taken));
      if (upper) lists.push(upper);
      if (digitRuns) lists.push(digitRuns);
      if (digits) lists.push(this.innerDigits);
      lists.push(...chars);
      return (built = mergeAscending(lists));
    };
    // Trying the regex at a word costs several times scanning a character: when candidates are
    // dense ("a", "the"), a plain scan is cheaper.
    const places = prefixes.every((p) => p === DIGITS || p === RUN_START || p === UPPER_START || p === TEXT_START || p.startsWith(CHAR));
    return { dense: total * (places ? PLACES_DENSE_RATIO : DENSE_RATIO) > this.text.length, positions };
  }

  /**
   * Where the words `ids` (marked in `taken`) occur, ascending. A few words: their occurrences,
   * sorted. Many (every number of a pasted list): the runs of the text, kept if theirs, which
   * costs the runs once instead of a sort of nearly all of them.
   */
  private wordStarts(ids: readonly number[], taken: Uint8Array): Int32Array {
    const { occurrences, firstOf, runStarts, runIds } = this;
    let count = 0;
    for (const id of ids) count += firstOf[id + 1]! - firstOf[id]!;
    const out = new Int32Array(count);
    if (count * FEW_OCCURRENCES_RATIO < runStarts.length) {
      let n = 0;
      for (const id of ids) for (let k = firstOf[id]!; k < firstOf[id + 1]!; k++) out[n++] = occurrences[k]!;
      return out.sort();
    }
    // A few common words ("the", "my"): their lists merged two by two, which costs their
    // occurrences times log2 of the words, less than a pass over every run of the draft.
    if (ids.length <= MERGED_WORDS) return mergeAscending(ids.map((id) => occurrences.subarray(firstOf[id]!, firstOf[id + 1]!)));
    for (let r = 0, n = 0; r < runIds.length; r++) if (taken[runIds[r]!]) out[n++] = runStarts[r]!;
    return out;
  }

  /**
   * Where the rarest word of each phrase occurs, ascending: a phrase is given as its words, each a
   * whole run of \w (lowercase), and every match of it holds all of them, so a stretch of the text
   * without any of these places holds no phrase (unless it cuts a word). A phrase with a word the
   * text lacks has no places. Undefined when a phrase has no words at all.
   */
  rarestWordStarts(phrases: readonly (readonly string[])[]): Int32Array | undefined {
    const known = this.byPhrases.get(phrases);
    if (known) return known;
    const taken = new Uint8Array(this.words.length);
    const ids: number[] = [];
    for (const words of phrases) {
      if (!words.length) return undefined;
      const phraseIds = words.map((w) => this.interner.find(w));
      if (phraseIds.includes(-1)) continue;
      const rarest = phraseIds[this.rarestOf(phraseIds)]!;
      if (!taken[rarest]) {
        taken[rarest] = 1;
        ids.push(rarest);
      }
    }
    const at = this.wordStarts(ids, taken);
    this.byPhrases.set(phrases, at);
    return at;
  }

  /** The index in `ids` (known words) of the word with the fewest occurrences, the first if tied. */
  private rarestOf(ids: readonly number[]): number {
    const { firstOf } = this;
    let rarest = 0;
    for (let t = 1; t < ids.length; t++) if (firstOf[ids[t]! + 1]! - firstOf[ids[t]!]! < firstOf[ids[rarest]! + 1]! - firstOf[ids[rarest]!]!) rarest = t;
    return rarest;
  }

  /**
   * Where the words of one of the phrases are consecutive runs of the text, each phrase given as
   * its words (lowercase runs of \w, at least one): the starts of their first runs, ascending, each
   * once. Found from the occurrences of each phrase's rarest word, the runs around it compared.
   */
  phraseStarts(phrases: readonly (readonly string[])[]): Int32Array {
    const known = this.phraseStartsBy.get(phrases);
    if (known) return known;
    const { firstOf, occurrenceRuns, runIds, runStarts } = this;
    const found: number[] = [];
    for (const words of phrases) {
      const ids = words.map((w) => this.interner.find(w));
      if (ids.includes(-1)) continue;
      const rarest = this.rarestOf(ids);
      const id = ids[rarest]!;
      for (let k = firstOf[id]!; k < firstOf[id + 1]!; k++) {
        const r = occurrenceRuns[k]! - rarest;
        if (r < 0 || r + ids.length > runIds.length) continue;
        let t = 0;
        while (t < ids.length && runIds[r + t] === ids[t]) t++;
        if (t === ids.length) found.push(runStarts[r]!);
      }
    }
    const sorted = Int32Array.from(found).sort();
    let n = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k]!;
    const at = sorted.subarray(0, n);
    this.phraseStartsBy.set(phrases, at);
    return at;
  }

  /** How many distinct words (ids 0 to size - 1). */
  get size(): number {
    return this.words.length;
  }

  /**
   * For each span [starts[k], ends[k]) (ascending, not overlapping) that is exactly one run of \w
   * characters, that run's word id here; -1 for the others. The ids ignore ASCII case, as the
   * interner does.
   */
  runIdsOf(starts: Int32Array, ends: Int32Array): Int32Array {
    const { runStarts, runIds, words } = this;
    const out = new Int32Array(starts.length);
    let r = 0;
    for (let k = 0; k < starts.length; k++) {
      const start = starts[k]!;
      const end = ends[k]!;
      while (r < runStarts.length && runStarts[r]! < start) r++;
      // Runs are ASCII: a run is as long as its (lowercased) word.
      out[k] = r < runStarts.length && runStarts[r] === start && words[runIds[r]!]!.length === end - start ? runIds[r]! : -1;
    }
    return out;
  }

  /** Where the runs of exactly `length` characters start, ascending. */
  runsOfLength(length: number): Int32Array {
    let at = this.byLength.get(length);
    if (at) return at;
    const ids: number[] = [];
    const taken = new Uint8Array(this.words.length);
    // Runs are ASCII, so a word's lowercase form is as long as the run.
    this.words.forEach((w, id) => {
      if (w.length !== length) return;
      ids.push(id);
      taken[id] = 1;
    });
    at = this.wordStarts(ids, taken);
    this.byLength.set(length, at);
    return at;
  }

  /**
   * The starts of the `count` runs before each of `at` (run starts, ascending), ascending and each
   * once: where a match that must reach one of those runs within `count` runs can start.
   */
  runsBefore(at: ArrayLike<number>, count: number): Int32Array {
    const { runStarts } = this;
    const out = new Int32Array(at.length * count);
    let n = 0;
    // The next run not taken yet: windows of neighbouring places overlap.
    let next = 0;
    for (let k = 0; k < at.length; k++) {
      const r = firstAtOrAfter(runStarts, at[k]!);
      for (let j = Math.max(next, r - count); j < r; j++) out[n++] = runStarts[j]!;
      next = Math.max(next, r);
    }
    return out.subarray(0, n);
  }

  /** Where runs of digits start inside a run of \w ("MRN12345": at "1"), ascending. */
  get digitsInsideRuns(): readonly number[] {
    return this.innerDigits;
  }

  /** Where the runs that start with a capital A-Z start, ascending. */
  private upperRunStarts(): Int32Array {
    return (this.upperStarts ??= this.runStartsWhere(isUpperCode));
  }

  /** Where the runs that start with a digit start, ascending. */
  private digitRunStarts(): Int32Array {
    return (this.digitStarts ??= this.runStartsWhere(isDigit));
  }

  /** The starts of the runs whose first character passes `first`, ascending. */
  private runStartsWhere(first: (code: number) => boolean): Int32Array {
    const { runStarts, text } = this;
    let count = 0;
    for (let r = 0; r < runStarts.length; r++) if (first(text.charCodeAt(runStarts[r]!))) count++;
    const out = new Int32Array(count);
    for (let r = 0, n = 0; r < runStarts.length; r++) if (first(text.charCodeAt(runStarts[r]!))) out[n++] = runStarts[r]!;
    return out;
  }

  /** Where `c` occurs in the text, ascending. */
  private occurrencesOf(c: string): number[] {
    let at = this.charAt.get(c);
    if (at) return at;
    at = [];
    for (let i = this.text.indexOf(c); i !== -1; i = this.text.indexOf(c, i + 1)) at.push(i);
    this.charAt.set(c, at);
    return at;
  }
}
