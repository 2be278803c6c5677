import { openDraft } from './anchors/scope';

/**
 * Letters every match of a regex holds (at least one of them), lowercase: a speed gate for posts.
 * A post lacking all of a regex's letters cannot match it, so the regex is never run there, nor
 * compiled: V8 compiles each regex on its first run, and in a fresh page or process that compiling
 * was most of the first check of a post (tests/bench/cold-start.ts). The regex still decides
 * wherever it runs. Each declaration is proved from the regex's syntax by the unit tests
 * (tests/unit/engine/letters-cover.ts): a way through a regex that avoids its letters fails them.
 */
export type Letters = readonly string[];

/**
 * The longest run of letters of a phrase or a regex source, the last of equals ("flu" of "the flu",
 * "speaking" of "non-english[\s-]speaking"): what every match of it spells, for Letters.
 */
export const longestWord = (source: string) => (source.match(/[a-z0-9']+/g) ?? []).reduce((a, b) => (b.length >= a.length ? b : a), '');

/** Drafts up to this long are checked for letters: posts, where skipping a regex spares its compiling too. */
const LETTERS_MAX_CHARS = 4_000;

/** A draft's text and its lowercase: a Doc (doc.ts), or the draft open in the scan scope. */
interface Lowered {
  readonly text: string;
  readonly lower: string;
}

/**
 * Whether the lowercased draft holds one of `letters` anywhere. Lowercasing a matched character
 * keeps its letter (an ASCII letter matches itself or its capital only, without the u flag), so a
 * draft without any cannot match.
 */
export function hasLetters(doc: Lowered, letters: Letters): boolean {
  // A long draft holds some letter of nearly every list, and each letter it lacks is a read of the
  // whole draft (a list of 150 on 63,206 characters cost more than the scans it could spare): there
  // the regexes just run, as they do without letters.
  if (doc.text.length > LETTERS_MAX_CHARS) return true;
  let byLetters = hasLettersOf.get(doc);
  if (!byLetters) hasLettersOf.set(doc, (byLetters = new Map()));
  let has = byLetters.get(letters);
  if (has === undefined) byLetters.set(letters, (has = letters.some((l) => doc.lower.includes(l))));
  return has;
}

const hasLettersOf = new WeakMap<Lowered, Map<Letters, boolean>>();

/**
 * Ways a match holds letters, for a regex whose every way through has no rare word of its own:
 * each match holds, for one of the ways, a letter of each of its lists. "his call light is gonna
 * be late" needs a care item and a delay, and "called" alone is in many posts.
 */
export type LetterWays = readonly (readonly Letters[])[];

/** Whether the draft holds, for one of the ways, a letter of each of its lists. */
export function hasLetterWays(doc: Lowered, ways: LetterWays): boolean {
  return ways.some((way) => way.every((letters) => hasLetters(doc, letters)));
}

/**
 * Letter ways by regex, or how to work them out: the engine's three thousand phrases are read for
 * their letters when their list is first asked about, not while the engine loads.
 */
const declared = new WeakMap<RegExp, LetterWays | (() => LetterWays)>();

/**
 * Declares that every match of `re` holds one of `letters` (lowercase), and returns `re`. Scans of
 * a post then skip it when the post holds none (mayHoldMatch); phrase lists declare theirs
 * (words.ts, phraseRegex).
 */
export function declareLetters(re: RegExp, letters: Letters | (() => Letters)): RegExp {
  return declareLetterWays(re, typeof letters === 'function' ? () => [[letters()]] : [[letters]]);
}

/** Declares the ways every match of `re` holds letters (LetterWays), and returns `re`. */
export function declareLetterWays(re: RegExp, ways: LetterWays | (() => LetterWays)): RegExp {
  declared.set(re, ways);
  return re;
}

/** The letter ways declared for `re`, if any. */
export function letterWaysOf(re: RegExp): LetterWays | undefined {
  let ways = declared.get(re);
  if (typeof ways === 'function') declared.set(re, (ways = ways()));
  return ways;
}

/**
 * False only when `re` cannot match anywhere in `text`: a post, or a stretch of one (the words after
 * a room number), that holds no way of the letters declared for `re`. `given` is the post: by
 * default the draft open in the scan scope (anchors/scope.ts) when `text` is its text. True
 * whenever that is not known, and on a long draft.
 */
export function mayHoldMatch(re: RegExp, text: string, given?: Lowered): boolean {
  // A long text first, without a look at the scope: a long draft's scans ask this often.
  if (text.length > LETTERS_MAX_CHARS) return true;
  const doc = given ?? openDraft(text);
  if (!doc || doc.text.length > LETTERS_MAX_CHARS) return true;
  if (ran.has(re)) return true;
  const ways = letterWaysOf(re);
  if (!ways) return true;
  // A stretch of the post, tested on its own: it has fewer letters than the post. Not cached: a
  // post is a few such tests.
  const lower = text === doc.text ? undefined : text.toLowerCase();
  const may = lower === undefined ? hasLetterWays(doc, ways) : ways.some((way) => way.every((letters) => letters.some((l) => lower.includes(l))));
  if (may) ran.add(re);
  return may;
}

/**
 * Regexes this gate has let run: compiled, so skipping one spares only a scan of a post, which
 * costs less than reading the post for its letters (warm, the checks cost about 2% of a post's
 * analysis). Speed only: a regex runs wherever it may match, whatever this holds.
 */
const ran = new WeakSet<RegExp>();
