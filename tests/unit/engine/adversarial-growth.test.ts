/**
 * No draft may freeze the tab: analyze() must take time linear in the draft on every adversarial
 * paste (tests/bench/adversarial-cases.ts). This checks growth, never an absolute time (that is
 * `npm run bench:adversarial`): ten times the text must not take much more than ten times as long.
 *
 * Made to hold on a loaded two-core machine: time is the process's CPU time, not the clock (a
 * preempted run does not count the other processes' turn), each length is the median of several
 * runs taken in turn with the other length, and a case fails only when a second, longer
 * measurement agrees. Linear cases grow 10 times or less (a fixed cost weighs on the short draft),
 * a quadratic one 100 times once its quadratic part dominates. A quadratic part still small at
 * 30,000 characters can pass here (a binary search made a linear scan grows the "idiot " flood
 * about 15 times); `npm run bench:adversarial` at 63,206 characters is the finer instrument.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { ADVERSARIAL_CASES } from '../../bench/adversarial-cases';
import { cpuGrowth as growth } from './helpers';

const SHORT = 3_000;
const LONG = 30_000;
/** time(LONG) / time(SHORT) above this is super-linear (the budget): linear is 10, the cases measure 10.5 at most. */
const MAX_GROWTH = 15;
/** A long draft checked faster than this cannot be told from noise (a linear case takes longer). */
const MIN_LONG_MS = 2;

const both = (text: string) => {
  analyze(text);
  analyze(text, { sensitivity: 'strict' });
};

describe('analyze grows linearly on adversarial drafts', () => {
  it('every case: time(30,000 chars) / time(3,000 chars) stays near 10', { timeout: 600_000 }, () => {
    const steep: string[] = [];
    for (const c of ADVERSARIAL_CASES) {
      let g = growth(c.draft(SHORT), c.draft(LONG), both, 3);
      if (g.long < MIN_LONG_MS || g.ratio <= MAX_GROWTH) continue;
      g = growth(c.draft(SHORT), c.draft(LONG), both, 7);
      if (g.long >= MIN_LONG_MS && g.ratio > MAX_GROWTH) steep.push(`${c.name}: ${g.ratio.toFixed(0)}x for 10x the text (${g.long.toFixed(1)} ms CPU at ${LONG})`);
    }
    expect(steep).toEqual([]);
  });

  it('the same measurement sees quadratic work when it is there', () => {
    // A stand-in for a regression: analyze() plus work that rereads the rest of the draft from
    // every position, as a super-linear regex or a scan per candidate would.
    const withRegression = (text: string) => {
      both(text);
      let same = 0;
      for (let i = 0; i < text.length; i++) for (let j = i; j < text.length; j++) same += text.charCodeAt(j) === text.charCodeAt(i) ? 1 : 0;
      return same;
    };
    const g = growth('x'.repeat(SHORT), 'x'.repeat(LONG), withRegression, 3);
    expect(g.ratio, `quadratic work grew ${g.ratio.toFixed(0)}x`).toBeGreaterThan(MAX_GROWTH);
  });
});
