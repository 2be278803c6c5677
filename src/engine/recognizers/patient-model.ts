import { specific, type Specific } from '../story-specific';
import { firstAtOrAfter, sentencesOf, type Doc } from '../doc';
import type { Candidate } from '../recognizer';
import {
  ACTIVITY_PERSONS,
  BARE_OWN_KIN,
  BIRTH_OBJECTS,
  COLLEAGUE_MOMENTS,
  COMMUNITY_ROLES,
  CUSTODY,
  DESCRIPTION,
  DETERMINERS,
  DURATION_LEADS,
  DURATION_UNITS,
  ENCOUNTER_PHRASES,
  FRAMING_HEADS,
  FRAMING_LEADS,
  GROUP_NOUNS,
  HYPOTHETICAL,
  KIN_OF_OTHERS,
  LOCATED_IN,
  MODIFIERS,
  MORE_EVENTS,
  NEIGHBOUR_PHRASES,
  NEWS_PHRASES,
  NUMBER_WORDS,
  OCCUPATIONS,
  OUTCOME_PHRASES,
  OWN_KIN,
  PERSON_NOUNS,
  POSSESSION_PHRASES,
  PLACE_PREPOSITIONS,
  POSSESSIVE_DETERMINERS,
  PRONOUN_POSSESSIVES,
  PUBLIC_PLACES,
  PUBLIC_ROLES,
  QUALIFIERS,
  ROLE_VERBS,
  SETTING_HEADS,
  SETTING_PHRASES,
  SETTING_PREPOSITIONS,
  SETTING_TAKES_MODIFIERS,
  TRANSITIVE_PHRASES,
  YEAR_UNITS,
} from '../vocab/patient-model';
import { EVENT } from '../vocab/story';
import { wordIdsOf } from '../interner';

// Module constants, not literals in per-token and per-match code: a regex literal is a new
// RegExp object each time it is evaluated.
const AGE_AND_SEX = /^\d{1,3}[MF]$/;
const ASIDE_GAP = /[:;—–(]|\s-\s/;
const ROOM_NUMBER_WORD = /^\d{1,4}[a-z]?$/;
const ENCOUNTER_MODIFIER = /^(?:\d{1,2}(?:am|pm|a|p)?|\d{4}|first|last|1st|2nd|3rd|\d+th|new|latest|final|big|craziest|worst|saddest|favorite|favourite)$/;
const ENDS_IN_HAD = /(?:^|\s)had$/;
const PAST_YEAR = /^1[5-9]\d\d$/;
const ONLY_SPACE = /^\s*$/;
const NUMBER_GOES_ON = /^[\d:/%$.,]\d/;
const PERCENT_AFTER = /^\s*%/;
const EARLY_MID_LATE = /^(?:early|mid|late)$/;
const UNIT_AFTER_NUMBER = /^\s*(?:%|percent|min|hours?|lbs?|kg|weeks?|days?|months?)/i;
const APPROXIMATELY = /^(?:nearly|almost|over|about)$/;
const IN_ON_AT = /^(?:in|on|at)$/;
const WEIGHT_UNIT = /^(?:lb|lbs|pounds|oz|kg)$/;
const DIGIT_START = /^\d/;
const DETERMINER = /^(?:the|a|an|that|this|our|their|his|her)$/;
const PLACE_MODIFIER = /^(?:big|old|new|local|little|same|elementary|public|city|county|state|abandoned|corner|downtown|nearby|\d+(?:st|nd|rd|th))$/;

/**
 * The patient model: does a post tell of one specific person in someone's care? It reads the
 * draft's words in three classes and combines them per sentence, the way a reader would:
 *
 * 1. a reference to one individual: a person noun with its determiner and modifiers ("a sweet
 *    old man", "the teenager", "kid"), an age used as a noun ("a 31 year old", "31 yo"), a role
 *    ("the pastor", "my son's principal"), a group cared for as one ("the twins"), or a name the
 *    name recognizer tied to a person;
 * 2. an encounter: an arrival, a transfer, an act of care or an outcome ("came in", "we
 *    delivered", "didn't make it"), a care setting ("in trauma 3", "on the cardiac unit"), or the
 *    shift's own framing ("my 3am admit", "today's trauma");
 * 3. specifics, counted by the story recognizer: when, where, what happened, who they are, how
 *    long, how they look.
 *
 * A reference and an encounter in one sentence (or the encounter in the next) are a composite
 * encounter; patient-story.ts turns it into a story when specifics come with it. What is not a
 * patient is decided here once: the poster's own family ("my dad", "my 6 y/o"), hypotheticals
 * ("if a man comes in"), and news told by others ("police said").
 */

/** A draft's words, lower-cased, with the sentence each belongs to. */
interface Tokens {
  text: string;
  /** Each word lower-cased: one string per distinct word (the interner), shared by its occurrences. */
  low: string[];
  /** What each word may start (STARTS_CUE, STARTS_REFERENCE, STARTS_DETAIL, ...), read once per distinct word. */
  flags: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** Token range [first, last) of each sentence. */
  sentences: [number, number][];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** What each distinct word says of an age by itself (wordAgesOf). */
  wordAges: Map<string, WordAges>;
}

interface WordAges {
  oneWord: Age | null;
  spelled: Age | null;
  value: number;
}

interface Age {
  /** Tokens it takes. */
  n: number;
  /** Its value in years (0 for months, weeks, days). */
  years: number;
}

/** Phrases of words, looked up by their first word. */
class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(list: readonly string[]) {
    for (const p of list) {
      const ws = p.split(' ');
      const group = this.byFirst.get(ws[0]!);
      if (group) group.push(ws);
      else this.byFirst.set(ws[0]!, [ws]);
    }
    for (const group of this.byFirst.values()) group.sort((a, b) => b.length - a.length);
  }
  /** Words in the longest phrase starting at token i and ending by token `limit`, or 0. */
  at(low: readonly string[], i: number, limit: number): number {
    const group = this.byFirst.get(low[i]!);
    if (!group) return 0;
    next: for (const ws of group) {
      if (i + ws.length > limit) continue;
      for (let k = 1; k < ws.length; k++) if (low[i + k] !== ws[k]) continue next;
      return ws.length;
    }
    return 0;
  }
}

const ENCOUNTERS = new PhraseTable(ENCOUNTER_PHRASES);
const OUTCOMES = new PhraseTable(OUTCOME_PHRASES);
const TRANSITIVE = new Set(TRANSITIVE_PHRASES);
const POSSESSION = new Set(POSSESSION_PHRASES);
const SETTINGS = new PhraseTable(SETTING_PHRASES);
const DESCRIPTIONS = new PhraseTable(DESCRIPTION);
const PLACES = new PhraseTable(PUBLIC_PLACES);
const EVENTS = new PhraseTable(MORE_EVENTS);
const CUSTODIES = new PhraseTable(CUSTODY);
const ROLE_VERB_TABLE = new PhraseTable(ROLE_VERBS);
const NEWS = new PhraseTable(NEWS_PHRASES);
const COLLEAGUE = new PhraseTable(COLLEAGUE_MOMENTS);
const NEIGHBOURS = new PhraseTable(NEIGHBOUR_PHRASES);

