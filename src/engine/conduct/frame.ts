import { sentencesOf, windowAround, type Doc } from '../doc';
import { sentenceAt } from '../sentences';
import { anchoredMatches } from '../anchors';
import { matchesIn } from '../words';
import { compiledNatively } from '../compile';
import { wordIdsOf } from '../interner';
import { candidateStarts, matchesAtPlaces, matchesBetween } from './candidates';
import type { Letters } from '../letters';

/**
 * How a conduct phrase is framed in its sentence. Most precision problems of conduct checks are
 * framing, not vocabulary: "never call patients frequent flyers" mentions the slur to teach, "I
 * would never date a patient" denies the act, "I'm such an idiot" is aimed at the poster.
 * Quoted examples in posts about the rules are discounted by the engine for every rule
 * (scoring.ts); these helpers cover the unquoted cases.
 */

/** Clause boundaries: sentence ends, semicolons, colons, dashes, line breaks, and "but". */
const CLAUSE_START = /[.!?;:\n]|\s[-–—]\s|\bbut\b|\bhowever\b/gi;

/** Text from the start of the clause holding `start` up to `start`, at most `max` characters. */
export function clauseBefore(doc: Doc, start: number, max = 90): string {
  const from = Math.max(0, start - max);
  const text = doc.text.slice(from, start);
  let cut = 0;
  for (const m of matchesIn(CLAUSE_START, text)) cut = m.index + m[0].length;
  return text.slice(cut);
}

