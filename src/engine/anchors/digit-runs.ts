import { splitAlternatives } from './prefixes';

/**
 * What the run of digits a match starts with looks like, read from a regex's source: how many
 * digits it has, and which character comes right after it. A draft packed with identifiers has a
 * run of digits every dozen characters, too many places to try a regex at each (a plain scan is
 * cheaper there, and costs several times more once V8 stops optimizing the engine's regexes: a
 * busy page, compile.ts). But an SSN needs a run of exactly three digits then "-", an age "97"
 * then a space, "-", "y", "M" or "F": few places have that, and the regex is tried only there.
 *
 * Read conservatively, like prefixes.ts: whatever this reader does not fully understand reads as
 * "any run of at least `min` digits", or gives no shape at all.
 */
export interface DigitRun {
  /** A character the match starts with before the digits ("+" of `\+`, "(" of an area code), or -1: a digit starts it. */
  lead: number;
  min: number;
  max: number;
  /** The characters that may follow the run, when known; the run then has at most `max` digits. */
  next: NextChars | undefined;
}

/** A set of characters read from a source: literal codes (both cases under `i`) and maybe \s. */
interface NextChars {
  codes: Set<number>;
  space: boolean;
  ignoreCase: boolean;
  /** Whether each ASCII character is in the set, both cases and \s included: the common case, by table. */
  ascii: Uint8Array;
}

/**
 * The shapes of the runs of digits `re`'s matches start with, when every match starts (after
 * lookbehinds and \b, which only restrict where a match starts) with digits (`\d`, `\d{m,n}`, a
 * literal digit, a class of digits), maybe after one "+" or "(". Optional parts and groups are
 * read both ways, each way a shape: "(?:\+?1[ .-]?)?\d{3}-" is "+1", "1", "+1614-", "1614-",
 * "614-"... Undefined otherwise, or past MAX_SHAPES.
 *
 * Why a shape is exact: a match takes k digits (min <= k <= max) and then what follows them.
 * When that cannot be empty and cannot start with a digit, the character after the k digits is
 * no digit, so k is the whole run of digits from the match's start (after its lead), and that
 * character is one of `next`. A place whose run is longer or shorter, or is followed by another
 * character, starts no match of that shape; one that fits no shape starts no match.
 */
export function digitRuns(re: RegExp): DigitRun[] | undefined {
  if (/[uvmy]/.test(re.flags)) return undefined;
  const alternatives = splitAlternatives(re.source);
  if (!alternatives) return undefined;
  const out: DigitRun[] = [];
  const walk = new Walk(re.flags.includes('i'), out);
  for (const alt of alternatives) if (!walk.from(alt, 0, { lead: -1, min: 0, max: 0, digits: false })) return undefined;
  return out.length <= MAX_SHAPES ? out : undefined;
}

/** Beyond this many shapes (optional parts read both ways) a regex is left unread. */
const MAX_SHAPES = 48;
/** And beyond this many steps of the walk. */
const MAX_STEPS = 2_000;

/** Where a walk is: its lead character, the digits taken so far, and whether it has taken one. */
interface RunSoFar {
  lead: number;
  min: number;
  max: number;
  digits: boolean;
}

/** Reads a source element by element, forking at optional parts and groups, one shape per way through. */
class Walk {
  private steps = 0;
  private readonly seen = new Set<string>();
  constructor(
    private readonly ignoreCase: boolean,
    private readonly out: DigitRun[],
  ) {}

