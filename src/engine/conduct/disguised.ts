import type { Doc } from '../doc';
import { matchesIn } from '../words';
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

/** A letter next to a disguise character: where a disguised word may be. */
const SEAM = /[A-Za-z][0-7@$!*#]|[0-7@$!*#][A-Za-z]/g;
const TOKEN_CHAR = /[A-Za-z0-9@$!*#]/;
/** Longer tokens spell none of the words asked about (and a flood of one character is read once). */
const MAX_TOKEN = 24;
const HAS_LETTER = /[A-Za-z]/;
const HAS_DISGUISE = /[0-7@$!*#]/;
const MASK = /[*#]/;

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
  const text = doc.text;
  let readTo = 0;
  for (const m of matchesIn(SEAM, text)) {
    if (m.index < readTo) continue;
    // The token around the seam, each way at most MAX_TOKEN characters.
    let start = m.index;
    while (start > 0 && m.index - start < MAX_TOKEN && TOKEN_CHAR.test(text[start - 1]!)) start--;
    let end = m.index + 2;
    while (end < text.length && end - m.index < MAX_TOKEN && TOKEN_CHAR.test(text[end]!)) end++;
    readTo = end;
    const token = text.slice(start, end);
    if (token.length < 3 || token.length >= MAX_TOKEN || !HAS_LETTER.test(token) || !HAS_DISGUISE.test(token)) continue;
    const lower = token.toLowerCase();
    const folded = foldLeet(lower);
    if (!MASK.test(folded) && folded === lower) continue;
    const word = words.find((w) => spells(folded, w));
    if (word) out.push({ start, end, word });
  }
  return out;
}
