import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { anchoredMatches, anchorPrefixes, digitRuns, inScanScope, matchesBeforeInnerDigits, matchesBeforeWords, matchesInSlice, matchesInRuns, matchesInWindow, matchesNearChar, mayMatchInSlice, newScanState, useAnchors } from '../../../src/engine/anchors';
import { vin } from '../../../src/engine/recognizers/vehicle';
import { ibanCandidates } from '../../../src/engine/recognizers/iban';
import { PERSON_IN_NUMBER as PERSON_IN_NUMBER_FOR_TEST, personInNumber } from '../../../src/engine/recognizers/rooms';
import { AGE, ODDS, TEACHING } from '../../../src/engine/vocab/story';
import { ssn } from '../../../src/engine/recognizers/ssn';
import { STREET, STREET_SUFFIXES, streetNames } from '../../../src/engine/recognizers/places';
import { phone, phoneByContext } from '../../../src/engine/recognizers/phone';
import { email } from '../../../src/engine/recognizers/email';
import { ipAddress } from '../../../src/engine/recognizers/ip';
import { personalUrl } from '../../../src/engine/recognizers/url';
import { matchesIn, phraseRegex } from '../../../src/engine/words';
import { longDraft, seededRandom } from '../../bench/synthetic-posts';
import { ownCorpusPaths, loadCorpus } from '../../eval/load-corpus';

afterEach(() => useAnchors(true));

/** Scans as inside an analysis of a draft of its own: word indexes are kept per draft. */
const inFreshDraft = <T>(run: () => T): T => inScanScope(newScanState(), run);

/**
 * A plain scan's matches of `re` in `text`, and what anchoredMatches finds called directly (in a
 * fresh draft): undefined would mean the plain scan ran, and a comparison would prove nothing.
 */
function scanAndAnchored(re: RegExp, text: string): { plain: string[]; anchored: string[] | undefined } {
  useAnchors(false);
  const plain = matchesIn(re, text).map((m) => `${m.index}:${m[0]}`);
  useAnchors(true);
  const anchored = inFreshDraft(() => anchoredMatches(re, text, 0, text.length))?.map((m) => `${m.index}:${m[0]}`);
  return { plain, anchored };
}

