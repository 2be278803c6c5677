import { phraseRegex } from '../words';
import { declareLetterWays, letterWaysOf } from '../letters';
import type { Near } from '../conduct/recognizer';

/**
 * Who or what a conduct phrase is aimed at. "Idiot" is lateral violence next to "charge nurse",
 * disparages a patient next to "bed 3", and is self-deprecation next to "I'm such an". The same
 * insult vocabulary serves several rules; the target decides which.
 */

export { longestWord } from '../letters';

/** Joins a whole-word phrase list and extra regex sources into one global, case-insensitive regex. */
export function anyOf(phrases: readonly string[], ...sources: string[]): RegExp {
  const list = phraseRegex(phrases);
  const re = new RegExp([list.source, ...sources].join('|'), 'gi');
  // Phrases alone match as their list does, so they hold its letters (letters.ts): a context list
  // a post lacks is then not run there, nor compiled.
  return sources.length ? re : declareLetterWays(re, () => letterWaysOf(list)!);
}

/**
 * Like anyOf, but case-sensitive, so that sources may rely on capitals ("Mercy Ridge Regional" is a
 * name, "for memorial" is not): each phrase is matched lowercase, Capitalised or UPPERCASE.
 */
export function anyOfCased(phrases: readonly string[], ...sources: string[]): RegExp {
  const cap = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
  const variants = [...new Set(phrases.flatMap((p) => [p, cap(p), p.toUpperCase()]))];
  return new RegExp([phraseRegex(variants, 'g').source, ...sources].join('|'), 'g');
}

const NUM = String.raw`#?\s?\d{1,4}[A-Za-z]?\b`;

/** A patient, one or many: "pt", "the dialysis pts", "bed 3", "the guy in 5", "my assignment". */
export const PATIENT = anyOf(
  [
    'patient', 'patients', 'pt', 'pts', "pt's", "patient's", 'client', 'clients', 'my assignment', 'frequent flyer',
    'frequent flier', 'frequent flyers', 'frequent fliers', 'admit', 'admits',
    'nursing home resident', 'resident in', 'the residents', 'visitors', 'visitor', 'people who come to the er',
    'people who come to the ed', 'people who come in', 'anyone who comes to the er', 'anyone who comes in', 'people who come into the er',
  ],
  String.raw`\b(?:bed|room|rm|bay|trauma|resus|stretcher|hall\s?bed)\s*${NUM}`,
  String.raw`\b(?:guy|lady|woman|man|dude|kid|girl|boy|gentleman|grandma|grandpa|granny|mom|dad|one|drunk|teen|chick|she|he)\s+(?:in|from)\s+(?:room\s*|rm\s*|bed\s*|bay\s*)?\d{1,4}[A-Za-z]?\b`,
);

/** What happens only to patients: call lights, pulled lines, pain meds, visits. */
export const CARE = anyOf([
  'the family', 'his family', 'her family', 'call light', 'call bell', 'pulled his iv', 'pulled her iv', 'his iv', 'her iv', 'iv', 'foley', 'pain meds', 'dilaudid',
  'morphine', 'narcan', 'discharge', 'discharged', 'd/c', "d/c'd", 'admitted', 'readmitted', 'triage', 'came in', 'brought in',
  'rolled in', 'is back', 'checked in', 'chest pain', 'noncompliant', 'non-compliant', 'ama', 'bedpan', 'vitals', 'sternal rub',
  'sitter', 'restraints', 'code status', 'dnr', 'full code', 'pain', '10/10', 'visit', 'visits', 'the er', 'the ed', 'waiting room',
  'pulled his', 'pulled her', 'spit on me', 'swung at me', 'bit me', 'kicked me', 'peed', 'pooped',
]);

/**
 * A personal handle (not a hospital's: "@StLukesHealth"), as someone addressed or talked about:
 * not "RT @user" or "@user:", which only say whose words are being passed on.
 */
export const HANDLE_SOURCE = String.raw`(?<![A-Za-z0-9_])(?<!\bRT\s)@(?![A-Za-z0-9_]*(?:[Hh]ealth|HEALTH|[Hh]ospital|HOSPITAL|[Mm]ed|MED|[Cc]linic|CLINIC|[Gg]eneral))[A-Za-z0-9_]{2,}(?![A-Za-z0-9_:])`;

/** A colleague by title and name, or a personal handle. */
const NAMED_COLLEAGUE_SOURCE = String.raw`\b(?:Dr|Doctor|Nurse)\.?\s+[A-Z][a-z]+|${HANDLE_SOURCE}`;