  /** Reads `s` from `i` on, after `run`; false when a way through it cannot be read. */
  from(s: string, i: number, run: RunSoFar): boolean {
    for (;;) {
      if (++this.steps > MAX_STEPS || this.out.length > MAX_SHAPES) return false;
      if (i >= s.length) return run.digits ? this.finish(run, '') : false;
      if (!run.digits && run.lead < 0 && s.startsWith('\\b', i)) {
        i += 2;
        continue;
      }
      if (!run.digits && run.lead < 0 && (s.startsWith('(?<!', i) || s.startsWith('(?<=', i))) {
        const end = groupEnd(s, i);
        if (end < 0) return false;
        i = end;
        continue;
      }
      const digitEnd = digitAtomEnd(s, i);
      const group = digitEnd < 0 ? groupAt(s, i) : undefined;
      const atomEnd = digitEnd >= 0 ? digitEnd : group ? group.end : singleAtomEnd(s, i);
      // A lookahead, a boundary, ".": what follows the digits is not read.
      if (atomEnd < 0) return run.digits ? this.finish(run, undefined) : false;
      const q = quantifierAt(s, atomEnd);
      if (!q) return false;
      const rest = s.slice(q.end);
      let digits = digitEnd >= 0 ? { min: 1, max: 1 } : undefined;
      if (group) {
        const inside = group.alternatives.map((a) => readDigits(a, 0));
        if (inside.every((d, x) => d && d.end === group.alternatives[x]!.length)) {
          digits = { min: Math.min(...inside.map((d) => d!.min)), max: Math.max(...inside.map((d) => d!.max)) };
        }
      }
      if (digits) {
        run = { lead: run.lead, min: run.min + digits.min * q.min, max: run.max + (digits.max && digits.max * q.max), digits: true };
        i = q.end;
        continue;
      }
      if (run.digits) {
        // Past the digits, a part that cannot start with a digit ends them: what follows is read as one.
        // When it may be left out, the digits may also go on after it: read both ways.
        const first = firstChars(s.slice(i, atomEnd), this.ignoreCase);
        if (first && ![...first.set.codes].some(isDigit)) {
          if (q.min === 0 && q.max === 1) return this.finish(run, s.slice(i, atomEnd) + rest) && this.from(rest, 0, run);
          return this.finish(run, s.slice(i));
        }
      }
      const once = q.min === 1 && q.max === 1;
      const optional = q.min === 0 && q.max === 1;
      if (group && (once || optional)) {
        // Each alternative then the rest, and the rest alone when the group may be left out.
        for (const a of group.alternatives) if (!this.from(a + rest, 0, run)) return false;
        return optional ? this.from(rest, 0, run) : true;
      }
      if (!group && optional) {
        const atom = s.slice(i, atomEnd);
        return this.from(atom + rest, 0, run) && this.from(rest, 0, run);
      }
      if (run.digits) return this.finish(run, s.slice(i));
      // Before any digit only one "+" or "(" may come.
      const c = s.startsWith('\\', i) ? s[i + 1] : s[i];
      if (!group && once && run.lead < 0 && (c === '+' || c === '(') && atomEnd === i + (s[i] === '\\' ? 2 : 1)) {
        run = { ...run, lead: c.charCodeAt(0) };
        i = q.end;
        continue;
      }
      return false;
    }
  }

  /** A way through ends: its digits, and what follows them read from `rest` (undefined: unread). */
  private finish(run: RunSoFar, rest: string | undefined): boolean {
    // A way through with no digit it must take: a match may start with no digit.
    if (run.min < 1) return false;
    const first = rest === undefined ? undefined : firstChars(rest, this.ignoreCase);
    // Unreadable, possibly empty, or possibly a digit: the run may go on past `max`, and be followed by anything.
    if (!first || first.nullable || [...first.set.codes].some(isDigit)) {
      this.out.push({ lead: run.lead, min: run.min, max: Infinity, next: undefined });
      return true;
    }
    const { set } = first;
    // Under `i` both cases of each literal are in `codes` already; no other character's case is ASCII there.
    for (let c = 0; c < 128; c++) if (set.codes.has(c) || (set.space && isSpace(c))) set.ascii[c] = 1;
    // Ways through that differ only after the digits' next character are one shape.
    const key = `${run.lead} ${run.min} ${run.max} ${set.space} ${[...set.codes].sort((a, b) => a - b).join(',')}`;
    if (!this.seen.has(key)) this.out.push({ lead: run.lead, min: run.min, max: run.max, next: set });
    this.seen.add(key);
    return true;
  }
}

/** The end of a single-character atom at `i` (a literal, an escaped punctuation or \s, a class), or -1. */
function singleAtomEnd(s: string, i: number): number {
  const c = s[i];
  if (c === undefined || '^$.|)(?*+{'.includes(c)) return -1;
  if (c === '[') return classEnd(s, i);
  if (c !== '\\') return i + 1;
  const e = s[i + 1];
  if (e === undefined || (/[A-Za-z0-9]/.test(e) && e !== 's' && ESCAPED[e] === undefined)) return -1;
  return i + 2;
}

/**
 * The places (ascending offsets into `text`) where a match with one of `runs` may start. What
 * each place holds (its lead, how many digits, the character after them) is read once per places
 * list, a draft's runs of digits shared by the dozens of regexes that start there, and a long
 * draft's thousands of places hold a few hundred distinct kinds: each regex judges the kinds, then
 * keeps the places of the kinds that fit.
 */
export function placesFitting(text: string, places: Int32Array, runs: readonly DigitRun[]): Int32Array {
  const { kindOf, kinds, placesOf } = kindsOf(text, places);
  const fits = new Uint8Array(kinds.length);
  let total = 0;
  let only = -1;
  for (let x = 0; x < kinds.length; x++) {
    const { lead, length, next } = kinds[x]!;
    for (const run of runs) {
      if (lead !== run.lead || length < run.min) continue;
      if (run.next && (length > run.max || next < 0 || !inSet(run.next, next))) continue;
      fits[x] = 1;
      total += placesOf[x]!.length;
      only = only === -1 ? x : -2;
      break;
    }
  }
  if (only === -1) return new Int32Array(0);
  if (only >= 0) return placesOf[only]!;
  // A few places of a few kinds: their lists, sorted; many: one pass over every place.
  if (total * 8 < places.length) {
    const kept = new Int32Array(total);
    let n = 0;
    for (let x = 0; x < kinds.length; x++) if (fits[x]) for (const at of placesOf[x]!) kept[n++] = at;
    return kept.sort();
  }
  const kept = new Int32Array(total);
  let n = 0;
  for (let k = 0; k < places.length; k++) if (fits[kindOf[k]!]) kept[n++] = places[k]!;
  return kept;
}

