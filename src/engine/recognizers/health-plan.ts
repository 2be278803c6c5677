import type { PatternRecognizer } from '../recognizer';
import { declareLetters } from '../letters';
import { isPlausibleIdentifier } from '../validators/identifier';
import { isValidMbi } from '../validators/mbi';

const A = '[AC-HJKMNP-RT-Y]';
const AN = '[AC-HJKMNP-RT-Y0-9]';

/**
 * Medicare Beneficiary Identifier: its letter/digit layout is specific enough that a valid one
 * is an MBI wherever it appears. Upper case only, as printed on the card.
 */
export const medicareMbi: PatternRecognizer = {
  kind: 'pattern',
  id: 'medicare-mbi',
  rule: 'phi.health_plan',
  tie: 'inherent',
  patterns: [
    {
      name: 'mbi',
      regex: new RegExp(String.raw`(?<![\w-])[1-9]${A}${AN}\d-?${A}${AN}\d-?${A}${A}\d\d(?![\w-])`, 'g'),
      score: 0.5,
    },
  ],
  context: ['medicare', 'mbi', 'beneficiary', 'cms'],
  validate: (v) => isValidMbi(v),
};

// "member", "policy" and "group" are everyday words: they name an identifier only when followed
// by id / # / number / no ("member of the team", "policy update" stay prose).
const PLAN_LABEL = String.raw`(?:member|subscriber|beneficiary|enrollee|insured|policy|policyholder|insurance|insurer|medicaid|medicare|medi-cal|tricare|plan|group|hicn|health\s+plan)`;
/** Insurers whose name, like a label, introduces a member number: "Aetna member W190332871", "Ins: Humana H81920334". */
const INSURER = String.raw`(?:aetna|humana|cigna|unitedhealthcare|united\s+healthcare|uhc|anthem|bcbs|blue\s+cross(?:\s+blue\s+shield)?|kaiser|molina|centene|ambetter|wellcare|oscar|tricare|medicaid|medicare|medi-cal|ins\.?)`;
/** Letters of the plan labels and the insurers (letters.ts): a post without any never compiles those patterns. */
const PLAN_LETTERS = ['member', 'subscriber', 'beneficiary', 'enrollee', 'insur', 'policy', 'medicaid', 'medicare', 'medi-cal', 'tricare', 'plan', 'group', 'hicn'];
const INSURER_LETTERS = ['aetna', 'humana', 'cigna', 'united', 'uhc', 'anthem', 'bcbs', 'blue', 'kaiser', 'molina', 'centene', 'ambetter', 'wellcare', 'oscar', 'tricare', 'medicaid', 'medicare', 'medi-cal', 'ins'];
const SUFFIX = String.raw`(?:id\b|#|number\b|num\b|nbr\b|no\b\.?|card\b|bic\b)`;
const ID = String.raw`(?<id>(?=[a-z-]{0,6}\d)[a-z0-9]+(?:-[a-z0-9]+)*)(?![\w-])`;

/** Insurer member, subscriber, policy and Medicaid numbers: free-form, so only after their label. */
export const memberId: PatternRecognizer = {
  kind: 'pattern',
  id: 'health-plan-member-id',
  rule: 'phi.health_plan',
  tie: 'inherent',
  patterns: [
    {
      name: 'labelled member id',
      // The label is in the pattern, so a match is already confident: 0.6 is high on its own.
      regex: declareLetters(new RegExp(String.raw`(?<![\w])${PLAN_LABEL}(?![a-z])\s?${SUFFIX}\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?${ID}`, 'gi'), PLAN_LETTERS),
      score: 0.6,
    },
    {
      // The label, then whose plan it is, then the number: "policy number for her insurance is
      // BCX449201736", "member ID on his Aetna card: W1903". The words between are few and fixed.
      name: 'labelled member id of a person',
      regex: declareLetters(
        new RegExp(
          String.raw`(?<![\w])${PLAN_LABEL}(?![a-z])\s?${SUFFIX}\s+(?:for|of|on|from)\s+(?:his|her|their|the|this|that|my|our)\s+(?:[a-z]+\s+)?(?:insurance|plan|coverage|policy|card)\s{0,3}(?:is\s+|was\s+|:\s{0,3})${ID}`,
          'gi',
        ),
        PLAN_LETTERS,
      ),
      score: 0.6,
    },
    {
      // Australia's Medicare card: ten digits written 4-5-1, often with the holder's position on it.
      name: 'spaced medicare card',
      regex: declareLetters(/(?<![\w])medicare\s?(?:card|number|no\b\.?|#)\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?(?<id>\d{4}\s\d{5}\s\d(?:\s?[/-]\s?\d)?)(?![\w-])/gi, ['medicare']),
      score: 0.6,
    },
    {
      // The national health service's number for its members: England's NHS number (3-3-4) and
      // Canada's provincial health card (Ontario's OHIP, 4-3-3 and a version code).
      name: 'national health number',
      regex: declareLetters(/(?<![\w])(?:nhs|ohip|health\s+card)\s?(?:number\b|num\b|no\b\.?|#|id\b)?\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?(?<id>\d{3,4}[ -]?\d{3}[ -]?\d{3,4}(?:-[a-z]{2})?)(?![\w-])/gi, ['nhs', 'ohip', 'health']),
      score: 0.6,
    },
    {
      name: 'insurer and number',
      // Needs at least five digits: "Aetna member W190332871" but not "Aetna plan B".
      regex: declareLetters(
        new RegExp(
          String.raw`(?<![\w])${INSURER}(?![a-z])\s*(?:member|card|id|#|no\.?|number)?\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?(?<id>(?=(?:[a-z-]*\d){5})[a-z]{0,3}\d[a-z0-9]{4,18})(?![\w-])`,
          'gi',
        ),
        INSURER_LETTERS,
      ),
      score: 0.6,
    },
  ],
  context: [
    'member', 'member id', 'subscriber', 'beneficiary', 'policy', 'insurance', 'insurer', 'medicaid', 'medicare',
    'medi-cal', 'tricare', 'group', 'plan', 'eligibility', 'coverage', 'payer', 'hicn',
  ],
  validate: (v) => (isPlausibleIdentifier(v, 6, 20) ? undefined : false),
};