const tokenCache = new WeakMap<Doc, Tokens>();

function tokensOf(doc: Doc): Tokens {
  let t = tokenCache.get(doc);
  if (t) return t;
  const words = doc.words;
  const n = words.length;
  const low: string[] = new Array<string>(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  // Each distinct word is sliced and classed once (the draft's word ids, shared with the conduct
  // readers): a long draft has thousands of words, a few hundred distinct.
  const { interner, ids } = wordIdsOf(doc);
  for (let i = 0; i < n; i++) {
    // Possessives read as their word plus 's ("today's", "son's"); curly quotes are normalised.
    low[i] = interner.words[ids[i]!]!;
    start[i] = words.starts[i]!;
    end[i] = words.ends[i]!;
  }
  const classes = interner.words.map(wordFlags);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) flags[i] = classes[ids[i]!]!;
  const bounds = sentencesOf(doc);
  const sentences: [number, number][] = [];
  const sentenceOf = new Int32Array(low.length);
  let k = 0;
  for (let s = 0; s < bounds.length; s++) {
    const [, sEnd] = bounds[s]!;
    const first = k;
    while (k < low.length && start[k]! < sEnd) sentenceOf[k++] = s;
    sentences.push([first, k]);
  }
  // Words after the last sentence end (trailing punctuation only) belong to the last sentence.
  while (k < low.length) sentenceOf[k++] = Math.max(0, bounds.length - 1);
  t = { text: doc.text, low, flags, start, end, sentences, sentenceOf, wordAges: new Map() };
  tokenCache.set(doc, t);
  return t;
}

export type ReferenceKind = 'person' | 'age' | 'role' | 'group' | 'kin' | 'name';

export interface Reference {
  start: number;
  end: number;
  kind: ReferenceKind;
  /** "the guy from the game", "the lady we lost": a known, particular person, an encounter of its own. */
  definite: boolean;
  sentence: number;
}

export interface CareCue {
  start: number;
  end: number;
  /** Outcomes alone ("passed away", "survived") tell of care only next to another sign of it. */
  outcomeOnly: boolean;
  sentence: number;
}

/** One person in someone's care: a reference and the encounter that makes it one. */
export interface CompositeEncounter {
  start: number;
  end: number;
  text: string;
  cueStart: number;
  cueEnd: number;
  /**
   * The reference says more than "a patient" or "a man": an age, a modifier, a role, a name, a
   * qualifier ("the guy from the game"). Such a person plus one detail is a story; a bare one
   * needs two, since "we lost a patient tonight" identifies nobody.
   */
  described: boolean;
}

/** A detail the model read, for a story's weighing (patient-story.ts): `model` is true. */
export type ModelHit = Specific;

