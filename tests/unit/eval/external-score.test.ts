import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Finding, RuleId } from '../../../src/engine';
import { scoreDavidson, scorePresidio, type PresidioItem } from '../../eval/external';

/** An analyzer that reports fixed spans, so the scoring alone is under test. */
function fixed(byText: Record<string, [RuleId, number, number, Finding['severity']?][]>) {
  return (text: string): AnalysisResult => {
    const findings = (byText[text] ?? []).map(([rule, start, end, severity = 'medium']) => ({
      rule, severity, start, end, match: text.slice(start, end), message: '', guidance: '', source: 'text' as const,
      explain: { recognizer: 'x', pattern: 'x', context: [], tie: 'inherent' as const, score: 1 },
    }));
    return { verdict: findings.length ? 'medium' : 'ok', findings };
  };
}

const span = (text: string, value: string, entity_type: string) => {
  const start_position = text.indexOf(value);
  return { entity_type, start_position, end_position: start_position + value.length };
};

describe('Presidio scoring', () => {
  const A = 'Call Ana Silva at 212-555-0199 in Boston.';
  const B = 'Write to ops@example.org from Acme Corp.';
  const items: PresidioItem[] = [
    { full_text: A, spans: [span(A, 'Ana Silva', 'PERSON'), span(A, '212-555-0199', 'PHONE_NUMBER'), span(A, 'Boston', 'GPE')] },
    { full_text: B, spans: [span(B, 'ops@example.org', 'EMAIL_ADDRESS'), span(B, 'Acme Corp', 'ORGANIZATION')] },
  ];

  it('counts a span as found when a phi finding at medium+ overlaps it, and a low one as missed', () => {
    const report = scorePresidio('t', items, fixed({
      [A]: [['phi.phone', 18, 30], ['phi.name', 5, 8, 'low']],
      [B]: [['phi.email', 9, 24]],
    }));
    const byType = Object.fromEntries(report.entities.map((e) => [e.type, e.recall]));
    expect(byType).toEqual({ PERSON: 0, PHONE_NUMBER: 1, EMAIL_ADDRESS: 1 });
    expect(report.misses.map((m) => m.value)).toEqual(['Ana Silva']);
    expect(report.structured.recall).toEqual({ hit: 2, of: 2, rate: 1 });
    expect(report.personAndAddress.rate).toBe(0);
  });

  it('counts a finding on the wrong kind of span against precision, and one on a town as neutral', () => {
    const report = scorePresidio('t', items, fixed({
      [A]: [['phi.location', 34, 40]],
      [B]: [['phi.name', 30, 39], ['phi.email', 9, 24]],
    }));
    const name = report.rules.find((r) => r.rule === 'phi.name')!;
    expect(name).toMatchObject({ fired: 1, correct: 0, precision: 0 });
    expect(report.wrong).toEqual([expect.objectContaining({ rule: 'phi.name', on: 'ORGANIZATION' })]);
    expect(report.rules.find((r) => r.rule === 'phi.location')!.fired).toBe(0);
  });
});

describe('Davidson scoring', () => {
  it('counts conduct findings at medium+ per class; PHI findings and low ones do not count', () => {
    const rows = [
      { id: 'h1', class: 'hate' as const, text: 'h1' },
      { id: 'o1', class: 'offensive' as const, text: 'o1' },
      { id: 'n1', class: 'neither' as const, text: 'n1' },
      { id: 'n2', class: 'neither' as const, text: 'n2' },
    ];
    const report = scoreDavidson('t', rows, fixed({
      h1: [['conduct.discrimination', 0, 2]],
      o1: [['conduct.profanity', 0, 2, 'low']],
      n1: [['phi.name', 0, 2]],
      n2: [['conduct.profanity', 0, 2, 'high']],
    }));
    expect(report.classes.hate.rate).toBe(1);
    expect(report.classes.offensive.rate).toBe(0);
    expect(report.abusive).toEqual({ hit: 1, of: 2, rate: 0.5 });
    expect(report.falseAlarms).toEqual({ hit: 1, of: 2, rate: 0.5 });
    expect(report.missed.map((r) => r.id)).toEqual(['o1']);
  });
});
