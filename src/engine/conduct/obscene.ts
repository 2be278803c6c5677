import {
  DataSet,
  RegExpMatcher,
  SyntaxKind,
  englishDataset,
  englishRecommendedTransformers,
  parseRawPattern,
  type Node,
  type ParsedPattern,
} from 'obscenity';
import type { Doc } from '../doc';
import { SpanSet } from '../spans';
import { firstAtOrAfter } from '../sorted';
import { matchesIn, phraseRegex } from '../words';
import { compiledNatively } from '../compile';
import { maskedWords, unmask } from './masked';
import { AIMED_BEFORE, CLEAN_PHRASES, EXTRA_PROFANITY, MASKABLE, MILD_FORMS, OBSCENITY_SLURS, OBSCENITY_STRENGTH, type Strength } from '../vocab/profanity';

/**
 * One pass of the `obscenity` matcher per draft, shared by conduct.profanity (swearing) and
 * conduct.discrimination (slurs). obscenity resolves leetspeak ("sh1t", "a$$"), confusable
 * letters and stretched letters ("fuuuuck"); the words, their strength and the clinical allowlist
 * are ours (vocab/profanity.ts).
 *
 * obscenity transforms every character it is given, which on a long draft costs as much as the
 * rest of the engine. So a prefilter regex, derived from the same patterns, finds the few tokens
 * that could match, and only those go to obscenity.
 */
export interface ObsceneMatch {
  start: number;
  end: number;
  word: string;
  kind: 'profanity' | 'slur';
  strength: Strength;
}

type Meta = { originalWord: string };

const SLURS = new Set(OBSCENITY_SLURS);
const kept = new DataSet<Meta>()
  .addAll(englishDataset)
  .removePhrasesIf((p) => {
    const word = p.metadata?.originalWord ?? '';
    return !(word in OBSCENITY_STRENGTH) && !SLURS.has(word);
  });