/** What a place holds: the character there when it is no digit (else -1), the digits after it, the character after them (-1: the text's end). */
interface PlaceKind {
  lead: number;
  length: number;
  next: number;
}
interface Kinds {
  /** The kind of each place. */
  kindOf: Int32Array;
  kinds: PlaceKind[];
  /** The places of each kind, ascending. */
  placesOf: Int32Array[];
}
const kindsCache = new WeakMap<Int32Array, Kinds>();
function kindsOf(text: string, places: Int32Array): Kinds {
  let found = kindsCache.get(places);
  if (found) return found;
  const kindOf = new Int32Array(places.length);
  const kinds: PlaceKind[] = [];
  const counts: number[] = [];
  const ids = new Map<number, number>();
  for (let k = 0; k < places.length; k++) {
    let p = places[k]!;
    const first = p < text.length ? text.charCodeAt(p) : -1;
    const lead = isDigit(first) ? -1 : first;
    if (lead !== -1) p++;
    let end = p;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    const next = end < text.length ? text.charCodeAt(end) : -1;
    // One number per kind (each part under 2^17): no string per place.
    const key = ((end - p) * 131072 + lead + 1) * 131072 + next + 1;
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = kinds.length));
      kinds.push({ lead, length: end - p, next });
      counts.push(0);
    }
    counts[id]!++;
    kindOf[k] = id;
  }
  const placesOf = counts.map((c) => new Int32Array(c));
  const filled = new Int32Array(kinds.length);
  for (let k = 0; k < places.length; k++) placesOf[kindOf[k]!]![filled[kindOf[k]!]!++] = places[k]!;
  kindsCache.set(places, (found = { kindOf, kinds, placesOf }));
  return found;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function inSet(set: NextChars, c: number): boolean {
  if (c < 128) return set.ascii[c] === 1;
  if (set.codes.has(c)) return true;
  if (set.space && isSpace(c)) return true;
  if (!set.ignoreCase) return false;
  // Both cases of every literal are in the set: either case of `c` found there is a match under `i`.
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return (lower.length === 1 && set.codes.has(lower.charCodeAt(0))) || (upper.length === 1 && set.codes.has(upper.charCodeAt(0)));
}

const SPACE = /\s/;
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && SPACE.test(String.fromCharCode(c)));
}

/** A quantifier at `i`: its minimum and maximum and where it ends; {1, 1} and `i` when none. */
function quantifierAt(s: string, i: number): { min: number; max: number; end: number } | undefined {
  let min = 1;
  let max = 1;
  let end = i;
  const c = s[i];
  if (c === '?' || c === '*' || c === '+') {
    min = c === '+' ? 1 : 0;
    max = c === '?' ? 1 : Infinity;
    end = i + 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 12));
    if (!m) return undefined;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    end = i + m[0].length;
  }
  // Lazy or greedy takes the same counts.
  if (end > i && s[end] === '?') end++;
  return { min, max, end };
}

/** A digit atom at `i` ("\d", "7", "[0-3]", "[01]"): where it ends, or -1. */
function digitAtomEnd(s: string, i: number): number {
  if (s.startsWith('\\d', i)) return i + 2;
  if (isDigit(s.charCodeAt(i))) return i + 1;
  const m = /^\[(?:\d-\d|\d)+\]/.exec(s.slice(i, i + 16));
  return m ? i + m[0].length : -1;
}

/**
 * How many digits the digit atoms from `i` take, and where they end: "\\d{1,3}", "0?", and groups
 * of nothing but digit atoms ("(?:9\\d|1[01]\\d|12[0-5])": two or three). Undefined for an unreadable
 * quantifier.
 */
function readDigits(s: string, i: number): { min: number; max: number; end: number } | undefined {
  let min = 0;
  let max = 0;
  for (;;) {
    let end = digitAtomEnd(s, i);
    let atom = { min: 1, max: 1 };
    const group = end < 0 ? groupAt(s, i) : undefined;
    if (group) {
      let lo = Infinity;
      let hi = 0;
      for (const a of group.alternatives) {
        const d = readDigits(a, 0);
        // Only digits, all of it: else the group is no run of digits, and the digits end before it.
        if (!d || d.end !== a.length) return { min, max, end: i };
        lo = Math.min(lo, d.min);
        hi = Math.max(hi, d.max);
      }
      atom = { min: lo, max: hi };
      end = group.end;
    }
    if (end < 0) return { min, max, end: i };
    const q = quantifierAt(s, end);
    if (!q) return undefined;
    min += atom.min * q.min;
    max += atom.max && atom.max * q.max;
    i = q.end;
  }
}

