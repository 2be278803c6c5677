/**
 * Finding-level scoring of one scanned overlay against its labels. A finding is correct when every
 * word it covers belongs to one label of a kind that accepts the finding's rule: "GARCIA MARIA" on
 * a name label is right; "GARCIA MARIA\nPORTABLE" reaches into a technique line and is wrong, and
 * does not count as finding the name either. Findings on clinicians' names are ignored. A lone
 * M or F after a name may be the sex or a middle initial (no reader can tell), so a name finding
 * may cover it.
 */
import type { Finding, RuleId } from '../../../src/engine';
import type { LabelKind } from './corpus';

/** Which rules are a correct finding for each kind of label; an empty list means "must not be flagged". */
export const ACCEPTS: Record<LabelKind, readonly RuleId[]> = {
  name: ['phi.name'],
  date: ['phi.date'],
  // Record numbers and accessions: which identifier rule names them matters less than finding them.
  id: ['phi.mrn', 'phi.id', 'phi.account', 'phi.health_plan'],
  age: ['phi.age'],
  room: ['phi.room'],
  facility: [],
  clinician: [],
};
export const EXPECTED_KINDS = (Object.keys(ACCEPTS) as LabelKind[]).filter((k) => ACCEPTS[k].length);

export interface LabelledToken {
  start: number;
  end: number;
  text: string;
  label?: { kind: LabelKind; id: number };
}

export type FalseReason = 'unlabelled' | 'wrong kind' | 'crosses labels';

export interface CaseScore {
  /** Each label that must be found: its kind, whether it was, and whether at high severity. */
  labels: { id: number; kind: LabelKind; text: string; found: boolean; high: boolean }[];
  correct: Finding[];
  ignored: Finding[];
  wrong: { finding: Finding; reason: FalseReason }[];
}

/** Findings that a clinician sees (medium and up) about PHI in the text; whole-image rules are not text findings. */
const SEX_OR_INITIAL = /^[[(]?[MF][\])}]?$/;

export function textFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.rule.startsWith('phi.') && f.rule !== 'phi.face' && f.severity !== 'low');
}

export function scoreCase(tokens: readonly LabelledToken[], findings: readonly Finding[]): CaseScore {
  const labels = new Map<number, CaseScore['labels'][number]>();
  for (const t of tokens) {
    if (!t.label || !ACCEPTS[t.label.kind].length) continue;
    const l = labels.get(t.label.id);
    if (l) l.text += ` ${t.text}`;
    else labels.set(t.label.id, { id: t.label.id, kind: t.label.kind, text: t.text, found: false, high: false });
  }
  const score: CaseScore = { labels: [...labels.values()], correct: [], ignored: [], wrong: [] };
  for (const f of textFindings(findings)) {
    const covered = tokens.filter((t) => t.start < f.end && t.end > f.start && !(f.rule === 'phi.name' && SEX_OR_INITIAL.test(t.text)));
    const ids = new Set(covered.map((t) => t.label?.id ?? -1));
    const only = ids.size === 1 ? covered[0]!.label : undefined;
    if (only && only.kind === 'clinician') {
      score.ignored.push(f);
    } else if (only && ACCEPTS[only.kind].includes(f.rule)) {
      score.correct.push(f);
      const l = labels.get(only.id)!;
      l.found = true;
      l.high ||= f.severity === 'high';
    } else {
      const reason: FalseReason = ids.size > 1 ? 'crosses labels' : only ? 'wrong kind' : 'unlabelled';
      score.wrong.push({ finding: f, reason });
    }
  }
  return score;
}
