import { describe, expect, it, vi } from 'vitest';
import { loadCorpus, ownCorpusPaths } from '../../eval/load-corpus';
import { denseDraft, longDraft } from '../../bench/synthetic-posts';
import { uncoveredByWays } from './letters-cover';

/**
 * Every regex declared with letters (src/engine/letters.ts) is skipped, never run nor compiled, on
 * a post holding none of them. That is only a speed gate if every match holds them: each
 * declaration the engine makes (phrase lists, room and story patterns, conduct ways) is recorded
 * here as the engine loads, proved from its regex's syntax, and checked on the corpora.
 */
const recorded = vi.hoisted(() => [] as RegExp[]);
vi.mock('../../../src/engine/letters', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/engine/letters')>();
  return {
    ...real,
    declareLetterWays: (re: RegExp, ways: Parameters<typeof real.declareLetterWays>[1]) => {
      recorded.push(re);
      return real.declareLetterWays(re, ways);
    },
    declareLetters: (re: RegExp, letters: Parameters<typeof real.declareLetters>[1]) => {
      recorded.push(re);
      return real.declareLetters(re, letters);
    },
  };
});

const { analyze } = await import('../../../src/engine');
const { ACTS_LIKE_A_PERSON } = await import('../../../src/engine/recognizers/rooms');
const { DEGRADED_CARE } = await import('../../../src/engine/recognizers/conduct-harm');
const { KNOWN_AS_PATIENT, RELATION_CHAIN, TEACHING } = await import('../../../src/engine/vocab/story');
const { PREFILTER } = await import('../../../src/engine/conduct/obscene');
const { letterWaysOf } = await import('../../../src/engine/letters');
/** Each declaration with its ways (worked out now: phrase lists declare theirs lazily). */
const declared = recorded.map((re) => ({ re, ways: letterWaysOf(re)! }));

const PHI_POST = 'Pt in room 612 turned 97 today, her son Jim called from 614-555-0100 about the DOB on file.';

/** How many times each regex runs while `run` does (an own `exec` is what every RegExp method calls). */
function runsOf(regexes: readonly RegExp[], run: () => void): number[] {
  const counts = regexes.map(() => 0);
  regexes.forEach((re, k) => {
    const exec = RegExp.prototype.exec;
    Object.defineProperty(re, 'exec', { configurable: true, value: (s: string) => (counts[k]!++, exec.call(re, s)) });
  });
  try {
    run();
  } finally {
    for (const re of regexes) delete (re as { exec?: unknown }).exec;
  }
  return counts;
}

describe('regexes declared with letters', () => {
  it('records the declarations: every phrase list, and the patterns a post with PHI reached', () => {
    const regexes = declared.map((d) => d.re);
    expect(declared.length).toBeGreaterThan(50);
    for (const re of [ACTS_LIKE_A_PERSON, DEGRADED_CARE, KNOWN_AS_PATIENT, RELATION_CHAIN, TEACHING]) expect(regexes).toContain(re);
  });

  it('proves every declaration from its regex: each way through spells a letter of each list of one of its ways', () => {
    for (const { re, ways } of declared) {
      expect(re.flags, re.source.slice(0, 60)).not.toMatch(/[uv]/);
      expect(ways.flat(2).every((l) => l === l.toLowerCase()), re.source.slice(0, 60)).toBe(true);
      expect(uncoveredByWays(re, ways), re.source.slice(0, 80)).toEqual([]);
    }
  });

  it('finds every match on every corpus holding one of its ways', () => {
    const texts = [...ownCorpusPaths().flatMap((f) => loadCorpus(f).rows.map((r) => r.text)), longDraft(20_000), denseDraft(20_000)];
    let matches = 0;
    for (const { re, ways } of declared) {
      const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
      for (const text of texts) {
        for (const m of text.matchAll(global)) {
          matches++;
          const lower = m[0].toLowerCase();
          expect(ways.some((way) => way.every((letters) => letters.some((l) => lower.includes(l)))), `${re.source.slice(0, 60)}: ${m[0]}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(1_000);
  }, 120_000);

  it('skips them on a post without their letters, and runs them on one with', () => {
    const gated = [ACTS_LIKE_A_PERSON, DEGRADED_CARE, KNOWN_AS_PATIENT, RELATION_CHAIN, TEACHING, PREFILTER];
    expect(runsOf(gated, () => analyze(PHI_POST))).toEqual(gated.map(() => 0));
    const [acts, degraded, known, chain, teaching, prefilter] = runsOf(gated, () => {
      analyze('Bed 14 keeps pressing the call light.');
      analyze('My neighbor was my pt today.');
      analyze("Her pain meds can wait lol, my landlord's sister in room 5, the textbook case. Until proven otherwise, what an ass.");
    });
    expect(Object.values({ acts, degraded, known, chain, teaching, prefilter }).map((n) => n! > 0), JSON.stringify({ acts, degraded, known, chain, teaching, prefilter })).toEqual(gated.map(() => true));
  });
});