const keptBuilt = kept.build();
const patterns: ParsedPattern[] = keptBuilt.blacklistedTerms.map((t) => t.pattern);
const dataset = new DataSet<Meta>().addAll(kept);
/** Each word's patterns, for reading plain tokens without a trip through the matcher. */
const byWord: [string, ParsedPattern][] = keptBuilt.blacklistedTerms.map((t) => [kept.getPayloadWithPhraseMetadata({ termId: t.id, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata?.originalWord ?? '', t.pattern]);
for (const [word, { patterns: extra }] of Object.entries(EXTRA_PROFANITY)) {
  const parsed = extra.map(parseRawPattern);
  patterns.push(...parsed);
  byWord.push(...parsed.map((p): [string, ParsedPattern] => [word, p]));
  dataset.addPhrase((p) => parsed.reduce((phrase, pattern) => phrase.addPattern(pattern), p.setMetadata({ originalWord: word })));
}
const built = dataset.build();
/** Exported for the test of mayMatch. */
export const matcher = new RegExpMatcher({ ...built, ...englishRecommendedTransformers });

/**
 * What every term needs to match: the literal stretches of its pattern that are not optional
 * ("fuck" needs "fuck", "f?ck" needs "f" and "ck"). obscenity runs each of its 106 term regexes
 * over every token it is given, ~20 us a token; most suspect tokens of a random paste hold none of
 * any term's stretches, and a token with no term possible has no match, so those skip the call.
 */
const NEEDED: readonly (readonly string[])[] = built.blacklistedTerms.map((t) =>
  t.pattern.nodes.flatMap((n) => (n.kind === SyntaxKind.Literal ? [String.fromCodePoint(...n.chars)] : [])),
);
/** The text obscenity's term regexes read: the token after its blacklist transformers (private to obscenity, hence the check). */
type Transforming = { applyTransformers?(input: string, transformers: unknown): [number[], string]; blacklistMatcherTransformers?: unknown };
const internals = matcher as unknown as Transforming;
const transformedFor: ((input: string) => string) | undefined =
  typeof internals.applyTransformers === 'function' && internals.blacklistMatcherTransformers !== undefined
    ? (input) => internals.applyTransformers!(input, internals.blacklistMatcherTransformers)[1]
    : undefined;
/** False only when no term can match `input` (obscenity would return nothing). Exported for its test. */
export function mayMatch(input: string): boolean {
  if (!transformedFor) return true;
  const transformed = transformedFor(input);
  return NEEDED.some((chunks) => chunks.every((c) => transformed.includes(c)));
}

function infoOf(word: string): Pick<ObsceneMatch, 'kind' | 'strength'> {
  if (SLURS.has(word)) return { kind: 'slur', strength: 'strong' };
  return { kind: 'profanity', strength: EXTRA_PROFANITY[word]?.strength ?? OBSCENITY_STRENGTH[word] ?? 'moderate' };
}

/** Leetspeak folded to letters one character for one, so prefilter offsets stay the draft's. */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l', '(': 'c',
};

/**
 * The longest stretch of one letter a pattern spells out ("ss" in "ass", "ee" in "deepthroat"; a
 * wildcard may be that letter too). Runs of a character longer than this are cut to this length
 * before matching (capRuns): every pattern still matches where it did ("fuuuuuuck" keeps "fuuuck"),
 * and each letter of a pattern reads at most this many characters, so a flood of one character
 * ("aaaa...", "ssss...") costs each attempt a few steps, not the flood's length.
 */
const RUN_CAP =
  1 +
  Math.max(
    2,
    ...patterns.map((p) => {
      const WILD = -1;
      const slots = p.nodes.flatMap((n) => (n.kind === SyntaxKind.Optional ? [n.childNode] : [n])).flatMap((n) => (n.kind === SyntaxKind.Literal ? n.chars : [WILD]));
      let longest = 0;
      for (const c of new Set(slots)) {
        let run = 0;
        for (const slot of slots) longest = Math.max(longest, (run = slot === c || slot === WILD ? run + 1 : 0));
      }
      return longest;
    }),
  );
/** How many characters a wildcard spans in the prefilter ("f**k", "f.u.c.k"). */
const WILDCARD_REACH = 16;
const RUN = `{1,${RUN_CAP}}`;

/**
 * A pattern node as a regex over lowercased, leet-folded text whose runs are capped, where letters
 * may repeat (obscenity collapses "fuuuck" first). A wildcard is any run of one letter when
 * `exact`, a few non-space characters otherwise.
 */
function nodeSource(n: Node, exact?: { groups: number }): string {
  if (n.kind === SyntaxKind.Wildcard) return exact ? `([a-z])\\${++exact.groups}{0,${RUN_CAP - 1}}` : `\\S{1,${WILDCARD_REACH}}`;
  if (n.kind === SyntaxKind.Optional) {
    const child = n.childNode;
    // "(?:b{1,3})?" is "b{0,3}".
    if (child.kind === SyntaxKind.Literal && child.chars.length === 1) return `${escapeChar(child.chars[0]!)}{0,${RUN_CAP}}`;
    if (child.kind === SyntaxKind.Wildcard && !exact) return `\\S{0,${WILDCARD_REACH}}`;
    return `(?:${nodeSource(child, exact)})?`;
  }
  return n.chars.map((c) => `${escapeChar(c)}${RUN}`).join('');
}
const escapeChar = (c: number) => String.fromCodePoint(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function patternSource(p: ParsedPattern, exact = false): string {
  if (exact) {
    const groups = { groups: 0 };
    return `${p.requireWordBoundaryAtStart ? '(?<![a-z])' : ''}${p.nodes.map((n) => nodeSource(n, groups)).join('')}${p.requireWordBoundaryAtEnd ? '(?![a-z])' : ''}`;
  }
  const [first, ...rest] = p.nodes;
  let body = p.nodes.map((n) => nodeSource(n)).join('');
  // The boundary goes after a literal first letter ("a(?<![a-z]a)a{0,3}s{1,4}s{1,4}" rather than
  // "(?<![a-z])a{1,4}s{1,4}s{1,4}"), so the regex engine can skip ahead to candidate letters.
  if (p.requireWordBoundaryAtStart && first?.kind === SyntaxKind.Literal) {
    const c = escapeChar(first.chars[0]!);
    body = `${c}(?<![a-z]${c})${c}{0,${RUN_CAP - 1}}${first.chars.slice(1).map((x) => `${escapeChar(x)}${RUN}`).join('')}${rest.map((n) => nodeSource(n)).join('')}`;
  } else if (p.requireWordBoundaryAtStart) body = `(?<![a-z])${body}`;
  return `${body}${p.requireWordBoundaryAtEnd ? '(?![a-z])' : ''}`;
}
/**
 * V8 tries every alternative at every position: alternatives that start with the same letter go
 * behind it ("a(?:a{0,3}b{1,4}e{1,4}e{1,4}d{1,4}|(?<![a-z]a)a{0,3}s{1,4}s{1,4})"), one check per
 * letter instead of one per word. Same matches: alternatives with different first letters never
 * match at the same position, and each group keeps its order; "a{1,4}X" is "a" then "a{0,3}X",
 * and a lookbehind right after the letter sees the same characters inside the group.
 */
function groupedByFirstLetter(sources: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const out: (string | { letter: string; rests: string[] })[] = [];
  for (const src of sources) {
    const m = /^([a-z])(\{1,\d+\}|\(\?<!)/.exec(src);
    if (!m) {
      out.push(src);
      continue;
    }
    const letter = m[1]!;
    const rest = m[2]!.startsWith('{') ? `${letter}{0,${RUN_CAP - 1}}${src.slice(m[0].length)}` : src.slice(1);
    const rests = groups.get(letter);
    if (rests) rests.push(rest);
    else {
      groups.set(letter, [rest]);
      out.push({ letter, rests: groups.get(letter)! });
    }
  }
  return out.map((g) => (typeof g === 'string' ? g : `${g.letter}(?:${g.rests.join('|')})`)).join('|');
}
/** Over-approximates every pattern on lowercased, leet-folded text (letters may repeat). Exported for the test of prefilterStarts. */
export const PREFILTER = new RegExp(groupedByFirstLetter(patterns.map((p) => patternSource(p))), 'g');
const SPACE = /\s/;

/**
 * A stretch of a pattern that every prefilter match spells out: consecutive literal letters, each
 * a run of at least `mins[k]` of `chars[k]` ("ass" is one a, then two s or more), the runs
 * adjacent. `boundary`: the stretch starts the pattern, which needs a word boundary there, so its
 * first run starts after a character that is not a letter.
 */
interface Stretch {
  chars: readonly number[];
  mins: readonly number[];
  boundary: boolean;
  /**
   * The stretch ends the pattern, which needs a word boundary there: its last run is followed by
   * a character that is not a letter ("abo" is a slur, "about" is not). Runs are capped to what a
   * pattern's letter reads, so the last run is read whole and then the boundary is checked.
   */
  end: boolean;
  /** The pattern's other stretches: a match spells each of them too, somewhere in its token. */
  rest: readonly Stretch[];
}

/** The stretch of `p` that says most about where it can match: the longest, one at a boundary preferred. */
function stretchOf(p: ParsedPattern): Stretch {
  const stretches: Stretch[] = [];
  let current: Stretch | undefined;
  p.nodes.forEach((n, k) => {
    if (n.kind !== SyntaxKind.Literal) return void (current = undefined);
    if (!current) stretches.push((current = { chars: [], mins: [], boundary: k === 0 && p.requireWordBoundaryAtStart, end: false, rest: [] }));
    current.end = k === p.nodes.length - 1 && p.requireWordBoundaryAtEnd;
    for (const c of n.chars) {
      const last = current.chars.length - 1;
      if (current.chars[last] === c) (current.mins as number[])[last]!++;
      else {
        (current.chars as number[]).push(c);
        (current.mins as number[]).push(1);
      }
    }
  });
  const score = (s: Stretch) => s.chars.length + (s.boundary ? 2 : 0);
  const best = stretches.reduce((a, s) => (score(s) > score(a) ? s : a));
  return { ...best, rest: stretches.filter((s) => s !== best) };
}
const stretchKey = (s: Stretch): string => `${s.boundary}/${s.end}/${s.chars.join()}/${s.mins.join()}/${s.rest.map(stretchKey).join(';')}`;

/**
 * Prefilter matches never cross whitespace: the patterns spell letters, and their wildcards are
 * \S. So a token (a whitespace-delimited stretch of the capped text) holds a match only if it holds
 * one of the patterns' stretches, which a loop over the runs of the text finds; the prefilter then
 * runs over those tokens alone. Scanned over the whole draft, its alternation of a hundred words
 * cost 6-9 ms on 63k characters when V8 does not optimize it (a busy page's isolate), and every
 * position of the draft was tried.
 */
const TOKEN_LOCAL = patterns.every((p) => p.nodes.every((n) => n.kind !== SyntaxKind.Literal || n.chars.every((c) => !SPACE.test(String.fromCodePoint(c)))));
/**
 * The stretches by their first two letters, (first - 97) * 26 + (second - 97), and those of one
 * letter by that letter: a run of letters is looked up with the letter of the run after it, and
 * most pairs start no stretch.
 */
const STRETCHES_BY_PAIR: (Stretch[] | undefined)[] = new Array(26 * 26).fill(undefined);
const STRETCHES_BY_LETTER: (Stretch[] | undefined)[] = new Array(26).fill(undefined);
for (const s of patterns.map(stretchOf)) {
  const [first, second] = s.chars.map((c) => c - 97);
  if (!s.chars.every((c) => c >= 97 && c <= 122)) throw new Error(`obscenity pattern stretch ${String.fromCodePoint(...s.chars)} is not lowercase letters`);
  const table = second === undefined ? STRETCHES_BY_LETTER : STRETCHES_BY_PAIR;
  const key = second === undefined ? first! : first! * 26 + second;
  const list = (table[key] ??= []);
  if (!list.some((t) => stretchKey(t) === stretchKey(s))) list.push(s);
}

/**
 * Some stretch of `stretches` is spelled from the run text[at, runEnd) on, after a letter or not,
 * and `restSpelled` says its pattern's other stretches are in the token too.
 */
function stretchAt(text: string, at: number, runEnd: number, afterLetter: boolean, stretches: readonly Stretch[] | undefined, restSpelled: (s: Stretch) => boolean): boolean {
  if (!stretches) return false;
  for (const s of stretches) {
    if ((s.boundary && afterLetter) || runEnd - at < s.mins[0]!) continue;
    const i = runsAfter(text, runEnd, s);
    if (i === -1 || (s.end && i < text.length && isLowerLetterCode(text.charCodeAt(i)))) continue;
    if (restSpelled(s)) return true;
  }
  return false;
}

/** Where the runs of s.chars[1..] that follow a run ending at `runEnd` end, or -1 when one is short. */
function runsAfter(text: string, runEnd: number, s: Stretch): number {
  let i = runEnd;
  for (let k = 1; k < s.chars.length; k++) {
    const c = s.chars[k]!;
    let j = i;
    while (j < text.length && text.charCodeAt(j) === c) j++;
    if (j - i < s.mins[k]!) return -1;
    i = j;
  }
  return i;
}

/** Whether `s` is spelled somewhere in text[from, to): a run of its first letter, long enough, then its other runs. */
function spelledIn(text: string, from: number, to: number, s: Stretch): boolean {
  const first = s.chars[0]!;
  for (let i = from; i < to; ) {
    if (text.charCodeAt(i) !== first) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === first) j++;
    if (j - i >= s.mins[0]!) {
      const end = runsAfter(text, j, s);
      if (end !== -1 && end <= to) return true;
    }
    i = j;
  }
  return false;
}

/**
 * Texts up to this long check a pattern's other stretches before the prefilter reads a token:
 * posts, where "about" (the stretch "ab" of "abbeed") would otherwise compile the prefilter's
 * 4,700 characters on a post's first check. A long draft's tokens go to the prefilter on one
 * stretch, as before.
 */
const REST_CHECK_MAX_CHARS = 4_000;

const isSpaceCode = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)));

