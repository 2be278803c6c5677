import type { Doc } from '../doc';
import { profanityIn } from '../conduct/obscene';
import { judge, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import { isQuotedReport } from '../conduct/frame';
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
/** Slurs used as insults say nothing about anyone when the poster aims them at themselves ("fml im retarded"). */
const selfSpec: ConductSpec = { ...spec, selfAimed: true };
const SELF_DROPPABLE = new Set(['retard']);
/** Insults aimed at women or disabled people, reported as profanity with their own wording. */
const SLUR_WORDS = new Set(['retard', 'hoe']);

const STEP_DOWN: Record<Strength, Strength> = { strong: 'moderate', moderate: 'mild', mild: 'mild' };

/** Inside an @handle: someone's account name, not the poster's words ("@RileyAintShit"). */
const HANDLE_BEFORE = /@[A-Za-z0-9_]*$/;
/**
 * "ass" as an intensifier after a word ("trash ass program", "ghetto ass bands") is an insult,
 * unlike "pain in the ass", "my ass" or "kick ass".
 */
const INTENSIFIER_BEFORE = /\b(?!(?:the|my|a|an|his|her|their|our|its|this|that|your|kick|bad|half|smart|whole|of|off|on|up|out|in|to|and|or)\b)[a-z]{3,}\s+$/i;

export const profanity: CustomRecognizer = {
  kind: 'custom',
  id: 'profanity',
  rule: 'conduct.profanity',
  find(doc: Doc): Candidate[] {
    const out: Candidate[] = [];
    for (const w of profanityIn(doc)) {
      if (HANDLE_BEFORE.test(doc.text.slice(Math.max(0, w.start - 16), w.start + 1))) continue;
      let strength = w.strength;
      if (strength === 'mild' && (w.word === 'ass' || w.word === 'arse') && INTENSIFIER_BEFORE.test(doc.text.slice(Math.max(0, w.start - 16), w.start))) strength = 'moderate';
      // Someone else's words, quoted and attributed: the poster reports them, one step milder.
      if (isQuotedReport(doc, w.start)) strength = STEP_DOWN[strength];
      const level = SLUR_WORDS.has(w.word) ? Object.assign({}, LEVELS[strength], { why: 'is a slur; patients, colleagues and your board can read it' }) : LEVELS[strength];
      const c = judge(doc, SELF_DROPPABLE.has(w.word) ? selfSpec : spec, level, w.start, w.end);
      if (c) out.push(Object.assign({}, c, { context: [`${w.how === 'masked' ? 'masked' : 'word'} '${w.word}'`] }));
    }
    return out;
  },
};