/** One to three digits (/^\d{1,3}$/), read by char code: it is asked of every number of a pasted list. */
const isNumber = (w: string) => {
  if (w.length < 1 || w.length > 3) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
const AGE_UNIT = new Set(['year', 'years', 'yr', 'yrs']);
const YOUNG_UNIT = new Set(['month', 'months', 'mo', 'week', 'weeks', 'wk', 'day', 'days']);
const ONE_TOKEN_AGE = /^(\d{1,3})(?:-(?:year|yr)s?-old|yo|yoa|y|yrs?)$/;
const ONE_TOKEN_YOUNG_AGE = /^(\d{1,3})-(?:month|mo|week|wk|day)s?-old$/;
const WORD_AGE = /^([a-z]+)(?:-([a-z]+))?-(year|yr|month|week|day)s?-old$/;

const NUMBER_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** The value of a number word or "forty-two", or NaN. Called on every word: no allocation for the rest. */
function wordNumber(w: string): number {
  if (!w.includes('-')) return NUMBER_WORDS.has(w) ? NUMBER_VALUES[w]! : NaN;
  const parts = w.split('-');
  if (!parts.every((p) => NUMBER_WORDS.has(p))) return NaN;
  return parts.reduce((sum, p) => sum + NUMBER_VALUES[p]!, 0);
}

/** /^(?:month|week|day)s?-old$/ as a set: "6 month-old". */
const YOUNG_HYPHENATED = new Set(['month-old', 'months-old', 'week-old', 'weeks-old', 'day-old', 'days-old']);

/** An age at token i: how many tokens it takes and its value in years (0 for months, weeks, days). */
function ageAt(t: Tokens, i: number, limit: number): Age | undefined {
  // Ages start with a digit or a number word ("31 yo", "eighty-six year old"): most words do not.
  if (!(t.flags[i]! & STARTS_AGE)) return undefined;
  const w = t.low[i]!;
  let read = t.wordAges.get(w);
  if (read === undefined) t.wordAges.set(w, (read = wordAgesOf(w)));
  if (read.oneWord) return read.oneWord;
  // "34F", "72M": clinical shorthand, capital letters only ("5m" is five minutes, "$2M" money).
  if (looksLikeSexShorthand(w) && AGE_AND_SEX.test(t.text.slice(t.start[i]!, t.end[i]!)) && t.text[t.start[i]! - 1] !== '$') return { n: 1, years: Number(w.slice(0, -1)) };
  if (read.spelled) return read.spelled;
  const value = read.value;
  if (Number.isNaN(value) || i + 1 >= limit) return undefined;
  const next = t.low[i + 1]!;
  if (AGE_UNIT.has(next) && t.low[i + 2] === 'old' && i + 2 < limit) return { n: 3, years: value };
  if (YOUNG_UNIT.has(next) && t.low[i + 2] === 'old' && i + 2 < limit) return { n: 3, years: 0 };
  if (next === 'year-old' || next === 'yr-old' || next === 'years-old') return { n: 2, years: value };
  if (YOUNG_HYPHENATED.has(next)) return { n: 2, years: 0 };
  if (isNumber(w) && (next === 'yo' || next === 'yoa')) return { n: 2, years: value };
  // "31 y/o": the slash splits it into "y" and "o".
  if (isNumber(w) && next === 'y' && t.low[i + 2] === 'o' && i + 2 < limit) return { n: 3, years: value };
  return undefined;
}

/**
 * What one word says of an age whatever its neighbours, read once per distinct word (a flood of
 * "97yo" is one word; a patient list has thousands of numbers): an age in one word ("97yo",
 * "6-month-old"), one spelled out ("eighty-six-year-old"), and the word's value as a number.
 * The callers only read the ages.
 */
function wordAgesOf(w: string): WordAges {
  let m = ONE_TOKEN_AGE.exec(w);
  if (m) return { oneWord: { n: 1, years: Number(m[1]) }, spelled: null, value: NaN };
  if ((m = ONE_TOKEN_YOUNG_AGE.exec(w))) return { oneWord: { n: 1, years: 0 }, spelled: null, value: NaN };
  let spelled: Age | null = null;
  if ((m = WORD_AGE.exec(w))) {
    const value = wordNumber(m[2] ? `${m[1]}-${m[2]}` : m[1]!);
    if (!Number.isNaN(value)) spelled = { n: 1, years: m[3] === 'year' || m[3] === 'yr' ? value : 0 };
  }
  return { oneWord: null, spelled, value: isNumber(w) ? Number(w) : wordNumber(w) };
}

const ORDINAL = /^(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;

/** "34f", "72m" lower-cased: one to three digits and m or f (the text decides the case). */
function looksLikeSexShorthand(w: string): boolean {
  const n = w.length;
  if (n < 2 || n > 4 || (w[n - 1] !== 'm' && w[n - 1] !== 'f')) return false;
  for (let k = 0; k < n - 1; k++) if (w.charCodeAt(k) < 48 || w.charCodeAt(k) > 57) return false;
  return true;
}

/** A sentence starts at token i (or a clause after a colon or a dash: "ED tonight: guy in the stolen truck"). */
function startsClause(doc: Doc, t: Tokens, i: number, first: number): boolean {
  if (i === first) return true;
  const gap = doc.text.slice(t.end[i - 1]!, t.start[i]!);
  return ASIDE_GAP.test(gap);
}

interface Found {
  /** Known through others: a role, or someone's relative ("my coworker's mom"). Their death is news, not care. */
  public: boolean;
  first: number;
  last: number;
  kind: ReferenceKind;
  definite: boolean;
  described: boolean;
  own: boolean;
  head: string;
  roleAt?: number;
}

/** The reference to one individual starting at token i, if one does. */
function referenceAt(doc: Doc, t: Tokens, i: number, first: number, limit: number): Found | undefined {
  const low = t.low;
  const w = low[i]!;
  let j = i;
  let det: string | undefined;
  let ownPossessor = false;
  let possessor: string | undefined;
  if (DETERMINERS.has(w) || POSSESSIVE_DETERMINERS.has(w) || PRONOUN_POSSESSIVES.has(w)) {
    det = w;
    j++;
  } else if (w.endsWith("'s") && w.length > 3) {
    possessor = w.slice(0, -2);
    det = "'s";
    j++;
  } else {
    // Called on every word: most start no reference, and are let go before any slicing.
    const starts = (t.flags[i]! & STARTS_BARE_REFERENCE) !== 0;
    if (!starts && !ageAt(t, i, limit)) return undefined;
    if (!startsClause(doc, t, i, first) && !ageAt(t, i, limit)) return undefined;
  }
  // "my son's principal", "our neighbor's dad": a person through someone else.
  if ((det === 'my' || det === 'our') && j < limit && low[j]!.endsWith("'s") && low[j]!.length > 3) {
    possessor = low[j]!.slice(0, -2);
    ownPossessor = true;
    j++;
  }
  let age: { n: number; years: number } | undefined;
  let mods = 0;
  while (j < limit && mods < 4) {
    const a = age ? undefined : ageAt(t, j, limit);
    if (a) {
      age = a;
      j += a.n;
      mods++;
      continue;
    }
    const m = low[j]!;
    // "the channel 5 weatherman": a station number; "my old 3rd grade teacher": a school year.
    if (MODIFIERS.has(m) || (low[j - 1] === 'channel' && isNumber(m)) || (low[j + 1] === 'grade' && ORDINAL.test(m))) {
      j++;
      mods++;
      continue;
    }
    break;
  }
  // "my old piano teacher", "her band director": one word no list holds, then a role, is what
  // the role teaches or leads.
  // (The flags first: a role may start a bare reference, and most words start none.)
  if (j + 1 < limit && t.flags[j + 1]! & STARTS_BARE_REFERENCE && isRole(low[j + 1]!) && !isPersonHead(low[j]!) && !NOT_A_ROLE_MODIFIER.has(low[j]!)) {
    j++;
    mods++;
  }
  const head = j < limit ? low[j]! : '';
  const kind: ReferenceKind | undefined = PERSON_NOUNS.has(head) || ACTIVITY_PERSONS.has(head)
    ? 'person'
    : PUBLIC_ROLES.has(head) || COMMUNITY_ROLES.has(head) || OCCUPATIONS.has(head)
      ? 'role'
      : GROUP_NOUNS.has(head)
        ? 'group'
        : undefined;
  let last: number;
  let found: ReferenceKind;
  if (kind) {
    last = j + 1;
    found = kind;
  } else if (age) {
    last = j;
    found = 'age';
  } else return undefined;
  // A bare word with nothing before it must be a person noun at the start of a clause ("Kid
  // swallowed...", "Young woman brought in..."), or an age.
  if (det === undefined && !age && !startsClause(doc, t, i, first)) return undefined;
  const described = mods > 0 || !!possessor || kind === 'role';
  const result: Found = { public: kind === 'role' || !!possessor, first: i, last, kind: found, definite: false, described, own: false, head, roleAt: kind === 'role' ? j : undefined };
  // "Grandma came home today", "Dad turned 90": a kinship word as a name is the poster's own.
  // Not "Mum of four came into ED": a kinship word described by what follows is a stranger.
  if (det === undefined && !mods && BARE_OWN_KIN.has(head) && low[last] !== 'of') result.own = true;
  if (det === 'my' || det === 'our') {
    // "my dad", "our twins", "my 6 y/o": the poster's own family. "my patient", "our 94 y/o",
    // "my childhood pastor", "my son's principal" are someone the poster knows or cares for.
    if (!ownPossessor && OWN_KIN.has(head)) result.own = true;
    if (!kind && age && age.years < 18) result.own = true;
    if (ownPossessor && OWN_KIN.has(head) && possessor && OWN_KIN.has(possessor)) result.own = true;
  } else if (det && PRONOUN_POSSESSIVES.has(det)) {
    // "her son", "his wife": someone's family; any other "her <noun>" is not a person of its own.
    if (!KIN_OF_OTHERS.has(head)) return undefined;
    result.kind = 'kin';
  }
  if (possessor && !ownPossessor && OWN_KIN.has(possessor) && OWN_KIN.has(head)) result.kind = 'kin';
  // "the guy from the game", "that lady we lost", "the woman in trauma 3 with the tattoo",
  // "Little girl from the bus crash".
  const next = last < limit ? low[last]! : '';
  // "the old man next door", "the kid across the street": the poster's neighbours, not patients.
  if (NEIGHBOURS.at(low, last, limit)) result.own = true;
  const located = next === 'in' && last + 1 < limit && (LOCATED_IN.has(low[last + 1]!) || ROOM_NUMBER_WORD.test(low[last + 1]!));
  // "the pt who was still drunk at 0700" is any patient on any shift; "the lady in 7" is a bed,
  // which the room recognizer reports: neither is a story of its own.
  const generic = head === 'patient' || head === 'pt';
  if (!generic && (det === 'the' || det === 'that' || det === 'this') && QUALIFIERS.has(next)) result.definite = true;
  if (!generic && det === undefined && kind && next === 'from') result.definite = true;
  // "mum of four", "a father of two": how many children they have singles them out.
  const family = next === 'of' && last + 1 < limit && NUMBER_WORDS.has(low[last + 1]!) && (head === 'mum' || head === 'mom' || head === 'dad' || head === 'mother' || head === 'father');
  if (result.definite || located || family) result.described = true;
  return result;
}

interface Cue {
  first: number;
  last: number;
  /** Outcomes ("died") and possession ("we had") tell of care only next to another sign of it. */
  outcomeOnly: boolean;
  /** "we had", "I saw": also serves next to something that happened ("we had a toddler swallow a magnet"). */
  possession?: boolean;
  /** A care setting ("at our hospital"): where, not what happened to whom. */
  setting?: boolean;
}

const SHE_HE = new Set(["she's", "he's"]);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'twins', 'triplets']);
const NOT_AFTER_PASSED = new Set(['my', 'her', 'his', 'the', 'a', 'an', 'their', 'our', 'it', 'out', 'by', 'me', 'us', 'them', 'along', 'around', 'through', 'over', 'up', 'all', 'this', 'that', 'both', 'your']);