/**
 * Where prefilter matches start in `text` (capped), ascending: exactly the matches of a scan of the
 * whole text, found in the tokens that hold a pattern's stretch. Exported for its test.
 */
export function prefilterStarts(text: string): number[] {
  const out: number[] = [];
  if (!TOKEN_LOCAL) {
    for (const m of matchesIn(PREFILTER, text)) out.push(m.index);
    return out;
  }
  const n = text.length;
  let tokenStart = 0;
  // The current token's end and what is known of other stretches in it, found when first asked.
  let tokenEnd = -1;
  const spelled = new Map<Stretch, boolean>();
  const restSpelled =
    n > REST_CHECK_MAX_CHARS
      ? () => true
      : (s: Stretch) => {
          if (tokenEnd < tokenStart) {
            tokenEnd = tokenStart;
            while (tokenEnd < n && !isSpaceCode(text.charCodeAt(tokenEnd))) tokenEnd++;
            spelled.clear();
          }
          let all = spelled.get(s);
          if (all === undefined) spelled.set(s, (all = s.rest.every((r) => spelledIn(text, tokenStart, tokenEnd, r))));
          return all;
        };
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) {
      if (isSpaceCode(c)) tokenStart = i + 1;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === c) j++;
    const d = j < n ? text.charCodeAt(j) - 97 : -1;
    const single = STRETCHES_BY_LETTER[c - 97];
    const pair = d >= 0 && d < 26 ? STRETCHES_BY_PAIR[(c - 97) * 26 + d] : undefined;
    if (!single && !pair) {
      i = j;
      continue;
    }
    const afterLetter = i > 0 && isLowerLetterCode(text.charCodeAt(i - 1));
    if (!stretchAt(text, i, j, afterLetter, single, restSpelled) && !stretchAt(text, i, j, afterLetter, pair, restSpelled)) {
      i = j;
      continue;
    }
    let end = j;
    while (end < n && !isSpaceCode(text.charCodeAt(end))) end++;
    const token = text.slice(tokenStart, end);
    compiledNatively(PREFILTER).lastIndex = 0;
    for (let m = PREFILTER.exec(token); m; m = PREFILTER.exec(token)) out.push(tokenStart + m.index);
    i = end;
  }
  return out;
}
/** Each word's patterns exactly, for plain tokens (letters only, so obscenity would see them as they are). */
const EXACT: ReadonlyArray<readonly [string, RegExp, readonly string[]]> = byWord.map(([word, p]) => [word, new RegExp(patternSource(p, true), 'g'), lettersOf(p)]);
/**
 * The letters a pattern's exact regex cannot match without: each letter of a part that is not
 * optional is read at least once ("c{1,3}"). A token lacking one is not tried: a draft's first
 * suspect token then compiles the few regexes it could match, not all hundred.
 */
