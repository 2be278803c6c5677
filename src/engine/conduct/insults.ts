import type { Doc } from '../doc';
import type { Candidate } from '../recognizer';
import { matchesIn } from '../words';
import { matchesBetween } from './candidates';
import { ATTACH, EXCLAIM_BEFORE, STRONG_INSULT, STRONG_INSULT_LETTERS, WEAK_INSULT, WEAK_INSULT_LETTERS } from '../vocab/insults';
import { COLLEAGUE, EMPLOYER, PATIENT } from '../vocab/conduct';
import { SpanSet } from '../spans';
import { hasLetters, isMention, isQuotedReport, isSelfAimed, onePerSentence } from './frame';
import { profanityIn } from './obscene';
import { aimOf, inClinicalSetting, type Aim } from './targets';

/**
 * Every insult in a draft with its target, computed once and shared by conduct.derogatory
 * (patients), conduct.colleague and conduct.employer.
 */
export interface Insult extends Aim {
  start: number;
  end: number;
  strong: boolean;
}

/** How far back a weak insult's target may be ("the travel nurse on my unit is useless"). */
const ATTACH_CHARS = 80;
const ATTACHABLE: ReadonlyArray<readonly [Aim['target'], RegExp]> = [['patient', PATIENT], ['colleague', COLLEAGUE], ['employer', EMPLOYER]];
const SENTENCE_END = /[.!?\n]/;
const PROFANE_INSULTS = new Set(['bitch', 'bitches', 'bastard', 'cunt', 'prick', 'twat', 'whore', 'slut', 'dick', 'dickhead', 'douche', 'asshole', 'assholes', 'jackass', 'dumbass', 'motherfucker', 'fucker', 'cuck', 'retard', 'hoe', 'pussy']);
const ASS_INSULT = /hole|dumb|jack|hat|wipe|clown/i;
const JOINER = /^(?:\s*|\s*,\s*|\s+and\s+|\s+little\s+|\s+old\s+)$/i;
/** "is not an idiot", "never lazy", "nobody on our team is useless": denied right before the insult. */
const DENIED = /\b(?:not|never|isn't|aren't|wasn't|weren't|no)\s+(?:[\w']+\s+){0,2}$|\b(?:nobody|no\s+one|none\s+of\s+(?:us|them|you))\s+(?:(?:on|in|at|from)\s+(?:our|my|the|this)\s+[\w']+\s+|here\s+)?(?:is|are|was|were)\s+(?:[\w']+\s+)?$/i;

/**
 * "trash-free", "fat shaming", "fat necrosis": the first half of a compound, not an insult.
 * Nouns an insult word modifies when it names a thing or an event, not a person: "trash pickup",
 * "clown visits", "pig roast", "snake bite", "cow milk". An insult aims at people; as the first
 * half of such a compound it aims at nothing.
 */
const THING_NOUNS = String.raw`pick-?ups?|cans?|bags?|bins?|days?|trucks?|chutes?|compactors?|collection|removal|duty|programs?|programmes?|visits?|noses?|shows?|costumes?|cars?|school|fish|bites?|milk|roasts?|part(?:y|ies)|acts?|suits?|shoes|makeup|farms?|island|patch|plants?|skins?|oil|ride|rides|juice|room|walk|cleanup|clean-up|drive|drives|run|sanctuary|exhibit|balloons?|magic|college|tv|movie|movies|story|stories|emoji|tattoo|tattoos`;
const COMPOUND_AFTER = new RegExp(
  String.raw`^(?:-[A-Za-z]|\s+(?:shaming|shamed|shame|phobia|phobic|bias|stigma|positivity|positive|acceptance|talk|jokes?|cells?|tissue|pad|pads|content|loss|burning|intake|necrosis|embolism|grafting|graft|distribution|free|${THING_NOUNS})\b)`,
  'i',
);

/**
 * Before a reference: a noun and a preposition ("the pay for", "the ratio of ... versus"), so the
 * reference belongs to that noun's phrase. Quantities ("one of", "half of", "a bunch of") do not
 * count: "one of our nurses is useless" is about the nurse.
 */
const IN_THINGS_PHRASE = /\b(?!(?:one|some|most|all|none|half|each|any|many|few|two|three|both|several|bunch|couple|group|lot|rest|majority|team|of|for|to|with)\b)[a-z]+\s+(?:for|of|versus|vs\.?|between|than|to|with|about)\s+(?:[\w'-]+\s+){0,2}$/i;

const cache = new WeakMap<Doc, Insult[]>();

export function insultsIn(doc: Doc): Insult[] {
  let found = cache.get(doc);
  if (!found) cache.set(doc, (found = find(doc)));
  return found;
}

/** A weak insult needs its target right next to it: attributive ("lazy RTs") or after a copula. */
function attachedTarget(doc: Doc, start: number, end: number): Aim | undefined {
  const before = doc.text.slice(Math.max(0, start - ATTACH_CHARS), start);
  const after = doc.text.slice(end, end + 40);
  // "<target> is so <insult>": the nearest reference before it, in the same sentence, must be the
  // subject of the copula; a farther one is not who the insult is about.
  let nearest: (Aim & { at: number; index: number }) | undefined;
  for (const [target, re] of ATTACHABLE) {
    let last: RegExpExecArray | undefined;
    for (const m of matchesIn(re, before)) last = m;
    if (!last) continue;
    const at = last.index + last[0].length;
    if (!nearest || at > nearest.at) nearest = { target, word: last[0].toLowerCase(), at, index: last.index };
  }
  const handleOutsideWork = nearest?.word.startsWith('@') && !inClinicalSetting(doc);
  // "the pay for travel nurses is a joke": a reference inside a thing's phrase is not the subject.
  if (nearest && IN_THINGS_PHRASE.test(before.slice(0, nearest.index))) nearest = undefined;
  if (nearest && !handleOutsideWork && !SENTENCE_END.test(before.slice(nearest.index)) && ATTACH.test(before.slice(nearest.at))) {
    return { target: nearest.target, word: nearest.word };
  }
  // "<insult> <target>": "useless RTs", "lazy cow of a charge nurse"
  for (const [target, re] of ATTACHABLE) {
    re.lastIndex = 0;
    const next = re.exec(after);
    if (next && next[0].startsWith('@') && !inClinicalSetting(doc)) continue;
    if (next && /^\s*(?:of\s+an?\s+)?$/i.test(after.slice(0, next.index))) return { target, word: next[0].toLowerCase() };
  }
  return undefined;
}

function find(doc: Doc): Insult[] {
  const out: Insult[] = [];
  const claimed = new SpanSet();
  const add = (start: number, end: number, strong: boolean) => {
    if (!claimed.claim(start, end)) return;
    if (isMention(doc, start, end) || isSelfAimed(doc, start) || isQuotedReport(doc, start) || DENIED.test(doc.text.slice(Math.max(0, start - 30), start))) return;
    // "Lazy as hell, every one of them." / "You absolute clown.": an exclamation about whoever
    // the post is about reaches as far as a strong insult does.
    const exclaimed = !strong && EXCLAIM_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start));
    const aim = strong || exclaimed ? aimOf(doc, start, end) : attachedTarget(doc, start, end);
    if (aim) out.push({ start, end, strong, ...aim });
  };
  /** The insult word is the first half of a compound ("trash pickup", "fat necrosis"). */
  const compoundHead = (m: RegExpExecArray) => COMPOUND_AFTER.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 16));
  // A draft holding none of a list's letters cannot match it: the regex is not run, nor compiled.
  const strongs = hasLetters(doc, STRONG_INSULT_LETTERS) ? matchesBetween(STRONG_INSULT, doc.text) : [];
  for (const m of strongs) {
    if (compoundHead(m)) continue;
    add(m.index, m.index + m[0].length, true);
  }
  const weaks = hasLetters(doc, WEAK_INSULT_LETTERS) ? matchesBetween(WEAK_INSULT, doc.text) : [];
  for (const m of weaks) {
    if (compoundHead(m)) continue;
    // "lazy and entitled": a second insult shares the first one's target.
    const last = out[out.length - 1];
    if (last && last.end <= m.index && JOINER.test(doc.text.slice(last.end, m.index)) && claimed.claim(m.index, m.index + m[0].length)) {
      out.push(Object.assign({}, last, { start: m.index, end: m.index + m[0].length, strong: false }));
      continue;
    }
    add(m.index, m.index + m[0].length, false);
  }
  // Swear words that name a person: "called her a b*tch", "the a**hole in 4".
  for (const w of profanityIn(doc)) {
    if (PROFANE_INSULTS.has(w.word) || (w.word === 'ass' && ASS_INSULT.test(doc.text.slice(w.start, w.end)))) add(w.start, w.end, true);
  }
  return mergeAdjacent(doc, out.sort((a, b) => a.start - b.start));
}

/** "spineless idiot", "lazy, useless": one insult, not two findings. */
function mergeAdjacent(doc: Doc, sorted: Insult[]): Insult[] {
  const out: Insult[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last.target === i.target && JOINER.test(doc.text.slice(last.end, i.start))) {
      out[out.length - 1] = Object.assign({}, last, { end: i.end, strong: last.strong || i.strong });
    } else out.push(i);
  }
  return out;
}

/**
 * A recognizer's pattern findings plus the insults aimed at its target that no pattern already
 * covers, one finding per sentence: the shape shared by conduct.derogatory (patients),
 * conduct.colleague and conduct.employer, which differ only in how an insult reads as a finding.
 */
export function withInsultsAimedAt(doc: Doc, found: Candidate[], target: Aim['target'], findingOf: (insult: Insult) => Candidate): Candidate[] {
  for (const i of insultsIn(doc)) {
    if (i.target !== target || found.some((c) => c.start < i.end && i.start < c.end)) continue;
    found.push(findingOf(i));
  }
  return onePerSentence(doc, found);
}
