/**
 * Where a regex's matches can start, read from its source: the lowercase literal words (or word
 * prefixes) one of which every match starts with, or "a run of digits". The scan strategies
 * (scan.ts) then try the regex only where the draft's word index (word-index.ts) has those words.
 *
 * Read conservatively: anything this reader does not fully understand gives no prefixes, and the
 * regex is scanned as before.
 */

/** Prefixes shorter than this match too many words to be worth looking up. */
const MIN_PREFIX = 2;
/** Marks a prefix that is the whole word: "a" of "a drink" must be the word "a", not "about". */
export const EXACT = '$';
/** Stands for "where a run of digits starts" among the prefixes. */
export const DIGITS = '\\d';
/** Stands for "where any run of \w starts": "\b[A-Z][a-z]+" names no word, but starts one. */
export const RUN_START = '\\w';
/** Stands for "where a run of \w starts with a capital A-Z": "\b[A-Z][a-z]+" in a case-sensitive regex. */
export const UPPER_START = '\\u';
/** Stands for "the start of the text": the "^" of "(?:^|[.!?]\s)" (never multiline here). */
export const TEXT_START = '\\A';
/** Marks a character every match starts with ("@" of a handle): CHAR + "@". */
export const CHAR = '\\c';
/** Alternatives multiply across groups; past this many prefixes the reader stops extending. */
const MAX_PREFIXES = 400;
/**
 * What can follow a literal only where its word ends: whitespace, punctuation, a class of those
 * ("[\\s-]"), a boundary, the phrase lists' "no word character follows".
 */