function lettersOf(p: ParsedPattern): string[] {
  const letters = new Set<string>();
  for (const n of p.nodes) if (n.kind === SyntaxKind.Literal) for (const c of n.chars) letters.add(String.fromCodePoint(c));
  return [...letters];
}
const PLAIN = /^[a-z'’.,;:?"()-]*$/;
/** obscenity's own exceptions ("assess", "cockney"), and ours: prefilter hits inside them are clean. */
const CLEAN_PREFILTER = new RegExp(
  [...(keptBuilt.whitelistedTerms ?? []).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')), phraseRegex(CLEAN_PHRASES).source].join('|'),
  'gi',
);
/** Letters from other scripts that obscenity folds ("а" Cyrillic for "a"): their tokens go too. */
const isConfusable = (c: number) => (c >= 0x370 && c <= 0x52f) || (c >= 0x1d00 && c <= 0x1dbf) || (c >= 0x2100 && c <= 0x214f);

/**
 * Where a token holding a confusable letter starts to hold them: the first such letter of each
 * whitespace-delimited token. One per token is enough (the whole token is checked), and a paste of
 * 63,000 Greek letters makes no match object per letter.
 */
function confusableTokens(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isConfusable(text.charCodeAt(i))) continue;
    out.push(i);
    while (i < text.length && !SPACE.test(text[i]!)) i++;
  }
  return out;
}

