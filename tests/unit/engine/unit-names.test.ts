import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf, warnedRules } from './helpers';

/**
 * A first name tied to a care unit (recognizers/unit-names.ts): the unit narrows the name, and a
 * patient's moment right after (leaving, a birthday count, a death, a return) says it is a
 * patient's. Staff come "from" units too, so the same shapes without such a moment are left alone.
 */
describe('phi.name: a first name from a care unit', () => {
  it.each([
    ['sam from the 4th floor psych unit finally went home today.', 'sam'],
    ['ricky from the dialysis unit turned 70 today and we threw him a party', 'ricky'],
    ['maria from the burn unit got discharged this morning after 3 months', 'maria'],
    ['Dolores from our hospice unit passed away peacefully last night', 'Dolores'],
    ['ricky on the dialysis unit turned 70 today, we got him a cake', 'ricky'],
    ['sam up on the psych unit finally went home after 3 months', 'sam'],
    ['guess who is back: tyrone from the 5th floor tele unit is back again', 'tyrone'],
    ['ok so deshawn from the cardiac icu rang the bell today!!', 'deshawn'],
  ])('%j names %j', (text, name) => {
    expect(spansOf(analyze(text), 'phi.name').map((s) => s.match)).toContain(name);
    // The name with the unit and the moment is also a story.
    expect(warnedRules(analyze(text))).toContain('phi.patient_story');
  });

  it.each([
    ['shoutout to sam from the 4th floor for covering my shift'],
    ['ricky from pharmacy is the best, he always answers the phone'],
    ['nurse maria from the burn unit got discharged from jury duty today'], // staff by title
    ['my husband carlos from the icu came back from his trip'], // the poster's own
    ['Congrats to jenny from the 3rd floor unit who turned 30 today!'], // a colleague's moment
    ['will from the psych unit finally went home'], // "will" is an everyday word in lower case
    ['sam from the 4th floor psych unit is precepting our new grads'], // no patient's moment
    ['tyrone from the 5th floor came back from vacation today, welcome back!'], // a colleague back from leave
    ['maria from the icu turned 40 today, we had cake at the station'], // an age the staff have
    ['donna from the cardiac unit finally got her promotion to charge'], // a colleague's moment
    ['jenny in the icu finally went home early lol'], // staff leaving early
    ['sam on the psych unit covered for me today'],
  ])('leaves alone %j', (text) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual([]);
  });
});
