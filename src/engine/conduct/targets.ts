import { windowAround, type Doc } from '../doc';
import { matchesBetween } from './candidates';
import { CARE, COLLEAGUE, COLLEAGUE_ROLES, EMPLOYER, NAMED_COLLEAGUE, PATIENT, anyOf } from '../vocab/conduct';

/**
 * Who an insult is aimed at. The same word is lateral violence next to "charge nurse", disparages
 * a patient next to "bed 3", attacks the employer next to "management", and is self-deprecation
 * next to "I'm" (conduct/frame.ts drops those first). Every reference within the window votes
 * with its weight over its distance in words, and the referent before the insult (its subject,
 * usually) counts a little more.
 */
export type Target = 'patient' | 'colleague' | 'employer';

const VOTERS: ReadonlyArray<{ target: Target; regex: RegExp; weight: number }> = [
  { target: 'colleague', regex: NAMED_COLLEAGUE, weight: 3 },
  { target: 'patient', regex: PATIENT, weight: 2 },
  { target: 'colleague', regex: COLLEAGUE, weight: 2 },
  { target: 'employer', regex: EMPLOYER, weight: 2 },
  { target: 'patient', regex: CARE, weight: 1 },
];

/** Work words that place a post in a clinical setting. */
const CLINICAL_WORK = anyOf([
  'shift', 'shifts', 'charting', 'chart', 'the unit', 'my unit', 'our unit', 'the floor', 'on the floor', 'hospital', 'clinic',
  'the er', 'the ed', 'icu', 'nicu', 'picu', 'pacu', 'nclex', 'nursing', 'call light', 'call lights', 'my assignment', 'report',
  'scrubs', 'meds', 'med pass', 'codes', 'admits', 'triage', 'clinicals', 'precepting', 'orientation', 'on call', 'rounds',
]);

const settings = new WeakMap<Doc, boolean>();
/**
 * The draft is about clinical work: patients, colleagues by role, care or the unit. Only then is a
 * tagged @handle a colleague; in an ordinary tweet it is just someone being replied to.
 */
export function inClinicalSetting(doc: Doc): boolean {
  let known = settings.get(doc);
  if (known === undefined) {
    known = [PATIENT, COLLEAGUE_ROLES, CARE, CLINICAL_WORK].some((re) => matchesBetween(re, doc.text).length > 0);
    settings.set(doc, known);
  }
  return known;
}

const NOT_A_PERSON_AFTER = /^\s+(?:safety|care|experience|satisfaction|portal|advocates?|advocacy|education|flow|outcomes|ratios?|load|throughput|scores?|surveys?)\b/i;

/** Aggression aimed at the reference that follows: "yelling at the", "spat on our", "swung at a". */
const AGGRESSION_BEFORE =
  /\b(?:yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|shout(?:s|ed|ing)?|curs(?:e|es|ed|ing)|swear(?:s|ing)?|swore|cuss(?:es|ed|ing)?|spit(?:s|ting)?|spat|swung|swing(?:s|ing)?|lunged|lunging|(?:threw|throwing|tossed|chucked)\s+(?:(?:his|her|their|a|an|the)\s+)?\w+|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|bit|hit|slapped|grabbed|attacked|threaten(?:s|ed|ing)?|harass(?:es|ed|ing)?|groped|called|insulted|mocked|berated)\s+(?:at\s+|on\s+|out\s+)?(?:the|our|my|a|one\s+of\s+(?:the|our|my))\s+(?:[\w-]+\s+)?$/i;

const OWNED = /(?:\b(?:his|her|their|your|us|me|unfinished|sent|gave|giving|\d+)\s+(?:an?\s+|the\s+|\d+\s+)?(?:[\w-]+\s+)?|'s\s+)$/i;

/** Words either side of an insult in which its target is looked for. */
export const TARGET_WINDOW_WORDS = 20;
const SPACE = /\s/;

/** Runs of whitespace that start and end within [from, to): the gaps between words. */
function wordsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; ) {
    if (!SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && SPACE.test(text[j]!)) j++;
    if (j > to) break;
    n++;
    i = j;
  }
  return n;
}

export interface Aim {
  target: Target;
  /** The reference that decided it, for the explanation. */
  word: string;
}

/** The most likely target of the insult at [start, end), or undefined when none is in reach. */
export function aimOf(doc: Doc, start: number, end: number, window = TARGET_WINDOW_WORDS): Aim | undefined {
  const [from, to] = windowAround(doc, start, end, window);
  let best: Aim | undefined;
  let bestScore = 0;
  for (const v of VOTERS) {
    for (const m of matchesBetween(v.regex, doc.text, from, to)) {
      const s = m.index;
      const e = s + m[0].length;
      if (s < end && e > start) continue;
      if (v.target === 'colleague' && m[0].startsWith('@') && !inClinicalSetting(doc)) continue;
      // "this asshole kept yelling at the triage nurse": staff on the receiving end are the victim,
      // so whoever is insulted is the patient or visitor doing it.
      const victim = v.target === 'colleague' && s >= end && AGGRESSION_BEFORE.test(doc.text.slice(Math.max(0, s - 48), s));
      // "patient safety", "patient care": about the work, not a person.
      if (v.target === 'patient' && NOT_A_PERSON_AFTER.test(doc.text.slice(e, e + 16))) continue;
      const before = e <= start;
      const distance = before ? wordsBetween(doc.text, e, start) : wordsBetween(doc.text, end, s);
      // "his pts", "sent us a pt", "6 unfinished admits": someone else's patients, or work items,
      // are rarely who an insult is about.
      const weight = victim ? 1 : v.target === 'patient' && OWNED.test(doc.text.slice(Math.max(0, s - 24), s)) ? 0.5 : v.weight;
      const score = (weight * (before ? 1.25 : 1)) / (1 + distance);
      if (score > bestScore) {
        bestScore = score;
        best = { target: victim ? 'patient' : v.target, word: m[0].toLowerCase() };
      }
    }
  }
  return best;
}