/** An encounter, a care setting or a framing starting at token i. */
function cueAt(doc: Doc, t: Tokens, i: number, first: number, limit: number): Cue | undefined {
  const low = t.low;
  let n = ENCOUNTERS.at(low, i, limit);
  if (n) {
    const cue = encounterCue(doc, t, i, n, first, limit);
    // "had a seizure": not having someone, but maybe an outcome (below).
    if (cue !== 'not a person') return cue;
  }
  n = OUTCOMES.at(low, i, limit);
  if (n) {
    const phrase = low.slice(i, i + n).join(' ');
    const next = i + n < limit ? low[i + n]! : '';
    if ((phrase === 'passed' || phrase === 'crashed') && NOT_AFTER_PASSED.has(next)) return undefined;
    if (phrase === 'made it' && (next === 'to' || next === 'a' || next === 'my')) return undefined;
    return { first: i, last: i + n, outcomeOnly: true };
  }
  // "my 3am admit", "today's trauma", "tonight's code".
  if (FRAMING_LEADS.has(low[i]!)) {
    let j = i + 1;
    // "last night's", "this afternoon's": the part of the day is the lead's.
    if ((low[i] === 'last' || low[i] === 'this') && DAY_PARTS.has(low[j]!)) j++;
    for (let k = 0; k < 2 && j < limit && ENCOUNTER_MODIFIER.test(low[j]!); k++) j++;
    if (j < limit && (FRAMING_HEADS.has(low[j]!) || (TIME_LEADS.has(low[i]!) && (low[j] === 'pt' || low[j] === 'patient')))) return { first: i, last: j + 1, outcomeOnly: false };
  }
  // "only the third case our hospital has seen", "the 4th case I've ever seen": a case the
  // poster's own place treated. Told without "we", "I" or "our", it is public health news.
  if (low[i] === 'case' && i > first && CASE_ORDINALS.test(low[i - 1]!) && firstPersonIn(low, first, limit)) {
    return { first: i - 1, last: i + 1, outcomeOnly: false };
  }
  // "the biggest our surgeons have seen", "the youngest I've ever seen": a superlative the
  // poster's own place saw.
  if (low[i] === 'seen' && i > first && SEEN_AFTER.has(low[i - 1]!) && firstPersonIn(low, first, limit) && superlativeIn(low, first, i)) {
    return { first: i - 1, last: i + 1, outcomeOnly: false };
  }
  if (SETTING_PREPOSITIONS.has(low[i]!)) {
    const setting = settingAt(t, i, limit);
    // "donated $1M to the children's hospital", "performed at our unit's party": a visitor's
    // gift or show, not someone's care.
    if (!setting || givenBefore(low, first, i)) return undefined;
    return { ...setting, setting: true };
  }
  return undefined;
}

/** Framing leads that are a time: "today's pt", "tonight's patient" name one patient of the shift ("my patient" is a reference). */
const TIME_LEADS = new Set(["today's", 'todays', "tonight's", 'tonights', "yesterday's", 'last', "morning's"]);
const DAY_PARTS = new Set(["night's", "morning's", "afternoon's", "evening's", "shift's", "week's", "weekend's"]);
const CASE_ORDINALS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))$/;
const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'us', "i've", "we've", 'ive', 'weve', "i'd", "we'd"]);

/** Verbs of a visitor who gives or performs: a care setting after them is where, not care. */
const GIVING = new Set(['donated', 'donates', 'donating', 'toured', 'tours', 'spoke', 'speaks', 'performed', 'performs', 'sang', 'sings', 'raised', 'raises', 'volunteered', 'volunteers', 'gifted', 'gifts', 'sponsored', 'sponsors', 'funded', 'funds', 'pledged']);
/** A giving verb among the four tokens before `at`, in the same sentence. */
function givenBefore(low: readonly string[], first: number, at: number): boolean {
  for (let k = Math.max(first, at - 4); k < at; k++) if (GIVING.has(low[k]!)) return true;
  return false;
}
const SEEN_AFTER = new Set(['have', 'has', 'had', 'ever', "i've", "we've", 'ive', 'weve']);
const SUPERLATIVES = new Set(['biggest', 'largest', 'heaviest', 'smallest', 'tiniest', 'youngest', 'oldest', 'rarest', 'weirdest', 'strangest', 'worst', 'longest', 'tallest', 'only', 'first']);

/**
 * A superlative among tokens [first, to) that ranks a case: "the biggest", "the youngest", "the
 * only". It needs its "the"; "first time I've seen a CEO at 3am" ranks a moment, not a case.
 */
function superlativeIn(low: readonly string[], first: number, to: number): boolean {
  for (let k = first + 1; k < to; k++) {
    if (low[k - 1] !== 'the' || low[k + 1] === 'time' || low[k + 1] === 'times') continue;
    if (SUPERLATIVES.has(low[k]!) || CASE_ORDINALS.test(low[k]!)) return true;
  }
  return false;
}

