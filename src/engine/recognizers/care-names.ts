import { tieOf, windowAround, type Doc } from '../doc';
import { isEnglishFirstName, isEverydayWord, isFirstName, isKnownSurname, isUnambiguousFirstName } from '../lexicon/first-names';
import type { Candidate } from '../recognizer';
import { matchesIn } from '../words';

/**
 * Patient names in the shapes clinicians write them when the engine's stricter forms (names.ts)
 * do not apply: a first name right after a bed ("bed 4, margaret, wanted…"), a title with a bare
 * initial ("Mr. K from 14"), a farewell to a patient ("rest easy, Bernadette"), an initial and a
 * surname next to a patient or a room ("pt J. Whitfield"), surname-first census lists
 * ("Alvarez, Rosa; Brennan, Thomas"), "a man named …" while caring for him, and nicknames with a
 * kinship word in a room ("grandpa joe in 12").
 *
 * Each needs what makes the name a patient's (a room, a patient reference, a clinical setting);
 * colleague context (thanks, congrats, credentials) is checked by the caller's `isColleague`.
 */

type Add = (c: Omit<Candidate, 'rule' | 'recognizer'>) => void;
type IsColleague = (doc: Doc, start: number, end: number) => boolean;

/** " in 12", " from bed 4": a room after a name, not "in 10 minutes". */
const IN_ROOM = String.raw`\s(?:in|from)\s(?:(?:room|rm|bed|bay)\s?)?#?\d{1,3}[A-Za-z]?\b(?!\s?(?:min|mins|minutes|hours?|hrs?|days?|weeks?|months?|years?|yrs?|am|pm|%))`;

