import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

/**
 * Issue 13's classes of identifiable patient, one table per class: what is found (rule, span,
 * severity) and the near misses that must stay clean. Sentences are written for these tests, not
 * taken from the dev sets.
 */
const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.name in a patient context', () => {
  it.each([
    ['Beatrice in 7 asked for her rosary again', high('Beatrice')],
    ['ok who let marisol delgado in 19 have the remote', high('marisol delgado')],
    ['Our patient from 6 North, Hannah (the 19 y/o from the bus crash), went home', high('Hannah')],
    ['baby Eliana finally came off the vent in the NICU today', high('Eliana')],
    ['The family in 508 (her husband Gordon and their son Theo) brought pizza for the unit', [{ match: 'Gordon', severity: 'high' }, { match: 'Theo', severity: 'high' }]],
    ['pt\'s brother asked me to post this: has anyone seen Marcus Whitfield? call his sister', high('Marcus Whitfield')],
    ['R.K. from our 4th floor MICU went home on room air', high('R.K.')],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual(expected);
  });

  it.each([
    ['Shoutout to Beatrice in 7 West for covering my shift'], // a colleague, a unit
    ['Congrats to Marcus Whitfield, RN, on his promotion'], // credentials
    ['My daughter Eliana starts kindergarten today'], // the poster's own family
    ['Patient H.K. taught neurology more than any textbook: her 1957 operation is still taught'], // history
    ['Grateful for our nurse manager Gordon and his team this week'],
    ['in 2019 we moved to 4 West'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual(none);
  });
});

describe('phi.room', () => {
  it.each([
    ['Beatrice in 7 asked for her rosary again', high('7')],
    ['our 96 y/o in 214 is going home', high('214')],
    ['the family in 1102 is asking for the chaplain', high('1102')],
    ['she passed quietly holding her daughter\'s hand in 318C', high('318C')],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.room')).toEqual(expected);
  });

  it.each([
    ['POD 3 after my own appendectomy and I finally get it'], // post-op day, the poster's own
    ['Maria in 2019 started the unit book club'], // a year
    ['Kevin in 5 minutes: coffee run?'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.room')).toEqual(none);
  });

  it('keeps a pod that is a place', () => {
    expect(spansOf(analyze('the guy in pod 4 pulled his IV again'), 'phi.room')).toEqual(high('pod 4'));
  });
});

describe('phi.age in words and with a title', () => {
  it.each([
    ['Mrs. Calloway is 98 and still does her own crossword', high('98')],
    ['Ninety-four today and she wants cake for breakfast', high('Ninety-four')],
    ['Mr. Dunn is 92% sure he left his glasses at home', none], // a percentage
    ['Ninety minutes of ACLS today', none], // not an age
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual(expected);
  });
});

describe('phi.date with ordinal words', () => {
  it.each([
    ['admitted her on the fourth of February and she goes home today', high('the fourth of February')],
    ['he coded on June the twenty-second', high('June the twenty-second')],
    ['second of all, we march on', none],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.date')).toEqual(expected);
  });
});

describe('phi.email spelled out', () => {
  it.each([
    ['pt wants the discharge papers sent to dlopez77 at yahoo dot com', high('dlopez77 at yahoo dot com')],
    ['her daughter said use maria.g [at] outlook [dot] com', high('maria.g [at] outlook [dot] com')],
    ['she said meet her at noon dot the cafeteria', none],
    ['our pt is at home dot com era kid', none], // not a mailbox
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.email')).toEqual(expected);
  });
});

describe('phi.mrn and phi.device labels', () => {
  it.each([
    ['please merge M.R.N. 44-19-0071 with the old chart', 'phi.mrn', high('44-19-0071')],
    ['MR# 5521 0093 shows two allergy lists', 'phi.mrn', high('5521 0093')],
    ['checked the pacer on our pt, SN QX4410982', 'phi.device', high('QX4410982')],
    ['MR# policy changes next week', 'phi.mrn', none],
  ] as const)('%j', (text, rule, expected) => {
    expect(spansOf(analyze(text), rule)).toEqual(expected);
  });
});

describe('phi.phone and phi.account formats', () => {
  it.each([
    ['Mobile: 0490 75 40 81', 'phi.phone', [{ match: '0490 75 40 81', severity: 'medium' }]],
    ['call me on 71-33-52-22 after six', 'phi.phone', [{ match: '71-33-52-22', severity: 'medium' }]],
    ['Desk: +1-903-140-4508x769', 'phi.phone', [{ match: '+1-903-140-4508x769', severity: 'medium' }]],
    ['order 4471 0932 shipped', 'phi.phone', none], // digit groups without a phone word
    ['lost my card 180016070420458 yesterday', 'phi.account', high('180016070420458')], // JCB, 15 digits
    ['my card 503867297114 expires', 'phi.account', high('503867297114')], // Maestro, 12 digits, with a card word
    ['ticket 503867297114 is closed', 'phi.account', none], // 12 digits need a card word
  ] as const)('%j', (text, rule, expected) => {
    expect(spansOf(analyze(text, { sensitivity: 'strict' }), rule)).toEqual(expected);
  });
});
