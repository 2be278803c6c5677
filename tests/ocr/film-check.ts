/**
 * How the film suite is scored: an identifier counts as found when a finding of its kind (phi.name;
 * phi.date; phi.mrn or phi.id), of medium severity or more, covers the place it was drawn. That is
 * what protects the patient: the panel names it, and "Redact image" covers that box, even when OCR
 * misread a digit of it.
 */
import type { Box, Finding } from '../../src/engine';
import type { GeneratedFixture } from './fixtures/generate';

export interface IdentifiersFound {
  name: boolean;
  dob: boolean;
  id: boolean;
}

const covers = (finding: Box, word: Box) => {
  const w = Math.min(finding.x + finding.w, word.x + word.w) - Math.max(finding.x, word.x);
  const h = Math.min(finding.y + finding.h, word.y + word.h) - Math.max(finding.y, word.y);
  return w > 0 && h > 0 && (w * h) / (word.w * word.h) >= 0.3;
};

/** Where the overlay drew `text` (the first time, which is the identity block, drawn first). */
function drawnAt(f: GeneratedFixture, text: string): Box | undefined {
  return f.words.find((w) => w.text === text)?.box;
}

export function identifiersFound(f: GeneratedFixture, findings: readonly Finding[]): IdentifiersFound {
  const ids = f.spec.identifiers;
  if (!ids) throw new Error(`${f.spec.id} has no identifiers`);
  const serious = findings.filter((x) => x.severity !== 'low' && x.box);
  const found = (rules: string[], words: string[]) => {
    const boxes = words.map((w) => drawnAt(f, w)).filter((b): b is Box => !!b);
    if (boxes.length !== words.length) throw new Error(`${f.spec.id}: ${words.join(' ')} not drawn`);
    return serious.some((x) => rules.includes(x.rule) && boxes.some((b) => covers(x.box!, b)));
  };
  return { name: found(['phi.name'], ids.name), dob: found(['phi.date'], [ids.dob]), id: found(['phi.mrn', 'phi.id'], [ids.id]) };
}

/** Findings of medium severity or more: none is acceptable on an ordinary picture. */
export function seriousFindings(findings: readonly Finding[]): string[] {
  return findings.filter((x) => x.severity !== 'low').map((x) => `${x.rule} ${JSON.stringify(x.match)}`);
}