/** "Dick Smith", "Dick's Pizza": a first name, not an insult. */
const NAME_DICK = /\bDick(?:'s)?\s+[A-Z][a-z]/g;

const cache = new WeakMap<Doc, ObsceneMatch[]>();

/** Profanity and slurs in the draft, outside the clinical allowlist, in text order. Cached per draft. */
export function obsceneMatches(doc: Doc): ObsceneMatch[] {
  let found = cache.get(doc);
  if (!found) cache.set(doc, (found = scan(doc)));
  return found;
}

/** Leet characters count only next to letters: "5h1t", "a$$"; a phone number or an MRN is not leetspeak. */
const isLeetCode = (c: number) => (c >= 48 && c <= 55) || c === 64 || c === 36 || c === 33 || c === 124 || c === 40;
const isLowerLetterCode = (c: number) => c >= 97 && c <= 122;

/**
 * `lower` with each run of leet characters ([0-7@$!|(]) that a letter touches on either side
 * spelled as letters ("sh1t" -> "shit"), the rest as it is. A loop rather than a replace with a
 * callback: a draft of numbers (a pasted patient list) has thousands of runs, few of them touching
 * a letter, and with none the draft itself comes back, uncopied.
 */
export function foldLeet(lower: string): string {
  let parts: string[] | undefined;
  let copied = 0;
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isLeetCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLeetCode(lower.charCodeAt(j))) j++;
    if (isLowerLetterCode(lower.charCodeAt(i - 1)) || isLowerLetterCode(lower.charCodeAt(j))) {
      (parts ??= []).push(lower.slice(copied, i));
      for (let k = i; k < j; k++) parts.push(LEET[lower[k]!]!);
      copied = j;
    }
    i = j;
  }
  if (!parts) return lower;
  parts.push(lower.slice(copied));
  return parts.join('');
}

