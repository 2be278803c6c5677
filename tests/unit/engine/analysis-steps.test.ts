import { describe, expect, it } from 'vitest';
import { analyze, Analysis, AnalyzeTimeout } from '../../../src/engine';
import { denseDraft, longDraft, syntheticPosts } from '../../bench/synthetic-posts';

describe('Analysis: the same check, a few steps at a time', () => {
  it('gives exactly what analyze() gives, one step per run, on posts and long drafts', () => {
    for (const text of [...syntheticPosts(20), longDraft(6_320)]) {
      for (const sensitivity of ['standard', 'strict'] as const) {
        const stepped = new Analysis(text, { sensitivity });
        let runs = 0;
        let result;
        // A clock already past: every run does one step and hands back.
        while (!(result = stepped.run(0))) runs++;
        expect(runs).toBeGreaterThan(10);
        expect(JSON.stringify(result)).toBe(JSON.stringify(analyze(text, { sensitivity })));
        expect(stepped.done).toBe(result);
      }
    }
  });

  it('weighs the stories of a long draft packed with identifiers over several steps, with the same result', () => {
    const text = denseDraft(20_000);
    const stepped = new Analysis(text);
    const storySteps: string[] = [];
    let result;
    for (;;) {
      // The name of the step the next run starts with.
      const next = (stepped as unknown as { pending?: IteratorResult<string> }).pending;
      if (next && !next.done && next.value.startsWith('patient-story')) storySteps.push(next.value);
      if ((result = stepped.run(0))) break;
    }
    // Encounters, specifics, then the stories a few hundred encounters at a time.
    expect(storySteps.filter((s) => s === 'patient-story stories').length).toBeGreaterThan(2);
    expect(result.findings.some((f) => f.rule === 'phi.patient_story')).toBe(true);
    expect(JSON.stringify(result)).toBe(JSON.stringify(analyze(text)));
  });

  it('finishes what is left in one go, and keeps its result', () => {
    const text = 'Pt John Smith in room 12, DOB 1/2/1933.';
    const a = new Analysis(text);
    expect(a.run(0)).toBeUndefined();
    const result = a.finish();
    expect(result).toEqual(analyze(text));
    expect(a.run(0)).toBe(result);
  });

  it('stops with AnalyzeTimeout between steps once its deadline has passed', () => {
    const a = new Analysis(longDraft(6_320));
    a.run(0);
    expect(() => a.run(Infinity, performance.now() - 1)).toThrow(AnalyzeTimeout);
  });
});

describe('WARM_UP_DRAFT', () => {
  it('runs every text rule, so warming up on it compiles and builds what real drafts need', async () => {
    const { WARM_UP_DRAFT, PHI_TEXT_RULES, CONDUCT_RULES } = await import('../../../src/engine');
    const found = new Set(analyze(WARM_UP_DRAFT).findings.map((f) => f.rule));
    expect([...PHI_TEXT_RULES, ...CONDUCT_RULES].filter((r) => !found.has(r))).toEqual([]);
  });
});
