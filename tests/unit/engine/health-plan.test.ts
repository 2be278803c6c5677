import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { medicareMbi, memberId } from '../../../src/engine/recognizers/health-plan';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { isValidMbi } from '../../../src/engine/validators/mbi';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.health_plan', () => {
  it.each([
    ["Member #W28719035 keeps failing eligibility for this patient's MRI", high('W28719035')],
    ['she is a member of the team', none],
    ['member ID: ABC123456789', high('ABC123456789')],
    ['member since 2019', none],
    ['member #12 of the committee', none], // too short to be an id
    ['Medicaid # 98765432A', high('98765432A')],
    ['Medicare card 3071 84420 2 left at reception, we have it safe', high('3071 84420 2')], // Australia
    ['medicare card holders get a discount at our pharmacy', none],
    ['Medi-Cal BIC 91234567A9 for the gentleman in 6', high('91234567A9')],
    ['Medi-Cal card renewals are due in March', none],
    ['NHS number 943 476 5919', high('943 476 5919')], // the NHS is the plan its number belongs to
    ['NHS no 401 023 2137 on the wrong bloods again', high('401 023 2137')],
    ['OHIP 1234-567-890-AB for the pt in 4', high('1234-567-890-AB')],
    ['NHS 111 is the number to call for advice', none],
    ['Medicaid expansion passed in 2014', none],
    ['policy number XJ-4471-0092', high('XJ-4471-0092')],
    ['the new policy update is out', none],
    // The label, whose plan, then the number.
    ['Policy number for her insurance is BCX449201736.', high('BCX449201736')],
    ['member id on his Aetna card: W19033344', high('W19033344')],
    ['policy number for the new insurance is changing next year', none],
    ['policy number 4 in the handbook says no phones at the bedside', none],
    ['his BCBS number is XYP700182934 and it keeps getting denied', high('XYP700182934')],
    ['BCBS is the worst to get an auth from', none],
    ['subscriber id 884422110', high('884422110')],
    ['group # 0045521', high('0045521')],
    ['group #2 presented first', none],
    // Medicare MBI: self-evident, with or without a label.
    ['MBI 1EG4-TE5-MK73 on file', high('1EG4-TE5-MK73')],
    ['1EG4TE5MK73', high('1EG4TE5MK73')],
    ['1EG4-TE5MK73', none], // one dash
    ['1SG4-TE5-MK73', none], // S is never used
    ['0EG4-TE5-MK73', none], // first character 1-9
    ['1eg4-te5-mk73', none], // printed in capitals
    ['Medicare part D changes in 2026', none],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.health_plan')).toEqual(expected);
  });

  it.each([
    ['1EG4TE5MK73', true],
    ['1EG4-TE5-MK73', true],
    ['9AA9AA9AA99', true],
    ['1EG4-TE5MK73', false],
    ['1EG4TE-5MK-73', false],
    ['1BG4TE5MK73', false], // B excluded
    ['1EG4TE5MK7', false],
    ['1E14TE5MK73', true], // position 3 may be a digit
    ['1EGATE5MK73', false], // position 4 must be a digit
  ])('isValidMbi(%j) is %s', (value, expected) => {
    expect(isValidMbi(value)).toBe(expected);
  });

  it('stays linear on long label-heavy drafts', () => {
    for (const text of ['member # '.repeat(7_000), 'policy number A-'.repeat(4_000), '1EG4'.repeat(15_750)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(medicareMbi, doc);
      runPatternRecognizer(memberId, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
