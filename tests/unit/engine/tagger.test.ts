import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../src/engine/doc';
import { compileLexicon, tag } from '../../../src/engine/conduct/tagger';

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
