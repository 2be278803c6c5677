import { phraseRegex } from './words';

export type CueKind = 'patient' | 'person' | 'family';

/**
 * Words that reference a specific patient. Singular on purpose: "patients" in a health-education
 * post ("patients with sepsis...") is about nobody in particular.
 */
const PATIENT_WORDS = [
  'patient', "patient's", 'pt', "pt's", 'pt.', 'my pt', 'our pt', 'pt is', 'pt was',
  'frequent flyer', 'frequent flier', 'facesheet', 'face sheet',
  'admitted', 'readmitted', 'discharged', 'coded', 'intubated', 'extubated', 'transferred',
  'came in', 'come in', 'brought in', 'wheeled in', 'rolled in', 'walked in', 'showed up',
  'presented to', 'checked in',
  'my assignment', 'in our care',
  'mrn', 'dob', 'd.o.b', 'date of birth',
  'resident in', 'the resident',
];

/** Any person: pronouns and person nouns. Not "they/their", which posts use for everyone. */
const PERSON_WORDS = [
  'he', 'she', 'him', 'her', 'his', 'hers', "he's", "she's", 'himself', 'herself',
  'someone', 'somebody', 'whoever', 'person', 'guy', 'gentleman', 'lady', 'woman', 'man', 'kid', 'baby',
  'girl', 'boy', 'teen', 'toddler', 'infant', 'newborn', 'son', 'daughter', 'wife', 'husband', 'mom', 'dad',
  'mother', 'father', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'family', 'relatives',
  'mr', 'mrs', 'ms', 'mr.', 'mrs.', 'ms.', 'mx.', 'miss', 'sir', "ma'am", 'belongs to', 'owner',
];

/** The poster's own family: "my grandma turned 97" is a family post, not a disclosure. */
const FAMILY_WORDS = [
  'mom', 'mum', 'mother', 'dad', 'father', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'nana', 'papa',
  'granny', 'son', 'daughter', 'husband', 'wife', 'kid', 'kids', 'aunt', 'uncle', 'sister', 'brother', 'cousin',
  'niece', 'nephew', 'baby', 'boy', 'girl', 'family', 'grandson', 'granddaughter', 'fiance', 'fiancé', 'partner',
  'bestie', 'best friend', 'parents', 'in-laws', 'mother-in-law', 'father-in-law',
].flatMap((w) => [`my ${w}`, `our ${w}`]);

/** "Grandpa Joe", "Aunt Linda": how people name their own relatives. */
const NAMED_RELATIVE = /\b(?:Grandpa|Grandma|Granny|Gramps|Grammy|Nana|Papa|Uncle|Aunt|Auntie|Cousin)\s+[A-Z][a-z]+/g;

export const CUE_PATTERNS: ReadonlyArray<readonly [CueKind, RegExp]> = [
  ['patient', phraseRegex(PATIENT_WORDS)],
  ['person', phraseRegex(PERSON_WORDS)],
  ['family', phraseRegex(FAMILY_WORDS)],
  ['family', NAMED_RELATIVE],
];
