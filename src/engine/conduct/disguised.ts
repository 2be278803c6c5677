import type { Doc } from '../doc';
import { wordIndex } from './frame';
import { foldLeet } from './obscene';

/**
 * Words written so a filter will not see them: "g0mer", "cr@ckhead", "wh4le", "m*ron". A disguise
 * hides the word from a reader's software, not from the reader, so a disguised slur is the slur.
 * Leetspeak is folded to letters (obscene.ts's table); a mask character (* or #) stands for one
 * letter. Only tokens that hold a disguise character next to a letter are read, so an ordinary
 * draft costs one prefilter test.
 */
export interface Disguised {
  start: number;
  end: number;
  /** The word it spells, from the list asked about. */
  word: string;
}

/** Symbols that stand for letters ("cr@ckhead", "$tupid") or mask them ("m*ron"); the tokenizer splits words at them. */
const SYMBOLS = ['@', '$', '!', '*', '#'];
/** Longer tokens spell none of the words asked about (and a flood of one character is read once). */
const MAX_TOKEN = 24;
/** At most this many characters of a word are disguised ("fr3qu3nt"); more is an identifier ("A12345"). */
const MAX_DISGUISES = 2;
const LEET_DIGIT = /[0-7]/;
const MASK = /[*#]/;
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Letters, digits and the disguise symbols: what a disguised token is made of. */
const isTokenCode = (c: number) => isLetterCode(c) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 42 || c === 35;

/** How many characters of text[from, to) are not letters. */
function disguisesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isLetterCode(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Where a disguised word may start: words holding a leet digit (the draft's distinct words, each
 * read once), and symbols with a letter after them (found with indexOf, not a regex over the
 * whole draft: a long paste of identifiers and handles is read at memory speed).
 */
function seams(doc: Doc, longest: number): number[] {
  const text = doc.text;
  const out: number[] = [];
  for (const [word, starts] of wordIndex(doc)) {
    if (word.length > longest || word.length < 3 || !LEET_DIGIT.test(word) || disguisesIn(word, 0, word.length) > MAX_DISGUISES) continue;
    for (const at of starts) out.push(at);
  }
  for (const sym of SYMBOLS) {
    for (let i = text.indexOf(sym); i !== -1; i = text.indexOf(sym, i + 1)) {
      if (isLetterCode(text.charCodeAt(i + 1))) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Whether `folded` (leet spelled out, masks kept) spells `word`, each mask one letter. */
function spells(folded: string, word: string): boolean {
  if (folded.length !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = folded[i]!;
    if (c !== word[i] && c !== '*' && c !== '#') return false;
  }
  return true;
}

/** Disguised spellings of `words` (lowercase) in the draft, in text order. A plain spelling is not returned. */
export function disguisedWords(doc: Doc, words: readonly string[]): Disguised[] {
  const out: Disguised[] = [];
  if (!words.length) return out;
  const text = doc.text;
  const longest = Math.max(...words.map((w) => w.length));
  let readTo = 0;
  for (const seam of seams(doc, longest)) {
    if (seam < readTo) continue;
    // The token around the seam, each way at most MAX_TOKEN characters.
    let start = seam;
    while (start > 0 && seam - start < MAX_TOKEN && isTokenCode(text.charCodeAt(start - 1))) start--;
    let end = seam + 1;
    while (end < text.length && end - seam < MAX_TOKEN && isTokenCode(text.charCodeAt(end))) end++;
    readTo = end;
    // A disguise changes a letter or two of a listed word: identifiers have more digits than that.
    if (end - start < 3 || end - start > longest) continue;
    const disguises = disguisesIn(text, start, end);
    if (disguises === 0 || disguises > MAX_DISGUISES) continue;
    const lower = text.slice(start, end).toLowerCase();
    const folded = foldLeet(lower);
    if (!MASK.test(folded) && folded === lower) continue;
    const word = words.find((w) => spells(folded, w));
    if (word) out.push({ start, end, word });
  }
  return out;
}