describe('anchorPrefixes reads where a match must start', () => {
  it.each([
    [/\bpatient\b/gi, ['patient$']],
    [/\b(?:pt|patient)s?\s+in\b/gi, ['pt', 'patient']],
    [/\bdo\s+not\b|\bdon't\b/gi, ['do$', 'don$']],
    [/\b(?:are\s+)?always\b/gi, ['are$', 'always$']],
    [/\bglass(?:es)?\s+of\b/gi, ['glasses$', 'glass$']],
    // A lookbehind that ends in whitespace: the word after it starts a run.
    [/(?<=\btook\s)gumm(?:y|ies)\b/gi, ['gummy$', 'gummies$']],
    [/(?<=[A-Za-z.][ \t])\d{1,5}\b/g, ['\\d']],
    [/\b(?:a\s+|the\s+)?(?<!flu\s)shots\b/gi, ['a$', 'the$', 'shots$']],
    // Runs of digits, also inside words ("MRN12345"): '\\d' stands for them.
    [/(?<!\d)\d{9}(?!\d)/g, ['\\d']],
    [/(?<![\w+]|\d[.-])\d{3}-\d{4}/g, ['\\d']],
    [/\b(?:mrn|\d{7})\b/gi, ['mrn$', '\\d']],
    // Capturing and named groups match what a plain group matches.
    [/\b(ninety|one hundred)\s+years\b/gi, ['ninety$', 'one$']],
    [/\b(?<who>pt|patient)\s+in\b/gi, ['pt$', 'patient$']],
    // No word to look up, but a place: any start of a run of \w, or a character.
    [/\b[A-Z]\.\s?[A-Z]\./gi, ['\\w']],
    // Case-sensitive, "[A-Z]" after a boundary: only the runs that start with a capital.
    [/\b[A-Z]\.\s?[A-Z]\./g, ['\\u']],
    // Literal digits and digit classes after a non-digit: a run of digits starts there.
    [/(?<![\d.,$])(9\d|1[01]\d|12[0-5])\s?yo\b/gi, ['\\d']],
    // "25" of "25[0-5]" is read as a word's start as well: a subset of the runs of digits.
    [/(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.\d/g, ['25', '\\d']],
    [/\b(?:[0-3]?\d)(?:st|nd)?\s+of\b/gi, ['\\d']],
    // Escaped characters a match starts with, optional ones included; the text's start; a newline.
    [/(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{4}/g, ['\\c+', '\\c(', '\\d']],
    [/(?:^|[.!?]\s|\n(?<!\n\n))\s*pt\b/gi, ['\\A', '\\c.', '\\c!', '\\c?', '\\c\n']],
    [/,(?<=\b[a-z]{3,20},)\s\d/g, ['\\c,']],
    [/["'“‘]forgot["'”’]\s+to\b/gi, ['\\c"', "\\c'", '\\c“', '\\c‘']],
    // A class of non-word characters ends a word: "a" of "a-hundred" is the whole word.
    [/\b(?:one|a)[\s-]hundred\b/gi, ['one$', 'a$']],
    [/\b(?:[A-Z][a-z]+\s){1,3}Health\b|\bnurse\b/gi, ['\\w', 'nurse$']],
    [/(?<![A-Za-z0-9_])@(?!x)[A-Za-z0-9_]{2,}|#\w+/g, ['\\c@', '\\c#']],
  ])('%s', (re, expected) => {
    const got = anchorPrefixes(re);
    expect(got && [...got].sort()).toEqual(expected && [...expected].sort());
  });

  it('reads the phrase lists, first letters merged and all', () => {
    expect(anchorPrefixes(phraseRegex(['council member', 'ceo', 'a-lister', 'ss#']))?.sort()).toEqual(['a$', 'ceo$', 'council$', 'ss$']);
  });

  it.each([
    ['no word boundary before the word', /seeing\s+each\s+other/gi],
    ['a character class first, with no boundary before it', /[A-Z]\.\s?[A-Z]\./g],
    ['an optional class after a boundary', /\b[A-Z]?x/g],
    ['a class that holds more than word characters', /\b[A-Z\u00C0-\u024F]x/g],
    ['an optional @', /@?jen/g],
    ['digits after something that may be a digit', /(?<![a-z])\d{3}-\d{4}\b/g],
    ['an optional first digit', /\b\d?x\b/g],
    ['an optional punctuation class', /[.!?]?pt\b/gi],
    ['a lookbehind that may end in a word character', /(?<=\s|x)pt\b/gi],
    ['a lookbehind that ends in a class with a range', /(?<=[!-~])pt\b/gi],
    ['an optional digit before a letter', /(?<![\d.])[1-9]?x/g],
    ['a plus that may repeat', /\+*\d{3}/g],
    ['a one-letter prefix that is not a whole word', /\ba\w+ing\b/gi],
    ['multiline mode', /^pt\b/gim],
  ])('gives up on %s', (_, re) => {
    expect(anchorPrefixes(re)).toBeUndefined();
  });
});

describe('anchored scanning finds exactly what a scan finds', () => {
  const tricky = [
    'éword word-word pt’s pt\'s PT patients İstanbul patient Patient_x _patient patient2 ptx xpt',
    'don\'t do not do-not Always always are always are  always ARE ALWAYS',
    'glass of wine, glasses of wine; a glass  of; shots, a shots, flu shots, the shots',
    'MRN12345 mrn 1234567 A123456789 123456789 _123456789 614-555-0100 x614-555-0100 1234567890 555-0100 x555-0100 +555-0100 (555-0100)',
  ].join('\n');
  // Filler between the copies: a regex that starts at any run of digits is scanned plainly where
  // they come every few characters (PLACES_DENSE_RATIO), which proves nothing here.
  const filler = ' plain words without any numbers in them, just a few more words here.'.repeat(6);
  const text = Array.from({ length: 60 }, (_, i) => `${tricky} ${i}${filler}`).join('\n\n');
  it.each([
    /\bpatients?\b/gi,
    /\b(?:pt|patient)(?:'s|’s)?\b/gi,
    /\bdo\s+not\b|\bdon't\b/gi,
    /\b(?:are\s+)?always\b/gi,
    /\bglass(?:es)?\s+of\s+wine\b/gi,
    /\b(?:a\s+|the\s+)?(?<!flu\s)shots\b/gi,
    phraseRegex(['patient', 'pt', 'do not', 'glass of wine', 'word-word']),
    // Phrase lists are tried only where a phrase's words are consecutive runs: apostrophes,
    // hyphens, digits, a word cut by a non-ASCII letter, a phrase inside a longer one.
    phraseRegex(["don't", 'are always', 'always are', 'a shots', 'flu shots', 'pt’s', "pt's", 'word-word', '123456789', 'patients', 'stanbul patient', 'glass  of']),
    phraseRegex(['are', 'always are always', 'shots, a', 'a glass of', 'x614']),
    /(?<!\d)\d{9}(?!\d)/g,
    /(?<![\w+]|\d[.-])\d{3}-\d{4}/g,
    /\b(?:mrn|\d{7})\b/gi,
    // Any run of digits with words that start with a digit themselves: the places of runs of
    // digits are shared by every such regex, never counted or tried twice.
    /\b(?:1\s+in|123456789|\d{3}-\d{4}|mrn\s?\d)\b/gi,
    /\b(?<who>pt|patient)(?:'s|’s)?\b/gi,
  ])('%s', (re) => {
    const { plain, anchored } = scanAndAnchored(re, text);
    expect(plain.length).toBeGreaterThan(0);
    expect(anchored).toEqual(plain);
  });

  it('gives the same findings on long drafts built from every eval corpus', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    // Every row, shuffled, in drafts of 150 posts, joined as paragraphs, lines or one run-on text.
    const rand = seededRandom(11);
    const shuffled = rows.map((r) => [rand(), r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const drafts = [longDraft(63_206)];
    for (let k = 0; k * 150 < shuffled.length; k++) drafts.push(shuffled.slice(k * 150, (k + 1) * 150).join(['\n\n', ' ', '\n', '. '][k % 4]!));
    for (const draft of drafts) {
      for (const sensitivity of ['standard', 'strict'] as const) {
        useAnchors(false);
        const plain = JSON.stringify(analyze(draft, { sensitivity }));
        useAnchors(true);
        const anchored = JSON.stringify(analyze(draft, { sensitivity }));
        expect(anchored).toEqual(plain);
      }
    }
  }, 60_000);
});

describe('anchored scanning skips places with too few digits for the regex', () => {
  /** A regex's digit runs as "min-max:next" per alternative ("*" for no maximum, "" for any next). */
  const shapes = (source: string, flags = 'g') =>
    digitRuns(new RegExp(source, flags))?.map((r) => `${r.lead >= 0 ? String.fromCharCode(r.lead) : ''}${r.min}-${r.max === Infinity ? '*' : r.max}:${r.next ? [...r.next.codes].map((c) => String.fromCharCode(c)).sort().join('') + (r.next.space ? '\\s' : '') : ''}`);
  it.each([
    // Read both ways: with its "+" and without, with the extension and without.
    [String.raw`(?<![\w+]|\d[.-])\+?\d{7,12}(?:\s?(?:ext\.?|x)\s?\d{1,6})?(?!\w|[.-]\d)`, ['+7-12:ex\\s', '+7-*:', '7-12:ex\\s', '7-*:']],
    [String.raw`(?<![\d.,-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d-])`, ['4-4: -']],
    [String.raw`(?<!\d)\d{9}(?!\d)`, ['9-*:']],
    [String.raw`(?<![\d.,-])\d{12,19}(?![\d-])`, ['12-*:']],
    [String.raw`(?<=[(|])\d{5}`, ['5-*:']],
    // A run, then what follows it: an SSN's three digits and "-", an age's one to three and a space or a letter.
    [String.raw`(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])`, ['3-3:-']],
    [String.raw`\b\d{1,3}\s?yo\b`, ['1-3:\\s', '1-3:y']],
    [String.raw`\b\d{1,3}[- ]?(?:years?|y)[- ]?old\b|\b\d{1,2}[MF]\b`, ['1-3: -', '1-3:y', '1-2:FM']],
    // Literal digits and groups of nothing but digits count as digits.
    [String.raw`\b1\s+in\s+\d`, ['1-1:\\s']],
    [String.raw`(?<![\d.,$])0?(9\d|1[01]\d|12[0-5])(?:st|nd)\s+birthday`, ['2-4:ns']],
    // What follows may be empty, a digit, or is not read: then only the fewest digits are known.
    [String.raw`(?<!\d)\d{3}(?:-\d{4})?`, ['3-3:-', '3-*:']],
    // An area code in brackets, a "1" before it or not: "(" and "+" lead, "1614-" is one run.
    [String.raw`(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}`, ['+1-1: -.', '+1-1:(', '+4-4: -.', '1-1: -.', '1-1:(', '4-4: -.', '(3-3:)', '3-3: -.']],
    [String.raw`(?:\+?1)?\d{10}`, ['+11-*:', '11-*:', '10-*:']],
    [String.raw`\b\d{1,3}[\d ]x`, ['1-*:']],
    [String.raw`\b\d{1,3}\b`, ['1-*:']],
    [String.raw`\b\d{1,3}(?=x)x`, ['1-*:']],
    [String.raw`\b\d{1,3}.x`, ['1-*:']],
    // Not read: an alternative that may start with no digit (or with two characters before them), or whose digits may be none.
    [String.raw`\+\(\d{3}`, undefined],
    [String.raw`(?:x|\d)\d`, undefined],
    [String.raw`\d{7}|[a-z]`, undefined],
    [String.raw`(?<=[(])\d{5}|x`, undefined],
    [String.raw`(?=\d)\d{5}`, undefined],
    [String.raw`\d{0,3}x`, undefined],
    [String.raw`[\d]{5}`, undefined],
  ])('%s: %j', (source, expected) => {
    expect(shapes(source)).toEqual(expected);
  });

  it('reads both cases of what follows under the i flag', () => {
    expect(shapes(String.raw`\b\d{1,3}m`, 'gi')).toEqual(['1-3:Mm']);
  });

  // Random runs of digits of every length, after "+" or inside words, followed by every kind of
  // character a shape names or not (both cases, \s beyond ASCII, letters whose case maps to ASCII,
  // the end of the text), between words without digits so the places stay few enough to try.
  it.each([
    AGE,
    ODDS,
    ...ssn.patterns.map((p) => p.regex),
    ...[...phone.patterns, ...phoneByContext.patterns].filter((p) => p.name !== 'au 13/18').map((p) => p.regex),
    /(?<![\d.,$])(9\d|1[01]\d|12[0-5])\s?(?:yo|y\/o|yrs?\s?old|y(?![a-z]))/gi,
    /\b\d{1,3}(?:m|k)\b/gi,
    /(?<![\w+])\+?\d{2,4}[ .-]\d{2}/g,
    /\b\d{2}(?:[a-c]|\s)?-x/g,
    /\b1\s+in\s+\d/g,
    /(?<!\d)\d{9}(?:-\d{2})?/g,
  ])('finds exactly what a scan finds at the places whose run of digits fits: %s', (re) => {
    expect(digitRuns(re)).toBeDefined();
    const rand = seededRandom(23);
    const tail = ['', ' ', '-', '.', 'y', 'Y', 'm', 'M', 'k', 'K', '\u212A', '\u017F', 's', 'S', 'F', 'x', '\u00A0', '\u2003', '\n', '+', 'st ', 'yo', ' yo', '-x', 'a-x', ' in 5', ' years old', 'st time', 'th case', ') ', ')', ' ext 12', 'x9'];
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    const digits = () => Array.from({ length: rand() < 0.1 ? 9 : 1 + Math.floor(rand() * 5) }, () => Math.floor(rand() * 10)).join('');
    // One to three groups of digits ("123-45-6789", "1 in 5", "94"), maybe after "+" or a letter.
    const groups = () => Array.from({ length: 1 + Math.floor(rand() * 3) }, digits).join(pick(['-', ' ', '.', '', ' in ']));
    // Now and then an SSN's shape, a digit more or less here and there.
    const n = (k: number) => Array.from({ length: k + (rand() < 0.2 ? pick([-1, 1]) : 0) }, () => Math.floor(rand() * 10)).join('');
    const ssnLike = () => `${n(3)}${pick(['-', ' ', '.'])}${n(2)}${pick(['-', ' ', '.'])}${n(4)}`;
    const token = () => `${pick(['', '', '', '+', '+1 ', '1-', 'A', '('])}${rand() < 0.2 ? ssnLike() : groups()}${pick(tail)}`;
    const filler = ' and then some words with no numbers'.repeat(3);
    const text = Array.from({ length: 800 }, () => `${token()}${rand() < 0.5 ? token() : ''}${filler}`).join(' ') + ' 97';
    const { plain, anchored } = scanAndAnchored(re, text);
    expect(plain.length).toBeGreaterThan(1);
    expect(anchored).toEqual(plain);
  });

  // Runs of digits of every length, after "+", inside words and at the very end: only the long
  // enough ones are tried, and the matches are a scan's.
  const runs = 'x +1234567 1234567 +123456 123456 12345678901234 4111 1111 1111 1111 4111-1111-1111-1111 411 1111 A123456789 123456789 +12 (55555) 5555 ';
  // Filler enough that the places stay few (a scan runs where they are dense, proving nothing).
  const filler = ' words and no numbers at all in this part of the draft, only words.'.repeat(30);
  const text = `${Array.from({ length: 40 }, (_, i) => `${runs}${i}${filler}`).join('\n')} +1234567`;
  it.each([
    /(?<![\w+]|\d[.-])\+?\d{7,12}(?!\w|[.-]\d)/g,
    /(?<![\d.,-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d-])/g,
    /(?<!\d)\d{9}(?!\d)/g,
    /(?<![\d.,-])\d{12,19}(?![\d-])/g,
    /(?<![\d(])\d{5}/g,
  ])('%s', (re) => {
    expect(digitRuns(re)?.[0]?.min).toBeGreaterThan(1);
    const { plain, anchored } = scanAndAnchored(re, text);
    expect(plain.length).toBeGreaterThan(0);
    expect(anchored).toEqual(plain);
  });
  // Packed with short numbers (a run of digits every few characters: too many places to try a
  // regex at each), with a long number now and then: the long-enough runs are few, and tried.
  const packed = `${Array.from({ length: 400 }, (_, i) => (i % 25 === 0 ? `+${1234567 + i} 1234-5678-9012-${1000 + i} ${123456789 + i} ` : `${i % 97} 3-${i} 44 `)).join('')}+1234567`;
  it.each([
    /(?<![\w+]|\d[.-])\+?\d{7,12}(?!\w|[.-]\d)/g,
    /(?<![\d.,-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\d-])/g,
    /(?<!\d)\d{9}(?!\d)/g,
  ])('packed with short numbers: %s', (re) => {
    const { plain, anchored } = scanAndAnchored(re, packed);
    expect(plain.length).toBeGreaterThan(0);
    expect(anchored).toEqual(plain);
  });

  it('scans plainly when the long-enough runs are dense too', () => {
    const numbers = `${Array.from({ length: 600 }, (_, i) => `${1234567 + i} `).join('')}`;
    expect(inFreshDraft(() => anchoredMatches(/(?<!\d)\d{7}(?!\d)/g, numbers, 0, numbers.length))).toBeUndefined();
  });
});

describe('anchored scanning: regressions', () => {
  it('does not take an optional space for the end of a word ("does\\s*n\'t" matches "doesn\'t")', () => {
    const re = /\b(?:does|do)\s*(?:n't|not)\s+care\b/gi;
    expect(anchorPrefixes(re)).toEqual(['does', 'do']);
    const text = `${'filler words here. '.repeat(150)}Leadership doesn't care about safety.`;
    expect(inFreshDraft(() => anchoredMatches(re, text, 0, text.length))?.map((m) => m[0])).toEqual(["doesn't care"]);
  });
});

describe('scanning only near a character every match contains', () => {
  const local64 = 'a'.repeat(64);
  const pieces = [
    'mail jo@x.org or JO.SMITH+tag@Mail.Example.com, not @handle or a@b or x@@y.com',
    `${local64}@long.example.org and b${local64}@too.long.example.org`,
    'a@b.coma@b.com jo@x.org.uk.@y.com .dot@x.io -dash@x.io',
    'fe80::1 ::ffff:192.0.2.1 2001:db8::8a2e:370:7334 at 10:30, then 12:45:07 and a:b:c; ::: :1:2:',
    'MAC 00:1a:2b:3c:4d:5e abcd::ef01 x::1 1::',
    'ip 10.0.0.1, version 10.2.0.1, v1.2.3.4, build: 5.6.7.8, 1.2.3.4.5, 999.1.1.1, a1.2.3.4, 1.2.3.4x, .1.2.3.4 and 192.168.1.254.',
    'gofundme.com/f/help-jane (https://www.legacy.com/us/obituaries/name/john-doe-obituary?id=1) facebook.com/jane.doe,',
    'x.com/home and x.com/janedoe; DOB 01/03/2004, a/b/c, www.fb.com/j.smith. sub.sub.example.org/obits/mary-lee',
  ];
  const text = Array.from({ length: 40 }, (_, i) => `${pieces[i % pieces.length]} ${i}`).join('\n\n');
  const cases = [...email.patterns, ...ipAddress.patterns, ...personalUrl.patterns].filter((p) => p.contains);

  it('covers the patterns that declare such a character', () => {
    expect(cases.map((p) => p.name).sort()).toEqual(['address', 'fundraiser', 'ipv4', 'ipv6', 'obituary', 'social profile']);
  });

  it.each(cases.map((p) => [p.name, p] as const))('%s: the same matches as a scan', (_, p) => {
    useAnchors(false);
    const plain = matchesIn(p.regex, text).map((m) => `${m.index}:${m[0]}`);
    useAnchors(true);
    const near = matchesNearChar(p.regex, text, p.contains!.char, p.contains!.within)?.map((m) => `${m.index}:${m[0]}`);
    expect(plain.length).toBeGreaterThan(3);
    expect(near).toEqual(plain);
  });

  it('takes several characters, and tokens that hold many of them', () => {
    const re = /(?<![A-Za-z*#-])[A-Za-z](?:[A-Za-z]|[*#]|-(?=[-*A-Za-z]))*(?:[*#]|--)[A-Za-z*#]*/g;
    const text = Array.from({ length: 40 }, (_, i) => `f*** sh#t a--b x-y-z--q ab*c#d-e*f ${'m-'.repeat(i)}*k #tag plain-words 5*3`).join(' ');
    useAnchors(false);
    const plain = matchesIn(re, text).map((m) => `${m.index}:${m[0]}`);
    useAnchors(true);
    expect(plain.length).toBeGreaterThan(200);
    expect(matchesNearChar(re, text, '*#-', Infinity)?.map((m) => `${m.index}:${m[0]}`)).toEqual(plain);
  });

  it('misses a match whose character is further than declared: the declaration is what makes it exact', () => {
    // The check above would catch a pattern whose declared reach is too short.
    const re = /\b[a-z]+@[a-z]+\.com\b/g;
    const found = matchesNearChar(re, 'write to abcdef@x.com today', '@', 3)?.map((m) => m[0]);
    expect(found).toEqual([]);
    expect(matchesNearChar(re, 'write to abcdef@x.com today', '@', 6)?.map((m) => m[0])).toEqual(['abcdef@x.com']);
  });
});

describe('scanning only the runs before a word every match holds', () => {
  // Every person shape of PERSON_IN_NUMBER, at its longest, with "in" or "from" where it may and may not be.
  const pieces = [
    'the guy in 12 and the 12 y/o in 4, a 7 year old from 9B, an 80yr old in 3 and 9 yr old in 5',
    'Mr. Smith in 3, Mrs Jones from 12, J. K. in 4, J.K. in 5, Smith J. in 6, whoever is in 14, frequent flyer in 2',
    'dirtbag in 8, crackhead from 7, patient in the hall, guy in room 4, pt in 4b x, in 5, from 6, in in in 7',
    'the 123 yo in 2 and the 1234 yo in 3; twins in 10 and family from 11; sweetie in 1: PATIENT IN 22',
  ];
  // Filler between them: where the words are that many, a plain scan is as cheap, and is what runs.
  const filler = ' plain filler words without the two. '.repeat(5);
  const text = Array.from({ length: 40 }, (_, i) => `${pieces[i % pieces.length]} ${i}.${filler}`).join('\n');
  const scan = (t: string) => {
    useAnchors(false);
    const plain = personInNumber(t).map((m) => `${m.index}:${m[0]}`);
    useAnchors(true);
    return plain;
  };

  it('finds exactly what a scan finds', () => {
    const plain = scan(text);
    expect(plain.length).toBeGreaterThan(150);
    const before = inFreshDraft(() => matchesBeforeWords(PERSON_IN_NUMBER_FOR_TEST, text, ['in', 'from'], 3));
    expect(before?.map((m) => `${m.index}:${m[0]}`)).toEqual(plain);
    // As rooms.ts declares it.
    expect(inFreshDraft(() => personInNumber(text)).map((m) => `${m.index}:${m[0]}`)).toEqual(plain);
  });

  it('finds exactly what a scan finds on long drafts built from every eval corpus', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    for (let k = 0; k * 200 < rows.length; k++) {
      const draft = rows.slice(k * 200, (k + 1) * 200).join(['\n\n', ' '][k % 2]!);
      const before = inFreshDraft(() => matchesBeforeWords(PERSON_IN_NUMBER_FOR_TEST, draft, ['in', 'from'], 3));
      expect(before?.map((m) => `${m.index}:${m[0]}`)).toEqual(scan(draft));
    }
  });

  // Street names (places.ts): one to three capitalised words, then a suffix that is a whole run.
  it('finds the street names a scan finds', () => {
    const streets = [
      'lives on Oak Street, off Martin Luther King Dr. Smith said, at Elm St and Old Post Road Way; 12 Main St',
      'the Main St. Clinic, on Saint Clair Ave, the St Pauls, Ave Maria, Dr Jones, Way Out Lane, A B C D Street',
      'déMain Street, _Main Street, Main  Street, Main\nStreet, Main_St, MainStreet, PLACE ROAD, Hwy Hwy Hwy Hwy Pike',
    ];
    const draft = Array.from({ length: 40 }, (_, i) => `${streets[i % streets.length]} ${i}.${filler}`).join('\n');
    const plainOf = (t: string) => {
      useAnchors(false);
      const plain = streetNames(t).map((m) => `${m.index}:${m[0]}`);
      useAnchors(true);
      return plain;
    };
    const plain = plainOf(draft);
    expect(plain.length).toBeGreaterThan(100);
    const anchored = inFreshDraft(() => matchesBeforeWords(STREET, draft, STREET_SUFFIXES.map((w) => w.toLowerCase()), 3));
    expect(anchored?.map((m) => `${m.index}:${m[0]}`)).toEqual(plain);
    // As places.ts declares it.
    expect(inFreshDraft(() => streetNames(draft)).map((m) => `${m.index}:${m[0]}`)).toEqual(plain);
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    for (let k = 0; k * 200 < rows.length; k++) {
      const long = rows.slice(k * 200, (k + 1) * 200).join(['\n\n', ' '][k % 2]!);
      expect(inFreshDraft(() => streetNames(long)).map((m) => `${m.index}:${m[0]}`)).toEqual(plainOf(long));
    }
    // Declared one run short, "Martin Luther King Dr" is read from "Luther" on: the declaration is what makes it exact.
    const short = inFreshDraft(() => matchesBeforeWords(STREET, draft, STREET_SUFFIXES.map((w) => w.toLowerCase()), 2))!.map((m) => m[0]);
    expect(plain.some((m) => m.endsWith(':Martin Luther King Dr'))).toBe(true);
    expect(short).toContain('Luther King Dr');
    expect(short).not.toContain('Martin Luther King Dr');
  });

  it('misses a match that starts further back than declared: the declaration is what makes it exact', () => {
    const draft = `${'filler words here. '.repeat(150)} the 12 y/o in 4.`;
    expect(inFreshDraft(() => matchesBeforeWords(PERSON_IN_NUMBER_FOR_TEST, draft, ['in'], 2))?.map((m) => m[0])).toEqual([]);
    expect(inFreshDraft(() => matchesBeforeWords(PERSON_IN_NUMBER_FOR_TEST, draft, ['in'], 3))?.map((m) => m[0])).toEqual(['12 y/o in 4']);
  });

  it('scans plainly when the words are everywhere', () => {
    const draft = 'in the in a in '.repeat(300);
    expect(inFreshDraft(() => matchesBeforeWords(PERSON_IN_NUMBER_FOR_TEST, draft, ['in', 'the', 'a'], 3))).toBeUndefined();
  });
});

describe('scanning only two letters before a digit inside a run (IBAN)', () => {
  const pieces = [
    'GB82 WEST 1234 5698 7654 32 and GB82WEST12345698765432, de89-3704-0044-0532-0130-00, _FR7630006000011234567890189',
    'x9GB82 WEST 1234 5698 7654 32, ABGB82WEST12345698765432, 12GB82WEST1234, AB1234567890123 and A1B2C3D4E5F6G7H8',
  ];
  const filler = ' some plain words between the numbers. '.repeat(4);
  const text = Array.from({ length: 40 }, (_, i) => `${pieces[i % pieces.length]} ${i}.${filler}`).join('\n');
  const scan = (t: string) => {
    useAnchors(false);
    const plain = ibanCandidates(t).map((m) => `${m.index}:${m[0]}`);
    useAnchors(true);
    return plain;
  };

  it('finds exactly what a scan finds', () => {
    const plain = scan(text);
    expect(plain.length).toBeGreaterThan(60);
    expect(inFreshDraft(() => matchesBeforeInnerDigits(/(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}/g, text, 2))?.map((m) => `${m.index}:${m[0]}`)).toEqual(plain);
    expect(inFreshDraft(() => ibanCandidates(text)).map((m) => `${m.index}:${m[0]}`)).toEqual(plain);
  });

  it('finds exactly what a scan finds on long drafts built from every eval corpus', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    for (let k = 0; k * 300 < rows.length; k++) {
      const draft = rows.slice(k * 300, (k + 1) * 300).join('\n');
      expect(inFreshDraft(() => ibanCandidates(draft)).map((m) => `${m.index}:${m[0]}`)).toEqual(scan(draft));
    }
  });
});

describe('scanning only the runs of one length', () => {
  // VIN-like runs of every shape the pattern judges at its edges: valid, all digits, lowercase,
  // hyphenated, joined by an underscore, one character short or long, after punctuation.
  const pieces = [
    'VIN 1M8GDM9AXKP042788, 1HGCM82633A004352 and 11111111111111111 (17 digits)',
    'vin 1m8gdm9axkp042788 lower, -1M8GDM9AXKP042788 hyphen, 1M8GDM9AXKP042788- after, x_1M8GDM9AXKP042788',
    'short 1M8GDM9AXKP04278, long 1M8GDM9AXKP0427888, with I 1M8GDM9IXKP042788, (JH4KA7561PC008269).',
  ];
  const text = Array.from({ length: 60 }, (_, i) => `${pieces[i % pieces.length]} ${i}`).join('\n');
  const p = vin.patterns.find((x) => x.wholeRun)!;

  it('finds exactly what a scan finds', () => {
    useAnchors(false);
    const plain = matchesIn(p.regex, text).map((m) => `${m.index}:${m[0]}`);
    useAnchors(true);
    const runs = inScanScope(newScanState(), () => matchesInRuns(p.regex, text, p.wholeRun!))?.map((m) => `${m.index}:${m[0]}`);
    expect(text.length).toBeGreaterThan(2_000);
    expect(plain.length).toBeGreaterThan(40);
    expect(runs).toEqual(plain);
  });

  it('finds nothing when told the wrong length: the declaration is what makes it exact', () => {
    const runs = inScanScope(newScanState(), () => matchesInRuns(p.regex, text, 16));
    expect(runs).toEqual([]);
  });
});

/**
 * 4,000 windows of up to 400 characters, the k-th starting at fromOf(k): each whose slice `re`
 * matches must not be ruled out by mayMatchInSlice. How many matched, and how many were ruled out.
 */
function sampleWindows(re: RegExp, text: string, scope: ReturnType<typeof newScanState>, fromOf: (k: number) => number, rand: () => number) {
  let matched = 0;
  let ruledOut = 0;
  for (let k = 0; k < 4000; k++) {
    const from = fromOf(k);
    const to = Math.min(text.length, from + 1 + Math.floor(rand() * 400));
    re.lastIndex = 0;
    const inSlice = re.test(text.slice(from, to));
    const may = inScanScope(scope, () => mayMatchInSlice(re, text, from, to));
    if (inSlice) {
      matched++;
      expect(may).toBe(true);
    }
    if (!may) ruledOut++;
  }
  return { matched, ruledOut };
}

describe('ruling out a window without testing its slice', () => {
  it('never rules out a window whose slice the regex matches, words cut at either edge included', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    const text = rows.join('\n\n');
    const rand = seededRandom(5);
    // Random windows, so many start or end inside a word ("pop quiz" cut to "op quiz").
    const { matched, ruledOut } = sampleWindows(TEACHING, text, newScanState(), () => Math.floor(rand() * text.length), rand);
    // Both kinds occur, or the check proved nothing.
    expect(matched).toBeGreaterThan(20);
    expect(ruledOut).toBeGreaterThan(200);
  });

  // Phrase lists whose first words are everywhere ("is", "what", "do"), with punctuation, an
  // apostrophe, an "&", a "#" and a non-ASCII letter inside phrases.
  const phraseLists = [
    TEACHING,
    phraseRegex(['is identifiable', 'what would you do', "don't post", 'tip:', 'l&d', 'mr#', 'ss#', 'fiancé', 'on the news', 'a-lister']),
    phraseRegex(['the patient in', 'my pt', 'in bed', 'was admitted']),
  ];
  it('never rules out a window whose slice a phrase list matches, however rare its words', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    const extra = ["Don't post it. A tip: no. L&D and Mr# 12, ss#123 and her fiancé, an a-lister", 'what would you do? It is identifiable'];
    const text = [...rows, ...extra].join('\n\n');
    const rand = seededRandom(6);
    const scope = newScanState();
    for (const re of phraseLists) {
      // Random windows; every tenth around the extra phrases at the end.
      const fromOf = (k: number) => (k % 10 ? Math.floor(rand() * text.length) : text.length - 1 - Math.floor(rand() * 200));
      const { matched, ruledOut } = sampleWindows(re, text, scope, fromOf, rand);
      expect(matched).toBeGreaterThan(20);
      expect(ruledOut).toBeGreaterThan(200);
    }
  });

  it("rules out a window that holds a phrase's first word but none of its phrases", () => {
    const filler = 'it is what it is and so it is, do you know what I mean. '.repeat(60);
    const text = `${filler}Honestly what would you do here? ${filler}`;
    const at = text.indexOf('Honestly');
    const re = phraseRegex(['what would you do', 'is identifiable', "don't post"]);
    // "what" and "is" fill the draft: the first words alone rule out no window.
    // Windows that cut no word (a cut word could be one the draft does not have).
    const space = (near: number) => text.indexOf(' ', near);
    expect(inFreshDraft(() => mayMatchInSlice(re, text, 0, space(200)))).toBe(false);
    expect(inFreshDraft(() => mayMatchInSlice(re, text, at, space(at + 30)))).toBe(true);
    expect(inFreshDraft(() => mayMatchInSlice(re, text, space(at - 100) + 1, at + 8))).toBe(false);
  });

  it('keeps a slice that starts inside a word the text does not have', () => {
    // "xpresenting" is no teaching word, its tail "presenting with" is.
    const text = `${'filler words here. '.repeat(150)}the xpresenting with fever`;
    const from = text.indexOf('presenting');
    TEACHING.lastIndex = 0;
    expect(TEACHING.test(text.slice(from))).toBe(true);
    expect(inFreshDraft(() => mayMatchInSlice(TEACHING, text, from, text.length))).toBe(true);
  });
});

describe('scanning a slice of a long draft at its candidate words', () => {
  // Context word lists of every recognizer that has one, a start-of-text pattern, and a teaching list.
  const regexes = [
    ...[email, ipAddress, personalUrl, vin].map((r) => phraseRegex(r.context ?? ['address'])),
    phraseRegex(['phone', 'phone number', 'call', 'cell', 'ph', 'tel', 'x-forwarded-for', 'ss#']),
    /(?:^|[.!?]\s|\n)\s*pt\b/gi,
    /(?<![\w.])\d{1,3}\.\d/g,
    // Any run, and any run of digits (which any run covers).
    /\b(?:[A-Za-z]\d{2,9}|\d{3})\b/g,
    TEACHING,
  ];
  it('finds exactly what a scan of the slice finds, windows cutting words and after an underscore included', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    const text = `_phone ${rows.join('\n\n')} x_call me_ph`;
    const rand = seededRandom(9);
    const scope = newScanState();
    let matched = 0;
    let anchored = 0;
    for (let k = 0; k < 3000; k++) {
      const from = k < 10 ? k : Math.floor(rand() * text.length);
      const to = k >= 10 && k < 20 ? text.length - (k - 10) : Math.min(text.length, from + 1 + Math.floor(rand() * 400));
      const slice = text.slice(from, to);
      for (const re of regexes) {
        useAnchors(false);
        const plain = matchesIn(re, slice).map((m) => `${m.index}:${m[0]}`);
        useAnchors(true);
        const got = inScanScope(scope, () => matchesInSlice(re, text, from, to, slice));
        matched += plain.length;
        if (!got) continue;
        anchored++;
        expect(got.map((m) => `${m.index}:${m[0]}`)).toEqual(plain);
      }
    }
    expect(matched).toBeGreaterThan(500);
    expect(anchored).toBeGreaterThan(3_000);
  });

  it('gives up on a slice that cuts a word: its tail may be a word the draft does not have', () => {
    const text = `${'filler words here. '.repeat(150)}the xphone number`;
    const from = text.indexOf('phone');
    expect(inFreshDraft(() => matchesInSlice(phraseRegex(['phone']), text, from, text.length, text.slice(from)))).toBeUndefined();
  });
});

describe('searching a short window of a long draft', () => {
  const text = Array.from({ length: 400 }, (_, i) => `pt ${i} lol 🙄 on her phone, ${i % 7 ? 'fine' : 'again'}; x--y`).join(' ');
  const rand = seededRandom(9);
  const windows = Array.from({ length: 300 }, () => {
    const from = Math.floor(rand() * (text.length - 300));
    return [from, from + 1 + Math.floor(rand() * 250)] as const;
  });
  it.each([
    // Emoji and lookarounds that look outside the window: not anchored, tried position by position.
    phraseRegex(['lol', 'on her phone', 'again']),
    new RegExp(`${phraseRegex(['lol', 'again']).source}|🙄`, 'gi'),
    /(?<=\d )lol(?= 🙄)/g,
    /-*/g,
    // Anchored: only the candidate words inside the window.
    /\bpt\s+\d+\b/gi,
  ])('%s: the same matches as a scan bounded by the window', (re) => {
    let found = 0;
    let searched = 0;
    for (const [from, to] of windows) {
      useAnchors(false);
      const plain = matchesIn(re, text, from, to).map((m) => `${m.index}:${m[0]}`);
      useAnchors(true);
      // Undefined near the end of the text, where a plain scan has little left to run over.
      const windowed = inFreshDraft(() => matchesInWindow(re, text, from, to))?.map((m) => `${m.index}:${m[0]}`);
      if (windowed === undefined) continue;
      expect(windowed).toEqual(plain);
      searched++;
      found += plain.length;
    }
    expect(searched).toBeGreaterThan(200);
    expect(found).toBeGreaterThan(50);
  });
});

describe('word indexes belong to the draft being analysed', () => {
  const text = `${'filler words here. '.repeat(150)}the patient in bed 4`;
  const re = /\bpatient\b/gi;

  it('keeps each draft its own index, a draft analysed in the middle of another included', () => {
    const outer = newScanState();
    const inner = newScanState();
    inScanScope(outer, () => {
      expect(anchoredMatches(re, text, 0, text.length)?.map((m) => m[0])).toEqual(['patient']);
      const other = `${text} and another patient`;
      inScanScope(inner, () => expect(anchoredMatches(re, other, 0, other.length)).toHaveLength(2));
      // Back in the outer draft: its index is the one used, and the inner draft's stayed with it.
      expect(anchoredMatches(re, text, 0, text.length)).toHaveLength(1);
    });
    expect([...outer.wordIndexes.keys()]).toEqual([text]);
    expect([...inner.wordIndexes.keys()]).toEqual([`${text} and another patient`]);
  });

  it('scans plainly outside any draft: nothing is kept between calls', () => {
    expect(anchoredMatches(re, text, 0, text.length)).toBeUndefined();
    expect(matchesIn(re, text).map((m) => m[0])).toEqual(['patient']);
  });

  it('analyze() leaves no scope open', () => {
    analyze(text);
    expect(anchoredMatches(re, text, 0, text.length)).toBeUndefined();
  });
});

describe('searching a short window at every start of a word or at a character', () => {
  // Capitalised words, handles and tags, the places a run-start or character anchor stands for.
  const text = Array.from({ length: 300 }, (_, i) => `the ${i % 5 ? 'charge nurse' : 'Mercy General Health'} @jen_${i} #tag${i} x@y ${i % 3 ? 'lol' : 'St Luke Hospital'},`).join(' ');
  const rand = seededRandom(13);
  const windows = Array.from({ length: 300 }, () => {
    const from = Math.floor(rand() * (text.length - 300));
    return [from, from + 1 + Math.floor(rand() * 250)] as const;
  });
  it.each([
    /\b(?:[A-Z][a-z]+\s){1,3}(?:Health|Hospital)\b|(?<![A-Za-z0-9_])@\w+|\bnurse\b/gi,
    /(?<![A-Za-z0-9_])@(?![A-Za-z0-9_]*(?:[Hh]ealth))[A-Za-z0-9_]{2,}|#\w+/g,
    /\b[A-Z]\w+\s+[A-Z]\w+/g,
  ])('%s: the same matches as a scan bounded by the window', (re) => {
    let found = 0;
    for (const [from, to] of windows) {
      useAnchors(false);
      const plain = matchesIn(re, text, from, to).map((m) => `${m.index}:${m[0]}`);
      useAnchors(true);
      const windowed = inFreshDraft(() => matchesInWindow(re, text, from, to))?.map((m) => `${m.index}:${m[0]}`);
      expect(windowed).toEqual(plain);
      found += plain.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});
