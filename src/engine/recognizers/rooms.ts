import { tieOf, type Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import type { Tie } from '../types';
import { matchesBeforeWords } from '../anchors';
import { matchesIn } from '../words';
import { SpanSet } from '../spans';
import { isUnambiguousFirstName } from '../lexicon/first-names';
import { declareLetters, mayHoldMatch } from '../letters';

/**
 * Rooms, beds and bays (NCSBN: "the patient in room 12" identifies the patient to everyone on the
 * unit and to the family). Bed, bay, trauma and stretcher numbers only exist for patients; a
 * "room 318" needs a person nearby, because rooms are also offices, classrooms and hotels.
 */
const NUM = String.raw`(?:\d{1,4}[A-Za-z]?|[A-Za-z]\d{1,3})(?![A-Za-z\u00C0-\u024F\d])`;
/** "room four", "bed twelve", "trauma bay one": the number in words. */
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?![A-Za-z\u00C0-\u024F\d-])`;

/** Places that are only ever a patient's. */
const PATIENT_PLACES = String.raw`(?:bed|bay|trauma|resus|stretcher|gurney|hall\s?bed|hallway\s?bed|cubicle|cube|pod|curtain|isolation|iso|ICU\s?bed|crib|incubator|isolette|chair)`;
/** Rooms that also host meetings, classes and hotel guests. */
const ROOMS = String.raw`(?:room|rm\.?|exam\s?room|ER\s?room|ED\s?room|OR\s?room|pt\s?room|patient\s?room|suite)`;
/** Rooms that are never a patient's: "conference room 3", "break room 2". */
// Module constants, not literals in the per-match loops: a literal is a new RegExp object each
// time it is evaluated.
const A_YEAR = /^(?:19|20)\d\d$/;
const SPACE = /\s/;
const SPACES = /\s+/;
const LOWER_START = /^[a-z]/;
const LETTER_START = /^[a-z]/i;
const PLACE_NUMBER_END = /(\d{1,4}[A-Za-z]?|[A-Za-z]\d{1,3}|(?<![a-z])[a-z]{3,9})$/i;
const COUNTS_SOMETHING_AFTER = /^\s+(?:nights?|days?|times?|more|another|last|again|of|or|and|to|at|in|on|with|by)\b/i;
const POD_START = /^pod/i;
const PLACE_PREPOSITION_BEFORE = /\b(?:in|on|to|into|from|at)\s+(?:the\s+)?$/i;
const WEAK_PLACE_START = /^(?:chair|pod|cube|curtain|suite|iso)/i;

const NOT_PATIENT_ROOM = /\b(?:conference|meeting|break|class|lecture|board|hotel|waiting|supply|utility|locker|call|dining|living|bath|storage|server|escape|zoom|chat|team|rooms?|hospital|study|training|sim|simulation|skills|school|dorm|home|operating)\s*$/i;

/** "the guy in 12", "Pt Sandra K. in 9", "the lady in 4B": a person, then "in" and a number. */
export const PERSON_IN_NUMBER = new RegExp(
  String.raw`\b(?:pt|patient|guy|gentleman|lady|woman|man|kid|boy|girl|baby|dude|grandma|grandpa|granny|mom|dad|teen|toddler|infant|one|family|twins|\d{1,3}\s?(?:yo|y/o|yr\s?old|year\s?old)|frequent\s+fl[yi]er|whoever\s+(?:is|was)|(?:dirt|scum|douche|sleaze)bag|(?:crack|meth|dope)head|gomer|junkie|drunk|seeker|addict|diva|princess|queen|sweetie|sweetheart|cutie|[A-Z]\.\s?[A-Z]\.|(?:Mr|Mrs|Ms)\.?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+[A-Z]\.)\s+(?:in|from)\s+(${NUM})`,
  'gi',
);
export const ACTS_LIKE_A_PERSON = /^[:,]?\s+(?:yelling|kicking|pulling|crying|cursing|swearing|spitting|biting|puking|vomiting|moaning|hitting|throwing|threatening|demanding|begging|keeps|kept|wants|wanted|needs|needed|asked|asks|asking|pressed|pressing|pulled|pulls|yelled|yells|screamed|screaming|refused|refuses|coded|fell|called|calling|says|said|won't|threw|spit|bit|punched|kicked|cursed|swore|peed|pooped|vomited|puked|ripped|eloped|left|lol|has\s+been\s+(?:waiting|asking|yelling|crying|calling|ringing|sleeping|singing)|just\s+(?:told|asked|proposed|called|said|threw|pulled|tried)|finally\s+(?:ate|slept|walked|smiled|laughed|talked|went|got|fell\s+asleep|calmed|settled|stopped)|fell\s+asleep|got\s+me|did\s+it\s+again|got\s+out|escaped|wandered\s+off|ran\s+off|bit\s+me|hit\s+me|grabbed\s+me|told|proposed|cried|laughed|smiled|snored|flirted|tried\s+to|thinks|thought|loves|hates|(?:is|was)\s+(?:(?:a|an|such\s+a|my|our)\s+(?:absolute\s+|total\s+|little\s+|sweet\s+|real\s+)?(?:sweetheart|sweetie|gem|legend|character|hoot|doll|delight|riot|handful|menace|nightmare|saint|angel|queen|king|diva|princess|treasure|trip|charmer|flirt|cutie|darling)|(?:so|such|too|very)\s+(?:sweet|cute|funny|rude|mean|needy|demanding|lovely|kind|sassy|feisty|grumpy|confused|agitated|combative|drunk|high|lonely|scared)|back|at\s+it\s+again|going\s+home|sundowning|crashing|coding|trying\s+to|climbing|screaming|yelling|crying|dying|actively\s+dying|comfort\s+care|on\s+hospice|DNR|full\s+code))\b/i;
/**
 * Letters every match of ACTS_LIKE_A_PERSON holds (letters.ts), by its alternatives in order: the
 * words after a number are tested for them first, so a post whose room number is followed by none
 * ("room 612 turned 97 today") never compiles the regex.
 */
const ACTS_LETTERS = [
  'yell', 'kick', 'pull', 'cry', 'cri', 'curs', 'swear', 'swore', 'spit', 'bit', 'puk', 'vomit', 'moan', 'hit', 'throw', 'threw', 'threat',
  'demand', 'beg', 'keep', 'kept', 'want', 'need', 'ask', 'press', 'scream', 'refus', 'coded', 'fell', 'call', 'says', 'said', "won't",
  'punch', 'peed', 'poop', 'ripped', 'elope', 'left', 'lol', 'has', 'just', 'finally', 'got', 'did', 'escaped', 'wander', 'ran', 'grab',
  'told', 'propos', 'laugh', 'smil', 'snor', 'flirt', 'tried', 'think', 'thought', 'love', 'hate', 'is', 'was',
];
declareLetters(ACTS_LIKE_A_PERSON, ACTS_LETTERS);
/** The words after a number (`after`, a stretch of the post) act like a person: "keeps pressing the call light". */
const actsLikeAPerson = (doc: Doc, after: string) => mayHoldMatch(ACTS_LIKE_A_PERSON, after, doc) && ACTS_LIKE_A_PERSON.test(after);

/**
 * "the lady in 3B at the DMV", "the guy in 2B at my apartment complex", "the singer in 2 of the
 * videos": a seat, a flat or a picture somewhere else. "at the" anything but a care place or a
 * place on the unit ("the guy in 12 at the end of the hall") is somewhere else.
 */
export const ELSEWHERE_AFTER = /^\s+(?:(?:of|in)\s+(?:the|my|our|this|his|her)\s+(?:dmv|gym|bank|store|shop|office|apartment|building|complex|condo|hotel|motel|bus|train|plane|flight|theater|theatre|movies?|restaurant|bar|school|church|class|classroom|library|airport|stadium|neighbou?rhood|photos?|pictures?|videos?|pics?)\b|at\s+(?:the|my|our|this|his|her)\s+(?!(?:end|nurses?|nursing|desk|station|hospital|er|ed|icu|unit|floor|ward|hall|hallway|window|door|moment|time|same|start|beginning|top|bottom|back|front|va|rehab|hospice|care|clinic|ccu|nicu|picu|micu|sicu|or|pacu|bedside)\b)[a-z])/i;

/**
 * Matches of PERSON_IN_NUMBER. Its first alternatives hold digits and capitals (case-insensitive:
 * any word), so no first word narrows where it starts, and tried at every character of a long
 * draft it is the dearest PHI regex once V8 stops optimizing regexes (a busy page's isolate). Every
 * match starts at a run of \w and has "in" or "from" as a whole run at most three runs later (the
 * longest person: "12 y/o", "12 year old"): it is tried only at the three runs before each.
 */
export function personInNumber(text: string): RegExpExecArray[] {
  return matchesBeforeWords(PERSON_IN_NUMBER, text, ['in', 'from'], 3) ?? matchesIn(PERSON_IN_NUMBER, text);
}

/** "in 14": found from the word "in", then the name before it is read ("Walter in 14", "derek fontaine in 22"). */
const IN_NUMBER = new RegExp(String.raw`\bin\s+(?<num>${NUM})`, 'gi');
const NAME_BEFORE = /(?:^|[^A-Za-z'-])([A-Za-z][a-z]{2,})(?:\s+([A-Za-z][a-z'-]{2,}))?\s+$/;
/**
 * "the screamer in 4", "that biter in 9", "our climber in 12": a person named by what they do,
 * then "in" and a number. The word is any agent noun, so the number must act like a person right
 * after ("...finally fell asleep", "...got me again"): "the winner in 4 races" does not.
 */
const AGENT_BEFORE = /(?:^|[^A-Za-z'-])(?:the|that|this|our|my)\s+([a-z]{2,}(?:er|or))\s+$/i;
/** Agent nouns that are the staff, not a patient: "the doctor in 3 keeps paging me". */
const STAFF_AGENTS = new Set(['doctor', 'manager', 'director', 'preceptor', 'educator', 'supervisor', 'officer', 'provider', 'coordinator', 'counselor', 'counsellor', 'volunteer', 'interpreter', 'translator', 'partner', 'member', 'leader', 'trainer', 'instructor', 'professor', 'proctor', 'orientee', 'traveler', 'traveller', 'floater', 'worker', 'teacher', 'mentor']);
/** "is in ", "she's back in ": someone is somewhere numbered (read with what follows the number). */
const IS_IN_BEFORE = /\b(?:is|was|['’]s)\s(?:back\s)?$/i;
/** "in 412B", "in 5B": a room code with its wing letter. */
const IN_ROOM_CODE = /\bin\s+(?<num>\d{1,4}[A-Z])(?![A-Za-z\d])/g;

/** "pt john smith in 14": a patient reference, up to three words, then "in" and a number. */
const PATIENT_WORDS_IN_NUMBER = new RegExp(String.raw`\b(?:pt|patient)\.?\s+(?:[A-Za-z\u00C0-\u024F.'’-]+\s+){1,3}?in\s+(${NUM})`, 'gi');
/** "in 5 minutes", "in 2026", "in 4 West": numbers that are not rooms. */
const NOT_A_ROOM_AFTER = /^\s*(?:min|mins|minutes|hours?|hrs?|days?|weeks?|months?|years?|yrs?|seconds?|secs?|shifts?|mg|ml|kg|lbs?|%|percent|west|east|north|south|tower|wing|people|patients|of|out|x\b|:\d)/i;

/** "bed 14", "rm #12", "room number 4B". Compiled once: a regex built per call is also re-read per call. */
const PLACE_NUMBERS = [
  { pattern: PATIENT_PLACES, patientPlace: true },
  { pattern: ROOMS, patientPlace: false },
].map((p) => ({ ...p, re: new RegExp(String.raw`\b${p.pattern}\s*(?:(?:#|no\.?|number|:)\s*)?(?:${NUM}|${NUMBER_WORD})`, 'gi') }));
/**
 * A bed or a room by where it is on the unit: "the corner bed", "the end room on 5 North", "the
 * window bed". Everyone on the unit knows whose it is; reported with a person nearby.
 */
const DESCRIBED_BED = /\b(?:the|that)\s+(?:(?:corner|end|window|isolation)\s+(?:bed|room|bay|cubicle|stretcher)|(?:door|middle|far|back|front|last|first)\s+(?:bed|bay|cubicle|stretcher))\b/gi;

export const rooms: CustomRecognizer = {
  kind: 'custom',
  id: 'room-bed-bay',
  rule: 'phi.room',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    const claimed = new SpanSet();
    const push = (start: number, end: number, pattern: string, patientPlace: boolean) => {
      if (!claimed.claim(start, end)) return;
      const { tie, cues } = tieOf(doc, start, end);
      // One literal per candidate, not a base object copied: a pasted list has hundreds of beds.
      const candidate = (score: number, t: Tie): Candidate => ({ rule: 'phi.room', start, end, recognizer: 'room-bed-bay', pattern, context: cues, score, tie: t });
      // "bed 14 keeps pressing the call light": the bed is standing in for its patient.
      // Read only when the tie does not decide (a regex run is its compiling on a post's first check).
      if (tie === 'patient' || tie === 'person') out.push(candidate(0.9, tie));
      else if (patientPlace && actsLikeAPerson(doc, doc.text.slice(end, end + 20))) out.push(candidate(0.8, 'patient'));
      // The bed on a monitor's title bar, the room on an ECG header: the patient's on the image.
      else if (doc.options.medicalImage) out.push(candidate(0.8, 'patient'));
      else out.push(candidate(0.6, tie)); // a facility note ("Bed 12 is now a peds bay"): strict only
    };

    // "Walter in 14", "derek fontaine in 22": a first name, perhaps a surname, then "in" and a number.
    for (const m of matchesIn(IN_NUMBER, doc.text)) {
      const num = m.groups!.num!;
      const end = m.index + m[0].length;
      const before = doc.text.slice(Math.max(0, m.index - 40), m.index);
      const agent = AGENT_BEFORE.exec(before);
      if (agent && !STAFF_AGENTS.has(agent[1]!.toLowerCase()) && !A_YEAR.test(num) && actsLikeAPerson(doc, doc.text.slice(end, end + 20))) {
        const start = end - num.length;
        if (claimed.claim(start, end)) out.push({ rule: 'phi.room', start, end, score: 0.85, recognizer: 'room-bed-bay', pattern: 'agent noun in number', context: [agent[1]!.toLowerCase()], tie: 'patient' });
        continue;
      }
      // "the dentist from oak street is in 22 again", "she's back in 9 screaming": someone is in a
      // numbered bed, and the number acts like a person ("again" between): not "the meeting is in 22 again".
      if (IS_IN_BEFORE.test(before) && !/^(?:19|20)\d\d$/.test(num) && !NOT_A_ROOM_AFTER.test(doc.text.slice(end, end + 12)) && actsLikeAPerson(doc, doc.text.slice(end, end + 28).replace(/^\s+again(?=\s)/i, ''))) {
        const start = end - num.length;
        if (claimed.claim(start, end)) out.push({ rule: 'phi.room', start, end, score: 0.8, recognizer: 'room-bed-bay', pattern: 'is in number', context: ['is in'], tie: 'patient' });
        continue;
      }
      const name = NAME_BEFORE.exec(before);
      if (!name || !isUnambiguousFirstName(name[1]!) || A_YEAR.test(num) || NOT_A_ROOM_AFTER.test(doc.text.slice(end, end + 12))) continue;
      // "derek fontaine in 22" or "Walter Cole in 22", not "derek Fontaine".
      if (LOWER_START.test(name[1]!) && name[2] && !LOWER_START.test(name[2])) continue;
      const start = end - num.length;
      if (!claimed.claim(start, end)) continue;
      out.push({ rule: 'phi.room', start, end, score: 0.85, recognizer: 'room-bed-bay', pattern: 'name in number', context: [name[1]!.toLowerCase()], tie: 'patient' });
    }
    // "holding my hand in 412B": a room-shaped number (digits and a wing letter) after "in", near a person.
    for (const m of matchesIn(IN_ROOM_CODE, doc.text)) {
      const num = m.groups!.num!;
      const end = m.index + m[0].length;
      const start = end - num.length;
      const { tie, cues } = tieOf(doc, start, end);
      if ((tie !== 'patient' && tie !== 'person') || ELSEWHERE_AFTER.test(doc.text.slice(end, end + 40)) || !claimed.claim(start, end)) continue;
      out.push({ rule: 'phi.room', start, end, score: 0.8, recognizer: 'room-bed-bay', pattern: 'room code', context: cues, tie });
    }
    for (const m of [...personInNumber(doc.text), ...matchesIn(PATIENT_WORDS_IN_NUMBER, doc.text)]) {
      const num = m[1]!;
      const end = m.index + m[0].length;
      if (A_YEAR.test(num)) continue; // "the guy in 2019"
      if (NOT_A_ROOM_AFTER.test(doc.text.slice(end, end + 12)) || ELSEWHERE_AFTER.test(doc.text.slice(end, end + 40))) continue;
      const start = end - num.length;
      if (!claimed.claim(start, end)) continue;
      // The person word itself ties the number: "the dirtbag in 5" is a patient by location.
      const person = m[0].split(SPACES)[0]!.toLowerCase();
      out.push({ rule: 'phi.room', start, end, score: 0.9, recognizer: 'room-bed-bay', pattern: 'person in number', context: [person], tie: 'patient' });
    }
    for (const { pattern, patientPlace, re } of PLACE_NUMBERS) {
      for (const m of matchesIn(re, doc.text)) {
        const start = m.index;
        const end = start + m[0].length;
        const numMatch = PLACE_NUMBER_END.exec(m[0]);
        if (!numMatch || A_YEAR.test(numMatch[1]!)) continue;
        if (NOT_PATIENT_ROOM.test(doc.text.slice(Math.max(0, start - 20), start))) continue;
        if (NOT_A_ROOM_AFTER.test(doc.text.slice(end, end + 12))) continue;
        // "in her bed one night", "room for two more": a number in words that counts something else.
        if (LETTER_START.test(numMatch[1]!) && COUNTS_SOMETHING_AFTER.test(doc.text.slice(end, end + 10))) continue;
        // "POD 2 from my own lap chole" is post-op day 2: a pod is a place only after "in", "on", "to".
        if (POD_START.test(m[0]) && !PLACE_PREPOSITION_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start))) continue;
        // "chair 2" / "pod 3" are also office furniture and team names: only with a person.
        const weak = WEAK_PLACE_START.test(m[0]);
        push(start, end, weak ? `${pattern === ROOMS ? 'room' : 'patient place'} (weak)` : pattern === ROOMS ? 'room' : 'patient place', patientPlace && !weak);
      }
    }
    for (const m of matchesIn(DESCRIBED_BED, doc.text)) {
      const start = m.index + m[0].search(SPACE) + 1;
      const end = m.index + m[0].length;
      const { tie, cues } = tieOf(doc, start, end);
      if ((tie !== 'patient' && tie !== 'person') || !claimed.claim(start, end)) continue;
      out.push({ rule: 'phi.room', start, end, score: 0.8, recognizer: 'room-bed-bay', pattern: 'bed described in words', context: cues, tie });
    }
    return out;
  },
};
