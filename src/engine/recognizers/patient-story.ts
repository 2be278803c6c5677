import { firstAtOrAfter, sentencesOf, windowAround, type Doc } from '../doc';
import type { Candidate } from '../recognizer';
import { RULES } from '../rules';
import { sentenceAt } from '../sentences';
import { matchesIn } from '../words';
import { Coverage, firstClaims } from '../spans';
import { matchesInSlice, mayMatchInSlice } from '../anchors';
import { compositeEncounters, inCareFrame, modelSpecifics, ownReferenceIn, ownSubjectBefore } from './patient-model';
import { specific, type Specific } from '../story-specific';
import { ELSEWHERE_AFTER } from './rooms';
import { ADVICE, AGE, CLOCK, ENCOUNTER, EVENT, KNOWN_AS_PATIENT, LOCAL, NOTABLE, NOT_PLACES, ODDS, PLACE, RARE, RECORD_SHOWN, RELATION_CHAIN, REPEAT, TEACHING, TIME } from '../vocab/story';

/**
 * "Jigsaw" identification (HIPAA Safe Harbor (ii), NCSBN): no single identifier, but a specific
 * encounter plus enough specifics (when, where, what happened, who they are) lets the unit, the
 * family or the town recognise the patient. A story is reported when a reference to a specific
 * patient encounter comes with at least STORY_MEDIUM points of specifics; teaching cases ("a
 * middle-aged patient presents with...") and feel-good posts without specifics are not stories.
 */

/** Specifics named in a story's explanation, at most. */
const MAX_LABELS = 12;
/** Points of specifics for a warning, and for a high one. */
const STORY_MEDIUM = 2;
const STORY_HIGH = 3;
/** What a reference found together with its encounter is worth on its own (patient-model.ts). */
const COMPOSITE_POINTS = 1;
/** How far (in words) around the encounter sentence specifics still belong to the same story. */
const STORY_WINDOW_WORDS = 25;
/** Encounters whose subject is the one cared for: after "I", the poster's own ("I was admitted"). */
const SUBJECT_IS_CARED_FOR = /^(?:was|were|got|just got|been|came|come|rolled|wheeled|walked|flown|flew|arrived|showed up|is back|came back|admitted|readmitted|extubated|d\/c)\b/i;

/**
 * A show, a film or a broadcast ("is back on tv tonight", "the guy from that Netflix documentary"):
 * a person met on screen. Only a person phrase or a return is no encounter there, unless care is
 * told of around it; care words ("came in", "admitted", "pt") are one whatever screen the person
 * was on.
 */
const MEDIA = /\b(?:on\s+(?:tv|television|netflix|hulu|youtube|hbo|cable|the\s+news)|(?:tv|reality|cooking|talk|game)\s+shows?|(?:the|that|this|a|his|her|their)\s+show|episodes?|documentar(?:y|ies)|docuseries|the\s+(?:film|movie|series)|(?:that|this|a)\s+(?:film|movie|series)|shark\s+week|season\s+(?:\d{1,2}|finale|premiere))\b/i;
/** Encounters a screen explains: a person phrase ("the guy from"), "is back" (a show comes back; "came back" is a visit). */
const SCREEN_ENCOUNTER = /^(?:the|that|this|is\s+back|was\s+back)\b/i;

type Hit = Specific;

const SPACE = /\s/;

function collect(doc: Doc, regex: RegExp, label: string, points: number): Hit[] {
  return matchesIn(regex, doc.text).map((m) => {
    const end = m.index + m[0].length;
    // The quote is the match trimmed (what String.prototype.trim removes is what \s matches).
    let from = m.index;
    let to = end;
    while (from < to && SPACE.test(doc.text[from]!)) from++;
    while (to > from && SPACE.test(doc.text[to - 1]!)) to--;
    return specific(m.index, end, label, doc.text, from, to, points);
  });
}

