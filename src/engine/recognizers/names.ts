import { tieOf, windowAround, type Doc } from '../doc';
import { isFirstName, isUnambiguousFirstName } from '../lexicon/first-names';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { matchesIn, phraseRegex } from '../words';
import { mayHoldMatch } from '../letters';
import { SpanSet } from '../spans';
import { isOverlayTerm } from '../vocab/overlay';
import { overlayNames } from './overlay-names';
import { peopleAnywhere } from './people';
import { addressedAboutCare, findCareNames } from './care-names';
import { findUnitNames } from './unit-names';

// Module constants, not literals in per-token and per-match code: a regex literal is a new
// RegExp object each time it is evaluated.
const FIRST_WORD = /^([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*)/;
const CAPITAL_START = /^[A-Z]/;
const SECOND_WORD = /^\s+([A-Z][a-z\u00DF-\u00FF\u0100-\u024F'’-]+|[A-Z]\.|[a-z\u00DF-\u00FF\u0100-\u024F][a-z\u00DF-\u00FF\u0100-\u024F'’-]{2,})/;
const LOWER_START = /^[a-z\u00DF-\u00FF\u0100-\u024F]/;
const PT_START = /^pt\b/i;
const MY_OR_OUR_START = /^(?:my|our)\b/i;
const IN_ROOM_AFTER = /^\s+in\s+(?:(?:room|rm|bed|bay)\s*#?\d|#?(?!(?:19|20)\d\d\b)\d)/i;
const COMMON_TAIL = /^(?:and|or|but|with|from|in|on|at|to|is|was|has|had|keeps|kept|said|says|came|went|got|who|just|still|again|today|tonight|asked|asks|called|calls|wants|needs|loves|hates|told|tells|refused|refuses|pulled|pulls|threw|yelled|cried|died|coded|fell|left|back|here|there|now|finally|always|never|aged|age|currently|also|moved|sent|sitting|lying|laying|stuck|stays|staying|remains|waiting|admitted|discharged|transferred|being|getting|going|doing|care|room|bed|bay)$/i;
const PATIENTS_START = /^(?:pt|patient)'s/i;
const AND_OR_THE = /^(?:And|The)$/;
const TITLE_BEFORE = /\b(?:Dr|Doctor|Nurse)\.?\s?$/;
const CARE_UNIT_AFTER = /^\s+(?:from|in|on)\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:[a-z]{0,3}icu|nicu|picu|unit|floor|ward|er|ed)\b/i;
const IN_BED_AFTER = /^\s+(?:in|from)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:bed|room|bay|stretcher)\b/i;

/**
 * Patient names, initials and handles. A name on its own is not PHI: clinicians thank and
 * congratulate colleagues by name all the time. A name is reported when something makes it a
 * patient's: a patient reference right before it ("pt linda farrow"), a title in a patient
 * context ("Mr. Abernathy's family"), an age or room right after it ("Linda, 94, in room 3"),
 * or, on a medical image, the overlay's name field (overlay-names.ts).
 *
 * Names are read within one line: "GARCIA MARIA" and "PORTABLE CHEST" on the next line of an
 * overlay, or "Name:" at the end of one line of a post and a heading on the next, are not one name.
 */

