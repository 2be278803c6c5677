import type { PatternRecognizer } from '../recognizer';
import { declareLetters } from '../letters';
import { isPlausiblePaymentCard } from '../validators/card';
import { isPlausibleIdentifier } from '../validators/identifier';

// Not part of a longer number, a decimal, or a dashed code.
const START = String.raw`(?<![\d.,-])`;

/**
 * Payment card numbers (Safe Harbor J). A number that passes Luhn inside a real issuer range is
 * a card whoever wrote it; everything else is dropped, so order and tracking numbers stay quiet.
 */
export const paymentCard: PatternRecognizer = {
  kind: 'pattern',
  id: 'payment-card',
  rule: 'phi.account',
  tie: 'inherent',
  patterns: [
    // 4-4-4-4 (and 4-4-4-4-3), one separator style throughout.
    { name: 'grouped 4-4-4-4', regex: new RegExp(String.raw`${START}\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?(?![\d-])`, 'g'), score: 0.3 },
    // American Express 4-6-5 and Diners 4-6-4.
    { name: 'grouped 4-6-5', regex: new RegExp(String.raw`${START}\d{4}([ -])\d{6}\1\d{4,5}(?![\d-])`, 'g'), score: 0.3 },
    // 12 digits only for Maestro, which the validator checks by issuer range.
    { name: 'unseparated', regex: new RegExp(String.raw`${START}\d{12,19}(?![\d-]|[.,]\d)`, 'g'), score: 0.3 },
  ],
  context: ['card', 'credit card', 'debit card', 'card number', 'visa', 'mastercard', 'amex', 'discover', 'cc', 'payment'],
  // A 12-digit Maestro number is as short as many order numbers: valid, it still needs a card word.
  validate: (v) => (!isPlausiblePaymentCard(v) ? false : v.replace(/\D/g, '').length === 12 ? undefined : true),
};

/**
 * Bank and billing account numbers have no checksum and look like any other number, so they are
 * only taken after the word that names them ("acct# 004417729").
 */
export const bankAccount: PatternRecognizer = {
  kind: 'pattern',
  id: 'bank-account',
  rule: 'phi.account',
  tie: 'inherent',
  patterns: [
    {
      name: 'labelled account number',
      // The label is in the pattern, so a match is already confident: 0.6 is high on its own.
      regex: declareLetters(/(?<![\w])(?:account|acct|acc't)(?![a-z])(?:\s*(?:number|num|no\b\.?|#))?\s{0,3}[:#]?\s{0,3}(?:is\s+|was\s+)?(?<id>\d(?:-?\d){5,16})(?![\w-])/gi, ['account', 'acct', "acc't"]),
      score: 0.6,
    },
  ],
  context: ['account', 'acct', 'account number', 'bank', 'banking', 'checking', 'savings', 'billing', 'routing'],
  validate: (v) => (isPlausibleIdentifier(v, 6, 17) ? undefined : false),
};