/** Whether the poster speaks in tokens [first, limit): "I", "we", "our". */
function firstPersonIn(low: readonly string[], first: number, limit: number): boolean {
  for (let k = first; k < limit; k++) if (FIRST_PERSON.has(low[k]!)) return true;
  return false;
}

/** Subjects of a relative clause without "who": "the farmer I treated", "the hiker they airlifted". */
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she']);

/** The encounter phrase of n words at token i, if it is one here; 'not a person' when its object is something else. */
function encounterCue(doc: Doc, t: Tokens, i: number, n: number, first: number, limit: number): Cue | undefined | 'not a person' {
  const low = t.low;
  const phrase = low.slice(i, i + n).join(' ');
  const next = i + n < limit ? low[i + n]! : '';
  if (TRANSITIVE.has(phrase)) {
    // "caring for the sick", "we had a great shift": the object must be one person, or come
    // before the verb ("the farmer I treated").
    const object = i + n < limit ? referenceAt(doc, t, i + n, i + n, limit) : undefined;
    const objectBefore = i - 2 >= first && CLAUSE_SUBJECTS.has(low[i - 1]!) && isPersonHead(low[i - 2]!);
    if (!OBJECT_PRONOUNS.has(next) && (!object || object.own) && !objectBefore) return 'not a person';
    // "I had a baby girl Tuesday!": giving birth, not a patient.
    if (ENDS_IN_HAD.test(phrase) && (BIRTH_OBJECTS.has(next) || (object && BIRTH_OBJECTS.has(object.head)))) return undefined;
  }
  if ((phrase === 'passed' || phrase === 'crashed') && NOT_AFTER_PASSED.has(next)) return undefined;
  if (phrase === 'made it' && (next === 'to' || next === 'a' || next === 'my')) return undefined;
  // Having or seeing someone serves, like an outcome, only next to another sign of care.
  const possession = POSSESSION.has(phrase);
  return { first: i, last: i + n, outcomeOnly: possession, possession };
}

/** A role a town knows or an occupation: "teacher", "pastor", "quarterback", "welder". */
function isRole(w: string): boolean {
  return PUBLIC_ROLES.has(w) || COMMUNITY_ROLES.has(w) || OCCUPATIONS.has(w);
}
/** Words before a role that are no part of it: "my kids' coach is", "the first teacher", "our own". */
const NOT_A_ROLE_MODIFIER = new Set(['and', 'or', 'of', 'to', 'for', 'with', 'is', 'was', 'own', 'first', 'last', 'next', 'other', 'every', 'same', 'whole', 'new', 'staff', 'team', 'unit', 'nurse', 'charge']);

/** A word that names one person (the head of a reference): "farmer", "lady", "hiker". */
function isPersonHead(w: string): boolean {
  return PERSON_NOUNS.has(w) || ACTIVITY_PERSONS.has(w) || PUBLIC_ROLES.has(w) || COMMUNITY_ROLES.has(w) || OCCUPATIONS.has(w) || GROUP_NOUNS.has(w);
}

const SETTING_DETS = new Set(['the', 'our', 'my', 'a', 'their', 'his', 'her', 'your']);
const NOT_A_SETTING_MODIFIER = new Set(['and', 'or', 'but', 'with', 'to', 'of', 'for', 'a', 'an', 'the', 'is', 'was', 'in', 'on', 'at']);

/** "in trauma 3", "on the cardiac unit", "to our ICU", "from the 4th floor psych unit". */
function settingAt(t: Tokens, i: number, limit: number): Cue | undefined {
  const low = t.low;
  let j = i + 1;
  let det = false;
  if (j < limit && SETTING_DETS.has(low[j]!)) {
    det = true;
    j++;
  }
  if (j >= limit) return undefined;
  const n = SETTINGS.at(low, j, limit);
  if (n) return { first: i, last: j + n, outcomeOnly: false };
  const head = low[j]!;
  if (SETTING_HEADS.has(head)) {
    // "or", "ed", "er" are words too: only "the OR", "in ED", "to the er".
    if ((head === 'or' || head === 'ed' || head === 'er') && !det) {
      const raw = t.text.slice(t.start[j]!, t.end[j]!);
      if (raw !== raw.toUpperCase()) return undefined;
    }
    // "fell on the floor", "in the unit of measure": a bare floor is the ground.
    if (head === 'floor' && !(det && low[j - 1] !== 'the')) return undefined;
    return { first: i, last: j + 1, outcomeOnly: false };
  }
  // "the cardiac unit", "our 3rd floor cvicu", "the 4th floor psych unit".
  for (let k = j; k < Math.min(limit, j + 4); k++) {
    if (NOT_A_SETTING_MODIFIER.has(low[k]!)) return undefined;
    if (k > j && SETTING_TAKES_MODIFIERS.has(low[k]!) && (det || k > j)) return { first: i, last: k + 1, outcomeOnly: false };
  }
  return undefined;
}

interface Model {
  tokens: Tokens;
  references: Found[];
  cues: Cue[];
  /** Sentences with a care setting, an arrival, an act of care or a framing. */
  careSentences: Set<number>;
  /** The model's specifics, read only when a story needs them (most drafts have no encounter). */
  hits?: ModelHit[];
  /** Last token of each reference to the poster's own family ("my sister"). */
  ownEnds: Set<number>;
  /** Where each such reference starts, in order. */
  ownStarts: number[];
}

const modelCache = new WeakMap<Doc, Model>();

/** Every word that can start a cue: an encounter, an outcome, a framing or a care setting (cueAt). */
const CUE_STARTERS: ReadonlySet<string> = new Set([
  ...[ENCOUNTER_PHRASES, OUTCOME_PHRASES].flatMap((list) => list.map((p) => p.split(' ')[0]!)),
  ...FRAMING_LEADS, ...SETTING_PREPOSITIONS, 'case', 'seen',
]);

/** A digit or a number word ("31yo", "eighty-six"): an age may start here. */
function mayStartAge(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const dash = w.indexOf('-');
  return NUMBER_WORDS.has(dash < 0 ? w : w.slice(0, dash));
}

/**
 * Every word with which one of the model's details can start (specificsOf): "in his 40s", "she's
 * 19", "after 94 days", a description, a place preposition, an event, custody, "who", a group.
 * Numbers are judged apart (isNumber, wordNumber).
 */
const DETAIL_STARTERS: ReadonlySet<string> = new Set([
  'in', 'she', 'he', ...SHE_HE, ...DURATION_LEADS, ...PLACE_PREPOSITIONS, 'who', ...GROUP_NOUNS,
  ...[DESCRIPTION, MORE_EVENTS, CUSTODY].flatMap((list) => list.map((p) => p.split(' ')[0]!)),
]);

