import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';

const employer = (text: string) => analyze(text).findings.filter((f) => f.rule === 'conduct.employer');

describe('conduct.employer', () => {
  it.each([
    ['This hospital treats nurses like garbage and patients like ATMs.', 'treats nurses like garbage'],
    ['Honest review: Mercy General leadership does not care about safety or staff.', 'does not care about safety'],
    ['this hospital is a slaughterhouse run by MBAs', 'slaughterhouse'],
    ['Our hospital cut the break room budget while the CEO got a $2M bonus. Greedy parasites.', 'Greedy parasites'],
    ['@StLukesHealth you are a joke of a health system. pay your nurses.', 'joke of a health system'],
    ['f*ck this unit and f*ck mandatory overtime', 'f*ck this unit'],
    ['Management can kiss my a$$. 4th mandatory OT this month.', 'can kiss my a$$'],
    ['This hospital is a joke. 1:8 on tele and they wonder why nobody stays.', 'a joke'],
    ['Admin is literally killing patients with these staffing cuts and they know it', 'is literally killing patients'],
    ['Leadership retaliates against anyone who reports unsafe staffing.', 'retaliates'],
    ['healthcare execs are vultures. all of them.', 'are vultures'],
    ['Riverview Health is a predatory employer that steals our breaks and calls it teamwork.', 'predatory'],
    ['This hospital does not care if people get hurt as long as the budget looks good.', 'does not care if people'],
    ['Mercy Ridge Regional is the worst-run hospital in this state. Give birth literally anywhere else.', 'worst-run hospital'],
    ["St. Mary's cares more about Press Ganey scores than patient safety.", 'cares more about Press Ganey scores than patient safety'],
    ["We had a wrong-site surgery last week and admin covered it up. Classic St. Jude's.", 'covered it up'],
  ])('finds %j, at medium with a gentle note', (text, match) => {
    const found = employer(text);
    expect(found.map((f) => f.match)).toContain(match);
    for (const f of found) {
      expect(f.severity).toBe('medium');
      expect(f.message).toMatch(/can be protected/);
      expect(f.guidance).toMatch(/NLRA/);
    }
  });

  it.each([
    ['Hospital parking went up to $12/day. Staff still pay $40/month. Discuss.'],
    ['Staffing has been brutal this winter. I am bringing our ratio data to shared governance.'],
    ['Proud to join the picket line today for safe staffing. We want our hospital to do better.'],
    ['Our hospital ranked #3 in the state. Thank you to every nurse, tech and EVS worker.'],
    ["Our hospital's new charting system is awful and slow. Please fix it, IT!"],
    ['Safe staffing ratios matter: 1:2 in ICU, 1:4 on med-surg. Call your reps.'],
    ['Our staffing committee presented data to leadership today and they agreed to pilot a float pool.'],
    ['We unionized! Now the real work of bargaining for safe ratios begins.'],
    ['Vultures circling the beach outside our hospital today. Nature is wild.'],
    ['Proud to work at Mercy Ridge Regional: leadership just announced a raise for bedside nurses.'],
    ['Happy Memorial Day to everyone working today, this place is trash-free thanks to EVS!'],
    ["Wrong-site surgery prevention: always do the time-out. Our unit hasn't had one in 5 years."],
  ])('ignores complaints without an attack: %j', (text) => {
    expect(employer(text)).toEqual([]);
  });
});
