import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { inScanScope, newScanState } from '../../../src/engine/anchors';
import { candidateStarts, declareWordsWithin, matchesAtPlaces, useConductCandidates } from '../../../src/engine/conduct/candidates';
import { phraseRegex } from '../../../src/engine/words';
import { longDraft, seededRandom } from '../../bench/synthetic-posts';
import { loadCorpus, ownCorpusPaths } from '../../eval/load-corpus';

afterEach(() => useConductCandidates(true));

const inFreshDraft = <T>(run: () => T): T => inScanScope(newScanState(), run);
const plainScan = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

/** A long draft with the shapes below sprinkled in: scare quotes, slashes, query strings, words. */
function draft(seed: number): string {
  const rand = seededRandom(seed);
  const bits = ['"forgot" to give', "'lost' his", '“busy” with', 'shop.com/ref/jen22', 'x.com/?ref=abc', 'it\'s "fine"', 'I forgot', 'made him wait lol', "didn't 'forget'", 'code NURSE20', 'so tired 😂', 'cute ❤️ lol', '😈', 'f*ck this unit', 'Screw the hospital', 'fk management', "'vitamin h' again", 'vitamin k shot', 'for the', 'the worst', 'pompous jerk', 'toxic unit', 'The shift ran late', 'Made her wait', 'Mercy General Hospital', '. Saint Mary Hospital', 'the Burn Unit'];
  let out = '';
  while (out.length < 30_000) out += rand() < 0.15 ? ` ${bits[Math.floor(rand() * bits.length)]} ` : ' the shift ran long and nobody ate';
  return out;
}

