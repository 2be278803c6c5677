import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { normalize, toOriginal } from '../../../src/engine/normalize';

describe('normalize', () => {
  it('folds fullwidth digits and dashes and drops invisible characters, mapping back to the original', () => {
    const input = 'SS\u200BN ６２３–１１–４０８７!';
    const norm = normalize(input);
    expect(norm.text).toBe('SSN 623-11-4087!');
    const start = norm.text.indexOf('623');
    const [s, e] = toOriginal(norm, start, start + '623-11-4087'.length);
    expect(input.slice(s, e)).toBe('６２３–１１–４０８７');
  });

  it('keeps offsets right after emoji (surrogate pairs) and in right-to-left text', () => {
    const input = '👩‍⚕️🙏 مرحبا pt in bed 12 \u202Bשלום\u202C SSN 623-11-4087';
    const { findings } = analyze(input);
    for (const f of findings) expect(input.slice(f.start, f.end)).toBe(f.match);
    const ssn = findings.find((f) => f.rule === 'phi.ssn');
    expect(ssn?.start).toBe(input.indexOf('623-11-4087'));
    expect(findings.find((f) => f.rule === 'phi.room')?.match).toBe('bed 12');
  });

  it('does not include a trailing zero-width space in the match', () => {
    const input = 'SSN 623-11-4087\u200B.';
    const f = analyze(input).findings.find((x) => x.rule === 'phi.ssn');
    expect(f?.end).toBe(input.indexOf('\u200B'));
  });

  it('maps a ligature that expands under NFKC back to one original character', () => {
    const input = 'ﬁne pt in bed 7';
    const f = analyze(input).findings.find((x) => x.rule === 'phi.room');
    expect(f && input.slice(f.start, f.end)).toBe('bed 7');
  });
});

describe('normalize matches a character-by-character reference', () => {
  const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF]/;
  const PUNCT: Record<string, string> = { '\u2013': '-', '\u2014': '-', '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2212': '-' };
  /** One code point at a time (a lone surrogate is one), each folded on its own. */
  function reference(input: string) {
    let text = '';
    const origin: number[] = [];
    for (let i = 0; i < input.length; ) {
      const cp = input.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const width = ch.length;
      const folded = INVISIBLE.test(ch) ? '' : (PUNCT[ch] ?? ch.normalize('NFKC'));
      text += folded;
      for (let k = 0; k < folded.length; k++) origin.push(i);
      i += width;
    }
    origin.push(input.length);
    return { text, origin };
  }
  const pieces = ['a', 'Z', ' ', '\n', '１', 'ﬁ', '\u200B', '\u202E', 'é', 'e\u0301', '😀', '👩‍⚕️', '𝐀', '中', 'ع', 'ß', 'İ', 'Ω', 'Ω', 'а', '–', '’', '“', '\uD800', '\uDC00', '\u00A0', '\uFEFF'];
  it('on random mixes of ASCII, folds, invisibles, emoji, lone surrogates and other scripts', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let t = 0; t < 300; t++) {
      let input = '';
      const len = 1 + Math.floor(rand() * 40);
      for (let k = 0; k < len; k++) input += pieces[Math.floor(rand() * pieces.length)];
      const got = normalize(input);
      const want = reference(input);
      expect(got.text).toBe(want.text);
      expect([...got.origin]).toEqual(want.origin);
    }
  });
});
