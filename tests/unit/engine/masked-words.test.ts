import { describe, expect, it } from 'vitest';
import { maskedWords } from '../../../src/engine/conduct/masked';

/** The regex maskedWords stands for (see its doc comment): quadratic on floods, fine on short strings. */
const REFERENCE = /(?<![A-Za-z0-9*#%_-])[A-Za-z](?:[A-Za-z$@!*#%]|-(?=[-*A-Za-z]))*(?:[*#%]|--)(?:[A-Za-z$@!*#%]|-(?=[-*A-Za-z]))*/g;
const byRegex = (text: string) => [...text.matchAll(REFERENCE)].map((m) => ({ index: m.index, end: m.index + m[0].length }));

/** A small deterministic generator, so a failure names its string and reruns the same. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('maskedWords', () => {
  it('finds masked words and skips plain ones', () => {
    expect(maskedWords('what the f*** was that, sh*t, a**hole and f--k; fine words here')).toEqual(byRegex('what the f*** was that, sh*t, a**hole and f--k; fine words here'));
    expect(maskedWords('no masks in this sentence at all, just - a dash')).toEqual([]);
    expect(maskedWords('f*ck').map((m) => [m.index, m.end])).toEqual([[0, 4]]);
    // A word after a long run of plain words, and masks after blocked starts ("_a*", "9b*").
    expect(maskedWords(`${'plain words '.repeat(50)}b*tch _a*b 9b*c`)).toEqual(byRegex(`${'plain words '.repeat(50)}b*tch _a*b 9b*c`));
  });

  it('matches the regex it replaces on random strings of its characters', () => {
    const alphabet = 'ab$@!*#%-_9 .';
    const next = lcg(14);
    for (let t = 0; t < 4000; t++) {
      const length = 1 + Math.floor(next() * 30);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(maskedWords(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
