import type { Doc } from '../doc';
import { profanityIn } from '../conduct/obscene';
import { judge, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import type { Candidate, CustomRecognizer } from '../recognizer';
import type { Strength } from '../vocab/profanity';

/**
 * Profanity (NCSBN and ANA social media guidance: keep it professional). The words come from the
 * `obscenity` matcher plus masked spellings it cannot read ("f***", "sh*tshow", "a**hole"); the
 * clinical allowlist keeps "anal fissure" and "semen analysis" out (conduct/obscene.ts). Severity
 * follows strength: mild words are low, so a "damn" never interrupts a post on its own.
 */
const LEVELS: Record<Strength, Omit<ConductPattern, 'regex'>> = {
  mild: { name: 'mild profanity', severity: 'low' },
  moderate: { name: 'profanity', severity: 'medium' },
  strong: { name: 'strong profanity', severity: 'high' },
};

const spec: ConductSpec = { id: 'profanity', rule: 'conduct.profanity', patterns: [], mentions: true };

export const profanity: CustomRecognizer = {
  kind: 'custom',
  id: 'profanity',
  rule: 'conduct.profanity',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    for (const w of profanityIn(doc)) {
      const c = judge(doc, spec, LEVELS[w.strength], w.start, w.end);
      if (c) out.push(Object.assign({}, c, { context: [`${w.how === 'masked' ? 'masked' : 'word'} '${w.word}'`] }));
    }
    return out;
  },
};
