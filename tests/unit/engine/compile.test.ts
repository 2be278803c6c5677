import { describe, expect, it } from 'vitest';
import { compiledNatively } from '../../../src/engine/compile';

describe('compiledNatively', () => {
  it('leaves a regex matching as it did, from where it was', () => {
    const re = /\bpt\s+\d+/g;
    re.lastIndex = 7;
    expect(compiledNatively(re)).toBe(re);
    expect(re.lastIndex).toBe(7);
    expect(re.exec('pt 1 and pt 22')?.[0]).toBe('pt 22');
  });

  it('restores lastIndex even when its one attempt matches (a regex that matches a space)', () => {
    const re = /\s+/y;
    re.lastIndex = 3;
    compiledNatively(re);
    expect(re.lastIndex).toBe(3);
  });

  it('leaves non-global regexes alone', () => {
    const re = /x/;
    expect(compiledNatively(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
  });
});
