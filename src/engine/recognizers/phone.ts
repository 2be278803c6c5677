import type { PatternRecognizer } from '../recognizer';
import { isPlausibleDialledNumber, isPlausiblePhoneNumber } from '../validators/phone';

// Not the tail of a longer token: letters, "+", or a digit run continued by "." or "-" (versions,
// IPs, card groups, dates) would otherwise lend their last ten digits to a "phone number".
const START = String.raw`(?<![\w+]|\d[.-])`;
// An extension belongs to the number: redacting the line but leaving "x4411" still reaches one desk.
const EXT = String.raw`(?:\s?(?:ext\.?|extension|x)\s?\d{1,6})?`;
const END = String.raw`(?!\w|[.-]\d)`;
const re = (body: string) => new RegExp(`${START}${body}${EXT}${END}`, 'gi');
const STARTS_WITH_DATE = /^\d{1,2}[./-]\d{1,2}[./ -](?:1[89]|20)\d\d(?!\d)|^(?:1[89]|20)\d\d[./-]\d{1,2}[./-]\d{1,2}(?!\d)/;

/** Words that say "this number is a phone", shared by both recognizers below. */
const PHONE_CONTEXT = [
  'phone', 'phone number', 'telephone', 'tel', 'ph', 'cell', 'cell phone', 'cellphone', 'mobile', 'landline',
  'fax', 'pager', 'call', 'called', 'calling', 'call back', 'callback', 'text', 'texted', 'texting', 'txt',
  'dial', 'reach', 'voicemail', 'whatsapp', 'number', 'contact', 'office', 'desk', 'home', 'work', 'message',
  'messages', 'answering', 'ring', 'sms',
];

/**
 * A phone number is PHI only when it is someone's (Safe Harbor D, E): a clinic's booking line is
 * not. So the tie is contextual: the engine keeps a number only near a person or patient cue.
 */
export const phone: PatternRecognizer = {
  kind: 'pattern',
  id: 'phone',
  rule: 'phi.phone',
  tie: 'contextual',
  patterns: [
    // (614) 555-0122, 614-555-0122, 614.555.0122, +1 614 555 0122, 1-800-555-0199: the grouping
    // itself says "phone", so no context word is needed.
    { name: 'nanp formatted', regex: re(String.raw`(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}`), score: 0.5 },
    // +44 20 7946 0958, +91 98765 43210, +33 1 23 45 67 89, +44 (0)20 7946 0958, +442079460958.
    // Country codes starting with 1 are all NANP and handled above.
    {
      name: 'international',
      regex: re(String.raw`\+[2-9]\d{0,14}(?:[ .-]?\(0\)[ .-]?\d{1,5})?(?:[ .-]\d{1,5}){0,6}`),
      score: 0.5,
    },
    // National formats with a trunk 0, as written in the UK, Australia, Ireland, India, most of
    // Europe: 07700 900123, 020 7946 0958, 0491 570 156, (02) 9876 5432. Groups are required.
    { name: 'national trunk 0', regex: re(String.raw`(?:\(0\d{1,4}\)|0\d{1,4})(?:[ .-]\d{2,6}){1,3}`), score: 0.5 },
    // Australian 1300 / 1800 numbers: 1300 975 707.
    { name: 'au 13/18', regex: re(String.raw`1[38]00[ .-]?\d{3}[ .-]?\d{3}`), score: 0.4 },
    // 6145550122 is as likely an order or account number: only with "call", "cell", "fax"...
    { name: 'nanp digits', regex: re(String.raw`(?:\+?1)?\d{10}`), score: 0.3 },
    // 555-0122 without an area code: same.
    { name: 'local', regex: re(String.raw`\d{3}-\d{4}`), score: 0.3 },
  ],
  context: PHONE_CONTEXT,
  validate: (v) => (isPlausiblePhoneNumber(v) ? undefined : false),
  // "07.10.2021 15:00" on an overlay: a date and the hour of a time, not a number to call.
  invalidate: (v) => STARTS_WITH_DATE.test(v),
};

/**
 * Every country groups its numbers its own way ("467 3395", "71-33-52-22", "(99) 645-791",
 * "0378 3549890", "001-518-640-0854"), and a mistyped exchange ("+1-903-140-4508") fails the
 * numbering plan above while still being someone's number. Any run of 7 to 15 digits in groups,
 * or solid, counts only next to a word that says phone ("Mobile:", "call me on", "fax"): alone,
 * such runs are as often order, record or reference numbers.
 */
export const phoneByContext: PatternRecognizer = {
  kind: 'pattern',
  id: 'phone-by-context',
  rule: 'phi.phone',
  tie: 'contextual',
  patterns: [
    { name: 'digit groups', regex: re(String.raw`(?:\(\d{1,4}\)[ .-]?|\+?\d{1,4}[ .-])(?:\d{2,8}[ .-]){0,4}\d{2,8}`), score: 0.25 },
    { name: 'digit run', regex: re(String.raw`\+?\d{7,12}`), score: 0.25 },
  ],
  context: PHONE_CONTEXT,
  validate: (v) => (isPlausibleDialledNumber(v) ? undefined : false),
  invalidate: (v) => STARTS_WITH_DATE.test(v),
};