describe('candidateStarts: where each alternative of a conduct regex can start', () => {
  const regexes = [
    /["'“‘](?:forgot|lost|busy)["'”’]\s+\w+|\bmade\s+(?:him|her)\s+wait\b/gi,
    /\/(?:ref|aff|go|shop)\/[\w-]+|[?&](?:ref|aff)=[\w-]+|\bcode\s+[A-Z0-9]{4,}/gi,
    /["'](?:\w+)["']|\bshift\b/gi,
    // Words only, each alternative tried only where its own words are.
    /\bthe\s+shift\s+ran\b|\bmade\s+(?:him|her)\s+wait\b|\bcode\s+nurse\d+|\bthe\s+(?:shift|day)\b/gi,
    // Emoji, as anyOf adds them to a phrase list; emoji only (a frame class).
    /(?:(?<![A-Za-z0-9_\u00C0-\u024F])lol(?![A-Za-z0-9_\u00C0-\u024F]))|😂|❤️/gi,
    /😈|😂/g,
    // A word that starts with a letter and anything after it, among words; an optional quote.
    /\b(?:f[\w*#@$!-]{0,4}(?:ck|k)|screw|damn)\s+(?:this|the)?\s*(?:hospital|unit|management)\b/gi,
    /["'“‘]?\b(?:vitamin\s+[hk]|booty\s+juice)\b/gi,
    // A phrase list, one group of first letters: each letter's group tried apart.
    phraseRegex(['pompous jerk', 'pathetic', 'the worst', 'toxic', 'shift ran']),
    // A capture group: tried whole. (A quoted word alone is read whole by the anchors now: a slash is not.)
    /\bmade\s+(him|her)\s+wait\b|\/(ref|shop)\/[\w-]+/gi,
    // A capitalized run among words (an employer's name before "Hospital"): it can start with any
    // capital, so it is tried at every place, whatever the character there.
    /\b(?:[A-Z][a-z]+\s){1,2}(?:Hospital|Unit)\b|\bmade\s+(?:him|her)\s+wait\b|["']lost["']/g,
  ];

  it.each(regexes.map((re) => [re.source.slice(0, 40), re] as const))('finds exactly what a scan finds: %s', (_, re) => {
    for (const seed of [1, 2, 3]) {
      const text = draft(seed);
      const places = inFreshDraft(() => candidateStarts(re, text));
      expect(places, 'the regex is read').toBeDefined();
      const found = inFreshDraft(() => matchesAtPlaces(candidateStarts(re, text)!, text, 0, 0, text.length, text.length)).map((m) => `${m.index}:${m[0]}`);
      const expected = plainScan(re, text);
      expect(expected.length).toBeGreaterThan(3);
      expect(found).toEqual(expected);
      // Fewer places than characters: that is the point.
      expect(places!.at.length * 8).toBeLessThanOrEqual(text.length);
    }
  });

  it('tries at each place only the alternatives that can start there, in their order', () => {
    const text = draft(5);
    const places = inFreshDraft(() => candidateStarts(regexes[3]!, text))!;
    const sources = new Set(places.regexes.map((r) => r.source));
    expect(sources).toEqual(new Set(['\\bthe\\s+shift\\s+ran\\b|\\bthe\\s+(?:shift|day)\\b', '\\bmade\\s+(?:him|her)\\s+wait\\b', '\\bcode\\s+nurse\\d+']));
    expect(places.regexes.every((r) => r.sticky && r.ignoreCase)).toBe(true);
    expect(inFreshDraft(() => candidateStarts(regexes[9]!, text))!.regexes.map((r) => r.source)).toEqual([regexes[9]!.source]);
    const list = inFreshDraft(() => candidateStarts(regexes[8]!, text))!;
    // One regex per first letter the draft has a phrase of: p(?:ompous jerk|athetic), s(hift ran), t(?:he worst|oxic).
    expect(list.regexes.map((r) => ['ompous', 'hift', 'he\\s+worst'].filter((w) => r.source.includes(w)).join()).sort()).toEqual(['he\\s+worst', 'hift', 'ompous']);
  });

  it('reads nothing it cannot vouch for: a short text, a regex read whole by the anchors, an unreadable alternative, too many places', () => {
    const text = draft(4);
    inFreshDraft(() => {
      expect(candidateStarts(regexes[0]!, text.slice(0, 500))).toBeUndefined();
      expect(candidateStarts(/\bmade\s+(?:him|her)\b/gi, text)).toBeUndefined();
      expect(candidateStarts(/["'](?:forgot)|\s+@\w+/gi, text)).toBeUndefined();
      expect(candidateStarts(/[ "]\w+/gi, text)).toBeUndefined();
    });
    expect(candidateStarts(regexes[0]!, text), 'outside an analysis').toBeUndefined();
  });

  it('gives the same findings on long drafts built from every eval corpus', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    const rand = seededRandom(17);
    const shuffled = rows.map((r) => [rand(), r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const drafts = [longDraft(63_206)];
    for (let k = 0; k * 150 < shuffled.length; k++) drafts.push(shuffled.slice(k * 150, (k + 1) * 150).join(['\n\n', ' ', '\n', '. '][k % 4]!));
    for (const text of drafts) {
      useConductCandidates(false);
      const plain = JSON.stringify(analyze(text));
      useConductCandidates(true);
      expect(JSON.stringify(analyze(text))).toEqual(plain);
    }
  }, 60_000);

  /** A long draft of parts whose first word is everywhere ("a", "the") and whose later words are not. */
  function phraseDraft(seed: number): string {
    const rand = seededRandom(seed);
    const bits = ['on a date', 'on  a\ndate', 'on a dated', 'on the date', 'in his dms', 'in her   DMs', 'in his dm', "in his dms'", 'in my-dms', 'the old lady from', "the o'brien-smith lady in", 'the very old sweet lady from', 'the lady, from', 'a-b c-d lady in', 'a sweet old lady in', 'the lady in', 'my guy from'];
    let out = '';
    while (out.length < 30_000) out += rand() < 0.2 ? ` ${bits[Math.floor(rand() * bits.length)]} ` : ' a day in the life of the unit on the floor';
    return out;
  }

  it('tries a declared part only where its words come close enough after its first words', () => {
    // "the ... lady": at most two tokens of letters, digits, "'", "&" or "-" between.
    const part = String.raw`(?:the|a|my)\s+(?:[\w'&-]+\s+){0,2}?(?:lady|guy)`;
    declareWordsWithin(part, [[['lady$', 'guy$'], 3]]);
    const regexes = [new RegExp(String.raw`\b${part}\s+(?:from|in)\b|\bfloor\b`, 'gi')];
    const wholes = [["the o'brien-smith lady in", 'a sweet old lady in', 'my guy from']];
    regexes.forEach((re, r) => {
      for (const seed of [1, 2]) {
        const text = phraseDraft(seed);
        const places = inFreshDraft(() => candidateStarts(re, text))!;
        expect(places, 'the regex is read').toBeDefined();
        const found = inFreshDraft(() => matchesAtPlaces(places, text, 0, 0, text.length, text.length)).map((m) => `${m.index}:${m[0]}`);
        const expected = plainScan(re, text);
        expect(found).toEqual(expected);
        // A part's first word alone is no place: fewer places than its first words.
        const firstWords = plainScan(/\b(?:the|a|my)\b/gi, text).length;
        expect(places.at.length).toBeLessThan(firstWords / 2);
        for (const whole of wholes[r]!) expect(expected.some((m) => m.endsWith(whole)), whole).toBe(true);
      }
    });
  });

  it('finds every boundary finding a scan finds, patients up to six tokens after the first word', () => {
    const posts = [
      'A lot of my sweet old patients and I keep texting them after discharge.',
      'One of my favorite little NICU families and I went to dinner with them last week.',
      'The quiet firefighter we just treated and I are texting every day now.',
      "The sweet o'brien-smith lady from bed 4 and I have been messaging nonstop.",
      'Some of our old postpartum moms and I keep in touch with them on insta.',
      'He was my former patient and we matched with each other on hinge.',
      'Bed 12 guy slid into my dms and honestly I slid right back.',
      'The mom of one of my long-term pts and I went out with her twice.',
      'Texting with a patient of mine is not something I would ever do, I told her.',
    ];
    const filler = ' Long shift, the unit was busy and the floor was loud all night. ';
    let text = '';
    for (let k = 0; text.length < 12_000; k++) text += posts[k % posts.length] + filler;
    useConductCandidates(false);
    const plain = analyze(text).findings;
    useConductCandidates(true);
    expect(analyze(text).findings).toEqual(plain);
    expect(plain.filter((f) => f.rule === 'conduct.boundary').length).toBeGreaterThan(5);
  });
});