/** A cue may start here (CUE_STARTERS). */
const STARTS_CUE = 1;
/** A reference may start here: a determiner, a possessive, a bare reference or an age (referenceAt). */
const STARTS_REFERENCE = 32;
const STARTS_DETAIL = 2;
const HYPOTHETICAL_WORD = 4;
/** A digit or a number word: an age may start here (mayStartAge). */
const STARTS_AGE = 8;
/** A modifier, a person noun, a role or a group: a reference may start here without a determiner. */
const STARTS_BARE_REFERENCE = 16;

/**
 * What words may start, kept across drafts: most words of the next draft were in the last ones.
 * Cleared when it grows past WORD_FLAGS_KEPT (a draft of identifiers is thousands of new words).
 */
const wordFlagsKept = new Map<string, number>();
const WORD_FLAGS_KEPT = 20_000;

/** What a (lower-cased) word may start, as flags: read once per distinct word of a draft. */
function wordFlags(w: string): number {
  let f = wordFlagsKept.get(w);
  if (f === undefined) {
    if (wordFlagsKept.size >= WORD_FLAGS_KEPT) wordFlagsKept.clear();
    wordFlagsKept.set(w, (f = readWordFlags(w)));
  }
  return f;
}

function readWordFlags(w: string): number {
  let f = mayStartAge(w) ? STARTS_AGE : 0;
  if (CUE_STARTERS.has(w)) f |= STARTS_CUE;
  // A number ("94", "three", "forty-two") starts with a digit or a number word, as an age does.
  if (DETAIL_STARTERS.has(w) || (f & STARTS_AGE && (isNumber(w) || !Number.isNaN(wordNumber(w))))) f |= STARTS_DETAIL;
  if (HYPOTHETICAL.has(w)) f |= HYPOTHETICAL_WORD;
  if (MODIFIERS.has(w) || PERSON_NOUNS.has(w) || ACTIVITY_PERSONS.has(w) || PUBLIC_ROLES.has(w) || COMMUNITY_ROLES.has(w) || OCCUPATIONS.has(w) || GROUP_NOUNS.has(w)) f |= STARTS_BARE_REFERENCE;
  if (f & (STARTS_AGE | STARTS_BARE_REFERENCE) || DETERMINERS.has(w) || POSSESSIVE_DETERMINERS.has(w) || PRONOUN_POSSESSIVES.has(w) || (w.endsWith("'s") && w.length > 3)) f |= STARTS_REFERENCE;
  return f;
}

/** The references, cues and model specifics of a draft, computed once. */
function modelOf(doc: Doc): Model {
  let model = modelCache.get(doc);
  if (model) return model;
  const t = tokensOf(doc);
  const references: Found[] = [];
  const cues: Cue[] = [];
  const careSentences = new Set<number>();
  for (let s = 0; s < t.sentences.length; s++) {
    const [first, limit] = t.sentences[s]!;
    let hypothetical = false;
    for (let i = first; i < limit; i++) {
      const f = t.flags[i]!;
      // "Every shift I think about the girl from the fire": a habit of the poster's, not anyone.
      if (f & HYPOTHETICAL_WORD && !(t.low[i] === 'every' && i + 1 < limit && HABIT_TIMES.has(t.low[i + 1]!))) hypothetical = true;
      // Most words start neither a cue nor a reference: their flags let them go.
      if (!(f & (STARTS_CUE | STARTS_REFERENCE))) continue;
      const cue = f & STARTS_CUE ? cueAt(doc, t, i, first, limit) : undefined;
      if (cue) {
        cues.push(cue);
        if (!cue.outcomeOnly) careSentences.add(s);
      }
      // A reference after "if" or "every" in its sentence is anyone, not someone.
      const ref = hypothetical || !(f & STARTS_REFERENCE) ? undefined : referenceAt(doc, t, i, first, limit);
      if (ref) {
        references.push(ref);
        // A reference's own words are not read again as another reference ("a 41 year old mom").
        i = ref.last - 1;
      }
    }
  }
  const own = references.filter((r) => r.own);
  const ownEnds = new Set(own.map((r) => r.last - 1));
  const ownStarts = own.map((r) => t.start[r.first]!);
  model = { tokens: t, references, cues, careSentences, ownEnds, ownStarts };
  modelCache.set(doc, model);
  return model;
}

const HABIT_TIMES = new Set(['shift', 'day', 'night', 'morning', 'time', 'week', 'year', 'christmas', 'single']);

/** A sentence of a question to readers: "how do you calm a toddler for an IV?" */
function isQuestionToReaders(doc: Doc, t: Tokens, s: number): boolean {
  const [first, limit] = t.sentences[s]!;
  if (limit <= first) return false;
  const after = doc.text.slice(t.end[limit - 1]!, t.end[limit - 1]! + 3);
  if (!after.includes('?')) return false;
  for (let i = first; i < limit; i++) if (t.low[i] === 'you' || t.low[i] === 'anyone' || t.low[i] === 'how') return true;
  return false;
}

/** News told by others: "police said", "a local hospital", "according to", without "we" or "I". */
function isNews(t: Tokens, s: number): boolean {
  const [first, limit] = t.sentences[s]!;
  let news = false;
  for (let i = first; i < limit; i++) {
    const w = t.low[i]!;
    if (w === 'we' || w === 'i' || w === 'our' || w === 'my' || w === 'us' || w === 'me') return false;
    if (NEWS.at(t.low, i, limit)) news = true;
  }
  return news;
}

/** A colleague's moment: "Congratulations to ... on 30 years in our ED", "shoutout to the EMS crew who brought in ...". */
function isColleagueMoment(t: Tokens, s: number): boolean {
  const [first, limit] = t.sentences[s]!;
  for (let i = first; i < limit; i++) if (COLLEAGUE.at(t.low, i, limit)) return true;
  return false;
}

/** A year long past in the sentence: history, not a shift ("in 1955", "1848"). */
function isHistory(t: Tokens, s: number): boolean {
  const [first, limit] = t.sentences[s]!;
  for (let i = first; i < limit; i++) if (PAST_YEAR.test(t.low[i]!)) return true;
  return false;
}

/**
 * One person in someone's care, per sentence: a reference and an encounter in that sentence or
 * the next, or a particular person ("the guy from the game") on their own. Names found by the
 * name recognizer and tied to a person count as references too.
 */