function specificsOf(doc: Doc, found: readonly Candidate[]): Hit[] {
  const places = matchesIn(PLACE, doc.text)
    .filter((m) => !NOT_PLACES.has(m[1]!.split(/\s+/)[0]!))
    .map((m) => {
      const at = m.index + m[0].indexOf(m[1]!);
      return specific(at, m.index + m[0].length, 'place', doc.text, at, at + m[1]!.length, 1);
    });
  return [
    // A HIPAA identifier inside an encounter is worth two points: together they identify.
    ...found
      .filter((f) => f.rule.startsWith('phi.') && f.rule !== 'phi.patient_story')
      .map((f) => specific(f.start, f.end, kindOfRule(f.rule), doc.text, f.start, f.end, 2, kindOfRule(f.rule))),
    ...collect(doc, TIME, 'when', 1),
    ...collect(doc, CLOCK, 'when', 1),
    ...collect(doc, EVENT, 'what happened', 1),
    ...collect(doc, NOTABLE, 'who they are', 2),
    ...collect(doc, RARE, 'rare', 1),
    ...collect(doc, REPEAT, 'how often', 1),
    ...collect(doc, ODDS, 'how rare', 1),
    ...collect(doc, LOCAL, 'community', 1),
    ...collect(doc, AGE, 'age', 1),
    ...collect(doc, RELATION_CHAIN, 'who they are', 2),
    ...collect(doc, KNOWN_AS_PATIENT, 'who they are', 2),
    ...collect(doc, RECORD_SHOWN, 'record shown', 2),
    ...places,
    ...modelSpecifics(doc),
  ];
}

const ENCOUNTER_RULES = new Set(['phi.name', 'phi.room', 'phi.age', 'phi.date']);

/** A story's window: its specifics (deduplicated, by start), their points, how many narrate, and the kinds of identifier. */
interface Window {
  hits: Hit[];
  starts: number[];
  points: number;
  narrative: number;
  kinds: Map<string, number>;
  teaching: boolean;
  /** Specifics other than a time ("tonight"): a bare reference needs one of them. */
  timeless: number;
  /** Points of the patient model's details. */
  modelPoints: number;
}

/** The kind of identifier a rule finds, as a story's explanation names it ("room or bed"). */
const KIND_OF_RULE = new Map<string, string>(Object.entries(RULES).map(([rule, info]) => [rule, info.title.toLowerCase()]));
const kindOfRule = (rule: string) => KIND_OF_RULE.get(rule)!;
const AGE_KIND = kindOfRule('phi.age');
const NAME_KIND = kindOfRule('phi.name');

interface Encounter {
  start: number;
  end: number;
  /** The words that reference the patient, as quoted to the user ("Pt Maria Lopez", "the guy in bay 3"). */
  text: string;
  strong: boolean;
  /** The rule of the identifier this encounter is, when it comes from one ("Walter" in "Walter in 14"). */
  identifier?: string;
  /**
   * A reference and its encounter found apart by the patient model ("a man" ... "came in"): the
   * encounter's own words, which are not specifics either.
   */
  cue?: [number, number];
  /** A composite's reference says more than "a patient" (patient-model.ts). */
  described?: boolean;
  /** The reference says what happened ("the GSW from the park", "MVC from the pileup"). */
  tells?: boolean;
}

/** An encounter, every field set in one order: one object shape for the sort and the weighing. */
function encounter(start: number, end: number, text: string, strong: boolean, identifier?: string, cue?: [number, number], described?: boolean, tells?: boolean): Encounter {
  return { start, end, text, strong, identifier, cue, described, tells };
}

// Module constants, not literals in the per-match code: a literal is a new RegExp object each
// time it is evaluated, and a dense draft evaluates these thousands of times.
const WORD_START = /[A-Za-z0-9\u00C0-\u024F]/;
const ENDS_IN_DIGIT = /\d$/;
const ALNUM = /[A-Za-z0-9]/;
const ONLY_SEPARATORS = /^[\s,:]*$/;

