import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { actionFor, analyzeOptionsFor, applyRuleOverrides, DEFAULT_POLICY, mergePolicy } from '../../../src/policy';

describe('applying the policy', () => {
  const draft = 'Pt Linda Farrow in bed 12, DOB 09/30/1958';

  it('maps severities to actions (defaults: high confirm, medium and low show)', () => {
    expect(actionFor(DEFAULT_POLICY, 'high')).toBe('confirm');
    expect(actionFor(DEFAULT_POLICY, 'medium')).toBe('show');
    expect(actionFor(DEFAULT_POLICY, 'ok')).toBe('none');
    expect(actionFor(mergePolicy({ actions: { high: 'block' } }, undefined).policy, 'high')).toBe('block');
  });

  it('turns rules off in the engine and overrides severities afterwards', () => {
    const { policy } = mergePolicy({ rules: { 'phi.date': { enabled: false }, 'phi.room': { severity: 'low' } } }, undefined);
    const findings = applyRuleOverrides(policy, analyze(draft, analyzeOptionsFor(policy)).findings);
    expect(findings.some((f) => f.rule === 'phi.date')).toBe(false);
    expect(findings.find((f) => f.rule === 'phi.room')?.severity).toBe('low');
    expect(findings.find((f) => f.rule === 'phi.name')?.severity).toBe('high');
  });

  it('passes allow terms to the engine', () => {
    const text = 'If anyone knows Mr. Abernathy please call us at 614-555-0122, he is asking';
    const rules = (allow: string[]) =>
      analyze(text, analyzeOptionsFor(mergePolicy({ allowTerms: allow }, undefined).policy)).findings.map((f) => f.rule);
    expect(rules([])).toContain('phi.phone');
    expect(rules(['614-555-0122'])).not.toContain('phi.phone');
  });
});