/** Words that deny or forbid what follows: "never", "don't", "I would never", "no one should". */
const NEGATION =
  /\b(?:never|not|no|don't|dont|do not|didn't|did not|doesn't|does not|won't|wouldn't|would not|shouldn't|should not|can't|cannot|can not|isn't|aren't|avoid|avoiding|stop|refuse to|nobody|no one|without)\b[^.!?;:\n]{0,40}$/i;

/** Idioms that sound negative but deny nothing: "not gonna lie, I slow-walked his meds". */
const NOT_A_DENIAL = /\b(?:not\s+(?:gonna|going\s+to)\s+lie|no\s+lie|not\s+to\s+brag|no\s+offen[cs]e|not\s+gonna\s+sugarcoat\s+it|not\s+(?:even\s+)?kidding|no\s+joke|no\s+cap|not\s+sorry|can't\s+believe|cannot\s+believe|can't\s+lie|can't\s+wait|don't\s+judge|no\s+judgement|no\s+judgment)\b/gi;

/** The act in front of `start` is denied or forbidden in its own clause ("never friend a patient"). */
export function isNegated(doc: Doc, start: number): boolean {
  return NEGATION.test(clauseBefore(doc, start, 60).replace(NOT_A_DENIAL, ''));
}

/** The term is named to talk about it: "never call patients X", "the term X", "words like X". */
const MENTION_BEFORE = new RegExp(
  [
    String.raw`\b(?:never|don't|dont|do not|stop|stopped|quit|avoid|no more|instead of|not(?!\s+saying)|retire|retired|ban|banned|banning|drop|dropped|without)\s+(?:ever\s+)?(?:call(?:ing)?|say(?:ing)?|us(?:e|ing)|label(?:l?ing)?|refer(?:ring)?\s+to|writ(?:e|ing)|chart(?:ing)?|document(?:ing)?)\b[^.!?;\n]{0,40}$`,
    String.raw`\b(?:the|a|that)\s+(?:term|word|label|phrase|slur|expression)s?\s*(?:[:"'“‘]\s*)?$`,
    String.raw`\b(?:terms?|words?|labels?|phrases?|slang)\s+(?:like|such as)\b[^.!?;\n]{0,40}$`,
    String.raw`\b(?:call|calls|calling|called|label|labels|labelling|labeling)\s+(?:a\s+)?(?:patients?|pts|people|someone|them|him|her|anyone|(?:new\s+)?grads|nurses|residents|colleagues|coworkers|co-workers)\s+(?:a\s+|an\s+)?["'“‘]?$`,
    String.raw`\b(?:never|don't|do\s+not)\s+be\s+(?:the|that|a)\s+\w+\s+who\b[^.!?;\n]{0,40}$`,
    // "what we in Socal call X": a word explained, not used.
    String.raw`\bwhat\s+(?:we|they|people|you|some|folks)\b[^.!?;\n]{0,20}?\s+call\s+["'“‘]?$`,
    // "when rappers say X", "if you use the word X": the word is talked about.
    String.raw`\b(?:when|if|whenever|hate\s+(?:it\s+)?when)\s+[\w']+(?:\s+[\w']+)?\s+(?:say|says|use|uses)\s+(?:the\s+word\s+)?["'“‘]?$`,
  ].join('|'),
  'i',
);
const MENTION_AFTER =
  /^["'”’)]*\s*(?:is|isn't|is not|are|aren't|are not)\s+(?:not\s+|never\s+)?(?:a\s+|an\s+)?(?:diagnosis|diagnoses|kind|okay|ok|slur|slurs|offensive|stigmatizing|stigmatising|dehumanizing|dehumanising|label|labels|unprofessional|not okay|harmful|a bias|bias)\b|^["'”’)]*\s*(?:is|are|was)(?:n't|\s+not|\s+never)\s+(?:funny|a\s+joke|a\s+personality\s+trait|acceptable|how\s+we\s+(?:talk|speak|write))\b/i;

/** A term talked about rather than used: teaching posts, language-matters posts; '"can't fix stupid" is not how we talk'. */
export function isMention(doc: Doc, start: number, end: number): boolean {
  return MENTION_BEFORE.test(clauseBefore(doc, start, 70)) || MENTION_AFTER.test(doc.text.slice(end, end + 40));
}

/** The insult is aimed at the poster: "I'm such an idiot", "call me dumb", "I'm jus a trill ...". */
const SELF_BEFORE =
  /(?:\b(?:i'm|im|i am|i was|i've been|i feel|i felt|feel like|feeling|i look|i looked|call me|me|myself|i)\b(?:\s+(?:such|so|a|an|the|total|complete|absolute|biggest|literally|officially|just|being|like|really|still|kind of|kinda|sorta|truly|jus|utterly|completely|absolutely|totally|fully|pretty|super|lowkey|legit|feeling|actually))*\s*(?:(?:a|an)\s+(?:[a-z]+\s+){0,2})?$)/i;

export function isSelfAimed(doc: Doc, start: number): boolean {
  return SELF_BEFORE.test(clauseBefore(doc, start, 40));
}

/**
 * Someone else's words, quoted and attributed ('the pt screamed "you stupid b*tch"'): the poster is
 * reporting them: profanity counts one step milder, and an insult is not the poster's. Unattributed
 * quotes (lyrics, slogans) are the poster's own.
 */
const REPORTED_BEFORE = /\b(?:said|says|saying|called\s+(?:me|her|him|us|them)|yelled|yelling|yells|screamed|screaming|screams|shouted|shouting|told\s+(?:me|us|her|him)|asked|texted|wrote|whispered|muttered|went|goes|was\s+like|is\s+like)(?:\s*[:,])?\s*$/i;
export function isQuotedReport(doc: Doc, start: number): boolean {
  const before = doc.text.slice(Math.max(0, start - 80), start);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open === -1 || before.slice(open + 1).includes('”')) return false;
  // An odd number of straight quotes before the word: it sits inside one.
  if (before[open] === '"' && (before.match(/"/g)?.length ?? 0) % 2 === 0) return false;
  return REPORTED_BEFORE.test(before.slice(0, open));
}

/** A question, or an opinion someone else holds ("patients ask if..."): not the poster's claim. */
export function sentenceAround(doc: Doc, start: number, end: number): string {
  const before = doc.text.slice(Math.max(0, start - 200), start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  const after = doc.text.slice(end, end + 200);
  const stop = after.search(/[.!?\n]/);
  return before.slice(cut + 1) + doc.text.slice(start, end) + (stop === -1 ? after : after.slice(0, stop + 1));
}

const SPACE = /\s/;
const WORD_START = /[A-Za-z0-9\u00C0-\u024F]/;

/** The first match of `re` within `words` words of [start, end) that is not the match itself. */
export function nearby(doc: Doc, start: number, end: number, re: RegExp, words: number, side: 'both' | 'before' | 'after' = 'both'): string | undefined {
  let [from, to] = windowAround(doc, start, end, words);
  // Windows are counted in words; widen to whole tokens so "@handle" and "#tag" keep their sigil,
  // and over trailing emoji and punctuation, which are not words but often carry the tone.
  while (from > 0 && !SPACE.test(doc.text[from - 1]!)) from--;
  for (let n = 0; to < doc.text.length && n < 12 && !WORD_START.test(doc.text[to]!); n++) to++;
  while (to < doc.text.length && !SPACE.test(doc.text[to]!)) to++;
  if (side === 'before') to = start;
  if (side === 'after') from = end;
  for (const m of matchesBetween(re, doc.text, from, to)) {
    const s = m.index;
    const e = s + m[0].length;
    if (s < end && e > start) continue;
    return m[0].toLowerCase();
  }
  return undefined;
}

const RANK = { low: 1, medium: 2, high: 3 } as const;

/**
 * One finding per rule per sentence: "Those people ... always show up ... for free sandwiches" is
 * one discriminatory sentence, not three warnings. The most severe, then the earliest, is kept.
 */
export function onePerSentence<T extends { start: number; severity?: 'low' | 'medium' | 'high' }>(doc: Doc, found: T[]): T[] {
  if (found.length < 2) return found;
  const bounds = sentencesOf(doc);
  const best = new Map<number, T>();
  for (const c of found) {
    const key = sentenceAt(bounds, c.start)[0];
    const current = best.get(key);
    if (!current || RANK[c.severity ?? 'low'] > RANK[current.severity ?? 'low'] || (RANK[c.severity ?? 'low'] === RANK[current.severity ?? 'low'] && c.start < current.start)) best.set(key, c);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

const wordIndexes = new WeakMap<Doc, Map<string, number[]>>();
/** ' ’ _ -: a word starting or ending with one is also the word without (a test of two characters, not a regex run per word). */
const isEdgePunct = (c: number) => c === 39 || c === 0x2019 || c === 95 || c === 45;
// The trailing run is tried only where it starts: from inside it, it would be re-read each time.
const EDGE_PUNCT_ALL = /^['’_-]+|(?<!['’_-])['’_-]+$/g;

/**
 * Where each word of the draft (lowercased, with and without edge apostrophes) starts: gates ask
 * whether a word is there (gate words are plain words), windows where.
 */
export function wordIndex(doc: Doc): Map<string, number[]> {
  let index = wordIndexes.get(doc);
  if (index) return index;
  // Each distinct word once (the interner), then its occurrences.
  const { interner, ids } = wordIdsOf(doc);
  const at: number[][] = [];
  const starts = doc.words.starts;
  for (let x = 0; x < doc.words.length; x++) {
    const id = ids[x]!;
    if (id === at.length) at.push([starts[x]!]);
    else at[id]!.push(starts[x]!);
  }
  index = new Map();
  interner.words.forEach((word, id) => {
    index!.set(word, at[id]!);
  });
  // "pt's" and "-ish" are also "pt" and "ish": a word with edge punctuation counts as both.
  interner.words.forEach((word, id) => {
    if (!isEdgePunct(word.charCodeAt(0)) && !isEdgePunct(word.charCodeAt(word.length - 1))) return;
    const bare = word.replace(EDGE_PUNCT_ALL, '');
    const list = index!.get(bare);
    index!.set(bare, list ? mergeSorted(list, at[id]!) : at[id]!);
  });
  wordIndexes.set(doc, index);
  return index;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** A gate: every group needs one of its words in the draft (whole words, lowercase). */
export type Gate = readonly (readonly string[])[];

/** Every group of the gate has at least one of its words in the draft. */
export function passesGate(doc: Doc, gate: Gate | undefined): boolean {
  if (!gate) return true;
  const words = wordIndex(doc);
  return gate.every((group) => group.some((w) => words.has(w)));
}

/**
 * How far from a gate word a pattern's match may start, in characters. A gate word sits inside its
 * match (or in a short lookbehind just before it), so matches start at most a match's length
 * before the word and only a lookbehind's length after it. Measured on the whole eval corpus with
 * every post forced through windows: findings are identical down to 80 characters before and 1
 * after; these limits keep twice that margin.
 */
export const GATE_REACH_BEFORE = 160;
export const GATE_REACH_AFTER = 40;
/** How far past its window a match may run (the regex sees this much more text). */
export const GATE_REACH = 200;
/** Drafts up to this length are scanned whole: windows would cover them anyway. */
const WHOLE_TEXT = 4 * GATE_REACH;

/**
 * The stretches of the draft worth scanning for a gated pattern: where a match could start near
 * each occurrence of the first group's words, merged. On a long draft a pattern then costs in
 * proportion to its keywords, not to the length of the text; a post is scanned whole.
 */
export function gateWindows(doc: Doc, gate: Gate | undefined): readonly (readonly [number, number])[] {
  if (!gate) return [[0, doc.text.length]];
  if (!passesGate(doc, gate)) return [];
  if (doc.text.length <= WHOLE_TEXT) return [[0, doc.text.length]];
  // Once per draft and gate: many patterns share their table's gate, and a gate word's places
  // on a long draft are thousands (each call copied and sorted them again).
  let byGate = gateWindowsOf.get(doc);
  if (!byGate) gateWindowsOf.set(doc, (byGate = new Map()));
  let windows = byGate.get(gate);
  if (!windows) byGate.set(gate, (windows = windowsAround(doc, gate)));
  return windows;
}

const gateWindowsOf = new WeakMap<Doc, Map<Gate, readonly (readonly [number, number])[]>>();

// Letters every match of a pattern holds (letters.ts): "lb", "kg", "pound" of "300lbs", "300 kg",
// "500-pounder", which no gate of whole words can name ("300lbs" is one word). Scanned around
// (aroundLetters), each must also start at most GATE_REACH_BEFORE characters after the match does.
export { hasLetters, type Letters } from '../letters';

/**
 * The stretches worth scanning for a pattern whose every match holds one of `letters` (found in
 * the lowercased draft, anywhere in a word): as gateWindows, around each place they occur. A
 * short draft is scanned whole; so is one whose lowercasing changes its length ("İ" becomes two
 * characters), where places in `lower` are not places in the text.
 */
export function letterWindows(doc: Doc, letters: Letters): readonly (readonly [number, number])[] {
  const { text, lower } = doc;
  if (text.length <= WHOLE_TEXT || lower.length !== text.length) return [[0, text.length]];
  let byLetters = letterWindowsOf.get(doc);
  if (!byLetters) letterWindowsOf.set(doc, (byLetters = new Map()));
  let windows = byLetters.get(letters);
  if (!windows) {
    const at: number[] = [];
    for (const l of letters) for (let i = lower.indexOf(l); i !== -1; i = lower.indexOf(l, i + 1)) at.push(i);
    byLetters.set(letters, (windows = windowsAt(Int32Array.from(at).sort(), text.length)));
  }
  return windows;
}

const letterWindowsOf = new WeakMap<Doc, Map<Letters, readonly (readonly [number, number])[]>>();

function windowsAround(doc: Doc, gate: Gate): [number, number][] {
  const index = wordIndex(doc);
  // Each word's places are ascending: one word's list is used as it is, several are copied into
  // one typed array and sorted natively (a gate word like "bed" or "day" is thousands of places
  // in a pasted list, and a comparator sort of a number[] was most of this function).
  const lists: number[][] = [];
  let total = 0;
  for (const w of gate[0]!) {
    const at = index.get(w);
    if (!at) continue;
    lists.push(at);
    total += at.length;
  }
  let starts: ArrayLike<number> = lists[0] ?? [];
  if (lists.length > 1) {
    const all = new Int32Array(total);
    let n = 0;
    for (const list of lists) {
      all.set(list, n);
      n += list.length;
    }
    starts = all.sort();
  }
  return windowsAt(starts, doc.text.length);
}

/** Where a match may start around each of `starts` (ascending keyword places), merged. */
function windowsAt(starts: ArrayLike<number>, length: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    const from = Math.max(0, at - GATE_REACH_BEFORE);
    const to = Math.min(length, at + GATE_REACH_AFTER);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Context kept around a window so lookbehinds and lookaheads see their neighbours. */
const WINDOW_MARGIN = 60;

/**
 * Matches of a global regex starting within [from, to), offsets into `text`. The regex runs on a
 * slice, so a window costs its own length, never a scan to the end of a long draft.
 */
export function matchesStartingIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  if (from === 0 && to >= text.length) return matchesBetween(re, text, 0, text.length);
  const endBy = Math.min(text.length, to + GATE_REACH);
  const places = candidateStarts(re, text);
  // On a long draft, a regex that starts with known words is only tried at those words, in the
  // whole text (an empty stretch asks the anchors whether they read it); each place with only the
  // alternatives that can start there (candidates.ts).
  if (places && anchoredMatches(re, text, from, from, endBy, 0)) return matchesAtPlaces(places, text, 0, from, to, endBy);
  const anchored = anchoredMatches(re, text, from, to, endBy, 0);
  if (anchored) return anchored;
  const sliceStart = Math.max(0, from - WINDOW_MARGIN);
  const slice = text.slice(sliceStart, Math.min(text.length, to + GATE_REACH));
  // Or where each of its alternatives can start, still on the window's slice.
  if (places) return matchesAtPlaces(places, slice, sliceStart, from - sliceStart, to - sliceStart).map((m) => shifted(m, sliceStart));
  return matchesInSlice(re, slice, sliceStart, from - sliceStart, to - sliceStart);
}


function matchesInSlice(re: RegExp, slice: string, offset: number, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  compiledNatively(re).lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) && m.index < to) {
    if (m[0].length === 0) re.lastIndex++;
    out.push(shifted(m, offset));
  }
  return out;
}

/** A match in a slice, moved to the offsets of the text the slice starts `offset` into. */
function shifted(m: RegExpExecArray, offset: number): RegExpExecArray {
  if (!offset) return m;
  m.index += offset;
  if (m.indices) {
    for (let i = 0; i < m.indices.length; i++) {
      const pair = m.indices[i];
      if (pair) m.indices[i] = [pair[0] + offset, pair[1] + offset];
    }
    const groups = m.indices.groups;
    if (groups) for (const k of Object.keys(groups)) if (groups[k]) groups[k] = [groups[k]![0] + offset, groups[k]![1] + offset];
  }
  return m;
}
