import { describe, expect, it } from 'vitest';
import { analyze, MAX_FINDINGS_PER_RULE, SEVERITY_RANK } from '../../../src/engine';

const count = (rule: string, findings: { rule: string }[]) => findings.filter((f) => f.rule === rule).length;

describe('a pasted flood lists at most MAX_FINDINGS_PER_RULE findings per rule', () => {
  it('lists the cap and counts the rest', () => {
    const result = analyze('damn '.repeat(MAX_FINDINGS_PER_RULE + 57));
    expect(count('conduct.profanity', result.findings)).toBe(MAX_FINDINGS_PER_RULE);
    expect(result.truncated).toEqual([{ rule: 'conduct.profanity', omitted: 57, severity: 'low' }]);
  });

  it('lists the most severe first, wherever they are, so the verdict covers the omitted ones', () => {
    const text = `${'damn '.repeat(MAX_FINDINGS_PER_RULE + 10)}fuck this`;
    const result = analyze(text);
    const profanity = result.findings.filter((f) => f.rule === 'conduct.profanity');
    expect(profanity.some((f) => f.match === 'fuck')).toBe(true);
    expect(result.verdict).toBe(profanity.find((f) => f.match === 'fuck')!.severity);
    const omitted = result.truncated!.find((t) => t.rule === 'conduct.profanity')!;
    expect(omitted.omitted).toBe(11);
    // Never above what is listed for the rule.
    expect(Math.min(...profanity.map((f) => SEVERITY_RANK[f.severity]))).toBeGreaterThanOrEqual(SEVERITY_RANK[omitted.severity]);
  });

  it('keeps findings in text order and leaves other rules whole', () => {
    const text = `Pt in bed 4 called me an idiot. ${'damn '.repeat(MAX_FINDINGS_PER_RULE + 1)}`;
    const result = analyze(text);
    expect(result.findings.map((f) => f.start)).toEqual([...result.findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(count('phi.room', result.findings)).toBe(1);
    expect(result.truncated?.map((t) => t.rule)).toEqual(['conduct.profanity']);
  });

  it('says nothing when nothing was left out', () => {
    const result = analyze('damn '.repeat(MAX_FINDINGS_PER_RULE));
    expect(count('conduct.profanity', result.findings)).toBe(MAX_FINDINGS_PER_RULE);
    expect(result).not.toHaveProperty('truncated');
  });
});