/** Colleagues by role or title: the targets of lateral violence. */
export const COLLEAGUE_ROLES = anyOf(
  [
    'charge nurse', 'charge', 'new grad', 'new grads', 'nurse', 'nurses', 'rn', 'rns', 'lpn', 'lpns', 'cna', 'cnas', 'tech', 'techs',
    'pct', 'pcts', 'coworker', 'coworkers', 'co-worker', 'co-workers', 'colleague', 'colleagues', 'preceptor', 'preceptors',
    'preceptee', 'orientee', 'attending', 'attendings', 'resident', 'residents', 'intern', 'interns', 'fellow', 'doc', 'docs',
    'doctor', 'doctors', 'physician', 'physicians', 'surgeon', 'surgeons', 'hospitalist', 'hospitalists', 'intensivist',
    'anesthesiologist', 'anesthesia', 'crna', 'crnas', 'np', 'nps', 'pas', 'md', 'mds', 'rts', 'respiratory',
    'pharmacist', 'pharmacists', 'pharmacy', 'supervisor', 'supervisors', 'manager', 'managers', 'nurse manager', 'unit manager', 'director',
    'educator', 'unit clerk', 'unit secretary', 'secretary', 'traveler', 'travelers', 'traveller', 'travel nurse',
    'travel nurses', 'agency nurse', 'float nurse', 'float', 'day shift', 'dayshift', 'night shift', 'nightshift', 'nocs',
    'paramedic', 'paramedics', 'medics', 'ems', 'scheduler', 'ortho', 'cardiology', 'gen surg', 'gi', 'radiology',
    'housekeeping', 'evs', 'midwife', 'midwives', 'sonographer', 'therapist', 'slp', 'dietitian', 'case manager',
    'social worker', 'staff', 'my team', 'our team', 'the team', 'the other nurse', 'the other nurses', 'the pa', 'the new pa',
    'our pa', 'the np', 'provider', 'providers', 'the new doc', 'the doc', 'crna', 'the crna', 'coordinator', 'staffing coordinator',
    'charge rn', 'aide', 'aides', 'nurse aide', 'transporter', 'phlebotomist', 'phlebotomy', 'lab tech',
    'the lab', 'scrub tech', 'x-ray tech', 'ct tech', 'house supervisor', 'nursing supervisor', 'resident doc', 'med student',
    'nursing student', 'new nurse', 'new hire', 'new hires', 'float pool', 'registry nurse', 'locum', 'locums',
  ],
  // "RT" is a respiratory therapist, except in "RT @user", a retweet.
  String.raw`(?<![A-Za-z0-9_])rt(?![A-Za-z0-9_])(?!\s*@)`,
);

/** Colleagues by role, title or handle. */
export const COLLEAGUE = new RegExp(`${COLLEAGUE_ROLES.source}|${NAMED_COLLEAGUE_SOURCE}`, 'gi');

/** A colleague named or tagged: naming someone makes an insult worse. */
export const NAMED_COLLEAGUE = new RegExp(NAMED_COLLEAGUE_SOURCE, 'g');

/** Words that make a capitalised phrase an institution's name rather than a person's. */
const INSTITUTION = String.raw`(?:Health(?:care)?(?:\s+System)?|Hospitals?|Medical(?:\s+Cent(?:er|re))?|General(?!\s+(?:Hospital\s+)?(?:Assembly|Election|Manager|Public))|Clinic|Memorial(?!\s+Day)|Regional|Infirmary|Children's|University\s+Hospital)`;

/**
 * The employer: the hospital, its leadership, or a health system by name ("Mercy Ridge Regional",
 * "St. Aldric's") or handle. Names are read from capitals, so this regex is case-sensitive.
 */
