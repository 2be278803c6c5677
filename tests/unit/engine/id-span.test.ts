import { describe, expect, it } from 'vitest';
import { idSpan } from '../../../src/engine/scoring';
import { seededRandom } from '../../bench/synthetic-posts';

/** The `id` group's offsets as the `d` flag reports them (the whole match without the group). */
function byIndices(re: RegExp, text: string): [number, number][] {
  const d = new RegExp(re.source, `${re.flags}d`);
  return [...text.matchAll(d)].map((m) => m.indices?.groups?.id ?? [m.index, m.index + m[0].length]);
}
const bySpan = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => idSpan(re, text, m));

describe('idSpan', () => {
  it('finds the id group where its text occurs once in the match', () => {
    const re = /MRN:?\s?(?<id>\d{3,})/g;
    expect(bySpan(re, 'pt MRN: 4455 and MRN 778899')).toEqual([
      [8, 12],
      [21, 27],
    ]);
  });

  it('finds the right one where the group text occurs twice in the match, or is empty', () => {
    // "12" is both the room and the id: the second one is the group.
    const twice = /(?<room>\d+)\s+bed\s+(?<id>\d+)/g;
    expect(bySpan(twice, 'room 12 bed 12 and 3 bed 4')).toEqual(byIndices(twice, 'room 12 bed 12 and 3 bed 4'));
    expect(bySpan(twice, 'room 12 bed 12')).toEqual([[12, 14]]);
    const empty = /x(?<id>\d*)y/g;
    expect(bySpan(empty, 'xy x1y')).toEqual([
      [1, 1],
      [4, 5],
    ]);
  });

  it('takes the whole match without an id group, or when the group did not take part', () => {
    expect(bySpan(/\d{3}-\d{4}/g, 'call 555-0100')).toEqual([[5, 13]]);
    const optional = /ssn(?:\s(?<id>\d{4}))?/g;
    expect(bySpan(optional, 'ssn and ssn 1234')).toEqual(byIndices(optional, 'ssn and ssn 1234'));
  });

  it('agrees with the d flag on random strings', () => {
    const random = seededRandom(14);
    const regexes = [/(?<a>[ab]+)-(?<id>[ab]+)/g, /(?<id>a*)b/g, /a(?<id>b|ab)?a/gi];
    for (let t = 0; t < 2000; t++) {
      let text = '';
      for (let i = 0; i < 12; i++) text += 'abA- '[Math.floor(random() * 5)];
      for (const re of regexes) expect(bySpan(re, text), `${re} on ${JSON.stringify(text)}`).toEqual(byIndices(re, text));
    }
  });
});
