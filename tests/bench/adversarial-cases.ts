/**
 * Drafts a user can paste that a recognizer keys on, repeated to any length: floods of single
 * characters and punctuation, separators, digits, newlines, titles, cue words, URL and email
 * fragments, emoji, invisible and direction marks, mixed scripts, and seeded random mixes of all
 * of them. `npm run bench:adversarial` times each at 6,320 and 63,206 characters;
 * tests/unit/engine/adversarial-growth.test.ts checks that none grows faster than its length.
 */
import { seededRandom } from './synthetic-posts';

export interface AdversarialCase {
  name: string;
  /** The draft at exactly `length` characters (a flood is cut mid-unit). */
  draft(length: number): string;
}

const flood = (unit: string): AdversarialCase => ({
  name: JSON.stringify(unit),
  draft: (length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length),
});

/** One character each: letters a recognizer starts at, digits, punctuation, whitespace. */
const SINGLE = [...'aAsShHgGfFbBcdeiklmnoprtuwxyz0179 \n\t.,;:!?@/\\-_#*$%&+=\'"()[]<>|~^`'];

/** Pairs and short units: separators next to letters and digits, the shapes identifiers take. */
const UNITS = [
  'a@', 'A-', 'f-', 'f*', 'f#', 'ha', 'a$', 'a!', 'a.', 'A.', 'a,', 'a\'', 'a-b', 'a_b', 'aA', 'Aa',
  '1-', '1.', '1/', '1:', '1,', '1 ', '12-', '123-', '1-2', '1.2.', '1/1/', '12/31/', '1a', 'a1', 'A1',
  '. ', '.\n', '! ', '? ', ', ', ' .', '\n ', ' \n', '\n\n ', '\r\n', ' \t', '"a', '(a)', '[1]', '--', '**', '##',
  // Titles and names.
  'Mr. ', 'Mrs ', "Mrs O'", 'Dr ', 'Dr. ', 'Ms. A ', 'Mr. A. ', 'John ', 'John Smith, ', 'O\'', 'Mc', 'A. ',
  // Cue words and identifier contexts.
  'pt ', 'Pt. ', 'bed ', 'bed 1 ', 'room ', 'rm 12 ', 'my patient ', 'the guy in ', '97 yo ', '97yo ', '45 F ', 'DOB ',
  'MRN ', 'MRN: 1', 'SSN ', 'Jan 1, ', 'Jan ', 'on 1/2 ', 'age ', 'lol ', 'you ', 'idiot ', 'so ', 'f*** ', 'sh1t ', 'damn ',
  'never call ', 'code ', 'use code ', '50% off ', 'promo ', '@jen ', '#tag ', 'RE: ', 'replying to ',
  // URL and email fragments.
  'a@b.co ', 'a@b.', 'x.y@', 'http://', 'https://a.b/', 'www.', '.com/', '/a/', '?a=1&', '192.168.', '::1:',
  // Emoji, invisible and direction marks, other scripts.
  '😀', '😀 ', '👍🏽', '\u200b', 'a\u200b', '\u200e', '\u202e', '\u2066', '\u00ad', '\ufeff', '\u00a0',
  'аa', 'ѕhit ', 'αβγ ', 'Ω', '中文', 'ع', 'ñ', 'É', 'İ', 'ß', '\u0301',
];

/** Words and fragments the random mixes draw from: every unit above, and some real words. */
const POOL = [...SINGLE, ...UNITS, 'patient', 'room', 'the', 'and', 'nurse', 'shift', 'ICU', '555-0100', '12345678', 'Jane', 'Smith'];

/** Seeded random concatenations of the pool: neighbours no single flood puts side by side. */
function randomMix(seed: number): AdversarialCase {
  return {
    name: `random mix ${seed}`,
    draft(length) {
      const rand = seededRandom(seed);
      let text = '';
      while (text.length < length) text += POOL[Math.floor(rand() * POOL.length)]!;
      return text.slice(0, length);
    },
  };
}

export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  ...SINGLE.map(flood),
  ...UNITS.map(flood),
  ...[1, 2, 3, 4, 5, 6].map(randomMix),
];