export function compositeEncounters(doc: Doc, found: readonly Candidate[]): CompositeEncounter[] {
  const model = modelOf(doc);
  const t = model.tokens;
  const out: CompositeEncounter[] = [];
  if (!model.references.length && !found.length) return out;
  // Cues by sentence, in text order.
  const cuesBySentence = new Map<number, Cue[]>();
  for (const c of model.cues) {
    const s = t.sentenceOf[c.first]!;
    const list = cuesBySentence.get(s);
    if (list) list.push(c);
    else cuesBySentence.set(s, [c]);
  }
  const bounds = sentencesOf(doc);
  const careNear = (s: number) => model.careSentences.has(s) || model.careSentences.has(s - 1) || model.careSentences.has(s + 1);
  /**
   * The cue of sentence s for reference r, outside r's own words [from, to): the verb right after
   * it ("had to tell a mom her son didn't make it"), else the sentence's first usable one. An
   * outcome alone ("didn't make it") tells of care next to another sign of it, or for a described
   * person who is not a public figure ("the young guy from the motorcycle crash"; not "the
   * legendary coach who led our high school", whose death is news). A sentence of thousands of
   * references and cues stays linear: the verb after is found by binary search, and the scan
   * stops at the first usable cue past the few inside the reference's own words.
   */
  const cueIn = (s: number, from: number, to: number, r: Found | undefined): Cue | undefined => {
    const list = cuesBySentence.get(s);
    if (!list) return undefined;
    const outcomesServe = careNear(s) || !!(r && r.described && !r.public);
    // No care near s: every cue of s is an outcome or a possession; outcomes do not serve, and
    // possessions only in a sentence where something happened. Their own list keeps it linear.
    const usable = outcomesServe ? list : eventIn(s) ? possessionsBySentence.get(s) : undefined;
    if (!usable) return undefined;
    const after = usable[firstAtOrAfter(startsOf(usable), to)];
    if (after && t.start[after.first]! - to <= 3 && ONLY_SPACE.test(doc.text.slice(to, t.start[after.first]!))) return after;
    for (const c of usable) {
      if (t.start[c.first]! < to && from < t.end[c.last - 1]!) continue;
      return c;
    }
    return undefined;
  };
  const possessionsBySentence = new Map<number, Cue[]>();
  for (const [s, list] of cuesBySentence) {
    const possessions = list.filter((c) => c.possession);
    if (possessions.length) possessionsBySentence.set(s, possessions);
  }
  const starts = new WeakMap<Cue[], number[]>();
  const startsOf = (list: Cue[]) => {
    let x = starts.get(list);
    if (!x) starts.set(list, (x = list.map((c) => t.start[c.first]!)));
    return x;
  };
  // Whether something happened in a sentence ("swallowed", "overdose", "hit by"): read once.
  let happened: Set<number> | undefined;
  const events = new Map<number, boolean>();
  const eventIn = (s: number) => {
    let x = events.get(s);
    if (x === undefined) {
      const [first, limit] = t.sentences[s]!;
      const from = t.start[first] ?? 0;
      const to = limit > first ? t.end[limit - 1]! : from;
      EVENT.lastIndex = 0;
      if (!happened) {
        happened = new Set<number>();
        for (const h of hitsOf(doc, model)) if (h.what === 'what happened') happened.add(sentenceIndex(bounds, h.start));
      }
      x = happened.has(s) || (to > from && EVENT.test(doc.text.slice(from, to)));
      events.set(s, x);
    }
    return x;
  };
  // Whether a sentence is a question to readers, news, history or a colleague's moment: read once.
  const exclusions = new Map<number, boolean>();
  const excluded = (s: number) => {
    let x = exclusions.get(s);
    if (x === undefined) exclusions.set(s, (x = isQuestionToReaders(doc, t, s) || isNews(t, s) || isHistory(t, s) || isColleagueMoment(t, s)));
    return x;
  };
  const hasPatientCue = doc.cues.some((c) => c.kind === 'patient');
  const push = (start: number, end: number, s: number, r: Found | undefined) => {
    if (excluded(s)) return;
    const cue = cueIn(s, start, end, r) ?? (s + 1 < t.sentences.length ? cueIn(s + 1, start, end, r) : undefined);
    // "her son didn't make it": a patient's relative who is the subject of the encounter ("her
    // baby at our hospital" is only where someone's baby was).
    const described = r ? r.described || (r.kind === 'kin' && !!cue && !cue.setting && t.start[cue.first]! >= end && t.start[cue.first]! - end <= 3 && ONLY_SPACE.test(doc.text.slice(end, t.start[cue.first]!))) : true;
    // "Her husband keeps calling; she is on our unit": the relative is not the patient, only
    // someone the encounter's words are about.
    if (r?.kind === 'kin' && !described) return;
    if (cue) {
      out.push({ start, end, text: doc.text.slice(start, end), cueStart: t.start[cue.first]!, cueEnd: t.end[cue.last - 1]!, described });
    } else if (r?.definite && (careNear(s) || hasPatientCue)) {
      // "the teenager from Friday's game", in a post about care: a particular person, an
      // encounter of its own. Elsewhere ("the old man who runs the hardware store gave me
      // coffee") a neighbour.
      out.push({ start, end, text: doc.text.slice(start, end), cueStart: end, cueEnd: end, described });
    }
  };
  for (const r of model.references) {
    if (r.own) continue;
    push(t.start[r.first]!, t.end[r.last - 1]!, t.sentenceOf[r.first]!, r);
  }
  // Names tied to a person: "Mr. Haskins' family called to say he passed".
  for (const f of found) {
    if (f.rule !== 'phi.name' || f.tie === 'family' || f.tie === 'none') continue;
    const s = sentenceIndex(bounds, f.start);
    if (s >= 0) push(f.start, f.end, s, undefined);
  }
  return out;
}

function sentenceIndex(bounds: readonly [number, number][], at: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]![0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return bounds.length ? lo : -1;
}