export const EMPLOYER = anyOfCased(
  [
    'admin', 'administration', 'administrators', 'management', 'upper management', 'leadership', 'corporate', 'c-suite',
    'the suits', 'executives', 'execs', 'ceo', 'ceos', 'cfo', 'cno', 'hr', 'human resources', 'the board', 'higher ups',
    'higher-ups', 'bean counters', 'mbas', 'my employer', 'our employer', 'the hospital', 'this hospital', 'our hospital',
    'my hospital', 'that hospital', 'this health system', 'our health system', 'the health system', 'this system',
    'this company', 'this place', 'this unit', 'this facility', 'this organization', 'this organisation', 'the organization',
    'this clinic', 'our clinic', 'this job', 'health system', 'a health system', 'hospital system', 'mandatory overtime',
    'mandatory ot', 'staffing office', 'the system', 'my job', 'our leadership', 'nursing leadership', 'the c-suite',
  ],
  String.raw`\b(?!(?:Attorney|Surgeon|Secretary|Inspector|Major|Brigadier|Lieutenant|Happy|In|For|The|A)\s)(?:[A-Z][a-z]+\s){1,3}${INSTITUTION}\b`,
  String.raw`\bSt\.?\s[A-Z][a-z]+'s(?!\s+(?:Day|Eve))\b`,
  String.raw`(?<![A-Za-z0-9_])@[A-Za-z0-9_]*(?:[Hh]ealth|HEALTH|[Hh]ospital|HOSPITAL|[Mm]ed|MED|[Cc]are|CARE|[Cc]linic|CLINIC|[Gg]eneral|GENERAL)[A-Za-z0-9_]*`,
);

/** Work around the poster: shifts, report, charting, patients, the unit ("4 West"). */
export const WORK = anyOf([
  'shift', 'shifts', 'work', 'at work', 'to work', 'report', 'handoff', 'clocking in', 'clock in', 'clocked in', 'on call',
  'on the floor', 'the unit', 'my unit', 'charting', 'chart', 'my patients', 'my pts', 'pts', 'patients', 'pyxis', 'med room',
  'med pass', 'nights', 'night shift', 'day shift', 'noc', '7p', '7a', '0700', '1900', '0645', '1845', 'the hospital', 'clinic',
  'surgery', 'rounds', 'rounding', 'a code', 'scrubs', 'badge', 'assignment', 'triage', 'the er', 'the ed', 'the icu', 'the or',
  'precepting', 'orientation', 'clinical', 'clinicals', 'my 12', 'a 12', 'the 12', 'a twelve', 'my twelve', 'med cart',
  'doing meds', 'passing meds', 'iv', 'ivs', 'code', 'huddle', 'post-call', 'call shift', 'my floor', 'the pyxis', 'omnicell',
  'charge nurse', 'in charge', 'working', 'on duty', 'clinic', 'afternoon clinic', 'lunch break', 'a double', 'my double', 'case',
  'my first case', 'the or', 'day shift', 'night shift', 'nights', 'days', 'assessments', 'assessment', 'came in', 'showed up',
  'clocked in', '16 hours', 'a 16', 'a double', 'break room', 'my lunch', 'my break', 'on break', 'only rn', 'the rn on', 'on tonight', "i'm on tonight", 'working tonight', 'on call',
  // Places at work and call duty: "in the supply room", "first call tonight".
  'supply room', 'clean utility', 'dirty utility', 'utility room', 'nurses station', "nurses' station", 'nurse station', 'locker room',
  'staff bathroom', 'staff lounge', 'first call', 'second call', 'backup call', 'call tonight', 'taking call', 'in house',
  'discharges', 'admits', 'admissions', 'my admits', 'my discharges', 'precepting', 'a new grad', 'my orientee', 'stat case',
  'called in', 'got called in', 'stat c-section', 'c-section', 'stat section', 'a stat', 'the cath lab', 'a delivery',
], String.raw`\b\d{1,2}\s?(?:West|East|North|South|W|E|N|S)\b`);

/** Someone addressed: a handle, a reply, or a name opening the post as a vocative. */
// After a newline only spaces and tabs: "\n\s*" tried from every newline of a paste of blank
// lines reads the rest of the paste each time (quadratic). The match starts at the stretch's last
// newline instead of its first, which windows starting inside the stretch see alike.
export const ADDRESSEE_SOURCE = String.raw`(?:^\s*|\n[^\S\n]*)(?:@\w+|replying\s+to\s+@?\w+|re:\s*@?\w+|[A-Z][a-z]+(?:\s+(?:girl|honey|hun|babe|sis|bro|dude|friend|love|dear|mama))?,\s)|(?<![\w@])@\w{2,}`;

/** The poster themselves, for acts only the poster can confess (drinking before a shift). */
export const FIRST_PERSON = anyOf(['i', "i'm", 'im', "i've", "i'll", "i'd", 'me', 'my', 'myself', 'mine', 'we', "we're", 'us']);

export const near = (label: string, regex: RegExp, words: number, side?: Near['side']): Near => ({ label, regex, words, ...(side ? { side } : {}) });
