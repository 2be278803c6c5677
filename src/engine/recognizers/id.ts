import type { PatternRecognizer } from '../recognizer';
import { isPlausibleIdentifier } from '../validators/identifier';

const NUMBER = String.raw`(?:#|no\b\.?|num\b|number\b|nbr\b|id\b)`;
// Words that only ever precede a record number in clinical writing.
const RECORD_WORDS = String.raw`accession|encounter|specimen|requisition|csn`;
// Everyday words ("case study", "in case 2 of us", "order 2 pizzas", "claim 3 points"): only with
// #, no, number or id after them.
const PROSE_WORDS = String.raw`case|visit|claim|order|lab\s+order|incident|incident\s+report|report|event|occurrence|referral|auth|authorization|prior\s+auth|rx|prescription|fin|har`;
const ID = String.raw`(?<id>(?=[A-Za-z-]{0,6}\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![\w-])`;
const SEP = String.raw`\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?`;

/**
 * Any other identifying number (Safe Harbor R): accession, encounter, case, claim, order and
 * incident numbers point back to one patient's record, so a labelled one is high.
 */
export const recordId: PatternRecognizer = {
  kind: 'pattern',
  id: 'record-id',
  rule: 'phi.id',
  tie: 'inherent',
  patterns: [
    // The label is in each pattern, so a match is already confident: 0.6 is high on its own.
    {
      name: 'record number',
      regex: new RegExp(String.raw`(?<![\w])(?:${RECORD_WORDS})(?![a-z])(?:\s?${NUMBER})?${SEP}${ID}`, 'gi'),
      score: 0.6,
    },
    {
      name: 'numbered record',
      regex: new RegExp(String.raw`(?<![\w])(?:${PROSE_WORDS})(?![a-z])\s?${NUMBER}${SEP}${ID}`, 'gi'),
      score: 0.6,
    },
    // Cerner's financial number is written in capitals; "fin" alone is a word.
    {
      name: 'FIN',
      regex: new RegExp(String.raw`(?<![\w])FIN(?![A-Za-z])${SEP}${ID}`, 'g'),
      score: 0.6,
    },
  ],
  context: [
    'accession', 'encounter', 'specimen', 'requisition', 'csn', 'fin', 'case', 'visit', 'claim', 'order',
    'incident', 'report', 'event', 'referral', 'auth', 'authorization', 'rx', 'prescription',
  ],
  validate: (v) => (isPlausibleIdentifier(v, 5, 20) ? undefined : false),
};
