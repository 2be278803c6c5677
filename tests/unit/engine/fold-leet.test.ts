import { describe, expect, it } from 'vitest';
import { foldLeet } from '../../../src/engine/conduct/obscene';
import { seededRandom } from '../../bench/synthetic-posts';

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l', '(': 'c' };

/** The definition: every run of leet characters that a letter a-z touches on either side, spelled as letters. */
function reference(lower: string): string {
  return lower.replace(/[0-7@$!|(]+/g, (run: string, at: number) =>
    /[a-z]/.test(lower[at - 1] ?? '') || /[a-z]/.test(lower[at + run.length] ?? '') ? [...run].map((c) => LEET[c]).join('') : run,
  );
}

describe('foldLeet', () => {
  it('spells leet runs that touch a letter, and only those', () => {
    expect(foldLeet('sh1t')).toBe('shit');
    expect(foldLeet('a$$ hole')).toBe('ass hole');
    expect(foldLeet('5h17')).toBe('shit');
    expect(foldLeet('call 614-555-0100')).toBe('call 614-555-0100');
    expect(foldLeet('mrn 1234567, room 12')).toBe('mrn 1234567, room 12');
    expect(foldLeet('97yo')).toBe('9tyo');
  });

  it('returns the draft itself, uncopied, when no run touches a letter', () => {
    const draft = 'dob 01/02/1950, ssn 123-45-6789!';
    expect(foldLeet(draft)).toBe(draft);
  });

  it('matches the definition on random strings of letters, leet characters and separators', () => {
    const rand = seededRandom(14);
    const alphabet = [...'ab zé\n0123456789@$!|(.-'];
    for (let t = 0; t < 5_000; t++) {
      let s = '';
      const n = Math.floor(rand() * 14);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)]!;
      expect(foldLeet(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
