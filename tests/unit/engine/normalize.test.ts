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
