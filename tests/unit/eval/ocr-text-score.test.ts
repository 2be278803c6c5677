import { describe, expect, it } from 'vitest';
import type { Finding, RuleId, Severity } from '../../../src/engine';
import { generateCorpus } from '../../eval/ocr-text/corpus';
import { layOut } from '../../eval/ocr-text/reader';
import { scoreCase, type LabelledToken } from '../../eval/ocr-text/score';

/** Tokens of "GARCIA MARIA\nPORTABLE CHEST\nST MARY HOSPITAL\nREF: DR LEE", labelled as the corpus does. */
const TEXT = 'GARCIA MARIA\nPORTABLE CHEST\nST MARY HOSPITAL\nREF: DR LEE';
const LABELS: Record<string, LabelledToken['label']> = {
  GARCIA: { kind: 'name', id: 1 }, MARIA: { kind: 'name', id: 1 },
  ST: { kind: 'facility', id: 2 }, MARY: { kind: 'facility', id: 2 }, HOSPITAL: { kind: 'facility', id: 2 },
  'REF:': { kind: 'clinician', id: 3 }, DR: { kind: 'clinician', id: 3 }, LEE: { kind: 'clinician', id: 3 },
};
const TOKENS: LabelledToken[] = [...TEXT.matchAll(/\S+/g)].map((m) => ({
  start: m.index!, end: m.index! + m[0].length, text: m[0], ...(LABELS[m[0]] ? { label: LABELS[m[0]] } : {}),
}));

function finding(match: string, rule: RuleId = 'phi.name', severity: Severity = 'high'): Finding {
  const start = TEXT.indexOf(match);
  return { rule, severity, start, end: start + match.length, match, message: '', guidance: '', source: 'image', explain: { recognizer: 'x', pattern: 'x', context: [], tie: 'inherent', score: 1 } };
}

describe('overlay corpus scoring', () => {
  it('counts a name inside its label as found, and one that runs into the next line as false', () => {
    const right = scoreCase(TOKENS, [finding('GARCIA MARIA')]);
    expect(right.labels).toEqual([{ id: 1, kind: 'name', text: 'GARCIA MARIA', found: true, high: true }]);
    expect(right.wrong).toEqual([]);
    const crossing = scoreCase(TOKENS, [finding('GARCIA MARIA\nPORTABLE')]);
    expect(crossing.labels[0]!.found).toBe(false);
    expect(crossing.wrong.map((w) => w.reason)).toEqual(['crosses labels']);
  });

  it('calls a name on a facility the wrong kind, on technique words unlabelled, and ignores clinicians', () => {
    const s = scoreCase(TOKENS, [finding('ST MARY HOSPITAL'), finding('PORTABLE CHEST'), finding('DR LEE')]);
    expect(s.wrong.map((w) => w.reason)).toEqual(['wrong kind', 'unlabelled']);
    expect(s.ignored.map((f) => f.match)).toEqual(['DR LEE']);
  });

  it('does not count low findings or a finding of the wrong rule as finding a label', () => {
    const s = scoreCase(TOKENS, [finding('GARCIA MARIA', 'phi.name', 'low'), finding('MARIA', 'phi.date')]);
    expect(s.labels[0]!.found).toBe(false);
    expect(s.wrong.map((w) => w.reason)).toEqual(['wrong kind']);
  });
});

describe('overlay corpus generation', () => {
  it('is deterministic and labels every case with what it must find', () => {
    const a = generateCorpus(14, 'dev');
    expect(generateCorpus(14, 'dev')).toEqual(a);
    for (const c of a) {
      const kinds = c.blocks.flatMap((b) => b.lines.flat(2).map((p) => p.label)).filter(Boolean);
      // A monitor's title bar has a bed and usually a name, but no date.
      if (c.modality === 'MONITOR') expect(kinds).toContain('room');
      else expect(kinds).toEqual(expect.arrayContaining(['name', 'date']));
    }
  });

  it('lays a case out as rows a tesseract page would report, labels carried to every word', () => {
    const [c] = generateCorpus(1, 'dev');
    const { words, lines } = layOut(c!, { slips: false, seed: 1 });
    expect(lines.flat().length).toBe(words.length);
    const named = words.filter((w) => w.label?.kind === 'name').map((w) => w.text).join(' ');
    const truth = c!.blocks.flatMap((b) => b.lines.flat(2)).filter((p) => p.label === 'name').map((p) => p.text).join(' ');
    expect(named).toBe(truth);
  });
});
