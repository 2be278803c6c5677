import { firstAtOrAfter, sentencesOf, windowAround, type Doc } from '../doc';
import type { Candidate } from '../recognizer';
import { RULES } from '../rules';
import { sentenceAt } from '../sentences';
import { matchesIn } from '../words';
import { firstClaims } from '../spans';
import { mayMatchInSlice } from '../anchors';
import { AGE, CLOCK, ENCOUNTER, EVENT, LOCAL, NOTABLE, NOT_PLACES, ODDS, PLACE, RARE, REPEAT, TEACHING, TIME } from '../vocab/story';

/**
 * "Jigsaw" identification (HIPAA Safe Harbor (ii), NCSBN): no single identifier, but a specific
 * encounter plus enough specifics (when, where, what happened, who they are) lets the unit, the
 * family or the town recognise the patient. A story is reported when a reference to a specific
 * patient encounter comes with at least STORY_MEDIUM points of specifics; teaching cases ("a
 * middle-aged patient presents with...") and feel-good posts without specifics are not stories.
 */

/** Points of specifics for a warning, and for a high one. */
const STORY_MEDIUM = 2;
const STORY_HIGH = 3;
/** How far (in words) around the encounter sentence specifics still belong to the same story. */
const STORY_WINDOW_WORDS = 25;
/**
 * Encounters weighed per sentence. Each weighs every specific in the sentence's window, so a
 * "sentence" that is a pasted flood ("97yo 97yo ...", 12,000 ages and no full stop) made the
 * story quadratic. The eval corpora weigh at most 4 in one sentence.
 */
const MAX_ENCOUNTERS_PER_SENTENCE = 8;

interface Hit {
  start: number;
  end: number;
  label: string;
  points: number;
  /** A HIPAA identifier found by another recognizer, as opposed to a narrative detail. */
  identifier?: boolean;
}

function collect(doc: Doc, regex: RegExp, label: string, points: number): Hit[] {
  return matchesIn(regex, doc.text).map((m) => ({ start: m.index, end: m.index + m[0].length, label: `${label} '${m[0].trim()}'`, points }));
}

function specificsOf(doc: Doc, found: readonly Candidate[]): Hit[] {
  const places = matchesIn(PLACE, doc.text)
    .filter((m) => !NOT_PLACES.has(m[1]!.split(/\s+/)[0]!))
    .map((m) => ({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length, label: `place '${m[1]}'`, points: 1 }));
  return [
    // A HIPAA identifier inside an encounter is worth two points: together they identify.
    ...found
      .filter((f) => f.rule.startsWith('phi.') && f.rule !== 'phi.patient_story')
      .map((f) => ({ start: f.start, end: f.end, label: `${RULES[f.rule].title.toLowerCase()} '${doc.text.slice(f.start, f.end)}'`, points: 2, identifier: true })),
    ...collect(doc, TIME, 'when', 1),
    ...collect(doc, CLOCK, 'when', 1),
    ...collect(doc, EVENT, 'what happened', 1),
    ...collect(doc, NOTABLE, 'who they are', 2),
    ...collect(doc, RARE, 'rare', 1),
    ...collect(doc, REPEAT, 'repeat visits', 1),
    ...collect(doc, ODDS, 'how rare', 1),
    ...collect(doc, LOCAL, 'community', 1),
    ...collect(doc, AGE, 'age', 1),
    ...places,
  ];
}

const ENCOUNTER_RULES = new Set(['phi.name', 'phi.room', 'phi.age', 'phi.date']);

export const patientStory = {
  id: 'patient-story',
  rule: 'phi.patient_story' as const,
  find(doc: Doc, found: readonly Candidate[]): Candidate[] {
    const encounters = [
      ...ENCOUNTER.flatMap(({ regex, strong }) =>
        matchesIn(regex, doc.text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0].trim(), strong })),
      ),
      // A patient's own name, bed, age or birth date already points at one specific patient.
      ...found
        .filter((f) => ENCOUNTER_RULES.has(f.rule) && (f.tie === 'patient' || f.tie === 'inherent'))
        .map((f) => ({ start: f.start, end: f.end, text: doc.text.slice(f.start, f.end), strong: true, identifier: true })),
    ];
    if (!encounters.length) return [];
    const bounds = sentencesOf(doc);
    const specifics = specificsOf(doc, found).sort((a, b) => a.start - b.start);
    const starts = specifics.map((h) => h.start);
    const out: Candidate[] = [];
    // Starts of the sentences already reported. Sentences are disjoint, so only the one
    // sentenceAt returns can hold an encounter: no scan over every story found so far.
    const reported = new Set<number>();
    const weighed = new Map<number, number>();
    // Encounters often share a sentence ("my pt came in ... DOB ..."): its window once.
    const windows = new Map<number, { inWindow: Hit[]; teaching: boolean }>();
    const windowOf = (sStart: number, sEnd: number) => {
      let w = windows.get(sStart);
      if (w) return w;
      const [from, to] = windowAround(doc, sStart, sEnd, STORY_WINDOW_WORDS);
      const inWindow = specifics.slice(firstAtOrAfter(starts, from), firstAtOrAfter(starts, to)).filter((h) => h.end <= to);
      TEACHING.lastIndex = 0;
      const teaching = mayMatchInSlice(TEACHING, doc.text, from, to) && TEACHING.test(doc.text.slice(from, to));
      windows.set(sStart, (w = { inWindow, teaching }));
      return w;
    };
    for (const e of encounters.sort((a, b) => a.start - b.start || Number(b.strong) - Number(a.strong))) {
      const [sStart, sEnd] = sentenceAt(bounds, e.start);
      if (sStart <= e.start && e.start < sEnd && reported.has(sStart)) continue;
      const tries = weighed.get(sStart) ?? 0;
      if (tries >= MAX_ENCOUNTERS_PER_SENTENCE) continue;
      weighed.set(sStart, tries + 1);
      const { inWindow, teaching } = windowOf(sStart, sEnd);
      const near = dedupe(inWindow.filter((h) => !(h.start >= e.start && h.end <= e.end)));
      let points = near.reduce((sum, h) => sum + h.points, 0);
      if (teaching) points -= 2;
      if (!e.strong) points -= 1;
      // Identifiers alone ("our pt in bed 12, pump SN ...") are already reported one by one; they
      // make a story only with something that narrates: when, where, what happened, who.
      if ('identifier' in e && !near.some((h) => !h.identifier)) continue;
      if (points < STORY_MEDIUM) continue;
      const labels = near.map((h) => h.label);
      reported.add(sStart);
      out.push({
        rule: 'phi.patient_story',
        start: sStart,
        end: sEnd,
        score: points >= STORY_HIGH ? 0.9 : 0.7,
        recognizer: 'patient-story',
        pattern: `encounter '${e.text}'`,
        context: labels,
        tie: 'patient',
        severity: points >= STORY_HIGH ? 'high' : 'medium',
        message: `A specific patient encounter ('${e.text}') with details that together can identify the patient: ${labels.slice(0, 4).join(', ')}.`,
      });
    }
    return onePerParagraph(doc, out);
  },
};

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

/** One point per distinct span: "Saturday's game" should not count "game" twice via overlaps. */
function dedupe(hits: Hit[]): Hit[] {
  const ranked = [...hits].sort((a, b) => b.points - a.points || b.end - b.start - (a.end - a.start));
  return firstClaims(ranked).sort((a, b) => a.start - b.start);
}
