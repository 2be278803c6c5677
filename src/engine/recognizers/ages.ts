import { tieOf, type Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import type { Tie } from '../types';
import { matchesIn } from '../words';
import { SpanSet } from '../spans';

/**
 * Ages of 90 or more (HIPAA groups them as "90 or older" because so few people are that old).
 * Clinical shorthand ("97M", "97 yo F", "97 y/o") only appears when describing a patient, so it is
 * an identifier on its own; plain phrasings ("turned 97") need a person who is not the poster's
 * own family ("my grandma turned 97!" is a family post).
 */
const N = String.raw`(9\d|1[01]\d|12[0-5])`;
const WORD_AGE = String.raw`(ninety(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[\s-]hundred(?:[\s-]and[\s-](?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;
/** What follows a number that is not an age: "is 95 percent", "was a hundred miles". */
const NOT_AGE_AFTER = String.raw`(?![+%])(?!\s*(?:%|percent|lbs?|pounds|kg|kilos|minutes|mins|min|seconds|mg|mcg|ml|units?|beds?|points?|days?|weeks?|hours?|pills?|tabs?|times|degrees|miles|feet|ft|yards|dollars|bucks|over|out\s+of|of\s+(?:us|them|you|the|those|these))\b)`;
/** A vital sign or a reading right before a number: "temp almost 100", "glucose is 95". */
// Module constants, not literals in the per-match loops: a literal is a new RegExp object each
// time it is evaluated.
const SUBJECT_START = /^(pt|patient|mrs?|ms|miss|mx)\b/i;
const PERSON_AFTER_AGE = /^\s+(?:man|woman|male|female|gentleman|lady|patient|pt|vet|veteran)\b/i;
const DETERMINER_BEFORE = /\b(?:a|an|the|that|this|our|my)\s+$/i;
const DEMONSTRATIVE_BEFORE = /\b(?:that|this|our|my)\s+$/i;

const VITAL_BEFORE = /\b(?:temp|temperature|fever|t(?:max)?|bp|hr|heart\s+rate|pulse|sats?|spo2|o2|rr|resp|glucose|sugar|bgl?|cbg|score|gcs|weight|weighs|map|etco2|pain|count|census|hgb|plt|wbc|k|na|bun|cr|inr|ptt)\b(?: (?:is|was|of|at|now|still|almost|nearly|pushing|up to|down to|hit|reached|over|around|about)){0,3}:? ?$/i;

/**
 * People an age may describe who are not patients: "our ninety-year-old volunteer", "a 92 year
 * old neighbour". An age right before one of them is someone the poster knows, not a patient.
 */
const NOT_PATIENT_AFTER = /^[\s-]+(?:volunteers?|nurses?|colleagues?|co-?workers?|doctors?|physicians?|neighbou?rs?|friends?|grand(?:ma|pa|mother|father|parents?)|great[\s-]grand\w*|mom|mum|mother|dad|father|aunt|uncle|landlady|landlord|author|actor|actress|athlete|runner|marathoner|swimmer|mayor|senator|president|queen|king)\b/i;

/**
 * A pattern's regex, its kind and, for patterns that start with a common word, what must come
 * right before the match (`before`, tested on the few characters there): the regex then starts
 * at a rarer character ("(", a digit) instead of at every capitalised word or sentence start.
 */
const PATTERNS: { name: string; regex: RegExp; clinical: boolean; imageOnly?: boolean; before?: RegExp }[] = [
  // Overlays print the DICOM age ("092Y", "92 YRS") or "AGE 92": on a medical image that is the
  // patient's age, whatever words are around it. First, so "AGE 92" is not left to the
  // person-tied 'turned' pattern.
  { name: 'overlay age', regex: new RegExp(String.raw`(?<![\d.,$])0?${N}\s?(?:Y|YR|YRS)(?![A-Za-z\d])|\bAGE:?\s*0?${N}(?![\d.,])`, 'gi'), clinical: true, imageOnly: true },
  { name: 'shorthand', regex: new RegExp(String.raw`(?<![\d.,$])${N}\s?(?:yo|y/o|y\.o\.?|yoa|yrs?\s?old|y(?![a-z]))\s?(?:[MF]\b|(?:male|female|man|woman|gentleman|lady)\b)?`, 'gi'), clinical: true },
  // "97M" / "97F" without a space; not "95F outside" (weather) or "95M views".
  { name: 'sex suffix', regex: new RegExp(String.raw`(?<![\d.,$#°])${N}(?:M|F)(?![A-Za-z\u00C0-\u024F\d°])(?!\s*(?:views|followers|users|people|downloads|dollars|budget|outside|today|degrees|weather|heat|and sunny)\b)`, 'g'), clinical: true },
  { name: 'year-old', regex: new RegExp(String.raw`(?<![\d.,$])${N}(?:[\s-]?(?:year|yr)s?[\s-]?(?:old|young))`, 'gi'), clinical: false },
  // "a 90-something retired nun", "the 90+ year old in 12", "ninety-odd": the band, loosely.
  { name: 'ninety-something', regex: /\b(?:(?:9\d|ninety)(?:-?something|-odd)(?:[\s-]?(?:year|yr)s?[\s-]?(?:old|young))?|9\d(?:\+|\s?plus)[\s-]?(?:year|yr)s?[\s-]?(?:old|young))(?!\s*(?:%|percent|patients|people|beds|calls|admissions|visits|miles|minutes|hours|degrees)\b)/gi, clinical: false },
  { name: 'centenarian', regex: /\b(?:nonagenarian|centenarian|supercentenarian)\b/gi, clinical: false },
  // "my patient (92) told me", "Doris (93)": an age in brackets after a person.
  { name: 'person (age)', regex: new RegExp(String.raw`\((?<age>${N})!{0,3}\)`, 'g'), clinical: false, before: /(?:\b(?:pt|patient|man|woman|lady|gentleman|gent|guy|fella|vet|veteran|resident|farmer)|\b[A-Z][a-z]{2,20}) ?$/ },
  { name: 'person (age!)', regex: new RegExp(String.raw`\((?<age>${N})!{1,3}\)`, 'g'), clinical: false },
  // "one uncle from Kothrud, 91 years, came": years without "old", set off as an aside.
  { name: 'N years,', regex: new RegExp(String.raw`(?<![\d.,$])(?<!\b(?:for|in|over|past|last|than|about|nearly|almost|after|of|served|spent|worked|married)\s)${N}\s(?:years|yrs)(?=\s?[,)]|\s(?:and|now|today|young)\b)`, 'g'), clinical: false },
  // "celebrated her 99th on our floor": the ordinal of a birthday, the word left out.
  { name: 'ordinal', regex: new RegExp(String.raw`\b(?:his|her)\s+(?<age>${N}(?:st|nd|rd|th))(?=\s*(?:[.,!;:)]|$)|\s+(?:today|on|in|with|and|yesterday|this|last|party|bday|b-day)\b)`, 'gi'), clinical: false },
  { name: 'turned', regex: new RegExp(String.raw`\b(?:turned|turning|turns|aged?|age of|age:)\s+${N}(?![\d,.]\d)(?!\s*(?:%|percent|min|mins|minutes|mg|mcg|ml|units?|beds?)\b)`, 'gi'), clinical: false },
  { name: 'birthday', regex: new RegExp(String.raw`(?<![\d.,$])${N}(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)`, 'gi'), clinical: false },
  // "99 and still sharp as a tack", "Ninety-four and still driving": an age opening a sentence.
  { name: 'age and still', before: /(?:^|[.!?]\s|\n)\s?$/, regex: new RegExp(String.raw`\b(?<age>${N}|${WORD_AGE})(?:\s+(?:years?|yrs?)(?:\s+(?:old|young))?)?\s+and\s+(?:still|sharper|sharp|feisty|flirting|refusing|beat|beats|beating|living|telling|walking|driving|dancing|sassy|full)\b`, 'gi'), clinical: false },
  // "she's pushing 100", "nearly ninety-five and still mowing": an age approached.
  { name: 'nearly', regex: new RegExp(String.raw`\b(?:nearly|almost|pushing|going\s+on|well\s+past)\s+(?<age>${N}|${WORD_AGE})(?=\s*(?:[.,!;:)]|$)|\s+(?:and|but|years|yrs|now|today|with|who|still)\b)`, 'gi'), clinical: false },
  // "At 96, she still drives", "a man of ninety", "97 years of age".
  { name: 'at age,', before: /(?:^|[.!?]\s|\b(?:and|but|even|still|yet)\s)\s?$/, regex: new RegExp(String.raw`\b[Aa]t\s+(?<age>${N}|${WORD_AGE}),`, 'g'), clinical: false },
  { name: 'of age', before: /\b(?:man|woman|lady|gentleman|gent|fella|soul)\s$/i, regex: new RegExp(String.raw`\bof\s+(?<age>${N}|${WORD_AGE})\b${NOT_AGE_AFTER}`, 'gi'), clinical: false },
  { name: 'years of age', regex: new RegExp(String.raw`(?<![\d.,$])${N}\s+years\s+of\s+age\b`, 'gi'), clinical: false },
  { name: 'words', regex: new RegExp(String.raw`\b${WORD_AGE}(?:[\s-](?:years?|yrs?)[\s-](?:old|young)|[\s-]year[\s-]old|\s+(?:yo|y/o))\b|\b(?:turned|turning|aged)\s+${WORD_AGE}\b`, 'gi'), clinical: false },
  // "pt is 94", "Our patient is ninety-seven", "Mrs. Barnes, 92, ...".
  // "my patient today is ninety-four", "she'll be a hundred and one next week": one word (when,
  // where) may sit between the person and the verb.
  { name: 'is age', regex: new RegExp(String.raw`(?:\b(?:pt|patient|he|she|who)|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z\u00DF-\u024F'-]+)(?:\s+(?:today|here|now|tonight|still|apparently|actually)|\s+in\s+(?:(?:room|rm|bed|bay)\s?)?\d{1,4}[A-Za-z]?)?(?:'s|’s|\s+is|\s+was|\s+just\s+turned|'ll\s+be|’ll\s+be|\s+will\s+be|\s+turns|\s+is\s+turning|\s+(?:just\s+)?(?:hit|reached|made\s+it\s+to))\s+(?<age>${N}|${WORD_AGE})\b${NOT_AGE_AFTER}`, 'gi'), clinical: false },
  // "the gentleman in bed 9 is ninety-nine": an age in words after a verb of being, owned by
  // whoever the words around it name (vitals and scores are written in digits).
  { name: 'is words', regex: new RegExp(String.raw`\b(?:is|was|(?:he|she)['’]s|turns)\s+(?<age>${WORD_AGE})(?=\s*(?:[.,!;:)]|$)|\s+(?:and|but|years|yrs|today|tomorrow|this|next|last|now|on|with)\b)`, 'gi'), clinical: false },
  // "in his nineties", "in her 90s": the age band HIPAA singles out, of one person.
  { name: 'nineties', regex: /\b(?:in|into)\s+(?:his|her)\s+(?:(?:early|mid|late)[\s-])?(?:nineties|90s|90's|hundreds)\b/gi, clinical: false },
  // "retired firefighter, 96, ...": a lower-case description, then the age set off by commas.
  { name: 'person, age,', regex: new RegExp(String.raw`,(?<=\b[a-z]{3,20},)\s(?<age>${N})(?=,\s(?!\d))`, 'g'), clinical: false },
  // "Ninety-one today and she asked for a dance": an age in words, then the day it is reached.
  { name: 'words today', regex: new RegExp(String.raw`\b${WORD_AGE}(?=\s+(?:today|tomorrow|yesterday|this\s+(?:week|weekend|morning)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)`, 'gi'), clinical: false },
  // The comma comes before the lookbehind so the engine can skip to commas instead of testing
  // the lookbehind at every position of a long draft.
  { name: 'name, age,', regex: new RegExp(String.raw`,(?<=\b[A-Z][a-z]+,)\s*(?<age>${N})(?=\s*[,)]|\s+(?:today|tomorrow|this\s+week|next\s+week|on\s+[A-Z][a-z]+day)\b)`, 'g'), clinical: false },
];

/** One literal per candidate, not a base object copied into another: a flood of ages ("97yo " x 12,000) makes thousands. */
function candidate(start: number, end: number, pattern: string, score: number, context: string[], tie: Tie): Candidate {
  return { rule: 'phi.age', start, end, score, recognizer: 'age-90-plus', pattern, context, tie };
}

export const ages: CustomRecognizer = {
  kind: 'custom',
  id: 'age-90-plus',
  rule: 'phi.age',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    const claimed = new SpanSet();
    for (const p of PATTERNS) {
      if (p.imageOnly && !doc.options.medicalImage) continue;
      for (const m of matchesIn(p.regex, doc.text)) {
        if (p.before && !p.before.test(doc.text.slice(Math.max(0, m.index - 24), m.index))) continue;
        // Patterns with an `age` group report just the age, so Redact keeps "pt is [age 90+]".
        const start = m.groups?.age ? m.index + m[0].lastIndexOf(m.groups.age) : m.index;
        const end = m.groups?.age ? start + m.groups.age.length : start + m[0].trimEnd().length;
        // "our ninety-year-old volunteer", "a 94 year old neighbour": someone the poster knows.
        if (!p.clinical && NOT_PATIENT_AFTER.test(doc.text.slice(end, end + 24))) continue;
        // "temp almost 100 and climbing", "sats were 92, HR 95,": a reading, not an age.
        if (!p.clinical && VITAL_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start))) continue;
        if (!claimed.claim(start, end)) continue;
        if (p.clinical) {
          out.push(candidate(start, end, p.name, 0.9, [], 'inherent'));
          continue;
        }
        const subject = p.name === 'is age' ? SUBJECT_START.exec(m[0]) : null;
        const { tie, cues } = subject ? { tie: 'patient' as const, cues: [subject[1]!.toLowerCase()] } : tieOf(doc, start, end);
        // "a 97-year-old woman" names its own person; "turned 97" needs one nearby.
        // "That 101 year old in trauma 1": with a determiner, the age itself is the person.
        const selfTied =
          p.name === 'year-old' &&
          tie === 'none' &&
          (PERSON_AFTER_AGE.test(doc.text.slice(end, end + 12)) ||
            DETERMINER_BEFORE.test(doc.text.slice(Math.max(0, start - 6), start))) ||
          // "our centenarian in bed 3": the word is the person; "Japan's oldest centenarian" is news.
          (p.name === 'centenarian' && tie === 'none' && DEMONSTRATIVE_BEFORE.test(doc.text.slice(Math.max(0, start - 6), start)));
        out.push(selfTied ? candidate(start, end, p.name, 0.8, [], 'person') : candidate(start, end, p.name, 0.8, cues, tie));
      }
    }
    return out;
  },
};
