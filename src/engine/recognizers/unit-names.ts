import type { Doc } from '../doc';
import { isFirstName, isUnambiguousFirstName } from '../lexicon/first-names';
import type { Candidate } from '../recognizer';
import { matchesIn } from '../words';

/**
 * A first name tied to a care unit, lower case as clinicians type it: "sam from the 4th floor psych
 * unit finally went home", "ricky on the dialysis unit turned 70", "Maria from the burn unit got
 * discharged". The unit narrows the name to a handful of people; what happens next says whether
 * that person is a patient. Staff come from and work on units too ("sam from the 4th floor covered my
 * shift"), so only a patient's moment counts: leaving, a birthday count, a death, a return.
 */

type Add = (c: Omit<Candidate, 'rule' | 'recognizer'>) => void;
type IsColleague = (doc: Doc, start: number, end: number) => boolean;

/**
 * The unit's own word ("unit", "icu", "dialysis"): rarer than the prepositions before it, so the
 * draft is searched for it and the few words before are read (NAME_FROM_BEFORE).
 */
const UNIT_WORD = /\b(?:unit|ward|floor|icu|nicu|picu|micu|sicu|ccu|cvicu|tele|telemetry|stepdown|step-down|rehab|hospice|dialysis|psych)\b/gi;
/** "sam from the 4th floor psych ", "ricky on the ", "maria up on our ": a name, then where from, up to the unit's word. */
const NAME_FROM_BEFORE =
  /(?:^|[^A-Za-z'’.-])([A-Za-z][a-z'’]{2,14})\s+(?:from|on|in|up\s+on|down\s+on|over\s+on)\s+(?:the\s+|our\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:[a-z]+\s+)?$/i;
/** Person words that name lists hold too: "baby from the nicu" is no name. */
const PERSON_WORDS = new Set(['baby', 'babe', 'guy', 'care', 'patience', 'will', 'may']);
/** Right before a word that opens a sentence: the draft's start, or a sentence's end and a space. */
const OPENS_SENTENCE = /(?:^|[.!?\n]\s{0,2})$/;
/** Who a name before "from the unit" is not: staff, or the poster's own people. */
const NOT_A_PATIENT_BEFORE = /\b(?:dr|doctor|nurse|charge|tech|aide|cna|rn|np|pa|manager|preceptor|resident|intern|attending|chaplain|pharmacist|therapist|my|our|hubby|husband|wife|son|daughter|mom|dad|brother|sister|friend|coworker|colleague|with|and|to)\.?\s+$/i;
/** Staff moments in the same stretch: back from leave, a birthday wished, a promotion ("welcome back!"). */
const STAFF_MOMENT = /\b(?:welcome\s+back|welcome|happy\s+(?:birthday|bday)|hbd|congrats|congratulations|shout\s?-?out|promot(?:ed|ion)|retir(?:es|ed|ing|ement)|vacation|pto|maternity|paternity|leave|orientation|precept(?:s|ed|ing|or)?|her\s+shift|his\s+shift|covered|covering|went\s+home\s+early|off\s+early|clocked\s+(?:in|out)|called\s+(?:out|in\s+sick)|floated|float)\b/i;
/** "turned 70", "turned 6": an age a patient has more often than a colleague (18 to 64 are the staff's). */
const TURNED = /\bturned\s+(\d{1,3})\b/i;

/**
 * A stay counted in days or weeks with the unit ("after 40 days with us", "6 weeks on our unit",
 * "90 days in the NICU"): how long a patient stayed. Staff count years ("20 years with us").
 */
const STAY =
  /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|many)\s+(?:long\s+)?(?:days|weeks)\s+(?:with\s+us|here|on\s+(?:our|the|this)\s+(?:unit|floor|ward)|in\s+(?:our|the)\s+(?:nicu|picu|icu|unit|hospital))\b/i;

/** A patient's moment, soon after the unit: leaving for good, a birthday count, a death, a return. */
const PATIENT_MOMENT =
  /^[^.!?\n]{0,40}?\b(?:finally\s+(?:went|got|ate|walked|talked|smiled|left)|went\s+home\s+after|got\s+discharged|was\s+discharged|discharged|discharge|graduated\s+from\s+(?:the\s+|our\s+)?(?:nicu|picu|special\s+care\s+nursery)|turned\s+\d{1,3}|passed\s+away|passed\s+(?:this|last|today|tonight|yesterday)|died|coded|rang\s+the\s+bell|is\s+back|came\s+back|was\s+readmitted|got\s+readmitted|got\s+(?:his|her)\s+(?:new|trach|transplant)|was\s+transferred|went\s+to\s+hospice)\b/i;

export function findUnitNames(doc: Doc, add: Add, isColleague: IsColleague): void {
  const text = doc.text;
  for (const m of matchesIn(UNIT_WORD, text)) {
    const from = Math.max(0, m.index - 60);
    const before = NAME_FROM_BEFORE.exec(text.slice(from, m.index));
    if (!before) continue;
    const name = before[1]!;
    const start = from + before.index + before[0].indexOf(name);
    const end = start + name.length;
    // Lower case: a name that is no everyday word; one that is ("tom", "rose") only where it
    // opens the sentence, as a capital would ("tom from the cardiac unit went home", not "the
    // bill from the icu"), and is no person word ("baby", "guy"); capitalised, any.
    if (!(/^[A-Z]/.test(name) ? isFirstName(name) : isUnambiguousFirstName(name) || (isFirstName(name) && !PERSON_WORDS.has(name.toLowerCase()) && OPENS_SENTENCE.test(text.slice(Math.max(0, start - 3), start))))) continue;
    if (NOT_A_PATIENT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    const after = m.index + m[0].length;
    const stretch = text.slice(after, after + 120);
    // "went home today after 40 days with us": the stay says who left; "went home early" does not.
    const moment = PATIENT_MOMENT.exec(stretch) ?? STAY.exec(stretch);
    if (!moment || isColleague(doc, start, end) || STAFF_MOMENT.test(text.slice(Math.max(0, start - 40), after + 160))) continue;
    const turned = TURNED.exec(moment[0]);
    if (turned && Number(turned[1]) >= 18 && Number(turned[1]) < 65) continue;
    add({ start, end, score: 0.85, pattern: 'name from a care unit', context: [m[0].toLowerCase().replace(/\s+/g, ' ')], tie: 'patient', severity: 'high' });
  }
}