function scan(doc: Doc): ObsceneMatch[] {
  const text = doc.text;
  // A run is leetspeak when a letter touches it on either side (and then all of it is).
  const lower = doc.lower;
  const folded = foldLeet(lower);
  const capped = capRuns(folded, RUN_CAP);
  const hits = prefilterStarts(capped.text).map((at) => capped.originOf(at));
  const confusable = confusableTokens(text);
  if (!hits.length && !confusable.length) return [];

  const tokens = new SpanSet();
  const suspects: [number, number][] = [];
  const addToken = (index: number) => {
    // Every hit inside a long token would otherwise walk the whole token again.
    if (tokens.overlaps(index, index + 1)) return;
    let s = index;
    let e = index;
    while (s > 0 && !SPACE.test(text[s - 1]!)) s--;
    while (e < text.length && !SPACE.test(text[e]!)) e++;
    if (tokens.claim(s, e)) suspects.push([s, e]);
  };
  for (const at of hits) addToken(at);
  for (const at of confusable) addToken(at);

  const out: ObsceneMatch[] = [];
  const seen = new SpanSet();
  // Exceptions ("cum laude", "finger prick", "assess", "Dick Smith"), found once over the draft: a
  // paste of thousands of suspect tokens looked them up around each one.
  const clean = new SpanSet();
  for (const m of matchesIn(CLEAN_PREFILTER, doc.lower)) clean.claim(m.index, m.index + m[0].length);
  for (const m of matchesIn(NAME_DICK, text)) clean.claim(m.index, m.index + 4);
  // A paste repeats its tokens: each distinct one is matched once (obscenity costs ~50 us a call).
  const inToken = new Map<string, TokenMatch[]>();
  for (const [s, e] of suspects) {
    const written = text.slice(s, e);
    let found = inToken.get(written);
    if (!found) inToken.set(written, (found = tokenMatches(written, doc.lower.slice(s, e))));
    for (const m of found) {
      const start = s + m.start;
      const end = s + m.end;
      if (clean.overlaps(start, end) || !seen.claim(start, end)) continue;
      out.push({ start, end, word: m.word, ...infoOf(m.word) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A word found in a token, with offsets into the token. */
interface TokenMatch {
  word: string;
  start: number;
  end: number;
}

/** The words in one whitespace-delimited token, as written and lowercased. */
function tokenMatches(written: string, lowered: string): TokenMatch[] {
  const out: TokenMatch[] = [];
  if (PLAIN.test(lowered)) {
    // Plain letters: the patterns read them exactly as obscenity would, without its per-call cost.
    const plain = capRuns(lowered, RUN_CAP);
    for (const [word, re, letters] of EXACT) {
      if (!letters.every((c) => plain.text.includes(c))) continue;
      for (const m of matchesIn(re, plain.text)) out.push({ word, start: plain.originOf(m.index), end: plain.originOf(m.index + m[0].length - 1) + 1 });
    }
  } else {
    // Leetspeak, masks and look-alike letters: obscenity's transformers.
    for (const match of mayMatch(written) ? matcher.getAllMatches(written, true) : []) {
      out.push({ word: dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '', start: match.startIndex, end: match.endIndex + 1 });
    }
  }
  return out;
}

/** Text whose runs of one character are cut short, and where each of its characters came from. */
interface CappedText {
  text: string;
  originOf(index: number): number;
}

/**
 * Cuts every run of one character longer than `cap` to `cap` characters. The last character kept
 * stands for the run's last, so a match that starts at a run's start and ends at a run's end maps
 * back to the whole runs it read.
 */
export function capRuns(s: string, cap: number): CappedText {
  let longest = 1;
  for (let i = 1, run = 1; i < s.length && longest <= cap; i++) longest = Math.max(longest, (run = s.charCodeAt(i) === s.charCodeAt(i - 1) ? run + 1 : 1));
  if (longest <= cap) return { text: s, originOf: (i) => i };
  // Stretches without a long run are copied whole: a card number's "1111" should not make the
  // whole draft a string per character. Where each capped character came from is kept as
  // segments (a capped index and its origin, counting on one for one from there), not one number
  // per character: a pasted list cuts a few runs, and only a few prefilter hits are looked up.
  const parts: string[] = [];
  const segStart: number[] = [0];
  const segOrigin: number[] = [0];
  let n = 0;
  let copied = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let j = i + 1;
    while (j < s.length && s.charCodeAt(j) === c) j++;
    if (j - i <= cap) {
      n += j - i;
      i = j;
      continue;
    }
    if (i > copied) parts.push(s.slice(copied, i));
    parts.push(s.slice(i, i + cap));
    // The run's first cap - 1 characters are its own; the last kept stands for the run's last.
    segStart.push(n, n + cap - 1, n + cap);
    segOrigin.push(i, j - 1, j);
    n += cap;
    i = copied = j;
  }
  if (copied < s.length) parts.push(s.slice(copied));
  return {
    text: parts.join(''),
    originOf: (i) => {
      const k = firstAtOrAfter(segStart, i + 1) - 1;
      return segOrigin[k]! + (i - segStart[k]!);
    },
  };
}

/** A profane word as the poster wrote it, widened to the whole word ("bullshit", "motherf*cker"). */
export interface ProfaneWord {
  start: number;
  end: number;
  /** The word it stands for: "fuck" for "f***", "shit" for "sh1t". */
  word: string;
  strength: Strength;
  how: 'word' | 'masked';
}

const MAYBE_MASKED = /[*#%]|--/;

const WORD_PART = /[A-Za-z0-9$@*#%]/;
const INNER_PUNCT = /[!'-]/;
const LETTER_OR_MASK = /[A-Za-z*]/;
/** Extends a match to the whole word it sits in: "shit" in "bullshit", "motherf" in "motherf*cker". */
function wholeWord(text: string, start: number, end: number): [number, number] {
  while (start > 0 && WORD_PART.test(text[start - 1]!)) start--;
  while (end < text.length && (WORD_PART.test(text[end]!) || (INNER_PUNCT.test(text[end]!) && LETTER_OR_MASK.test(text[end + 1] ?? '')))) end++;
  return [start, end];
}

const profaneCache = new WeakMap<Doc, ProfaneWord[]>();

/** Swearing in the draft, spelled out, leetspeak or masked, with its strength. Cached per draft. */
export function profanityIn(doc: Doc): ProfaneWord[] {
  let found = profaneCache.get(doc);
  if (found) return found;
  found = [];
  const claimed = new SpanSet();
  const add = (s: number, e: number, word: string, strength: Strength, how: ProfaneWord['how']) => {
    // Widened, a match overlapping a claimed word overlaps it too: skip the walk over a long token.
    if (claimed.overlaps(s, e)) return;
    const [start, end] = wholeWord(doc.text, s, e);
    if (!claimed.claim(start, end)) return;
    const written = doc.lower.slice(start, end).replace(/\$/g, 's').replace(/@/g, 'a');
    if (MILD_FORMS.has(written)) strength = AIMED_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start)) ? 'moderate' : 'mild';
    found!.push({ start, end, word, strength, how });
  };
  for (const m of obsceneMatches(doc)) if (m.kind === 'profanity') add(m.start, m.end, m.word, m.strength, 'word');
  // Every masked word holds a mask character ("--" a dash).
  for (const m of MAYBE_MASKED.test(doc.text) ? maskedWords(doc.text) : []) {
    const word = unmask(doc.text.slice(m.index, m.end));
    if (word) add(m.index, m.end, word, MASKABLE[word]!, 'masked');
  }
  found.sort((a, b) => a.start - b.start);
  profaneCache.set(doc, found);
  return found;
}