/** Where the words of a match start: "(^|. )pt " matches from the previous sentence's full stop. */
function trimmed(doc: Doc, start: number, end: number): [number, number] {
  while (start < end && !WORD_START.test(doc.text[start]!)) start++;
  while (end > start && SPACE.test(doc.text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Stories weighed per analysis step: on a 63,000-character paste packed with identifiers the
 * weighing was one 20 ms step, more than a typing slice may hold the page (docs/architecture.md,
 * "Engine time").
 */
const ENCOUNTERS_PER_STEP = 128;

export const patientStory = {
  id: 'patient-story',
  rule: 'phi.patient_story' as const,
  find(doc: Doc, found: readonly Candidate[]): Candidate[] {
    const parts = storySteps(doc, found);
    for (;;) {
      const part = parts.next();
      if (part.done) return part.value;
    }
  },
  steps: storySteps,
};

/**
 * The stories in the draft, found in parts between which an analysis may give the page its turn:
 * each `yield` names the part about to run (finding the encounters comes first, unnamed).
 */
function* storySteps(doc: Doc, found: readonly Candidate[]): Generator<string, Candidate[]> {
  const names = found.filter((f) => f.rule === 'phi.name').sort((a, b) => a.start - b.start);
  const nameStarts = names.map((n) => n.start);
  const onScreen = screenSentences(doc);
  const encounters: Encounter[] = [
    ...ENCOUNTER.flatMap(({ regex, strong, tells }) =>
      matchesIn(regex, doc.text).flatMap((m) => {
        const [start, end] = trimmed(doc, m.index, m.index + m[0].length);
        // "the lady in 3B at the DMV": a seat or a flat somewhere else, not a bed.
        if (ENDS_IN_DIGIT.test(m[0]) && ELSEWHERE_AFTER.test(doc.text.slice(end + numberTail(doc.text, end), end + 48))) return [];
        // "The biter from Shark Week is back on tv tonight": someone on screen, not in care.
        if (SCREEN_ENCOUNTER.test(doc.text.slice(start, end)) && onScreen(start) && !inCareFrame(doc, start)) return [];
        // "my sister delivered her baby", "I was admitted last week": the poster's own story.
        const own = ownSubjectBefore(doc, start);
        if (own === 'own' || (own === 'self' && SUBJECT_IS_CARED_FOR.test(doc.text.slice(start, end))) || ownReferenceIn(doc, start, end)) return [];
        return [withName(doc, names, nameStarts, encounter(start, end, doc.text.slice(start, end), strong, undefined, undefined, undefined, tells))];
      }),
    ),
    // A patient's own name, bed, age or birth date already points at one specific patient; tied
    // only to a person ("she", "his"), it still may, with less weight.
    ...found
      .filter((f) => ENCOUNTER_RULES.has(f.rule) && (f.tie === 'patient' || f.tie === 'inherent' || f.tie === 'person'))
      // A bed or room stands for its patient whoever the words around it name ("bed 7 is a LEGEND").
      .map((f) => encounter(f.start, f.end, doc.text.slice(f.start, f.end), f.tie !== 'person' || f.rule === 'phi.room', f.rule)),
  ];
  yield 'patient model';
  // One person and an encounter, found apart (patient-model.ts): "a man ... came in".
  for (const c of compositeEncounters(doc, found)) {
    // "The guy from that Netflix documentary is back": a return on screen, as above.
    if (SCREEN_ENCOUNTER.test(doc.text.slice(c.cueStart, c.cueEnd)) && onScreen(c.cueStart) && !inCareFrame(doc, c.cueStart)) continue;
    encounters.push(encounter(c.start, c.end, c.text, true, undefined, [c.cueStart, c.cueEnd], c.described));
  }
  if (!encounters.length) return [];
  yield 'specifics';
  const bounds = sentencesOf(doc);
  const hasPatientCue = doc.cues.some((c) => c.kind === 'patient');
  const careFramed = (at: number) => hasPatientCue || inCareFrame(doc, at);
  const specifics = specificsOf(doc, found).sort((a, b) => a.start - b.start);
  const starts = specifics.map((h) => h.start);
  const deduped = dedupedIn(specifics, starts);
  const out: Candidate[] = [];
  /** The words of each story's encounter, for its message. */
  const references = new Map<Candidate, string>();
  // Starts of the sentences already reported. Sentences are disjoint, so only the one
  // sentenceAt returns can hold an encounter: no scan over every story found so far.
  const reported = new Set<number>();
  // Encounters often share a sentence ("my pt came in ... DOB ..."): its window once, its
  // specifics deduplicated once, with their points and kinds counted; each encounter then only
  // takes away the few specifics inside its own words (a flood of names in one sentence stays
  // linear).
  const windows = new Map<number, Window>();
  const windowOf = (sStart: number, sEnd: number): Window => {
    let w = windows.get(sStart);
    if (w) return w;
    const [from, to] = windowAround(doc, sStart, sEnd, STORY_WINDOW_WORDS);
    // One pass each to gather, and then to count, the window's specifics: a draft packed with
    // identifiers has hundreds of windows of dozens of specifics each.
    const hits = (sharedDedupe ? deduped.within(from, to) : undefined) ?? dedupe(specificsWithin(specifics, starts, from, to));
    const teaching = inSlice(doc, TEACHING, from, to) || inSlice(doc, ADVICE, sStart, sEnd);
    w = { hits, starts: new Array<number>(hits.length), points: 0, narrative: 0, kinds: new Map(), teaching, timeless: 0, modelPoints: 0 };
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      w.starts[i] = h.start;
      w.points += h.points;
      if (!h.identifier) w.narrative++;
      if (!h.time) w.timeless++;
      if (h.model) w.modelPoints += h.points;
      if (h.kind !== undefined) w.kinds.set(h.kind, (w.kinds.get(h.kind) ?? 0) + 1);
    }
    windows.set(sStart, w);
    return w;
  };
  yield 'stories';
  let weighed = 0;
  for (const e of encounters.sort((a, b) => a.start - b.start || Number(b.strong) - Number(a.strong))) {
    if (++weighed % ENCOUNTERS_PER_STEP === 0) yield 'stories';
    const [sStart, sEnd] = sentenceAt(bounds, e.start);
    if (sStart <= e.start && e.start < sEnd && reported.has(sStart)) continue;
    const w = windowOf(sStart, sEnd);
    // The reference's own words are not its specifics, except an age ("lost an 86yo").
    const own: Hit[] = [];
    if (e.cue) {
      // A composite's reference keeps its details ("a 41 year old", "the pastor"); its encounter's
      // words ("came in", "coded") are the encounter, not a detail of it.
      if (w.teaching) continue;
      const [cStart, cEnd] = e.cue;
      for (let i = Math.max(0, firstAtOrAfter(w.starts, cStart) - 1); i < w.hits.length && w.hits[i]!.start < cEnd; i++) {
        const h = w.hits[i]!;
        // "my 3am admit", "tonight's trauma": the time in the encounter's words is still a detail.
        if (h.start < cEnd && cStart < h.end && !h.time) own.push(h);
      }
      for (let i = Math.max(0, firstAtOrAfter(w.starts, e.start) - 1); i < w.hits.length && w.hits[i]!.start < e.end; i++) {
        const h = w.hits[i]!;
        if (h.start < e.end && e.start < h.end && !own.includes(h) && !h.keptInReference && !h.identifier) own.push(h);
      }
      // "we lost a patient tonight": when alone is no detail of a bare reference.
      if (!e.described && w.timeless - own.filter((h) => !h.time).length <= 0) continue;
    } else {
      for (let i = Math.max(0, firstAtOrAfter(w.starts, e.start) - 1); i < w.hits.length && w.hits[i]!.start < e.end; i++) {
        const h = w.hits[i]!;
        if (h.start < e.end && e.start < h.end && (e.identifier || !h.age)) own.push(h);
      }
    }
    let points = w.points - own.reduce((sum, h) => sum + h.points, 0);
    // A reference with its encounter is a patient already: one detail makes the story.
    if ((e.cue && e.described) || e.tells) points += COMPOSITE_POINTS;
    if (w.teaching) points -= 2;
    if (!e.strong) points -= 1;
    // The model's everyday details ("at the airport", "in the parking garage") add to a story
    // only around care: a composite or an identifier is care already; a phrase ("the guy who",
    // "that lady") only in a post that tells of care.
    if (!e.strong || (!e.cue && !e.identifier && !careFramed(e.start))) {
      points -= w.modelPoints - own.reduce((sum, h) => sum + (h.model ? h.points : 0), 0);
    }
    // Identifiers alone ("our pt in bed 12, pump SN ...") are already reported one by one; they
    // make a story with something that narrates (when, where, what happened, who), or when
    // several kinds of them meet (an age of 97 and a bed: the jigsaw).
    const narrative = w.narrative - own.filter((h) => !h.identifier).length;
    // The kinds are counted only for an identifier with nothing that narrates: a set per
    // encounter otherwise, thousands on a pasted list.
    if (e.identifier && !narrative) {
      const kinds = kindsLeft(w.kinds, own);
      kinds.add(kindOfRule(e.identifier));
      const describesPerson = kinds.has(AGE_KIND) || kinds.has(NAME_KIND);
      if (kinds.size < (describesPerson ? 2 : 3)) continue;
    }
    // "the guy in 23 with the prison guard": a person in a bed is a patient already, as a
    // composite's reference with its encounter is; one detail that narrates makes the story.
    // A time alone ("tonight") is no such detail.
    if (e.identifier === 'phi.room' && narrative > 0 && personBeforeRoom(doc, e.start) && w.hits.some((h) => !h.identifier && !h.time && !own.includes(h))) points += COMPOSITE_POINTS;
    if (points < STORY_MEDIUM) continue;
    const near = own.length ? w.hits.filter((h) => !own.includes(h)) : w.hits;
    // What the explanation lists: enough to say why, not every hit of a flood.
    const labels = near.slice(0, MAX_LABELS).map((h) => h.label);
    reported.add(sStart);
    // Quote the reference and its specifics, in whole sentences: not just the sentence the
    // reference happens to start ("Rough night." before "Pt Maria Lopez in room 12 ...").
    // Deduplicated hits do not overlap, so the last to start is also the last to end.
    const first = near.length ? Math.min(e.start, near[0]!.start) : e.start;
    const last = near.length ? Math.max(e.end, near[near.length - 1]!.end) : e.end;
    const start = Math.min(sentenceAt(bounds, first)[0], first);
    const end = Math.max(sentenceAt(bounds, Math.max(first, last - 1))[1], last);
    out.push({
      rule: 'phi.patient_story',
      start,
      end,
      score: points >= STORY_HIGH ? 0.9 : 0.7,
      recognizer: 'patient-story',
      pattern: `encounter '${e.text}'`,
      context: labels,
      tie: 'patient',
      severity: points >= STORY_HIGH ? 'high' : 'medium',
      // Written for the stories kept (onePerParagraph), not for every one weighed.
      message: undefined,
    });
    references.set(out[out.length - 1]!, e.text);
  }
  const stories = onePerParagraph(doc, out);
  for (const story of stories) {
    story.message = `A specific patient encounter ('${references.get(story)!}') with details that together can identify the patient: ${story.context.slice(0, 4).join(', ')}.`;
  }
  return stories;
}

/**
 * Whether global `re` matches doc.text.slice(from, to): ruled out by the draft's word index, or
 * tried only at the slice's candidate words, before the slice is scanned character by character
 * (which costs several times more once V8 stops optimizing regexes: a busy page).
 */
function inSlice(doc: Doc, re: RegExp, from: number, to: number): boolean {
  if (!mayMatchInSlice(re, doc.text, from, to)) return false;
  const slice = doc.text.slice(from, to);
  const found = matchesInSlice(re, doc.text, from, to, slice);
  if (found) return found.length > 0;
  re.lastIndex = 0;
  return re.test(slice);
}

/** Whether the sentence at `at` tells of a show, a film or a broadcast: each sentence read once. */
function screenSentences(doc: Doc): (at: number) => boolean {
  const bounds = sentencesOf(doc);
  const read = new Map<number, boolean>();
  return (at) => {
    const [from, to] = sentenceAt(bounds, at);
    let x = read.get(from);
    if (x === undefined) read.set(from, (x = inSlice(doc, MEDIA, from, to)));
    return x;
  };
}

/** How many characters of a room number ("3B", "12") go on from `at`. */
function numberTail(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 5 && ALNUM.test(text[k]!)) k++;
  return k - at;
}

/** A person word right before a room's number: "the guy in 23", "that lady in bed 5", "is back in 9". */
const PERSON_BEFORE_ROOM = /\b(?:guy|lady|woman|man|gentleman|kid|boy|girl|baby|dude|teen|toddler|grandma|grandpa|pt|patient)\s+in\s+(?:(?:room|rm|bed|bay)\s*)?$|\b(?:is|was|['’]s)\s(?:back\s)?in\s$/i;
function personBeforeRoom(doc: Doc, at: number): boolean {
  return PERSON_BEFORE_ROOM.test(doc.text.slice(Math.max(0, at - 32), at));
}

/** The kinds of identifier in a window once those in an encounter's own words are taken away. */
function kindsLeft(inWindow: ReadonlyMap<string, number>, own: readonly Hit[]): Set<string> {
  let taken: Map<string, number> | undefined;
  for (const h of own) if (h.kind !== undefined) (taken ??= new Map()).set(h.kind, (taken.get(h.kind) ?? 0) + 1);
  const kinds = new Set<string>();
  for (const [k, n] of inWindow) if (n > (taken?.get(k) ?? 0)) kinds.add(k);
  return kinds;
}

/** "Pt Maria Lopez": a reference followed by the patient's name is quoted with it. */
function withName(doc: Doc, names: readonly Candidate[], starts: readonly number[], e: Encounter): Encounter {
  const i = firstAtOrAfter(starts, e.end);
  const name = names[i];
  if (!name || name.start - e.end > 2 || !ONLY_SEPARATORS.test(doc.text.slice(e.end, name.start))) return e;
  return encounter(e.start, name.end, doc.text.slice(e.start, name.end), e.strong, e.identifier, e.cue, e.described, e.tells);
}

/** Several stories in one paragraph are one story: keep the most specific, not a wall of warnings. */
function onePerParagraph(doc: Doc, stories: Candidate[]): Candidate[] {
  const best = new Map<number, Candidate>();
  for (const s of stories) {
    const paragraph = firstAtOrAfter(doc.breaks, s.start);
    const current = best.get(paragraph);
    if (!current || s.score > current.score || (s.score === current.score && s.context.length > current.context.length)) {
      best.set(paragraph, s);
    }
  }
  return [...best.values()];
}

let sharedDedupe = true;
/** Turns the draft-wide deduplication (dedupedIn) off and on: for the test that compares it with deduplicating each window on its own. */
export function useSharedDedupe(on: boolean): void {
  sharedDedupe = on;
}

/** The specifics that lie wholly inside [from, to), in order; `starts` are theirs. */
function specificsWithin(specifics: readonly Hit[], starts: readonly number[], from: number, to: number): Hit[] {
  const inside: Hit[] = [];
  for (let i = firstAtOrAfter(starts, from), n = firstAtOrAfter(starts, to); i < n; i++) if (specifics[i]!.end <= to) inside.push(specifics[i]!);
  return inside;
}

/**
 * The draft's specifics (sorted by start) deduplicated once, all together. Which of a window's
 * specifics dedupe keeps depends only on the specifics they overlap; when none crosses the
 * window's edges, those all lie inside it, and the window keeps exactly the ones kept here.
 * `within` gives them, or undefined for a window with a specific across an edge (dedupe that
 * window on its own): hundreds of windows then cost no sort each.
 */
function dedupedIn(specifics: readonly Hit[], starts: readonly number[]): { within(from: number, to: number): Hit[] | undefined } {
  // dedupe over all of them, by index: ranked as dedupe ranks (a stable sort, so ties keep
  // their order), each claimed if none of it is claimed yet.
  const order = rankedIndices(specifics);
  const kept = new Uint8Array(specifics.length);
  // reach[i]: the furthest end among specifics[0..i].
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const h of specifics) reach.push((furthest = Math.max(furthest, h.end)));
  if (specifics.length) {
    const coverage = new Coverage(starts[0]!, furthest);
    for (const i of order) kept[i] = coverage.claim(specifics[i]!.start, specifics[i]!.end) ? 1 : 0;
  }
  return {
    within(from, to) {
      const first = firstAtOrAfter(starts, from);
      if (first > 0 && reach[first - 1]! > from) return undefined;
      const inside: Hit[] = [];
      for (let i = first; i < specifics.length && starts[i]! < to; i++) {
        const h = specifics[i]!;
        if (h.end > to) return undefined;
        if (!kept[i]) continue;
        // Two kept at one start (empty spans): dedupe orders them by rank; leave it to dedupe.
        if (inside.length && inside[inside.length - 1]!.start === h.start) return undefined;
        inside.push(h);
      }
      return inside;
    },
  };
}

/**
 * Indices of `specifics` in byRank order, ties in index order: what a stable sort by byRank
 * gives, by bucket. Points are a few small whole numbers and lengths few distinct values, so a
 * flood of tens of thousands of specifics costs a pass and a sort of its few distinct ranks,
 * not n log n comparisons.
 */
function rankedIndices(specifics: readonly Hit[]): number[] {
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < specifics.length; i++) {
    const h = specifics[i]!;
    const length = h.end - h.start;
    // Both whole, points small and lengths short: one number orders them as byRank does.
    if (!Number.isInteger(h.points) || h.points < 0 || h.points >= 1024 || length < 0 || length >= 2 ** 31) {
      return Array.from(specifics.keys()).sort((x, y) => byRank(specifics[x]!, specifics[y]!) || x - y);
    }
    const key = h.points * 2 ** 31 + length;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  }
  const order: number[] = [];
  for (const key of [...buckets.keys()].sort((a, b) => b - a)) for (const i of buckets.get(key)!) order.push(i);
  return order;
}

/** Most points first, then the longest. */
const byRank = (a: Hit, b: Hit) => b.points - a.points || b.end - b.start - (a.end - a.start);

/** One point per distinct span: "Saturday's game" should not count "game" twice via overlaps. Reorders `hits`. */
function dedupe(hits: Hit[]): Hit[] {
  const ranked = hits.sort(byRank);
  return firstClaims(ranked).sort((a, b) => a.start - b.start);
}