const ENDS_WORD = /^(?:\\s|\\b|\[(?:\\s|[-.\/,:&#'’ ])+\]|\\[-.\/,:&#'’]|[-\/,:&#'’ ]|\(\?!\[A-Za-z0-9_[^\]]*\]\)|\(\?!\\w\))/;
/** The phrase lists' own boundary, "not preceded by a word character", and its \w forms. */
const NO_WORD_BEFORE = /^\(\?<!(?:\[A-Za-z0-9_[^\]]*\]|\[\\w\]|\\w)\)$/;

const WORDISH = /[A-Za-z0-9_]/;
/** Characters a match may start with that are looked up as themselves (handles, hashtags). */
const ANCHOR_CHARS = /[@#,]/;
/** The same, escaped in a source: "\+" of a phone number, "\(" of an area code, "\." of a sentence's end. */
const ESCAPED_ANCHOR = /^\\([+(.!?])/;
/** A class of a few punctuation characters, quotes or a newline, which a match starts with: "[.!?]" of a sentence's end, "["'“‘]" of a quoted word. */
const CHAR_CLASS = /^\[((?:[.!?;:,"'“”‘’]|\\[.!?n])+)\]/;
/** A character class of digits only ("[1-9]", "[01]", "[0-3]"), or \d. */
const DIGIT_ATOM = /^(?:\\d|\[(?:\d-\d|\d)+\])/;
/** A class that can only match characters that are not \w ("[ \t]", "[.!?]"), or \s: what a lookbehind may end with. */
const NON_WORD_ATOM = /^(?:\\s|\[(?:[^\]\\\w^-]|\\[st.\-\/])+\])$/;
/** A class or escape of word characters only ("[A-Z]", "[a-z0-9]", "\w"): after a boundary, a run starts there. */
const WORD_CLASS = /^(?:\\w|\\d|\[(?:[A-Z]-[A-Z]|[a-z]-[a-z]|[0-9]-[0-9]|[A-Za-z0-9_])+\])/;

/**
 * The lowercase literal prefixes one of which every match starts with, where every match starts
 * at the beginning of a run of \w characters; undefined when that cannot be shown. A prefix
 * ending in EXACT is a whole run.
 */
export function anchorPrefixes(re: RegExp): string[] | undefined {
  if (re.flags.includes('u') || re.flags.includes('v') || re.flags.includes('m') || re.flags.includes('y')) return undefined;
  ignoreCase = re.flags.includes('i');
  const alternatives = splitAlternatives(re.source);
  if (!alternatives) return undefined;
  const out = new Set<string>();
  for (const alt of alternatives) {
    const found = readAlternative(alt);
    if (!found) return undefined;
    for (const p of found) {
      if (p.end === 'digits') out.add(DIGITS);
      else if (p.end === 'start') out.add(TEXT_START);
      else if (p.end === 'run') out.add(RUN_START);
      else if (p.end === 'upper') out.add(UPPER_START);
      // "9\d" read as the word prefix "9": too short to look up, but a run of digits starts there.
      else if (p.end === 'open' && p.text.length < MIN_PREFIX && /^\d/.test(p.text)) out.add(DIGITS);
      else if (p.end === 'char') out.add(CHAR + p.text);
      else if (p.end === 'word' ? p.text.length < 1 : p.text.length < MIN_PREFIX) return undefined;
      else out.add(p.end === 'word' ? p.text + EXACT : p.text);
    }
  }
  return [...out];
}

/**
 * A prefix read so far: cut short ('open'), ending its word ('word'), or the whole alternative
 * ('complete'); or a place rather than words: a run of digits, any run of \w, a character.
 */
interface Prefix {
  text: string;
  end: 'open' | 'word' | 'complete' | 'digits' | 'run' | 'upper' | 'char' | 'start';
}

/** Whether the regex being read ignores case: "[A-Z]" then matches any letter. */
let ignoreCase = false;

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
  // (?<=...\s) holds only after a character that is not \w, whichever alternative holds.
  if (group.startsWith('(?<=')) return (splitAlternatives(group.slice(4, -1)) ?? ['']).every(endsInNonWord) ? NOT_WORD : 0;
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

/** Whether `a` ends in \\s or a class of characters that are not \\w ("[ \\t]"), unescaped and unquantified. */
function endsInNonWord(a: string): boolean {
  const atom = a.endsWith('\\s') ? a.length - 2 : a.endsWith(']') ? a.lastIndexOf('[') : -1;
  if (atom < 0 || !NON_WORD_ATOM.test(a.slice(atom))) return false;
  let k = atom;
  while (k > 0 && a[k - 1] === '\\') k--;
  return (atom - k) % 2 === 0;
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
  // "(?<!\d)\d{9}", "(?<![\d.])[0-3]?\d": a match that starts with a digit after a non-digit
  // starts a run of digits.
  if (!acc && boundary >= NOT_DIGIT && DIGIT_ATOM.test(alt.slice(i))) return startsWithDigit(alt, i) ? [{ text: DIGITS, end: 'digits' }] : undefined;
  const c = alt[i]!;
  if (!acc && boundary >= NOT_DIGIT && boundary < NOT_WORD && c >= '0' && c <= '9') return startsWithDigit(alt, i) ? [{ text: DIGITS, end: 'digits' }] : undefined;
  if (!acc) {
    // "^" (not multiline): the match starts where the text does.
    if (c === '^') return [{ text: '', end: 'start' }];
    // "\n": the match starts at a newline; "[.!?]\s": at one of the class's characters.
    if (alt.startsWith('\\n', i)) return OPTIONAL.test(alt.slice(i + 2)) ? undefined : [{ text: '\n', end: 'char' }];
    const chars = CHAR_CLASS.exec(alt.slice(i));
    if (chars) {
      if (OPTIONAL.test(alt.slice(i + chars[0].length))) return undefined;
      return [...chars[1]!.replace(/\\n/g, '\n').replace(/\\/g, '')].map((ch) => ({ text: ch, end: 'char' as const }));
    }
    // "\+?1", "\(\d{3}\)": the match starts at that very character, or (when it may be absent) where what follows starts.
    const escaped = ESCAPED_ANCHOR.exec(alt.slice(i));
    if (escaped) {
      const at: Prefix = { text: escaped[1]!, end: 'char' };
      const quantifier = OPTIONAL.exec(alt.slice(i + 2))?.[0];
      if (!quantifier) return [at];
      if (quantifier !== '?') return undefined;
      const rest = readFrom(alt, i + 3, '', boundary);
      return rest ? [at, ...rest] : undefined;
    }
    // "@handle": the match starts at that very character.
    if (ANCHOR_CHARS.test(c) && !OPTIONAL.test(alt.slice(i + 1))) return [{ text: c, end: 'char' }];
    // "\b[A-Z][a-z]+": which word is unknown, but a run of \w starts where the match does.
    const word = boundary >= NOT_WORD ? WORD_CLASS.exec(alt.slice(i))?.[0] : undefined;
    // Case-sensitive "\b[A-Z]": a run that starts with a capital, far fewer than all runs.
    if (word && !OPTIONAL.test(alt.slice(i + word.length))) return [{ text: '', end: word === '[A-Z]' && !ignoreCase ? 'upper' : 'run' }];
  }
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
export function walk(source: string, from: number, visit: (c: string, i: number, depth: number) => boolean | void): number {
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
export function splitAlternatives(source: string): string[] | undefined {
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

/**
 * Whether every match of `alt` from `i` starts with a digit: digit atoms ("\d", "[0-3]", "9"), the
 * optional ones followed by another digit atom ("[1-9]?\d").
 */
function startsWithDigit(alt: string, i: number): boolean {
  for (;;) {
    const atom = DIGIT_ATOM.exec(alt.slice(i))?.[0] ?? (alt[i]! >= '0' && alt[i]! <= '9' ? alt[i]! : undefined);
    if (!atom) return false;
    i += atom.length;
    const quantifier = OPTIONAL.exec(alt.slice(i))?.[0];
    if (!quantifier) return true;
    i += quantifier.length;
    if (alt[i] === '?') i++;
  }
}

/** A quantifier that lets the preceding atom be absent. */
const OPTIONAL = /^(?:\?|\*|\{0,?\d*\})/;
