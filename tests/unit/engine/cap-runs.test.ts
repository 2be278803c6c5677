import { describe, expect, it } from 'vitest';
import { capRuns } from '../../../src/engine/conduct/obscene';
import { seededRandom } from '../../bench/synthetic-posts';

/** Every run of one character cut to `cap`, its last kept character standing for the run's last. */
function reference(s: string, cap: number) {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; ) {
    let j = i + 1;
    while (j < s.length && s[j] === s[i]) j++;
    const keep = Math.min(j - i, cap);
    text += s.slice(i, i + keep);
    for (let k = 0; k < keep - 1; k++) origin.push(i + k);
    origin.push(j - 1);
    i = j;
  }
  return { text, origin };
}

describe('capRuns', () => {
  it('cuts runs longer than the cap and maps every kept character back', () => {
    const rand = seededRandom(3);
    const alphabet = ['a', 'b', '1', ' ', 's'];
    for (let t = 0; t < 200; t++) {
      let s = '';
      while (s.length < 60) s += alphabet[Math.floor(rand() * alphabet.length)]!.repeat(1 + Math.floor(rand() * 6));
      const got = capRuns(s, 3);
      const want = reference(s, 3);
      expect(got.text).toBe(want.text);
      expect(want.origin.map((_, i) => got.originOf(i))).toEqual(want.origin);
    }
  });

  it('keeps fuuuuuck readable as fuuuck, its ends on the run ends', () => {
    const capped = capRuns('so fuuuuuuck it', 3);
    expect(capped.text).toBe('so fuuuck it');
    expect(capped.originOf(capped.text.indexOf('ck') - 1)).toBe('so fuuuuuuck it'.indexOf('ck') - 1);
  });
});
