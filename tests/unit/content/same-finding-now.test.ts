import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../../src/engine';
import { sameFindingNow } from '../../../src/content/check-draft';

/**
 * A Redact button belongs to the check the panel last drew, which can be a few keystrokes old
 * while a long or busy page re-checks. The click must still act on the draft as it is now: a stale
 * "room 61" once made the click do nothing while the draft already said "room 612".
 */
describe('the finding a Redact click means, in the draft as it is now', () => {
  const one = (text: string, rule: string, match?: string): Finding => {
    const found = analyze(text).findings.find((f) => f.rule === rule && (match === undefined || f.match === match));
    expect(found, `${rule} in ${JSON.stringify(text)}`).toBeDefined();
    return found!;
  };

  it('a finding drawn from a few keystrokes ago maps to the same rule at the same place now', () => {
    const stale = one('Pt in room 61', 'phi.room');
    const now = analyze('Pt in room 612 turned 97 today').findings;
    expect(stale.match).toBe('room 61');
    const target = sameFindingNow(stale, now);
    expect(target?.match).toBe('room 612');
    expect(target?.fix?.replacement).toBe('[room]');
  });

  it('the same words under the same rule win over a place match', () => {
    const text = 'Pt in room 612 turned 97 today. Her husband in room 4 says hi.';
    const now = analyze(text).findings;
    // Clicked "room 4" from a draft where it sat earlier (text was deleted before it since).
    const clicked = { ...one(text, 'phi.room', 'room 4'), start: 6, end: 12 };
    expect(sameFindingNow(clicked, now)?.match).toBe('room 4');
  });

  it('another rule at the same place, or the same rule elsewhere, is not what was clicked', () => {
    const stale = one('Pt in room 61', 'phi.room');
    const otherRule = analyze('Pt turned 97 today, discharged').findings;
    expect(otherRule.some((f) => f.rule === 'phi.age' && f.start < stale.end && stale.start < f.end)).toBe(true);
    expect(sameFindingNow(stale, otherRule)).toBeUndefined();
    const elsewhere = analyze('Pt doing well today. Her husband waits in room 5').findings;
    expect(elsewhere.some((f) => f.rule === 'phi.room')).toBe(true);
    expect(sameFindingNow(stale, elsewhere)).toBeUndefined();
  });
});
