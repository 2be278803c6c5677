import type { PatternRecognizer } from '../recognizer';
import { isPlausiblePlate } from '../validators/plate';
import { isValidVin } from '../validators/vin';

/**
 * Vehicle identification numbers (Safe Harbor L). Seventeen characters without I, O or Q, at
 * least one letter; only check-digit-valid ones count, which makes them self-evident.
 */
export const vin: PatternRecognizer = {
  kind: 'pattern',
  id: 'vin',
  rule: 'phi.vehicle',
  tie: 'inherent',
  patterns: [
    // At least one letter: a 17-digit run is a number, and real VINs always carry letters.
    { name: 'vin', regex: /(?<![\w-])(?=\d{0,16}[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}(?![\w-])/g, score: 0.3, wholeRun: 17 },
  ],
  context: ['vin', 'vehicle', 'car', 'truck', 'chassis'],
  validate: (v) => isValidVin(v),
};

// "plate of cookies", "tag me", "licence plate reader article": the word is common, so the value
// after it must look like a plate (letters and digits; see isPlausiblePlate).
const PLATE_LABEL = String.raw`(?:licen[cs]e|number|registration|reg|car|vehicle)\s+plates?|plates?|tags?|rego|reg|(?:car|vehicle)\s+registration`;
const NUMBER = String.raw`(?:#|no\b\.?|num\b|number\b)`;
// The second group is not a word of the sentence: "plate 7KLM392 in the lot" is "7KLM392", not "7KLM392 in";
// "plate number is 5TRW902 if anyone sees him" is "5TRW902" (a spaced plate with "if" fails validation, and the match is not retried).
const PLATE = String.raw`(?<id>[A-Za-z0-9]{1,8}(?:[ -](?!(?:in|on|at|is|was|and|the|to|of|for|by|or|it|got|has|had|lot|car|now|so|but|its|are|if|as|he|she|his|her|we|you|my|our|when|then|with|from|that|this|who|just|still|also|not|came|come|went|left|read|says|said|shows|belongs|parked)(?![\w-]))[A-Za-z0-9]{1,4})?)(?![\w-])`;

/** Licence plates after the word that names them. A plate identifies the owner, so labelled is high. */
export const licensePlate: PatternRecognizer = {
  kind: 'pattern',
  id: 'license-plate',
  rule: 'phi.vehicle',
  tie: 'inherent',
  patterns: [
    {
      name: 'labelled plate',
      // The label is in the pattern, so a match is already confident: 0.6 is high on its own.
      regex: new RegExp(
        String.raw`(?<![\w])(?:${PLATE_LABEL})(?![a-z])(?:\s?${NUMBER})?\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+|reads?\s+|says\s+|shows\s+)?${PLATE}`,
        'gi',
      ),
      score: 0.6,
    },
  ],
  context: ['plate', 'plates', 'license plate', 'licence plate', 'tag', 'reg', 'rego', 'registration', 'car', 'truck', 'vehicle', 'parked'],
  validate: (v) => (isPlausiblePlate(v) ? undefined : false),
};
