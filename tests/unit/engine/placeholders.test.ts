import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../../src/engine';

const placeholders = Object.entries(RULES).flatMap(([rule, info]) => (info.placeholder ? [[rule, info.placeholder] as const] : []));

describe("Redact's placeholders are never findings", () => {
  it.each(placeholders)('%s placeholder %s, next to a patient', (_rule, placeholder) => {
    const text = `My pt ${placeholder} was admitted today, DOB and all: ${placeholder}`;
    expect(analyze(text).findings.filter((f) => f.severity !== 'low')).toEqual([]);
  });

  it('a fully redacted draft comes back clean, and offsets still point into the draft as written', () => {
    const original = analyze('Pt in room 612 turned 97 today, MRN 4471923');
    expect(original.verdict).toBe('high');
    let text = 'Pt in room 612 turned 97 today, MRN 4471923';
    for (const f of [...original.findings].filter((x) => x.fix).sort((a, b) => b.start - a.start)) {
      text = text.slice(0, f.start) + f.fix!.replacement + text.slice(f.end);
    }
    expect(analyze(text).verdict).toBe('ok');
  });

  it('still finds real identifiers beside a placeholder', () => {
    const { findings } = analyze('Pt [patient] in room 612 today');
    const room = findings.find((f) => f.rule === 'phi.room');
    expect(room?.match).toBe('room 612');
  });
});
