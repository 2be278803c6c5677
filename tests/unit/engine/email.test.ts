import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { email } from '../../../src/engine/recognizers/email';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { isImpersonalEmail, isRoleMailbox } from '../../../src/engine/validators/email';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.email', () => {
  it.each([
    ["pt's email bwalker1961@outlook.com bounced, so the discharge summary never went out", high('bwalker1961@outlook.com')],
    ['contact bwalker1961@outlook.com for details', none], // nobody attached
    ['email her at jane.doe+work@gmail.com.', high('jane.doe+work@gmail.com')], // sentence dot stays out
    ['his email j.smith@mail.co.uk bounced', high('j.smith@mail.co.uk')],
    ['send your CV to careers@osumc.edu, she says', none], // role mailbox
    ['he wrote to info@clinic.org', none],
    ['email HR@hospital.org about him', none],
    ['she emailed appointments@ohiohealth.com', none],
    ['he sent it to no-reply@mychart.org', none],
    ['her daughter replied from patient.relations@hospital.org', none],
    ['her address is jane@example.com', none], // documentation domain
    ['her handle is @jen_r', none], // a handle is phi.name's job
    ['she typed jane@ and stopped', none],
    ['his email was jane@@gmail.com', none],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.email')).toEqual(expected);
  });

  it('reports an unattached personal address at medium under strict, never a role mailbox', () => {
    const strict = { sensitivity: 'strict' as const };
    expect(spansOf(analyze('contact bwalker1961@outlook.com for details', strict), 'phi.email')).toEqual([
      { match: 'bwalker1961@outlook.com', severity: 'medium' },
    ]);
    expect(spansOf(analyze('send your CV to careers@osumc.edu', strict), 'phi.email')).toEqual([]);
  });

  it.each([
    ['careers@osumc.edu', true],
    ['No-Reply@x.org', true],
    ['appointments+columbus@clinic.com', true],
    ['bwalker1961@outlook.com', false],
    ['info.jane@x.com', false],
  ])('isRoleMailbox(%j) is %s', (value, expected) => {
    expect(isRoleMailbox(value)).toBe(expected);
  });

  it.each([
    ['jane@example.org', true],
    ['jane@mail.example.com', true],
    ['jane@examples.com', false],
  ])('isImpersonalEmail(%j) is %s', (value, expected) => {
    expect(isImpersonalEmail(value)).toBe(expected);
  });

  it('stays linear on long address-like drafts', () => {
    for (const text of ['a'.repeat(63_000), 'a.b-c_d'.repeat(9_000), 'a@'.repeat(31_500), `x@${'a.'.repeat(31_000)}`]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(email, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
