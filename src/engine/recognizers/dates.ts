import { contextHits, tieOf, type Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import type { Severity, Tie } from '../types';
import { matchesIn, phraseRegex } from '../words';
import { SpanSet } from '../spans';
import { isPlausibleDate, monthNumber } from '../validators/date';

/**
 * Dates. HIPAA treats every element of a date (except the year) tied to a person as an identifier,
 * but posts are full of public dates ("closed on Thanksgiving", "conference March 3"), so the
 * words around the date decide: DOB/born make it the person's own; admission, discharge, death
 * and surgery words or a patient reference tie it to a patient; anything else is not a finding.
 */

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(?:[0-3]?\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d|'\d\d)`;

/** Days written as ordinal words: "the second of January", "March twenty-first". */
// Module constants, not literals in the per-match loops: a literal is a new RegExp object each
// time it is evaluated.
const MAY_OR_MARCH = /\b(?:may|march)\b/;
const HAS_YEAR = /\d{4}|'\d\d/;
const SPACE = /\s/;
const DAY_NUMBER = /(\d{1,2})(?:st|nd|rd|th)?(?!\d)/;
const YEAR_IN_TEXT = /\b(?:1[89]|20)\d\d\b|'\d\d/;

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_DAYS: Record<string, number> = {
  ...Object.fromEntries(UNITS.map((u, i) => [u, i + 1])),
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  ...Object.fromEntries(UNITS.map((u, i) => [`twenty-${u}`, 21 + i])),
  'thirty-first': 31,
};
const DAY_WORD = String.raw`(?:twenty[- ](?:${UNITS.join('|')})|thirty[- ]first|${Object.keys(ORDINAL_DAYS).filter((k) => !k.includes('-')).sort((a, b) => b.length - a.length).join('|')})`;

const PATTERNS: { name: string; regex: RegExp; score: number; needsYear?: boolean; imageOnly?: boolean }[] = [
  // "the second of January", "the twenty-first of March, 1931", "March the twenty-first".
  {
    name: 'words',
    regex: new RegExp(String.raw`\b(?:the\s+)?${DAY_WORD}\s+of\s+${MONTH}(?:,?\s+${YEAR})?(?![A-Za-z\u00C0-\u024F\d])|\b${MONTH}\s+(?:the\s+)?${DAY_WORD}(?:,?\s+${YEAR})?(?![A-Za-z\u00C0-\u024F\d-])`, 'gi'),
    score: 0.5,
  },
  // 4/2/1933, 03-14-57, 14.03.2024 — a year is required so "10/10 pain" and "1/2 tab" stay out.
  { name: 'numeric', regex: /(?<![\d/.\-:])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/\-:]|\.\d)/g, score: 0.6 },
  // 2024-03-14, 2024/03/14
  { name: 'iso', regex: /(?<![\d/.\-])((?:19|20)\d\d)([\-/.])(\d{1,2})\2(\d{1,2})(?![\d/\-]|\.\d)/g, score: 0.7 },
  // March 14th, 1957 / Mar 14 2024 / March 14
  { name: 'month day', regex: new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:,?\s+${YEAR})?(?![A-Za-z\u00C0-\u024F\d])`, 'gi'), score: 0.5 },
  // 14 March 2024 / the 4th of July 1932
  { name: 'day month', regex: new RegExp(String.raw`\b(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?(?![A-Za-z\u00C0-\u024F\d])`, 'gi'), score: 0.5 },
  // 14-MAR-2024: how EHRs, ECG carts and many overlays print a date.
  { name: 'day-month-year', regex: new RegExp(String.raw`(?<![\w-])[0-3]?\d-${MONTH}-(?:1[89]\d\d|20\d\d)(?![\w-])`, 'gi'), score: 0.6 },
  // 19570314, the DICOM form, which some viewers print as is: only labelled as a date (or as the
  // study's, "EXAM: 20240603"), or followed by a time; otherwise eight digits are more often a
  // record or accession number.
  { name: 'compact', regex: /(?<![\w.\-/])((?:19|20)\d\d)(\d\d)(\d\d)(?![\w\-/]|\.\d)/g, score: 0.6 },
  // "07.28 1988", "12 11 1945": OCR reads a dot on an overlay as a space now and then; on a medical
  // image such a group with a four-digit year is a date, nowhere else.
  { name: 'numeric, OCR-spaced', regex: /(?<![\d/.\-:])(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})(?![\d/\-:]|\.\d)/g, score: 0.6, imageOnly: true },
  // 4/2 or 9/14 without a year: only a date next to DOB or an admission word.
  { name: 'numeric no year', regex: /(?<![\d/.\-:])(\d{1,2})\/(\d{1,2})(?![\d/\-:]|\.\d)/g, score: 0.2, needsYear: true },
];

/** Words that make a date the person's own: always an identifier. */
const OWN_DATE = phraseRegex(['dob', 'd.o.b', 'd.o.b.', 'date of birth', 'birthdate', 'birth date', 'born', 'b.']);
/** Words that make a date a patient's on their own: admission, discharge, death. */
const PATIENT_EVENT = phraseRegex([
  'admitted', 'admit', 'admission', 'readmitted', 'discharged', 'discharge date', 'd/c', 'died', 'passed away',
  'death', 'expired', 'deceased', 'tod', 'time of death', 'coded', 'delivered', 'doa',
]);
/** Words that tie a date to a person only when a person is mentioned ("No appointment needed" is not). */
const PERSON_EVENT = phraseRegex([
  'passed', 'surgery', 'operated', 'seen', 'visit', 'appointment', 'transferred', 'injured', 'accident', 'overdose', 'od',
]);

export const dates: CustomRecognizer = {
  kind: 'custom',
  id: 'date',
  rule: 'phi.date',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    const taken = new SpanSet();
    for (const p of PATTERNS) {
      if (p.imageOnly && !doc.options.medicalImage) continue;
      for (const m of matchesIn(p.regex, doc.text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.overlaps(start, end) || !plausible(p.name, m)) continue;
        // Lowercase "may"/"march" are verbs far more often than months ("may 12 of us...").
        if (MAY_OR_MARCH.test(m[0])) continue;
        const own = contextHits(doc, start, end, OWN_DATE);
        const patientEvent = contextHits(doc, start, end, PATIENT_EVENT);
        const personEvent = contextHits(doc, start, end, PERSON_EVENT);
        const event = [...patientEvent, ...personEvent];
        if (p.needsYear && !own.length && !event.length) continue;
        const hasYear = p.name === 'numeric' || p.name === 'iso' || HAS_YEAR.test(m[0]);
        taken.claim(start, end);
        // One literal per candidate, not a base object copied: a pasted list has hundreds of dates.
        const candidate = (score: number, context: string[], tie: Tie, severity?: Severity): Candidate => ({ rule: 'phi.date', start, end, recognizer: 'date', pattern: p.name, score, context, tie, severity });
        if (own.length) {
          out.push(candidate(1, own, 'inherent'));
          continue;
        }
        const { tie, cues } = tieOf(doc, start, end);
        // On a medical image every full date is the patient's (birth, study, admission): the
        // words around it are other overlay fields, not who the date belongs to.
        if (doc.options.medicalImage && hasYear) {
          out.push(candidate(0.8, [...event, ...cues], 'inherent', 'high'));
          continue;
        }
        if (event.length && (tie === 'patient' || tie === 'person')) {
          out.push(candidate(0.9, [...event, ...cues], 'patient', 'high'));
        } else if (tie === 'patient' || patientEvent.length) {
          out.push(candidate(0.8, [...event, ...cues], 'patient', 'high'));
        } else if (tie === 'person' && hasYear) {
          // "She presented her poster on March 3, 2026": a person, but most likely a colleague.
          out.push(candidate(0.5, cues, tie, 'low'));
        } else if (doc.options.sensitivity === 'strict' || doc.options.medicalImage) {
          out.push(candidate(0.5, cues, tie, doc.options.medicalImage ? 'high' : 'medium'));
        }
      }
    }
    return out;
  },
};

/** Before a compact date: a date label, or the study's ("EXAM: 20240603"). */
const COMPACT_LABEL = /\b(?:dob|d\.o\.b\.?|birth\s?date|birthdate|born|birth|date|exam|study|acq)\s?:?\s{0,3}$/i;
/** After a compact date: a time ("20240603 14:22"). */
const TIME_AFTER = /^\s+\d{1,2}:\d\d/;

function plausible(pattern: string, m: RegExpExecArray): boolean {
  const text = m[0];
  switch (pattern) {
    case 'numeric':
      return isPlausibleDate(Number(m[1]), Number(m[3]), m[4]!) || isPlausibleDate(Number(m[3]), Number(m[1]), m[4]!);
    case 'numeric, OCR-spaced':
      return SPACE.test(text) && (isPlausibleDate(Number(m[1]), Number(m[2]), m[3]!) || isPlausibleDate(Number(m[2]), Number(m[1]), m[3]!));
    case 'compact': {
      const labelled = COMPACT_LABEL.test(m.input.slice(Math.max(0, m.index - 16), m.index)) || TIME_AFTER.test(m.input.slice(m.index + 8, m.index + 16));
      return labelled && isPlausibleDate(Number(m[2]), Number(m[3]), m[1]!);
    }
    case 'iso':
      return isPlausibleDate(Number(m[3]), Number(m[4]), m[1]!);
    case 'numeric no year':
      return isPlausibleDate(Number(m[1]), Number(m[2]), undefined);
    case 'words': {
      const word = new RegExp(DAY_WORD, 'i').exec(text)![0].toLowerCase().replace(' ', '-');
      const month = monthNumber(text.replace(new RegExp(DAY_WORD, 'i'), ''));
      return !!month && isPlausibleDate(month, ORDINAL_DAYS[word]!, undefined);
    }
    default: {
      const day = DAY_NUMBER.exec(text.replace(YEAR_IN_TEXT, ''));
      const month = monthNumber(text);
      return !!day && !!month && isPlausibleDate(month, Number(day[1]), undefined);
    }
  }
}
