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

const declared = new WeakMap<RegExp, Letters>();

/**
 * Declares that every match of `re` holds one of `letters` (lowercase), and returns `re`. Scans of
 * a post then skip it when the post holds none (mayHoldMatch); phrase lists declare theirs
 * (words.ts, phraseRegex).
 */
export function declareLetters(re: RegExp, letters: Letters): RegExp {
  declared.set(re, letters);
  return re;
}

/** The letters declared for `re`, if any. */
export function lettersOf(re: RegExp): Letters | undefined {
  return declared.get(re);
}

/**
 * False only when `re` cannot match anywhere in `text`: a post (the draft open in the scan scope,
 * anchors/scope.ts, or any text of `doc`, such as a slice of it) that holds none of the letters
 * declared for `re`. True whenever that is not known.
 */
export function mayHoldMatch(re: RegExp, text: string, doc: Lowered | undefined = openDraft(text)): boolean {
  if (text.length > LETTERS_MAX_CHARS || !doc) return true;
  const letters = declared.get(re);
  return !letters || hasLetters(doc, letters);
}