/** "bed 4, margaret," / "room 9 - harold -": a room, a separator, then one word. */
const ROOM_THEN_NAME = /\b(?:bed|room|rm|bay)\s?#?\d{1,4}(?:[A-Za-z]?\s?(?:[,:(]|[-–—](?=\s))|['’]s)\s?([A-Za-z][a-z'’]{2,})\b(?!\s?\d)/gi;
/** "Mr. K", "mr k": a title and a single letter, how units name a patient without naming them. */
const TITLE_INITIAL = /\b(?:Mr|Mrs|Ms|Miss|mr|mrs|miss)\.?\s([A-Za-z])(?![A-Za-z0-9'’-]|\.[A-Za-z])/g;
/** What a farewell says: before a name (FAREWELL) or before a title and initial (FAREWELL_BEFORE). */
const FAREWELL_WORDS = String.raw`rest easy|rest in peace|rip|fly high|sleep well|godspeed|goodbye|farewell|miss you`;
/** "rest easy, mr. k", "fly high Bernadette", "RIP Gus": a farewell to someone by name. */
const FAREWELL = new RegExp(String.raw`\b(?:${FAREWELL_WORDS}|r\.i\.p\.?)(?:,\s?|\s)([A-Za-z][a-z'’]{2,})\b`, 'gi');
/** "Eleanor, you taught me": a name at the start of a sentence, addressed. */
const VOCATIVE = /(?:^|[.!?]\s|\n)\s?([A-Z][a-z'’]{2,}),\s(?:you|thank you|we|i)\b/g;
/** Grief and memory around a patient: what makes an addressed name a patient's, not a colleague's. */
const MEMORIAL = /\b(?:passed|passed away|died|lost|rest easy|rip|heaven|angel|fly high|miss you|never forget|taught me|think of|thinking of|remember)\b/i;
/** "pt J. Whitfield", "pt j whitfield": an initial and a surname after a patient reference. */
const PATIENT_INITIAL_SURNAME = /\b(?:pt|patient)\.?\s(?:named\s)?([A-Za-z])\.?\s([A-Za-z][a-z'’-]{2,})\b/gi;
/** "B. Okonkwo in bed 3": an initial and a surname, then a room. */
const INITIAL_SURNAME_ROOM = new RegExp(String.raw`\b([A-Z])\.?\s([A-Z][a-z'’-]{2,})` + IN_ROOM, 'g');
/** "Alvarez, Rosa; Brennan, Thomas": a surname, a comma and a first name, ending a list item. */
const LAST_COMMA_FIRST = /\b([A-Z][a-z'’]{2,}(?:-[A-Z][a-z]+)?), ([A-Z][a-z]{2,})(?=\s?[;\n(]|\s[-–—(]|\s?$)/g;
/** "a man named Desmond", "lady called Winifred": a person introduced by name. */
const NAMED_PERSON = /\b(?:man|woman|lady|gentleman|gent|guy|girl|boy|kid|child|toddler|teen|veteran|vet|resident|fella|fellow)\s(?:named|called)\s([A-Z][a-z'’]{2,})(?:\s([A-Z][a-z'’-]{2,}))?/g;
/**
 * "jimmy in 12", "tell carlos (bed 9)": a lower-case first name right before a room, anywhere in
 * a sentence (NAME_ROOM needs it to open a clause). Not a unit ("jenny in 4 west").
 */
// Found from the room (few places in a draft), then the word before is read (WORD_BEFORE).
const LOWER_NAME_ROOM = new RegExp(String.raw`(?:` + IN_ROOM + String.raw`(?!\s(?:west|east|north|south|tower|wing|pavilion|annex|[a-z]{0,3}icu|unit|floor|ward)\b)|\s\((?:room|rm|bed|bay)\s?#?\d{1,4}[A-Za-z]?\))`, 'g');
const WORD_BEFORE = /(?:^|[^A-Za-z'’.-])([a-z][a-z'’]{2,24})$/;
/** "discharged harold today", "admitted Dorothy last night": a first name as the object of care. */
const CARED_NAME = /\b(?:discharged|discharging|admitted|admitting|readmitted|intubated|extubated|triaged|transferred|sedated|cathed|coded|resuscitated|transported|nursed|bathed|suctioned|restrained|d\/c'?d)\s([A-Za-z][a-z'’]{2,})\b(?!\s?(?:['’]s|[A-Z]))(?!\s(?:was|is|had|did|could|would|might|should|said|to\s(?:days|nights|day|night|our|another|the\s(?:day|night|float))\b))/g;
/** Who a name after a care verb or before a room is not: staff and the poster's own people. */
const NOT_A_PATIENT_BEFORE = /\b(?:dr|doctor|nurse|charge|tech|aide|cna|rn|np|pa|manager|preceptor|resident|intern|attending|chaplain|my|our|hubby|husband|wife|son|daughter|mom|dad|brother|sister|friend|coworker|colleague|with|and)\.?\s$/i;
/**
 * What happens only to someone cared for: leaving the unit, a last breath, a transplant, a stay
 * counted in days. A first name in the same stretch of words is that person's (NAME_IN_CARE).
 */
const CARE_OUTCOME = /\b(?:passed\s+away|passed\s+(?:peacefully|quietly|this|last|at|on|in)|last\s+breaths?|took\s+(?:her|his)\s+last|went\s+home|discharge\s+day|discharged|going\s+home|sent\s+home|extubated|off\s+the\s+vent|rang\s+the\s+bell|last\s+(?:chemo|round\s+of\s+chemo|radiation)|new\s+(?:heart|kidney|liver|lungs?)|transplant|\d{1,3}\s+days\s+(?:in|on|with)\s+(?:our|the|us)\b|on\s+hospice|comfort\s+care|in\s+our\s+(?:care|icu|nicu|picu|unit|ed|er)|(?:on|to)\s+our\s+(?:unit|floor|ward)|dialysis|from\s+(?:bed|room|bay)\s?\d)/gi;
/** A capitalised first name: the candidates NAME_IN_CARE weighs. */
const CAPITALISED_WORD = /(?<![\w'’@#.-])([A-Z][a-z]{2,14})(?:['’]s)?\b/g;
/** Around a name, the poster working beside that person: "Tina and I", "me and Jo", "with Sam". */
const FELLOW = /\b(?:and\s+(?:i|me|myself)|with|and|me\s+and|helped|covered|precepted|trained|charge|nurse|dr|doctor|rn|np|pa|tech|manager|director|resident|intern|student|my|our|his|her|their|your)\W{0,2}$/i;
const FELLOW_AFTER = /^(?:['’]s)?\s+(?:and\s+(?:i|me)|helped|covered|precepted|trained|taught\s+me\s+how|ran|charged|works|worked|has\s+(?:worked|been\s+(?:a|an|our|my)|covered|precepted|trained)|is\s+retiring|retires|picked\s+up|grabbed|brought\s+(?:us|me|the\s+team|donuts|pizza|coffee|snacks|cookies|breakfast|lunch|dinner|food|treats|bagels))\b/i;
/** "grandpa joe in 12", "Miss Dot in 4": a kinship title and a name, then a room. */
const KIN_NAME_ROOM = new RegExp(String.raw`\b(?:grandpa|grandma|granny|gramps|nana|papa|pops|uncle|aunt|auntie|miss)\s([A-Za-z][a-z'’]{1,})` + IN_ROOM, 'gi');
/** "mrs lopez in 7": a lower-case title and surname ("ms" is multiple sclerosis in lower case). */
const LOWER_TITLE = /\b(?:mr|mrs|ms\.)\.?\s([a-z][a-z'’-]{2,})\b/g;
/** "margaret in 4", "Dorothy (room 8)": a first name opening a clause, then a room. */
const NAME_ROOM = new RegExp(String.raw`(?:^|[.!?;]\s|\n|,\s)\s?([A-Za-z][a-z'’]{2,})(?:` + IN_ROOM + String.raw`|\s\((?:room|rm|bed|bay)\s?#?\d{1,4}[A-Za-z]?\))`, 'g');
/** "the pt we all loved, Walter, passed": a name set off by commas after a patient reference. */
const APPOSITIVE = /\b(?:pt|patient)\b([^,.!?;\n]{0,40}),\s([A-Z][a-z'’]{2,}),/gi;
/** Staff in the phrase before the name: "my patient's nurse, Karen," is the nurse. */
const STAFF = /\b(?:nurse|rn|doctor|dr|md|np|pa|resident|intern|tech|aide|cna|chaplain|therapist|rt|pharmacist|team|preceptor|attending|surgeon|provider)\b/i;
/** "@jdoe88 … see you at your follow up": a handle addressed about their own care. */
const YOUR_CARE = /\byour\s(?:\d{1,2}\s?(?:wk|week|day|month|mo)\s)?(?:follow[- ]?up|f\/u|appointment|appt|surgery|op|stitches|sutures|cast|scan|results|labs|meds|chemo|infusion|dialysis|discharge|new (?:knee|hip|heart|kidney|liver|lungs?))\b/i;
/** Where care happens, or caring itself: with these, a named person is a patient. */
const CARE = /\b(?:[a-z]{0,3}icu|nicu|picu|er|ed|a&e|pacu|in recovery|unit|floor|ward|bed|bay|room|hospice|nights|shift|admitted|discharged|nursed|cared for|care of|caring for|looked after|treated|my pt|our pt|patient|pt)\b/i;

/** Care itself, without the rooms and shifts a break room or a TV also has. */
const CARE_STRONG = /\b(?:[a-z]{0,3}icu|nicu|picu|a&e|pacu|hospice|admitted|discharged|nursed|cared for|care of|caring for|looked after|treated|went home|my pt|our pt|patient|pt)\b/i;

/** Words after a room that are not names: "bed 4, then…", "room 9 - clean". */
const NOT_A_NAME = new Set(
  `and the then now also she he they her his pt patient bed room bay clean empty ready dirty isolation
  iso contact droplet airborne same new old next last full open closed vacant`.split(/\s+/),
);

const inCare = (doc: Doc, start: number, end: number, window = 12, care = CARE) => {
  if (tieOf(doc, start, end, window).tie === 'patient') return true;
  const [from, to] = windowAround(doc, start, end, window);
  return care.test(doc.text.slice(from, to));
};

export function findCareNames(doc: Doc, add: Add, isColleague: IsColleague) {
  const text = doc.text;
  const put = (start: number, end: number, pattern: string, severity: 'high' | 'medium' = 'high') => {
    if (isColleague(doc, start, end)) return;
    add({ start, end, score: 0.85, pattern, context: [], tie: 'patient', severity });
  };
  for (const m of matchesIn(ROOM_THEN_NAME, text)) {
    const name = m[1]!;
    if (!isUnambiguousFirstName(name) || NOT_A_NAME.has(name.toLowerCase())) continue;
    const start = m.index + m[0].length - name.length;
    put(start, start + name.length, 'name after a room');
  }
  for (const m of matchesIn(TITLE_INITIAL, text)) {
    // "Mr. Clean", "Ms. Pac": a bare letter only; and not an image's "MR" modality.
    if (doc.options.medicalImage) continue;
    const start = m.index;
    const end = start + m[0].length;
    // A bare letter is thin evidence: a patient reference, a room, a farewell, not a break room's TV.
    if (!inCare(doc, start, end, 12, CARE_STRONG) && !ROOM_AFTER.test(text.slice(end, end + 16)) && !FAREWELL_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    put(start, end, 'title and initial');
  }
  const patientInDraft = doc.cues.some((c) => c.kind === 'patient');
  if (patientInDraft) {
    for (const m of matchesIn(FAREWELL, text)) {
      const name = m[1]!;
      const capitalised = /^[A-Z]/.test(name);
      if (!(capitalised ? isFirstName(name) : isUnambiguousFirstName(name)) || KIN.test(name)) continue;
      const start = m.index + m[0].length - name.length;
      if (!inCare(doc, start, start + name.length, 20)) continue;
      put(start, start + name.length, 'farewell to a patient');
    }
    for (const m of matchesIn(VOCATIVE, text)) {
      const name = m[1]!;
      const start = m.index + m[0].indexOf(name);
      if (!isUnambiguousFirstName(name) || /\b(?:Dr|Mr|Mrs|Ms|Nurse)\.?\s?$/.test(text.slice(Math.max(0, start - 8), start))) continue;
      const [from, to] = windowAround(doc, start, start + name.length, 16);
      if (!MEMORIAL.test(text.slice(from, to)) || tieOf(doc, start, start + name.length, 16).tie !== 'patient') continue;
      put(start, start + name.length, 'patient addressed by name');
    }
  }
  for (const m of matchesIn(PATIENT_INITIAL_SURNAME, text)) {
    const surname = m[2]!;
    const capitalised = /^[A-Z]/.test(surname);
    const roomAfter = ROOM_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (!(capitalised || roomAfter ? !isFirstName(surname) || isKnownSurname(surname) : isKnownSurname(surname) && !isFirstName(surname))) continue;
    if (NOT_A_NAME.has(surname.toLowerCase())) continue;
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
    put(start, m.index + m[0].length, 'initial and surname');
  }
  for (const m of matchesIn(INITIAL_SURNAME_ROOM, text)) {
    if (m[1] === 'I' || m[1] === 'A') continue;
    const surname = m[2]!;
    if (isFirstName(surname) && !isKnownSurname(surname)) continue;
    const start = m.index;
    put(start, start + m[0].indexOf(surname) + surname.length, 'initial and surname');
  }
  for (const m of matchesIn(LAST_COMMA_FIRST, text)) {
    const [last, first] = [m[1]!, m[2]!];
    // The surname is not also an English first name ("Thomas, Rosa" is two people), and is a surname.
    if (!isUnambiguousFirstName(first) || isEnglishFirstName(last) || (isFirstName(last) && !isKnownSurname(last))) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (tieOf(doc, start, end, 12).tie !== 'patient') continue;
    put(start, end, 'surname, first name');
  }
  for (const m of matchesIn(NAMED_PERSON, text)) {
    const first = m[1]!;
    if (!isFirstName(first)) continue;
    const start = m.index + m[0].indexOf(first, m[0].indexOf(' '));
    const end = m.index + m[0].length;
    if (!inCare(doc, start, end)) continue;
    put(start, end, 'person named');
  }
  for (const m of matchesIn(LOWER_TITLE, text)) {
    const name = m[1]!;
    if (isEverydayWord(name) || NOT_A_NAME.has(name) || /(?:ing|ed|ly)$/.test(name)) continue;
    const start = m.index;
    const end = start + m[0].length;
    // With a room right after, any surname ("mrs okafor in 12"); otherwise one the lexicon knows.
    const roomAfter = ROOM_AFTER.test(text.slice(end, end + 16));
    if (!roomAfter && !((isKnownSurname(name) || isUnambiguousFirstName(name)) && inCare(doc, start, end))) continue;
    put(start, end, 'title and name');
  }
  for (const m of matchesIn(NAME_ROOM, text)) {
    const name = m[1]!;
    if (!isUnambiguousFirstName(name) || NOT_A_NAME.has(name.toLowerCase())) continue;
    const start = m.index + m[0].indexOf(name);
    put(start, start + name.length, 'name next to age or room');
  }
  for (const m of matchesIn(APPOSITIVE, text)) {
    const name = m[2]!;
    if (!isUnambiguousFirstName(name) || STAFF.test(m[1]!)) continue;
    const start = m.index + m[0].length - name.length - 1;
    put(start, start + name.length, 'name after a patient reference');
  }
  for (const m of matchesIn(KIN_NAME_ROOM, text)) {
    const name = m[1]!;
    // A kinship title, a name and a room: any given name ("grandma rose in 22").
    if (!isFirstName(name) || NOT_A_NAME.has(name.toLowerCase())) continue;
    const start = m.index;
    put(start, start + m[0].indexOf(name, m[0].indexOf(' ')) + name.length, 'kinship name in a room');
  }
  for (const m of matchesIn(LOWER_NAME_ROOM, text)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 26), m.index));
    if (!before) continue;
    const name = before[1]!;
    if (!isUnambiguousFirstName(name) || NOT_A_NAME.has(name)) continue;
    const start = m.index - name.length;
    if (NOT_A_PATIENT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    put(start, start + name.length, 'name next to age or room');
  }
  // From each outcome (few in a draft), the capitalised first names within ten words of it.
  for (const o of matchesIn(CARE_OUTCOME, text)) {
    const [from, to] = windowAround(doc, o.index, o.index + o[0].length, 10);
    for (const m of matchesIn(CAPITALISED_WORD, text.slice(from, to))) {
      const name = m[1]!;
      if (!isUnambiguousFirstName(name) || NOT_A_NAME.has(name.toLowerCase())) continue;
      const start = from + m.index;
      const end = start + name.length;
      if (FELLOW.test(text.slice(Math.max(0, start - 16), start)) || FELLOW_AFTER.test(text.slice(end, end + 24))) continue;
      if (tieOf(doc, start, end, 10).tie === 'family') continue;
      put(start, end, 'name of someone cared for', 'high');
    }
  }
  for (const m of matchesIn(CARED_NAME, text)) {
    const name = m[1]!;
    if (!isUnambiguousFirstName(name) || NOT_A_NAME.has(name.toLowerCase())) continue;
    const start = m.index + m[0].length - name.length;
    put(start, start + name.length, 'name of someone cared for');
  }
}

const ROOM_AFTER = new RegExp('^' + IN_ROOM);
const FAREWELL_BEFORE = new RegExp(String.raw`\b(?:${FAREWELL_WORDS})\W{0,3}$`, 'i');
const KIN = /^(?:grandpa|grandma|granny|gramps|nana|papa|mom|mum|dad|mama|buddy|friend|sweetie|honey|baby)$/i;

/** "@kb_21 … see you at your follow-up": the words around a handle are about that person's own care. */
export function addressedAboutCare(doc: Doc, start: number, end: number): boolean {
  const [from, to] = windowAround(doc, start, end, 24);
  return YOUR_CARE.test(doc.text.slice(from, to));
}
