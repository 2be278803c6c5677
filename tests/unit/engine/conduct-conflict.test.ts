import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const conflict = (text: string) => spansOf(analyze(text), 'conduct.conflict').map((f) => f.severity);

describe('conduct.conflict', () => {
  it.each([
    ["Link in bio for my detox tea, it's what I recommend to all my patients! code NURSEKAT", 'high'],
    ['best collagen for post-op healing, I give it to every surgical pt, link in bio, code HEAL15', 'high'],
    ['the only probiotic I trust as a GI nurse: use code GUTRN for 25% off', 'high'],
    ['As an ICU nurse, the only compression socks I recommend to my patients are VeinFlow: veinflow.com/?ref=nursejess', 'high'],
    ["My new vitamin line 'NurseBoost', recommended by nurses (me!) for immune support. DM to order", 'high'],
    ['Use code ICUJEN for 15% off the compression socks I wear every shift!', 'medium'],
  ] as const)('finds %j', (text, severity) => {
    expect(conflict(text)).toEqual([severity]);
  });

  it.each([
    ['#ad I\'m partnering with Figs this month, code NURSEMIA gets 15% off scrubs.'],
    ['Scrub sale: 20% off at the hospital gift shop this Friday only.'],
    ['Code STEMI called at 0300, door to balloon 42 min. Great teamwork.'],
    ['Called a code blue in the cafeteria today. Everyone did great.'],
    ['Link in bio to sign up for our free community CPR class!'],
    ["We're hiring! DM me for details about night shift openings on our unit."],
    ['Affiliate link: these are the shoes I wear every shift, code RNLEG for 10% off.'],
    ['Join us at AACN NTI 2025, booth #1427. Stop by for a free badge reel!'],
  ])('ignores %j', (text) => {
    expect(conflict(text)).toEqual([]);
  });
});