const CAP = String.raw`(?:[A-Z]['’])?[A-Z][a-z\u00DF-\u00FF\u0100-\u024F]+(?:-[A-Z][a-z\u00DF-\u00FF\u0100-\u024F]+)?`;
const TITLE = new RegExp(
  // The name is not another title: "Mr. Mr. Mr. ..." pasted is no name at all.
  String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Mister)\.?\s+(?!(?:Mr|Mrs|Ms|Miss|Mx|Mister)\b)(?:${CAP}(?:\s+${CAP})?|[A-Z]\.)|\b(?<!\d\s?)(?:MR|MRS|MS|MISS)\.? +(?:AND +(?:MR|MRS|MS)\.? +)?[A-Z]{2,}(?:['-][A-Z]+)?\b`,
  'g',
);
/** Forms and labels: "Name: Walter Briggs", "name - TRAN, ANH". */
const NAME_LABEL = new RegExp(String.raw`\b(?:pt\s+)?name\s*[:=-][ \t]*(${CAP}(?: +${CAP}){0,2}|[A-Z]{2,}(?:['-][A-Z]+)?,? [A-Z]{2,}(?: [A-Z]{2,})?)`, 'gi');
const PATIENT_PREFIX = /\b(?:(?:my|our|the|this|a)\s+)?(?:pt|patient)\.?(?:\s+named|\s+name\s+(?:is|was)|'s\s+name\s+(?:is|was))?[:,]?\s+/gi;
const NAME_THEN_AGE_OR_ROOM = new RegExp(
  String.raw`\b(${CAP})(?:\s+(${CAP}|[A-Z]\.))?(?:,\s*(?:(?:the|a|our|my)\s+)?|\s+\((?:(?:the|a|our|my)\s+)?)(?:(?:age\s+)?\d{1,3}\s*(?:(?:yo|y/o|yrs?|years?\s+old|(?:months?|weeks?|days?)\s+old|[MF])\s*)?[,)]|\d{1,3}\s*(?:yo|y/o|yrs?|years?\s+old|(?:months?|weeks?|days?)\s+old)\b|in\s+(?:room|rm|bed|bay)\s*\d)|\b(${CAP})(?:\s+(${CAP}))?\s+in\s+(?:(?:room|rm|bed|bay)\s*)?\d{1,4}[A-Z]?(?![\w:])(?!\s*(?:min|mins|minutes|hours?|hrs?|days?|weeks?|months?|years?|yrs?|am|pm|percent|%)\b)`,
  'g',
);
/**
 * "derek fontaine in 22": a lower-case first name and surname, then a room. Found from "in" and the
 * number (few places), then the two words before are read.
 */
const IN_ROOM = /\bin\s+(?:(?:room|rm|bed|bay)\s*)?\d{1,4}[a-z]?(?![\w:])(?!\s*(?:min|mins|minutes|hours?|hrs?|days?|weeks?|months?|years?|yrs?|am|pm)\b)/g;
const LOWER_NAME_BEFORE = /(?:^|[^A-Za-z'-])([a-z]{3,})\s+([a-z][a-z'-]{2,})\s+$/;
/** Titles and callings a relative's name may carry: "her son, Dr. Bell", "his brother Officer Reyes". */
const RELATIVE_TITLES = String.raw`Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Pastor|Judge|Officer|Sgt|Sergeant|Captain|Capt|Coach|[Aa]ttorney|[Ll]awyer`;
/**
 * A patient's relatives by name: "his wife Carol and their girls Becca and Sam", "Mrs. Petrakis's
 * son Stathis", "call her daughter Ana". Family members' names are identifiers of the patient too,
 * titled or not: "Patient's husband, Dr. Lionel Watts" is family (a doctor who is not on staff).
 */
const KIN_NAME = new RegExp(
  String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|pt's|patient's|[A-Z][a-z]+'s)\s+(?:wife|husband|partner|fianc[eé]e?|daughter|daughters|son|sons|mom|mother|mama|dad|father|papa|sister|brother|girls|boys|kids|twins|grandson|granddaughter|niece|nephew),?\s+(?:(?:${RELATIVE_TITLES})\.?\s+)?(${CAP}(?:\s+${CAP})?(?:(?:,\s*|\s+and\s+)${CAP}){0,3})`,
  'g',
);
/** "baby Noah", "little Aria", "Baby Maverick": how units name their smallest patients. */
const BABY_NAME = new RegExp(String.raw`\b(?:baby|little|sweet|tiny|lil)\s+(${CAP})`, 'gi');
/** "Danny Reyes": a first name and a surname, which near a patient is the patient's (or their family's). */
const FULL_NAME = new RegExp(String.raw`\b(${CAP})\s+(${CAP})\b`, 'g');
/** Words of a clinical setting: with them, "little Aria" is a patient, not a niece. */
const CLINICAL_SETTING = /\b(?:[a-z]{0,3}icu|nicu|picu|er|ed|or|pacu|l&d|unit|floor|ward|extubated|intubated|vent|ventilator|cpap|ecmo|trach|transplant|surgery|admitted|discharged|coded|bed|bay|room|trauma|hospice|primary|isolette|incubator)\b/i;
/** A year long past: "Henry Molaison's 1953 surgery" is medical history, not a disclosure. */
const HISTORICAL = /\b(?:1[5-9]\d\d)\b|\b(?:textbook|famous case|landmark case|history of medicine|historical)\b/i;
const PATIENT_DETAILS_AFTER = /^(?:'s)?,?\s+(?:\(?\d{2,3}\s*(?:yo|y\/o|[MF]\b|,)|in\s+(?:(?:room|rm|bed|bay|trauma)\s*)?#?\d{1,4}[A-Z]?\b)/;
const ALL_CAPS_LAST_FIRST = /\b([A-Z]{2,}(?:[-'][A-Z]{2,})?) ?[,^] ?([A-Z]{2,})(?: [A-Z]\b\.?)?/g;
const ALL_CAPS_RUN = /\b([A-Z]{2,}) ([A-Z]{2,})(?: ([A-Z]{2,}))?\b/g;
const INITIALS = /(?<![A-Za-z\u00C0-\u024F.])[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?(?![A-Za-z\u00C0-\u024F])/g;
const HANDLE = /(?<![\w@])@[A-Za-z0-9_]{2,15}\b/g;

/** Dotted abbreviations that look like initials. */
const NOT_INITIALS = new Set(['U.S.', 'D.C.', 'A.M.', 'P.M.', 'M.D.', 'R.N.', 'D.O.', 'N.P.', 'P.A.', 'B.S.', 'E.R.', 'I.V.', 'O.R.', 'Q.I.', 'P.T.', 'O.T.', 'U.K.', 'L.A.', 'N.Y.', 'D.O.B.', 'B.A.', 'M.S.', 'R.T.', 'E.D.', 'I.C.U.', 'N.B.', 'P.S.', 'A.K.A.', 'E.G.', 'I.E.', 'F.Y.I.', 'C.N.A.', 'L.P.N.']);

/** Words a patient reference is followed by that are not names: "Patient Safety Week". */
const STOP_AFTER_PATIENT = new Set(
  `is was has had have will would can could should may might did does do been being are were who whose which that this
these those and or but so then than to in on at for from with without of by about into over under after before during
again still just also now today tonight yesterday here there said says told asked keeps kept came went got gets getting
presented presents came comes walked rolled wheeled brought died passed coded left arrived needs needed wants wanted
the a an my our your his her their its safety care experience advocate advocacy portal access services relations
transport education centered centred first satisfaction rights week day month information financial family room flow
navigator navigation registration engagement outcomes privacy identification monitoring tracking population voice
and, not no yes all every each some any one two three name`.split(/\s+/),
);

/** Around a name, these say "colleague", not "patient": congratulations are not disclosures. */
const COLLEAGUE = phraseRegex([
  'welcome', 'welcoming', 'congrats', 'congratulations', 'congratulate', 'shoutout', 'shout out', 'shout-out', 'thank',
  'thanks', 'kudos', 'proud of', 'promoted', 'promotion', 'award', 'honored', 'honoured', 'celebrate', 'celebrating',
  'retirement', 'retiring', 'retires', 'new hire', 'preceptor', 'colleague', 'coworker', 'co-worker', 'our team',
  'manager', 'director', 'cno', 'charge nurse', 'attending', 'dr', 'dr.', 'nurse of the year', 'daisy award', 'joined',
  'joins', 'joining', 'speaker', 'keynote', 'author', 'presented by', 'led by', 'featuring', 'interview', 'podcast',
]);
/** COLLEAGUE in `text`, a stretch of the post: not run (nor compiled) when it lacks the list's letters (letters.ts). */
function colleagueIn(doc: Doc, text: string): boolean {
  COLLEAGUE.lastIndex = 0;
  return mayHoldMatch(COLLEAGUE, text, doc) && COLLEAGUE.test(text);
}
const CREDENTIALS = /^,?\s*(?:RN|BSN|MSN|DNP|NP|MD|DO|PA-C|PA|CNA|LPN|LVN|PhD|FNP|FNP-C|APRN|CRNA|CNM|RRT|PharmD|FACEP|CCRN|CEN|MBA|MPH|MHA|NE-BC|CNL|CNS|FAAN)\b/;

export const names: CustomRecognizer = {
  kind: 'custom',
  id: 'person-name',
  rule: 'phi.name',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    const claimed = new SpanSet();
    const add = (c: Omit<Candidate, 'rule' | 'recognizer'>) => {
      if (!claimed.claim(c.start, c.end)) return;
      out.push({ rule: 'phi.name', recognizer: 'person-name', ...c });
    };
    // On a medical image the overlay's own layout is the best evidence, so it claims spans first.
    if (doc.options.medicalImage) for (const c of overlayNames(doc)) add(c);
    findLabelled(doc, add);
    findAfterPatientReference(doc, add);
    findTitled(doc, add);
    findNextToAgeOrRoom(doc, add);
    findRelativesAndBabies(doc, add);
    findFullNameNearPatient(doc, add);
    findCareNames(doc, add, isColleagueContext);
    findUnitNames(doc, add, isColleagueContext);
    if (!doc.options.medicalImage) findAllCaps(doc, add);
    findInitials(doc, add);
    findHandles(doc, add);
    // Under strict every identifier counts: a person's name needs no patient.
    if (doc.options.sensitivity === 'strict' && !doc.options.medicalImage) for (const c of peopleAnywhere(doc)) add(c);
    return out;
  },
};

type Add = (c: Omit<Candidate, 'rule' | 'recognizer'>) => void;

/** "Name: Walter Briggs" on a form, a label or a sticker. */
function findLabelled(doc: Doc, add: Add) {
  for (const m of matchesIn(NAME_LABEL, doc.text)) {
    const name = m[1]!;
    const start = m.index + m[0].lastIndexOf(name);
    add({ start, end: start + name.length, score: 0.95, pattern: 'labelled name', context: ['name:'], tie: 'inherent', severity: 'high' });
  }
}

/** "Pt Linda Farrow", "our patient Jamal", "pt sandra k.", "patient named Mo Ahmed". */
function findAfterPatientReference(doc: Doc, add: Add) {
  const text = doc.text;
  for (const m of matchesIn(PATIENT_PREFIX, text)) {
    let pos = m.index + m[0].length;
    const first = FIRST_WORD.exec(text.slice(pos, pos + 40));
    if (!first) continue;
    const t1 = first[1]!;
    const capitalised = CAPITAL_START.test(t1);
    if (STOP_AFTER_PATIENT.has(t1.toLowerCase())) continue;
    // Lower-case text needs a name that is not also a word; capitalised text may use any known
    // first name ("Pt Hope Adams"), but an everyday word only with a surname after it.
    const second = SECOND_WORD.exec(text.slice(pos + t1.length, pos + t1.length + 40));
    let t2 = second?.[1];
    if (t2 && (STOP_AFTER_PATIENT.has(t2.toLowerCase()) || (!capitalised && CAPITAL_START.test(t2) === false && isCommonTail(t2)))) t2 = undefined;
    if (t2 && capitalised && LOWER_START.test(t2)) t2 = undefined; // "Pt Linda keeps..." vs "pt linda farrow"
    // "pt Jenkins", "pt lopez in 9": a surname alone, when shorthand or room details vouch for it.
    const shorthand = PT_START.test(m[0].trim()) || MY_OR_OUR_START.test(m[0].trim());
    const detailsAfter = PATIENT_DETAILS_AFTER.test(text.slice(pos + t1.length, pos + t1.length + 24));
    // "lopez in 9", not "born in 1931": a bare number that reads as a year is no bed.
    const roomAfter = IN_ROOM_AFTER.test(text.slice(pos + t1.length, pos + t1.length + 16));
    const surnameOnly =
      !t2 && !isFirstName(t1) && t1.length >= 3 && !isCommonTail(t1) && ((capitalised && (shorthand || detailsAfter)) || roomAfter);
    const ok = capitalised
      ? isUnambiguousFirstName(t1) || (isFirstName(t1) && !!t2 && CAPITAL_START.test(t2)) || surnameOnly
      : (isUnambiguousFirstName(t1) && t1.length >= 3) || surnameOnly;
    if (!ok) continue;
    const end = t2 ? text.indexOf(t2, pos + t1.length) + t2.length : pos + t1.length;
    add({ start: pos, end, score: 0.95, pattern: 'after patient reference', context: [m[0].trim().toLowerCase()], tie: 'patient', severity: 'high' });
    pos = end;
  }
}

/** Lower-case words that follow a lower-case first name but are not surnames. */
function isCommonTail(word: string): boolean {
  return COMMON_TAIL.test(word);
}

function isColleagueContext(doc: Doc, start: number, end: number): boolean {
  if (CREDENTIALS.test(doc.text.slice(end, end + 12))) return true;
  const [from, to] = windowAround(doc, start, end, 8);
  return colleagueIn(doc, doc.text.slice(from, to));
}

/** A relative's name in a colleague's context, the title right before it ("his wife, Dr. Kim") left out. */
function colleagueAroundRelative(doc: Doc, start: number, length: number): boolean {
  const end = start + length;
  if (CREDENTIALS.test(doc.text.slice(end, end + 12))) return true;
  const [from, to] = windowAround(doc, start, end, 8);
  const title = RELATIVE_TITLE.exec(doc.text.slice(Math.max(from, start - 8), start));
  const before = doc.text.slice(from, title ? start - title[0].length : start);
  return colleagueIn(doc, before) || colleagueIn(doc, doc.text.slice(start, to));
}
const RELATIVE_TITLE = new RegExp(String.raw`(?:${RELATIVE_TITLES})\.?\s+$`);

/** "Mr. Abernathy", "Mrs Lopez": titles in a clinician's post usually mean a patient or family. */
function findTitled(doc: Doc, add: Add) {
  for (const m of matchesIn(TITLE, doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    // "MR BRAIN", "MS NORMAL": on an image, MR is a modality and ms a unit.
    if (doc.options.medicalImage && isOverlayTerm(m[0].split(/[\s.]+/).pop()!)) continue;
    const { tie, cues } = tieOf(doc, start, end);
    if (tie !== 'patient' && isColleagueContext(doc, start, end)) continue;
    // "Mrs. Rodriguez in room 404", "Mr. Lee, 94,": the details right after make it a patient.
    const detailsAfter = PATIENT_DETAILS_AFTER.test(doc.text.slice(end, end + 24));
    const severity = tie === 'patient' || tie === 'person' || detailsAfter ? 'high' : tie === 'family' ? 'low' : 'medium';
    add({ start, end, score: 0.8, pattern: 'title and name', context: cues, tie, severity });
  }
}

/** "Linda, 94, in room 3", "John Smith (72M)", "Mrs. Lee in bed 4": a name next to patient details. */
function findNextToAgeOrRoom(doc: Doc, add: Add) {
  for (const m of matchesIn(NAME_THEN_AGE_OR_ROOM, doc.text)) {
    const first = m[1] ?? m[3]!;
    const last = m[1] ? m[2] : m[4];
    if (!isFirstName(first) || STOP_AFTER_PATIENT.has(first.toLowerCase())) continue;
    const start = m.index;
    const end = start + first.length + (last ? doc.text.slice(start + first.length).indexOf(last) + last.length : 0);
    if (isColleagueContext(doc, start, end)) continue;
    add({ start, end, score: 0.9, pattern: 'name next to age or room', context: [], tie: 'patient', severity: 'high' });
  }
  for (const m of matchesIn(IN_ROOM, doc.text)) {
    const before = LOWER_NAME_BEFORE.exec(doc.text.slice(Math.max(0, m.index - 40), m.index));
    if (!before) continue;
    const [first, last] = [before[1]!, before[2]!];
    if (!isUnambiguousFirstName(first) || STOP_AFTER_PATIENT.has(last) || isCommonTail(last)) continue;
    const start = m.index - before[0].length + before[0].indexOf(first);
    const end = start + first.length + doc.text.slice(start + first.length).indexOf(last) + last.length;
    if (isColleagueContext(doc, start, end)) continue;
    add({ start, end, score: 0.9, pattern: 'name next to age or room', context: [], tie: 'patient', severity: 'high' });
  }
}

/** Names a colleague would not be called by, near a patient or in a clinical setting. */
function findRelativesAndBabies(doc: Doc, add: Add) {
  const inCare = (start: number, end: number) => {
    const { tie } = tieOf(doc, start, end);
    if (tie === 'patient') return true;
    const [from, to] = windowAround(doc, start, end, 10);
    return CLINICAL_SETTING.test(doc.text.slice(from, to));
  };
  for (const m of matchesIn(KIN_NAME, doc.text)) {
    if (MY_OR_OUR_START.test(m[0])) continue;
    const list = m[1]!;
    const listStart = m.index + m[0].length - list.length;
    // The relation says family: a patient's relative is in care and no colleague whatever the
    // words around ("the pt's daughter Dr. Raman wants the attending"), and the relative's own
    // title is no sign of staff ("her son, Dr. Bell").
    const patients = PATIENTS_START.test(m[0]);
    if ((!patients && colleagueAroundRelative(doc, listStart, list.length)) || isHistorical(doc, listStart)) continue;
    if (!patients && !inCare(m.index, m.index + m[0].length)) continue;
    for (const n of list.matchAll(new RegExp(CAP + String.raw`(?:\s+` + CAP + ')?', 'g'))) {
      const name = n[0];
      if (AND_OR_THE.test(name) || !isFirstName(name.split(/\s+/)[0]!) && !CAPITAL_START.test(name)) continue;
      const start = listStart + n.index!;
      add({ start, end: start + name.length, score: 0.9, pattern: "patient's relative by name", context: [m[0].slice(0, m[0].length - list.length).trim().toLowerCase()], tie: 'patient', severity: 'high' });
    }
  }
  for (const m of matchesIn(BABY_NAME, doc.text)) {
    const name = m[1]!;
    if (!isFirstName(name)) continue;
    const start = m.index + m[0].length - name.length;
    if (isColleagueContext(doc, start, start + name.length) || isHistorical(doc, start)) continue;
    if (!inCare(m.index, m.index + m[0].length)) continue;
    add({ start, end: start + name.length, score: 0.9, pattern: 'baby or child by name', context: [m[0].split(/\s+/)[0]!.toLowerCase()], tie: 'patient', severity: 'high' });
  }
}

/** "if anyone has seen Danny Reyes please call": a full name in a post about a patient. */
function findFullNameNearPatient(doc: Doc, add: Add) {
  // Only a draft that mentions a patient at all has a full name to tie to one.
  if (!doc.cues.some((c) => c.kind === 'patient')) return;
  for (const m of matchesIn(FULL_NAME, doc.text)) {
    const [first, last] = [m[1]!, m[2]!];
    if (!isUnambiguousFirstName(first) || STOP_AFTER_PATIENT.has(last.toLowerCase()) || isFirstName(last) && !isUnambiguousFirstName(last) && last.length < 4) continue;
    const start = m.index;
    const end = start + m[0].length;
    // The patient first: the cheapest test, and the one most full names fail.
    const { tie, cues } = tieOf(doc, start, end, 12);
    if (tie !== 'patient') continue;
    if (TITLE_BEFORE.test(doc.text.slice(Math.max(0, start - 8), start))) continue;
    if (isColleagueContext(doc, start, end) || isHistorical(doc, start)) continue;
    add({ start, end, score: 0.8, pattern: 'full name near a patient', context: cues, tie: 'patient', severity: 'high' });
  }
}

/** The sentence around `at` is about medical history (a long-past year, "textbook"). */
function isHistorical(doc: Doc, at: number): boolean {
  const [from, to] = windowAround(doc, at, at + 1, 12);
  return HISTORICAL.test(doc.text.slice(from, to));
}

/** "DOE, JOHN" and "JOHN DOE" in ordinary text: how EHRs print patient names, pasted into a post. */
function findAllCaps(doc: Doc, add: Add) {
  for (const m of matchesIn(ALL_CAPS_LAST_FIRST, doc.text)) {
    if (!isFirstName(m[2]!)) continue;
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const { tie, cues } = tieOf(doc, start, end);
    if (tie !== 'patient') continue;
    add({ start, end, score: 0.9, pattern: 'ALL-CAPS last, first', context: cues, tie, severity: 'high' });
  }
  for (const m of matchesIn(ALL_CAPS_RUN, doc.text)) {
    const words = [m[1]!, m[2]!, m[3]].filter(Boolean) as string[];
    // Only "FIRST LAST" with an unambiguous first name, and not in a post that is all shouting
    // (where every word is capitalised).
    if (!isUnambiguousFirstName(m[1]!) || words.length !== 2 || isShouting(doc)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (isColleagueContext(doc, start, end)) continue;
    const { tie, cues } = tieOf(doc, start, end);
    if (tie === 'family') continue;
    add({ start, end, score: 0.8, pattern: 'ALL-CAPS first last', context: cues, tie, severity: tie === 'none' ? 'medium' : 'high' });
  }
}

const shouting = new WeakMap<Doc, boolean>();
/** Most letters of the draft are capitals. Once per draft: it is asked for every capitalised pair. */
function isShouting(doc: Doc): boolean {
  let answer = shouting.get(doc);
  if (answer === undefined) {
    let letters = 0;
    let capitals = 0;
    for (let i = 0; i < doc.text.length; i++) {
      const c = doc.text.charCodeAt(i);
      if (c >= 65 && c <= 90) capitals++;
      else if (!(c >= 97 && c <= 122)) continue;
      letters++;
    }
    answer = letters > 0 && capitals / letters > 0.6;
    shouting.set(doc, answer);
  }
  return answer;
}

/** "J.R.M. in 4 is a sweetheart": initials identify a patient to everyone on the unit. */
function findInitials(doc: Doc, add: Add) {
  for (const m of matchesIn(INITIALS, doc.text)) {
    if (NOT_INITIALS.has(m[0].replace(/\s/g, '').toUpperCase())) continue;
    const start = m.index;
    const end = start + m[0].length;
    const { tie, cues } = tieOf(doc, start, end, 8);
    if (isHistorical(doc, start)) continue;
    // "J.T. from our 3rd floor CVICU": initials followed by where they are cared for.
    const cared = CARE_UNIT_AFTER.test(doc.text.slice(end, end + 40));
    // "K.M. in the window bed", "J.T. in bed 4": initials in a bed are a patient's.
    const inBed = IN_BED_AFTER.test(doc.text.slice(end, end + 32));
    // Cared for on a unit, the initials are a patient's even in a post praising the team.
    if (tie !== 'patient' && !((cared || inBed) && !CREDENTIALS.test(doc.text.slice(end, end + 12)))) continue;
    add({ start, end, score: 0.85, pattern: 'initials', context: cues, tie: 'patient', severity: 'high' });
  }
}

/** "great to see my patient @jen_r at the gym": a handle plus a patient reference. */
function findHandles(doc: Doc, add: Add) {
  for (const m of matchesIn(HANDLE, doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const { tie, cues } = tieOf(doc, start, end, 8);
    // "@kb_21 … see you at your 2 wk follow-up": addressed about their own care, a patient.
    if (tie !== 'patient' && !(addressedAboutCare(doc, start, end) && !isColleagueContext(doc, start, end))) continue;
    add({ start, end, score: 0.85, pattern: 'handle', context: cues, tie: 'patient', severity: 'high' });
  }
}
