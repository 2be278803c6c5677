import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../src/engine/doc';
import { compileLexicon, isNumberWord, tag } from '../../../src/engine/conduct/tagger';

/**
 * The tagger looks a word's phrases up by the word after it (tagger.ts, entriesByNext): a phrase
 * whose second word is a number, a stem or nothing must still be tried, and in its place among
 * the longest-first phrases of its class, whatever the next word is.
 */
const LEXICON = compileLexicon({
  ROOM: ['in room #', 'in room', 'in'],
  BED: ['the # bed', 'the 4'],
  MOCK: ['the manipulat*', 'the patient'],
  ONE: ['seeker'],
});

/** The hits of one class in `text`, as the words they cover. */
function hits(text: string, cls: string): string[] {
  const t = tag(makeDoc(text), LEXICON);
  return (t.hits.get(cls) ?? []).map((h) => t.words.slice(h.i, h.j).join(' '));
}

describe('tagger phrase lookup by next word', () => {
  it('keeps the longest phrase of a class, spelled-out or numbered', () => {
    expect(hits('she is in room 5 now', 'ROOM')).toEqual(['in room 5']);
    expect(hits('she is in room now', 'ROOM')).toEqual(['in room']);
    expect(hits('she is in pain', 'ROOM')).toEqual(['in']);
  });

  it('tries a numbered second word before a shorter spelled-out one', () => {
    expect(hits('the 4 bed again', 'BED')).toEqual(['the 4 bed']);
    expect(hits('the 4 cats again', 'BED')).toEqual(['the 4']);
    expect(hits('the 5 bed again', 'BED')).toEqual(['the 5 bed']);
    expect(hits('the bed again', 'BED')).toEqual([]);
  });

  it('matches stems after the first word, and one-word phrases at the end of the draft', () => {
    expect(hits('the manipulative one and the patient', 'MOCK')).toEqual(['the manipulative', 'the patient']);
    expect(hits('the nurse', 'MOCK')).toEqual([]);
    expect(hits('what a seeker', 'ONE')).toEqual(['seeker']);
  });

  it('does not run a phrase across a sentence', () => {
    expect(hits('she was in. Room 5 is empty', 'ROOM')).toEqual(['in']);
  });
});

describe('tagger numbers and stems without a regex per word', () => {
  const HEADS = compileLexicon({
    NUM: ['# and counting'],
    NUM1: ['#'],
    STEM: ['manipulat*', 'manip* mode'],
  });
  const heads = (text: string, cls: string) => {
    const t = tag(makeDoc(text), HEADS);
    return (t.hits.get(cls) ?? []).map((h) => t.words.slice(h.i, h.j).join(' '));
  };

  it('reads a number as /^\\d+[a-z]?$/ did', () => {
    const old = /^\d+[a-z]?$/;
    const words = ['', '0', '7', '12', '9b', '12z', '12ab', '1a2', 'a1', '12A', '12-', '-12', '١٢', '12é', '9{', '9`', '9/', '9:', "9'", '12 ', ' 12', 'x'];
    // Every digit run with one trailing character of the first two code pages, and two-character tails.
    for (let c = 0; c < 0x250; c++) words.push(`4${String.fromCharCode(c)}`, `40${String.fromCharCode(c)}`, `${String.fromCharCode(c)}4`);
    for (const w of words) expect(isNumberWord(w), JSON.stringify(w)).toBe(old.test(w));
  });

  it('tags numbers as "#" only when they are numbers', () => {
    expect(heads('we hit 40 and counting', 'NUM')).toEqual(['40 and counting']);
    expect(heads('room 12b, then 12bc and b12', 'NUM1')).toEqual(['12b']);
    expect(heads('12ab and counting', 'NUM')).toEqual([]);
  });

  it('tags stems at words they start, in their order, and no others', () => {
    expect(heads('so manipulative, manip mode on', 'STEM')).toEqual(['manipulative', 'manip mode']);
    expect(heads('man manic manipulat', 'STEM')).toEqual(['manipulat']);
    expect(heads('the manifest was mani', 'STEM')).toEqual([]);
  });
});