/** The group opening at `i` ("(", "(?:", "(?<name>"; no lookaround): its alternatives and where it ends. */
function groupAt(s: string, i: number): { alternatives: string[]; end: number } | undefined {
  if (s[i] !== '(' || /^\(\?(?:[=!]|<[=!])/.test(s.slice(i, i + 4))) return undefined;
  const end = groupEnd(s, i);
  if (end < 0) return undefined;
  const from = s.startsWith('(?:', i) ? i + 3 : s.startsWith('(?<', i) ? s.indexOf('>', i) + 1 : s.startsWith('(?', i) ? -1 : i + 1;
  if (from < 0) return undefined;
  const alternatives = splitAlternatives(s.slice(from, end - 1));
  return alternatives && { alternatives, end };
}

/**
 * The characters a match of the sequence `seq` may start with, and whether it may match empty;
 * undefined when the sequence starts with something not read here (a lookaround, a boundary,
 * "\w", ".", a back-reference, a negated class).
 */
function firstChars(seq: string, ignoreCase: boolean): { set: NextChars; nullable: boolean } | undefined {
  const set: NextChars = { codes: new Set(), space: false, ignoreCase, ascii: new Uint8Array(128) };
  const add = (c: string) => {
    set.codes.add(c.charCodeAt(0));
    if (!ignoreCase) return;
    for (const v of [c.toLowerCase(), c.toUpperCase()]) if (v.length === 1) set.codes.add(v.charCodeAt(0));
  };
  let i = 0;
  while (i < seq.length) {
    const c = seq[i]!;
    let end: number;
    let nullable = false;
    if (c === '(') {
      const group = groupAt(seq, i);
      if (!group) return undefined;
      end = group.end;
      for (const a of group.alternatives) {
        const f = firstChars(a, ignoreCase);
        if (!f) return undefined;
        for (const code of f.set.codes) set.codes.add(code);
        set.space ||= f.set.space;
        nullable ||= f.nullable;
      }
    } else if (c === '[') {
      end = classEnd(seq, i);
      if (end < 0 || !readClass(seq.slice(i + 1, end - 1), set, add)) return undefined;
    } else if (c === '\\') {
      const e = seq[i + 1];
      if (e === undefined) return undefined;
      end = i + 2;
      if (e === 's') set.space = true;
      else if (ESCAPED[e] !== undefined) add(ESCAPED[e]);
      else if (/[A-Za-z0-9]/.test(e)) return undefined;
      else add(e);
    } else if ('^$.|)?*+{'.includes(c)) return undefined;
    else {
      end = i + 1;
      add(c);
    }
    const q = quantifierAt(seq, end);
    if (!q) return undefined;
    if (!nullable && q.min > 0) return { set, nullable: false };
    i = q.end;
  }
  return { set, nullable: true };
}

/** Escapes of single control characters; other letters escape classes or assertions. */
const ESCAPED: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };

/**
 * Reads a class body ("- ", " .-", "A-RT-Za-rt-z", "\s-") into `set`; false for a negated class
 * or one with an escape class other than \s.
 */
function readClass(body: string, set: NextChars, add: (c: string) => void): boolean {
  if (body.startsWith('^')) return false;
  const chars: string[] = [];
  for (let k = 0; k < body.length; k++) {
    if (body[k] === '\\') {
      const e = body[++k];
      if (e === undefined) return false;
      if (e === 's') set.space = true;
      else if (ESCAPED[e] !== undefined) chars.push(ESCAPED[e]);
      else if (/[A-Za-z0-9]/.test(e)) return false;
      else chars.push(e);
      continue;
    }
    // A range: both ends plain characters.
    if (body[k + 1] === '-' && k + 2 < body.length && body[k + 2] !== '\\') {
      const lo = body.charCodeAt(k);
      const hi = body.charCodeAt(k + 2);
      for (let code = lo; code <= hi; code++) chars.push(String.fromCharCode(code));
      k += 2;
      continue;
    }
    chars.push(body[k]!);
  }
  for (const ch of chars) add(ch);
  return true;
}

/** Index just past the class opening at `open` (a `[`), or -1. */
function classEnd(s: string, open: number): number {
  for (let k = open + 1; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === ']') return k + 1;
  }
  return -1;
}

/** Index just past the group opening at `open` (a `(`), classes and escapes skipped, or -1. */
function groupEnd(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '[') {
      const end = classEnd(s, k);
      if (end < 0) return -1;
      k = end - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}
