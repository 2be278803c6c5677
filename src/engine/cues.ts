import { phraseRegex, WORD_CHAR } from './words';

export type CueKind = 'patient' | 'person' | 'family';

/**
 * Words that reference a specific patient. Singular on purpose: "patients" in a health-education
 * post ("patients with sepsis...") is about nobody in particular.
 */
const PATIENT_WORDS = [
  'my pt', 'our pt', 'pt is', 'pt was',
  'frequent flyer', 'frequent flier', 'facesheet', 'face sheet',
  'admitted', 'readmitted', 'discharged', 'coded', 'intubated', 'extubated', 'transferred',
  'came in', 'come in', 'brought in', 'wheeled in', 'rolled in', 'walked in', 'showed up',
  'presented to', 'checked in',
  'my assignment', 'in our care', 'caring for', 'cared for', 'took care of', 'taking care of', 'my favorite pt',
  'my fave pt',
  'mrn', 'dob', 'd.o.b', 'date of birth',
  'resident in', 'the resident',
];

/** Any person: pronouns and person nouns. Not "they/their", which posts use for everyone. */
const PERSON_WORDS = [
  'he', 'she', 'him', 'her', 'his', 'hers', "he's", "she's", 'himself', 'herself',
  'someone', 'somebody', 'whoever', 'person', 'guy', 'gentleman', 'lady', 'woman', 'man', 'kid', 'baby',
  'girl', 'boy', 'teen', 'toddler', 'infant', 'newborn', 'son', 'daughter', 'wife', 'husband', 'mom', 'dad',
  'mother', 'father', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'relatives',
  // Not bare "family": "Family Medicine Clinic" and "family lounge" are places, not people.
  'his family', 'her family', "patient's family", 'family member', 'family members', 'the family is', 'the family was',
  'mr', 'mrs', 'ms', 'mr.', 'mrs.', 'ms.', 'mx.', 'miss', 'sir', "ma'am", 'belongs to', 'owner',
  'driver', 'drunk', 'addict', 'junkie', 'gomer', 'seeker', 'drug seeker', 'vet', 'veteran', 'old man', 'old lady',
  'dude', 'teenager', 'child', 'twins', 'mama',
];

/** The poster's own family: "my grandma turned 97" is a family post, not a disclosure. */
const FAMILY_WORDS = [
  'mom', 'mum', 'mother', 'dad', 'father', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'nana', 'papa',
  'granny', 'son', 'daughter', 'husband', 'wife', 'kid', 'kids', 'aunt', 'uncle', 'sister', 'brother', 'cousin',
  'niece', 'nephew', 'baby', 'boy', 'girl', 'family', 'grandson', 'granddaughter', 'fiance', 'fiancé', 'partner',
  'bestie', 'best friend', 'parents', 'in-laws', 'mother-in-law', 'father-in-law',
];
/**
 * "my <relative>" or "our <relative>": the same matches as a phrase list of every "my X" and
 * "our X", but "my" is read once and then the relative, not forty alternatives from "my" on.
 */
const MY_FAMILY = new RegExp(String.raw`(?<!${WORD_CHAR})(?:my|our)\s+${phraseRegex(FAMILY_WORDS).source}`, 'gi');

/**
 * Nouns that follow "patient" in the name of a programme or a place, not a person:
 * "patient portal", "Patient Safety Week", "patient experience scores".
 */
export const PATIENT_COMPOUND =
  'portal|safety|experience|care|satisfaction|education|educator|advocate|advocacy|centered|centred|access|services|' +
  'relations|transport|transportation|flow|rights|engagement|outcomes|population|populations|navigator|navigation|' +
  'registration|identification|privacy|information|financial|family|lift|lifts|monitoring|tracking|voice|stories|' +
  'story|day|week|month|volume|volumes|ratio|ratios|load|loads|census|throughput|surveys?|feedback|handoffs?|' +
  'charts?|records?|data|teaching|communication|assignments?|mix|acuity|falls?|fall|simulator|actors?';

/** "patient", "pt", "pt's" — except in compounds such as "patient portal". */
const PATIENT_NOUN = new RegExp(String.raw`(?<![A-Za-z0-9_])(?:patient|pt)(?:'s|\.)?(?![A-Za-z0-9_])(?!\s+(?:${PATIENT_COMPOUND})\b)`, 'gi');

/** "Grandpa Joe", "Aunt Linda": how people name their own relatives. */
const NAMED_RELATIVE = /\b(?:Grandpa|Grandma|Granny|Gramps|Grammy|Nana|Papa|Uncle|Aunt|Auntie|Cousin)\s+[A-Z][a-z]+/g;

/**
 * "Grandma turned 97 today", "Nana hit 95": a kinship word written as a name, with no "the" or
 * "our" before it, is the poster's own relative.
 */
const KIN_AS_NAME = /(?<!\b(?:the|a|an|this|that|our|your|his|her|their|pt's|patient's)\s)\b(?:Grandma|Grandpa|Granny|Gramps|Grammy|Nana|Papa|Mom|Mum|Dad|Mama)\b(?!\s+(?:in|from)\s+\d)/g;

/** "our 97-year-old", "the 16 year old": an age used as a noun is a person. */
const AGE_AS_PERSON = /\b\d{1,3}[\s-]?(?:year|yr)[\s-]?old\b/gi;
/** "97 yo F", "34F", "3yo": clinical shorthand only ever describes a patient. */
const CLINICAL_AGE = /\b\d{1,3}\s?(?:yo|y\/o)\b|\b\d{1,3}[MF]\b/g;

export const CUE_PATTERNS: ReadonlyArray<readonly [CueKind, RegExp]> = [
  ['patient', phraseRegex(PATIENT_WORDS)],
  ['patient', PATIENT_NOUN],
  ['person', phraseRegex(PERSON_WORDS)],
  ['family', MY_FAMILY],
  ['family', NAMED_RELATIVE],
  ['family', KIN_AS_NAME],
  ['person', AGE_AS_PERSON],
  ['patient', CLINICAL_AGE],
];
