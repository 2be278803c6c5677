import { describe, expect, it } from 'vitest';
import { PATTERNS as ADVICE } from '../../../src/engine/recognizers/conduct-advice';
import { PATTERNS as HARM } from '../../../src/engine/recognizers/conduct-harm';
import { PATTERNS as DISCRIMINATION } from '../../../src/engine/recognizers/conduct-discrimination';
import { PATTERNS as EMPLOYER } from '../../../src/engine/recognizers/conduct-employer';
import { hasLetters } from '../../../src/engine/conduct/frame';
import { makeDoc } from '../../../src/engine/doc';
import { loadCorpus, ownCorpusPaths } from '../../eval/load-corpus';
import { denseDraft, longDraft } from '../../bench/synthetic-posts';
import { STRONG_INSULT, STRONG_INSULT_LETTERS, WEAK_INSULT, WEAK_INSULT_LETTERS } from '../../../src/engine/vocab/insults';
import { uncoveredAlternatives } from './letters-cover';

/**
 * A pattern with letters is skipped, never run nor compiled, on a draft holding none of them
 * (runConductPatterns, insultsIn). That is only a speed gate if every match holds one of its letters: proved
 * here from each regex's syntax, and checked on every corpus the repository has.
 */
const LETTERED = [
  ...[...ADVICE, ...HARM, ...DISCRIMINATION, ...EMPLOYER].filter((p) => p.letters),
  // Insult lists, skipped the same way (conduct/insults.ts).
  { name: 'STRONG_INSULT', regex: STRONG_INSULT, letters: STRONG_INSULT_LETTERS },
  { name: 'WEAK_INSULT', regex: WEAK_INSULT, letters: WEAK_INSULT_LETTERS },
];

describe('conduct patterns skipped without their letters', () => {
  it('declares letters on the big patterns an ordinary post reached', () => {
    expect(LETTERED.map((p) => p.name)).toEqual(expect.arrayContaining(['diagnosing someone', 'diagnosing someone (no subject)', 'retaliation through care', 'hostility towards a group', 'attack on the employer', 'stereotype', 'STRONG_INSULT', 'WEAK_INSULT']));
  });

  it.each(LETTERED.map((p) => [p.name, p] as const))('every way through %s spells one of its letters', (_, p) => {
    expect(p.regex.flags).not.toMatch(/[uv]/);
    expect(uncoveredAlternatives(p.regex, p.letters!)).toEqual([]);
  });

  it('every match on every corpus holds one of its letters', () => {
    const texts = [...ownCorpusPaths().flatMap((f) => loadCorpus(f).rows.map((r) => r.text)), longDraft(20_000), denseDraft(20_000)];
    let matches = 0;
    for (const p of LETTERED) {
      for (const text of texts) {
        for (const m of text.matchAll(p.regex)) {
          matches++;
          expect(p.letters!.some((l) => m[0].toLowerCase().includes(l)), `${p.name}: ${m[0]}`).toBe(true);
        }
      }
    }
    expect(texts.length).toBeGreaterThan(1_000);
    expect(matches).toBeGreaterThan(20);
  }, 60_000);

  it('knows a draft without any of the letters', () => {
    expect(hasLetters(makeDoc('Great shift today with the team, so proud of everyone on 4 West!'), ['uti', 'flu'])).toBe(false);
    expect(hasLetters(makeDoc('That rash is definitely SHINGLES'), ['shingles'])).toBe(true);
  });

  it('does not read a long draft for letters: the regexes just run there', () => {
    // Each letter a draft lacks is a read of the whole draft; on the 63,206-character bench drafts
    // the insult lists' 150 letters cost ~10 ms, more than the scans they could spare.
    const long = `${'Great shift today with the team, so proud of everyone on 4 West! '.repeat(70)}`;
    expect(long.length).toBeGreaterThan(4_000);
    expect(hasLetters(makeDoc(long), ['uti', 'flu'])).toBe(true);
    expect(hasLetters(makeDoc(long.slice(0, 3_900)), ['uti', 'flu'])).toBe(false);
  });

  it('the checker finds a way through that avoids the letters', () => {
    expect(uncoveredAlternatives(/\bfoo\s+(?:bar|baz)\b|qux+/gi, ['ba'])).toEqual(['qux+']);
    expect(uncoveredAlternatives(/\bfoo\s+(?:bar|z)?\b/gi, ['ba'])).toEqual(['\\bfoo\\s+(?:bar|z)?\\b']);
    expect(uncoveredAlternatives(/\bfoo\s+(?:bar|baz)\b|qux+/gi, ['ba', 'qu'])).toEqual([]);
    expect(uncoveredAlternatives(/(?<!\w)p(?:eople|atients?)\b/gi, ['people', 'patient'])).toEqual([]);
    expect(uncoveredAlternatives(/(?<!\w)p(?:eople|atients?|ts)\b/gi, ['people', 'patient'])).toEqual(['(?<!\\w)p(?:eople|atients?|ts)\\b']);
    expect(uncoveredAlternatives(/(?:ab)+c/gi, ['abc'])).toEqual(['(?:ab)+c']);
  });
});