const PETS = new Set(['dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'pup', 'horse']);

/**
 * Who the words just before `at` are, when they are the poster: 'self' for "I" ("I was admitted
 * last week"), 'own' for the poster's own family or pet ("my sister delivered her second baby",
 * "my dog came in from the rain"). Their stories are the poster's to tell.
 */
export function ownSubjectBefore(doc: Doc, at: number): 'self' | 'own' | undefined {
  const model = modelOf(doc);
  const t = model.tokens;
  const k = firstAtOrAfter(t.start, at) - 1;
  if (k < 0 || at - t.end[k]! > 2) return undefined;
  const w = t.low[k]!;
  if (w === 'i') return 'self';
  if (model.ownEnds.has(k) || (PETS.has(w) && k > 0 && POSSESSIVE_DETERMINERS.has(t.low[k - 1]!))) return 'own';
  return undefined;
}

/** Whether a reference to the poster's own family starts in [from, to): "delivered our baby girl". */
export function ownReferenceIn(doc: Doc, from: number, to: number): boolean {
  const model = modelOf(doc);
  const i = firstAtOrAfter(model.ownStarts, from);
  return i < model.ownStarts.length && model.ownStarts[i]! < to;
}

/** The model's specifics, for the story recognizer to count with its own. */
export function modelSpecifics(doc: Doc): readonly ModelHit[] {
  return hitsOf(doc, modelOf(doc));
}

function hitsOf(doc: Doc, model: Model): ModelHit[] {
  return (model.hits ??= specificsOf(doc, model.tokens, model.references));
}

/** Whether the sentence around `at`, or one next to it, tells of care ("in our ICU", "came in", "we transported"). */
export function inCareFrame(doc: Doc, at: number): boolean {
  const model = modelOf(doc);
  const bounds = sentencesOf(doc);
  const s = sentenceIndex(bounds, at);
  return model.careSentences.has(s) || model.careSentences.has(s - 1) || model.careSentences.has(s + 1);
}

const HIS_HER = new Set(['his', 'her']);
const DECADES = /^(?:(?:early|mid|late)-)?(?:\d0s|[1-9]0's|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

function specificsOf(doc: Doc, t: Tokens, references: readonly Found[]): ModelHit[] {
  const hits: ModelHit[] = [];
  const low = t.low;
  const hit = (i: number, n: number, label: string, points: number) =>
    hits.push(specific(t.start[i]!, t.end[i + n - 1]!, label, doc.text, t.start[i]!, t.end[i + n - 1]!, points, undefined, true));
  for (const r of references) {
    if (r.own || r.roleAt === undefined) continue;
    hit(r.roleAt, 1, 'who they are', PUBLIC_ROLES.has(low[r.roleAt]!) ? 2 : 1);
  }
  for (let s = 0; s < t.sentences.length; s++) {
    const [first, limit] = t.sentences[s]!;
    // "16." or "93!": a sentence that is only an age, after one about a person.
    if (limit - first === 1 && isNumber(low[first]!) && Number(low[first]) >= 1 && Number(low[first]) <= 125 && s > 0) {
      const after = doc.text.slice(t.end[first]!, t.end[first]! + 2);
      if (!NUMBER_GOES_ON.test(after) && !PERCENT_AFTER.test(after)) hit(first, 1, 'age', 1);
    }
    for (let i = first; i < limit; i++) {
      // Most words start no detail: their flags let them go.
      if (!(t.flags[i]! & STARTS_DETAIL)) continue;
      const w = low[i]!;
      let n: number;
      // "in his 40s", "in her late eighties".
      if (w === 'in' && i + 2 < limit && HIS_HER.has(low[i + 1]!)) {
        const k = EARLY_MID_LATE.test(low[i + 2]!) ? i + 3 : i + 2;
        if (k < limit && DECADES.test(low[k]!)) {
          hit(i, k - i + 1, 'age', 1);
          i = k;
          continue;
        }
      }
      // "she's 19", "he is 16", "she was 23".
      if ((SHE_HE.has(w) || ((w === 'she' || w === 'he') && (low[i + 1] === 'is' || low[i + 1] === 'was'))) && i + 1 < limit) {
        const k = SHE_HE.has(w) ? i + 1 : i + 2;
        if (k < limit && isNumber(low[k]!) && Number(low[k]) <= 125 && !UNIT_AFTER_NUMBER.test(doc.text.slice(t.end[k]!, t.end[k]! + 9))) {
          hit(i, k - i + 1, 'age', 1);
          i = k;
          continue;
        }
      }
      // "after 94 days", "for three weeks", "after nearly 4 years": an exact length of stay. A
      // vague one ("for weeks", "after a few days") singles nobody out. Named in the explanation
      // but worth no points of its own: lengths of time fill ordinary posts ("sick for 3 days",
      // "home for 2 weeks") and no Safe Harbor identifier is one.
      if (DURATION_LEADS.has(w) && i + 1 < limit) {
        let k = i + 1;
        if (APPROXIMATELY.test(low[k]!)) k++;
        if (k < limit && (isNumber(low[k]!) || !Number.isNaN(wordNumber(low[k]!)))) {
          k++;
          const unit = k < limit && (DURATION_UNITS.has(low[k]!) || (w === 'after' && YEAR_UNITS.has(low[k]!)));
          if (unit) {
            hit(i, k - i + 1, 'how long', 0);
            i = k;
            continue;
          }
        }
      }
      // "11 weeks in the NICU", "94 days on our unit": a stay in a care setting ("3 days at the
      // beach" is a holiday).
      if ((isNumber(w) || !Number.isNaN(wordNumber(w))) && i + 3 < limit && DURATION_UNITS.has(low[i + 1]!) && IN_ON_AT.test(low[i + 2]!) && settingAt(t, i + 2, limit)) {
        hit(i, 2, 'how long', 0);
        i += 1;
        continue;
      }
      if ((n = DESCRIPTIONS.at(low, i, limit))) {
        // A weight needs its number: "a 10 lb baby", not "pounds of paperwork".
        if (!WEIGHT_UNIT.test(w) || (i > first && DIGIT_START.test(low[i - 1]!))) hit(i, n, 'description', 1);
        i += n - 1;
        continue;
      }
      if (PLACE_PREPOSITIONS.has(w)) {
        let k = i + 1;
        if (k < limit && DETERMINER.test(low[k]!)) k++;
        // "in the back of a taxi", "at the front of the church".
        if (k + 1 < limit && (low[k] === 'back' || low[k] === 'front' || low[k] === 'middle') && low[k + 1] === 'of') {
          k += 2;
          if (k < limit && DETERMINER.test(low[k]!)) k++;
        }
        for (let mods = 0; mods < 2 && k < limit && PLACE_MODIFIER.test(low[k]!); mods++) k++;
        if (k < limit && (n = PLACES.at(low, k, limit))) {
          hit(k, n, 'place', 1);
          i = k + n - 1;
          continue;
        }
      }
      if ((n = EVENTS.at(low, i, limit))) {
        hit(i, n, 'what happened', 1);
        i += n - 1;
        continue;
      }
      // In custody: the news, the jail and the unit can all place the patient ("the guy in 23
      // with the prison guard"), so it weighs as a public role does.
      if ((n = CUSTODIES.at(low, i, limit))) {
        hit(i, n, 'who they are', 2);
        i += n - 1;
        continue;
      }
      // "the guy who owns the pizza place".
      if (w === 'who' && i + 1 < limit && (n = ROLE_VERB_TABLE.at(low, i + 1, limit))) {
        const end = Math.min(limit, i + 1 + n + 3);
        hit(i + 1, end - (i + 1), 'who they are', 1);
        i = end - 1;
        continue;
      }
      if (GROUP_NOUNS.has(w) && w !== 'couple' && w !== 'siblings') hit(i, 1, 'how many', 1);
    }
  }
  return hits;
}
