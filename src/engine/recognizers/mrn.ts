import type { PatternRecognizer } from '../recognizer';
import { declareLetters } from '../letters';
import { isPlausibleIdentifier } from '../validators/identifier';

// Ways clinicians write "medical record number". Bare words that are also prose ("chart",
// "patient", "hospital") count only with #, no or number after them ("chart review at 3").
const NUMBER = String.raw`(?:#|no\b\.?|num\b|number\b|nbr\b)`;
const MRN_LABEL = [
  String.raw`mrn`,
  // "M.R.N." written with dots.
  String.raw`m\.r\.n\.?`,
  String.raw`mr\s?${NUMBER}`,
  String.raw`med(?:ical)?\.?\s?rec(?:ord)?s?\.?(?:\s?${NUMBER})?`,
  String.raw`chart\s?${NUMBER}`,
  String.raw`(?:patient|pt\.?)\s?(?:id\b|${NUMBER})`,
  String.raw`(?:hospital|hosp\.?|ur|chi)\s?${NUMBER}`,
].join('|');
/**
 * Letters every match holds (letters.ts): every label is "mrn" or "m.r.n", or has "rec" or a
 * number mark after it ("mr #", "chart no", "pt id"). A post without any never compiles the two
 * patterns below.
 */
const MRN_LETTERS = ['mrn', 'm.r.n', 'rec', '#', 'no', 'num', 'nbr', 'id'];
// The number itself: letters and digits, dash-joined, with a digit early on ("E1234567", "00-771-93").
const ID = String.raw`(?<id>(?=[a-z-]{0,4}\d)[a-z0-9]+(?:-[a-z0-9]+)*)(?![\w-])`;

/**
 * Medical record numbers (Safe Harbor H). They exist only for a patient, so any labelled one is
 * high. "never post MRNs" and "MRN policy" have no number and do not match.
 */
export const mrn: PatternRecognizer = {
  kind: 'pattern',
  id: 'mrn',
  rule: 'phi.mrn',
  tie: 'inherent',
  patterns: [
    {
      name: 'labelled mrn',
      // "(?![a-z])" after the label: "mRNA-1273" is a vaccine, not "MRN A-1273".
      // The label is in the pattern, so a match is already confident: 0.6 is high on its own.
      regex: declareLetters(new RegExp(String.raw`(?<![\w])(?:${MRN_LABEL})(?![a-z])\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?${ID}`, 'gi'), MRN_LETTERS),
      score: 0.6,
    },
    // "MR# 4471 0932": digit groups with spaces, which the pattern above stops at.
    {
      name: 'labelled mrn in groups',
      regex: declareLetters(new RegExp(String.raw`(?<![\w])(?:${MRN_LABEL})(?![a-z])\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?(?<id>\d{2,6}(?: \d{2,6}){1,3})(?![\w-])`, 'gi'), MRN_LETTERS),
      score: 0.6,
    },
  ],
  context: ['mrn', 'mr', 'medical record', 'med rec', 'record', 'chart', 'patient id', 'pt id', 'hospital number', 'ehr', 'emr'],
  validate: (v) => (isPlausibleIdentifier(v, 5, 12) ? undefined : false),
};
