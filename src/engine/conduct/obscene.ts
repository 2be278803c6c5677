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
import { matchesIn, phraseRegex } from '../words';
import { matchesNearChar } from '../anchors';
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
const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });

function infoOf(word: string): Pick<ObsceneMatch, 'kind' | 'strength'> {
  if (SLURS.has(word)) return { kind: 'slur', strength: 'strong' };
  return { kind: 'profanity', strength: EXTRA_PROFANITY[word]?.strength ?? OBSCENITY_STRENGTH[word] ?? 'moderate' };
}

/** Leetspeak folded to letters one character for one, so prefilter offsets stay the draft's. */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l', '(': 'c',
};
/** Only next to letters: "5h1t", "a$$"; a phone number or an MRN is not leetspeak. */
const LEET_RUN = /[0-7@$!|(]+/g;
const LETTER = /[a-z]/;

/**
 * A pattern node as a regex over lowercased, leet-folded text, where letters may repeat (obscenity
 * collapses "fuuuck" first). A wildcard is any run of one letter when `exact`, anything otherwise.
 */
function nodeSource(n: Node, exact?: { groups: number }): string {
  if (n.kind === SyntaxKind.Wildcard) return exact ? `([a-z])\\${++exact.groups}*` : '\\S+';
  if (n.kind === SyntaxKind.Optional) return `(?:${nodeSource(n.childNode, exact)})?`;
  return n.chars.map((c) => `${String.fromCodePoint(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}+`).join('');
}
function patternSource(p: ParsedPattern, exact = false): string {
  if (exact) {
    const groups = { groups: 0 };
    return `${p.requireWordBoundaryAtStart ? '(?<![a-z])' : ''}${p.nodes.map((n) => nodeSource(n, groups)).join('')}${p.requireWordBoundaryAtEnd ? '(?![a-z])' : ''}`;
  }
  const [first, ...rest] = p.nodes;
  let body = p.nodes.map((n) => nodeSource(n)).join('');
  // The boundary goes after a literal first letter ("a(?<![a-z]a)a*s+s+" rather than
  // "(?<![a-z])a+s+s+"), so the regex engine can skip ahead to candidate letters.
  if (p.requireWordBoundaryAtStart && first?.kind === SyntaxKind.Literal) {
    const c = String.fromCodePoint(first.chars[0]!);
    body = `${c}(?<![a-z]${c})${c}*${first.chars.slice(1).map((x) => `${String.fromCodePoint(x)}+`).join('')}${rest.map((n) => nodeSource(n)).join('')}`;
  } else if (p.requireWordBoundaryAtStart) body = `(?<![a-z])${body}`;
  return `${body}${p.requireWordBoundaryAtEnd ? '(?![a-z])' : ''}`;
}
/**
 * V8 tries every alternative at every position: alternatives that start with the same letter go
 * behind it ("a(?:a*b+e+e+d+|(?<![a-z]a)a*s+s+)"), one check per letter instead of one per word.
 * Same matches: alternatives with different first letters never match at the same position, and
 * each group keeps its order; "a+X" is "a" then "a*X", and a lookbehind right after the letter
 * sees the same characters inside the group.
 */
function groupedByFirstLetter(sources: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const out: (string | { letter: string; rests: string[] })[] = [];
  for (const src of sources) {
    const m = /^([a-z])(\+|\(\?<!)/.exec(src);
    if (!m) {
      out.push(src);
      continue;
    }
    const letter = m[1]!;
    const rest = m[2] === '+' ? `${letter}*${src.slice(2)}` : src.slice(1);
    const rests = groups.get(letter);
    if (rests) rests.push(rest);
    else {
      groups.set(letter, [rest]);
      out.push({ letter, rests: groups.get(letter)! });
    }
  }
  return out.map((g) => (typeof g === 'string' ? g : `${g.letter}(?:${g.rests.join('|')})`)).join('|');
}
/** Over-approximates every pattern on lowercased, leet-folded text (letters may repeat). */
const PREFILTER = new RegExp(groupedByFirstLetter(patterns.map((p) => patternSource(p))), 'g');
/** Each word's patterns exactly, for plain tokens (letters only, so obscenity would see them as they are). */
const EXACT: ReadonlyArray<readonly [string, RegExp]> = byWord.map(([word, p]) => [word, new RegExp(patternSource(p, true), 'g')]);
const PLAIN = /^[a-z'’.,;:?"()-]*$/;
/** obscenity's own exceptions ("assess", "cockney"), and ours: prefilter hits inside them are clean. */
const CLEAN_PREFILTER = new RegExp(
  [...(keptBuilt.whitelistedTerms ?? []).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')), phraseRegex(CLEAN_PHRASES).source].join('|'),
  'gi',
);
/** Letters from other scripts that obscenity folds ("а" Cyrillic for "a"): their tokens go too. */
const CONFUSABLE = /[\u0370-\u052F\u1D00-\u1DBF\u2100-\u214F]/g;

/** How far around a suspect token its exceptions are looked for ("summa cum laude"). */
const CLEAN_REACH = 24;
/** "Dick Smith", "Dick's Pizza": a first name, not an insult. */
const NAME_DICK = /\bDick(?:'s)?\s+[A-Z][a-z]/g;
const SPACE = /\s/;

const cache = new WeakMap<Doc, ObsceneMatch[]>();

/** Profanity and slurs in the draft, outside the clinical allowlist, in text order. Cached per draft. */
export function obsceneMatches(doc: Doc): ObsceneMatch[] {
  let found = cache.get(doc);
  if (!found) cache.set(doc, (found = scan(doc)));
  return found;
}

function scan(doc: Doc): ObsceneMatch[] {
  const text = doc.text;
  // A run is leetspeak when a letter touches it on either side (and then all of it is).
  const lower = doc.lower;
  const folded = lower.replace(LEET_RUN, (run: string, at: number) =>
    LETTER.test(lower[at - 1] ?? '') || LETTER.test(lower[at + run.length] ?? '') ? run.replace(/./g, (c) => LEET[c]!) : run,
  );
  const hits = matchesIn(PREFILTER, folded);
  const confusable = matchesIn(CONFUSABLE, text);
  if (!hits.length && !confusable.length) return [];

  const tokens = new SpanSet();
  const suspects: [number, number][] = [];
  const addToken = (index: number) => {
    let s = index;
    let e = index;
    while (s > 0 && !SPACE.test(text[s - 1]!)) s--;
    while (e < text.length && !SPACE.test(text[e]!)) e++;
    if (tokens.claim(s, e)) suspects.push([s, e]);
  };
  for (const m of hits) addToken(m.index);
  for (const m of confusable) addToken(m.index);

  const out: ObsceneMatch[] = [];
  const seen = new SpanSet();
  for (const [s, e] of suspects) {
    // Exceptions are looked for around the token only: "cum laude", "finger prick", "assess".
    const from = Math.max(0, s - CLEAN_REACH);
    const to = Math.min(text.length, e + CLEAN_REACH);
    const clean = new SpanSet();
    for (const m of matchesIn(CLEAN_PREFILTER, doc.lower, from, to)) clean.claim(m.index, m.index + m[0].length);
    for (const m of matchesIn(NAME_DICK, text, from, to)) clean.claim(m.index, m.index + 4);
    const add = (word: string, start: number, end: number) => {
      if (clean.overlaps(start, end) || !seen.claim(start, end)) return;
      out.push({ start, end, word, ...infoOf(word) });
    };
    const token = doc.lower.slice(s, e);
    if (PLAIN.test(token)) {
      // Plain letters: the patterns read them exactly as obscenity would, without its per-call cost.
      for (const [word, re] of EXACT) for (const m of matchesIn(re, token)) add(word, s + m.index, s + m.index + m[0].length);
    } else {
      // Leetspeak, masks and look-alike letters: obscenity's transformers.
      for (const match of matcher.getAllMatches(text.slice(s, e), true)) {
        add(dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '', s + match.startIndex, s + match.endIndex + 1);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
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

const RANK: Record<Strength, number> = { mild: 1, moderate: 2, strong: 3 };

/** A word with a mask character after its first letter: "f***", "sh*t", "a**hole", "f--k". */
const MASKED = /(?<![A-Za-z0-9*#%_-])[A-Za-z](?:[A-Za-z$@!]|[*#%]|-(?=[-*A-Za-z]))*(?:[*#%]|--)(?:[A-Za-z$@!*#%]|-(?=[-*A-Za-z]))*/g;
const MASK_RUN = /[*#%-]+/g;
const MAYBE_MASKED = /[*#%]|--/;

/** The spelled-out word a masked token stands for, if any: each mask character is one or two letters. */
export function unmask(token: string): string | undefined {
  const lower = token.toLowerCase().replace(/\$/g, 's').replace(/@/g, 'a').replace(/!/g, 'i');
  if (lower.length < 3) return undefined;
  const re = new RegExp(`^${lower.replace(MASK_RUN, (run) => `[a-z]{${run.length},${run.length + 1}}`)}$`);
  let best: string | undefined;
  for (const word of Object.keys(MASKABLE)) if (re.test(word) && (!best || RANK[MASKABLE[word]!] > RANK[MASKABLE[best]!])) best = word;
  return best;
}

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
    const [start, end] = wholeWord(doc.text, s, e);
    if (!claimed.claim(start, end)) return;
    const written = doc.lower.slice(start, end).replace(/\$/g, 's').replace(/@/g, 'a');
    if (MILD_FORMS.has(written)) strength = AIMED_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start)) ? 'moderate' : 'mild';
    found!.push({ start, end, word, strength, how });
  };
  for (const m of obsceneMatches(doc)) if (m.kind === 'profanity') add(m.start, m.end, m.word, m.strength, 'word');
  // Every masked word holds a mask character ("--" a dash), and no whitespace.
  const masked = MAYBE_MASKED.test(doc.text) ? (matchesNearChar(MASKED, doc.text, '*#%-', Infinity) ?? matchesIn(MASKED, doc.text)) : [];
  for (const m of masked) {
    const word = unmask(m[0]);
    if (word) add(m.index, m.index + m[0].length, word, MASKABLE[word]!, 'masked');
  }
  found.sort((a, b) => a.start - b.start);
  profaneCache.set(doc, found);
  return found;
}
