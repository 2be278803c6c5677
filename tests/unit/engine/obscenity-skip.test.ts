import { describe, expect, it } from 'vitest';
import { matcher, mayMatch, obsceneMatches } from '../../../src/engine/conduct/obscene';
import { makeDoc } from '../../../src/engine/doc';
import { EXTRA_PROFANITY, OBSCENITY_SLURS, OBSCENITY_STRENGTH } from '../../../src/engine/vocab/profanity';
import { ADVERSARIAL_CASES } from '../../bench/adversarial-cases';

describe('mayMatch (tokens skipped before obscenity)', () => {
  it('skips tokens no term can match, so a random paste calls obscenity far less', () => {
    const tokens = new Set<string>();
    for (const c of ADVERSARIAL_CASES.filter((x) => x.name.startsWith('random mix'))) for (const t of c.draft(6_320).split(/\s+/)) tokens.add(t);
    const skipped = [...tokens].filter((t) => !mayMatch(t));
    expect(skipped.length).toBeGreaterThan(tokens.size / 2);
    // Skipped only where obscenity, asked, finds nothing: the same findings, fewer calls.
    expect(skipped.filter((t) => matcher.getAllMatches(t).length > 0)).toEqual([]);
  });

  it('keeps leetspeak, masks and look-alike letters', () => {
    for (const t of ['sh1t', 'ICUAsh1t', 'fuuuuck', 'ѕhit', '$h!t', 'a$$hole']) expect(mayMatch(t), t).toBe(true);
    for (const t of ['a.theMr.', 'MRN:', '555-0100nurse)A.', 'bed1']) expect(mayMatch(t), t).toBe(false);
  });
});

describe('plain tokens skip the word patterns whose letters they lack', () => {
  // Every listed word, plain and stretched ("fuuuck"), is found wherever obscenity finds it: a
  // pattern is skipped only for a token missing one of its letters.
  const words = [...Object.keys(OBSCENITY_STRENGTH), ...OBSCENITY_SLURS, ...Object.keys(EXTRA_PROFANITY)];
  const stretched = (w: string) => w.replace(/([aeiou])/, '$1$1$1$1');
  it.each(words.flatMap((w) => [w, stretched(w), `${w}s`, `x${w}`]))('%s', (token) => {
    const ours = obsceneMatches(makeDoc(`so ${token} today`)).map((m) => m.word);
    const theirs = matcher.getAllMatches(`so ${token} today`).length > 0;
    if (theirs) expect(ours.length).toBeGreaterThan(0);
  });
});
