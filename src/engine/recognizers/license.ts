import type { PatternRecognizer } from '../recognizer';
import { isPlausibleIdentifier } from '../validators/identifier';

const NUMBER = String.raw`(?:#|no\b\.?|num\b|number\b|nbr\b)`;
// "driver's license", "birth certificate", "passport" name a document, and the number may follow
// directly. Plain "license" and "certificate" are prose ("license renewal due 2027", "my RN
// license") unless #, no or number follows.
const DOCUMENT = String.raw`driver'?s?\s?(?:licen[cs]e|lic\b\.?)|(?:birth|death|marriage)\s+certificate|passport|state\s+id`;
const GENERIC = String.raw`licen[cs]e|lic\b\.?|certificate|cert\b\.?|permit`;
// Licence numbers: letters and digits, dash-joined (Florida W426-545-30-761-0), a digit early on.
const ID = String.raw`(?<id>(?=[A-Za-z-]{0,6}\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![\w-])`;
const SEP = String.raw`\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?`;

/**
 * Driver's licence, passport and certificate numbers (Safe Harbor K). They belong to one person,
 * so a labelled one is high. State formats differ too much to check; the label carries it.
 */
export const licenseNumber: PatternRecognizer = {
  kind: 'pattern',
  id: 'license-number',
  rule: 'phi.license',
  tie: 'inherent',
  patterns: [
    // The label is in each pattern, so a match is already confident: 0.6 is high on its own.
    {
      name: 'document number',
      regex: new RegExp(String.raw`(?<![\w])(?:${DOCUMENT})(?![a-z])(?:\s?${NUMBER})?${SEP}${ID}`, 'gi'),
      score: 0.6,
    },
    {
      name: 'numbered licence',
      regex: new RegExp(String.raw`(?<![\w])(?:${GENERIC})(?![a-z])\s?${NUMBER}${SEP}${ID}`, 'gi'),
      score: 0.6,
    },
    // "DL", "DLN": capitals only, since "dL" is a decilitre in every lab value.
    { name: 'DL', regex: new RegExp(String.raw`(?<![\w/])DLN?(?![A-Za-z])(?:\s?${NUMBER})?${SEP}${ID}`, 'g'), score: 0.6 },
  ],
  context: [
    "driver's license", "driver's licence", 'drivers license', 'driver license', 'license', 'licence', 'lic',
    'dl', 'dln', 'certificate', 'passport', 'permit', 'state id',
  ],
  validate: (v) => (isPlausibleIdentifier(v, 5, 20) ? undefined : false),
};
