import { MASKABLE, type Strength } from '../vocab/profanity';

/**
 * Words with a mask character after their first letter: "f***", "sh*t", "a**hole", "f--k".
 *
 * This is what the regex
 *   /(?<![A-Za-z0-9*#%_-])[A-Za-z](?:[A-Za-z$@!*#%]|-(?=[-*A-Za-z]))*(?:[*#%]|--)(?:[A-Za-z$@!*#%]|-(?=[-*A-Za-z]))*\/g
 * matches, found in one pass: that regex backtracks over a word's characters once per mask
 * character, and is tried again at every letter after "$", "@" or "!", so a paste of "a$a$a$..."
 * or "f*f*f*..." took time quadratic in its length.
 *
 * How the regex reads: from a start letter, the first star runs over the longest stretch of word
 * characters ("word" below: letters, $ @ ! * # %, a dash before a dash, * or letter), then gives
 * characters back until a mask ([*#%] or "--") follows, then the second star runs on. So a match
 * exists when the stretch holds a mask after the start letter, and it ends where the stretch ends,
 * or, when the last mask is a "--" whose second dash ends the stretch, where the stretch after it ends.
 */
export function maskedWords(text: string): { index: number; end: number }[] {
  const out: { index: number; end: number }[] = [];
  const n = text.length;
  // The stretch of word characters after the last start tried, and its last mask.
  let stretchEnd = -1;
  let lastMask = -1;
  // The next mask from where the letters are being read.
  let nextMask = -1;
  for (let p = 0; p < n; p++) {
    if (p >= stretchEnd && p > nextMask) {
      // No stretch open: a match needs a mask, and only the letters of the run of word characters
      // that leads up to the next mask can reach it. Jump to that run rather than reading every
      // word of a long draft; the characters walked back over are then read once going forward.
      // A loop over char codes, not a regex: a flood of "*" would build a match object per character.
      nextMask = p + 1;
      while (nextMask < n && !isMaskAt(text, nextMask)) nextMask++;
      if (nextMask >= n) break;
      let from = nextMask;
      while (from > p && isWordChar(text, from - 1)) from--;
      p = from;
    }
    if (!isLetter(text.charCodeAt(p)) || (p > 0 && blocksStart(text.charCodeAt(p - 1)))) continue;
    if (p >= stretchEnd) {
      stretchEnd = wordRunEnd(text, p + 1);
      lastMask = -1;
      for (let q = stretchEnd - 1; q > p && lastMask < 0; q--) if (isMaskAt(text, q)) lastMask = q;
    }
    // A later start in the same stretch sees the same stretch, and the masks after it.
    if (lastMask <= p) continue;
    const afterMask = lastMask + (isMaskChar(text.charCodeAt(lastMask)) ? 1 : 2);
    const end = afterMask <= stretchEnd ? stretchEnd : wordRunEnd(text, afterMask);
    out.push({ index: p, end });
    p = end - 1;
  }
  return out;
}

const STAR = 42;
const HASH = 35;
const PERCENT = 37;
const DASH = 45;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isMaskChar = (c: number) => c === STAR || c === HASH || c === PERCENT;
/** The lookbehind: a letter after one of these continues a word rather than starting one. */
const blocksStart = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || isMaskChar(c) || c === 95 || c === DASH;
/** $ @ ! stand for letters ("a$$", "sh!t"); * # % mask them. */
const isWordSymbol = (c: number) => c === 36 || c === 64 || c === 33 || isMaskChar(c);

/** A dash counts as part of the word before another dash, a * or a letter. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isLetter(c) || isWordSymbol(c)) return true;
  if (c !== DASH) return false;
  const next = text.charCodeAt(i + 1);
  return next === DASH || next === STAR || isLetter(next);
}

function wordRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text, i)) i++;
  return i;
}

function isMaskAt(text: string, q: number): boolean {
  const c = text.charCodeAt(q);
  return isMaskChar(c) || (c === DASH && text.charCodeAt(q + 1) === DASH);
}

const RANK: Record<Strength, number> = { mild: 1, moderate: 2, strong: 3 };
const MASK_RUN = /[*#%-]+/g;
/** Each mask character stands for at least one letter: no longer token spells a listed word. */
const LONGEST_MASKABLE = Math.max(...Object.keys(MASKABLE).map((w) => w.length));

/** The spelled-out word a masked token stands for, if any: each mask character is one or two letters. */
export function unmask(token: string): string | undefined {
  const lower = token.toLowerCase().replace(/\$/g, 's').replace(/@/g, 'a').replace(/!/g, 'i');
  // A pattern built from a 12,000-character token overflowed the regex compiler's stack.
  if (lower.length < 3 || lower.length > LONGEST_MASKABLE) return undefined;
  const re = new RegExp(`^${lower.replace(MASK_RUN, (run) => `[a-z]{${run.length},${run.length + 1}}`)}$`);
  let best: string | undefined;
  for (const word of Object.keys(MASKABLE)) if (re.test(word) && (!best || RANK[MASKABLE[word]!] > RANK[MASKABLE[best]!])) best = word;
  return best;
}
