import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const profanity = (text: string) => spansOf(analyze(text), 'conduct.profanity');

describe('conduct.profanity', () => {
  it.each([
    ['This shift is absolute bullshit. 1:7 ratio in step-down.', 'bullshit', 'medium'],
    ['this fucking shift. 3 admits, no tech', 'fucking', 'high'],
    ['fuuuuuck this unit', 'fuuuuuck', 'high'],
    ['sh1t show tonight on 3 north', 'sh1t', 'medium'],
    ['what an a$$hole', 'a$$hole', 'medium'],
    ['f*** this', 'f***', 'high'],
    ['f**king ridiculous', 'f**king', 'high'],
    ['sh*tshow on the unit again', 'sh*tshow', 'medium'],
    ['absolute clusterf*ck tonight', 'clusterf*ck', 'high'],
    ['a**hole', 'a**hole', 'medium'],
    ['b*tch please', 'b*tch', 'medium'],
    ['biiiitch please', 'biiiitch', 'medium'],
    ['Management can kiss my a$$', 'a$$', 'medium'],
    ['New badge policy is pure bullsh!t', 'bullsh!t', 'medium'],
    // Slurs used as insults, in any spelling.
    ['the r3tard in the waiting room just threw a chair', 'r3tard', 'high'],
    ['that retarded kid in peds', 'retarded', 'high'],
    ['these hoes ain\'t loyal', 'hoes', 'medium'],
    ['sing like pussies', 'pussies', 'high'],
    // "ass" after a word is an intensifier insult, not "pain in the ass".
    ['trash ass program', 'ass', 'medium'],
    ['#moveoutmyway#bitch', '#moveoutmyway#bitch', 'medium'],
  ] as const)('finds %j', (text, match, severity) => {
    expect(profanity(text)).toEqual([{ match, severity }]);
  });

  it.each([
    ['damn it, forgot my badge', 'damn'],
    ['Crap, forgot my lunch again', 'Crap'],
    ['WTF is this schedule', 'WTF'],
    ['the Bengals got their asses kicked', 'asses'],
    ['pissed off about parking', 'pissed'],
    // A patient's words, quoted and attributed: reported, one step milder.
    ['pt in 4 screamed "you stupid bitch" at me all night', 'bitch'],
  ])('keeps mild words low: %j', (text, match) => {
    expect(profanity(text)).toEqual([{ match, severity: 'low' }]);
    expect(spansOf(analyze(text, { sensitivity: 'strict' }), 'conduct.profanity')).toEqual([{ match, severity: 'medium' }]);
  });

  it.each([
    ['Anal fissure management: stool softeners, sitz baths, topical nifedipine.'],
    ['Semen analysis tips for patients: abstain 2-5 days.'],
    ['Nipple discharge in a non-lactating patient needs a workup.'],
    ['Vaginal delivery after C-section is safe for many women.'],
    ['Graduated summa cum laude! Cum laude for my sister too.'],
    ["Huge thanks to Dick's Sporting Goods for donating 50 bike helmets"],
    ['Visiting family in Scunthorpe this weekend'],
    ['finger prick glucose before every meal'],
    ['cockpit resource management training for the trauma team'],
    ['cumin, turmeric and shiitake: my night shift soup'],
    ['Emily Dickinson on the break room wall'],
    ['FU appointment in 2 weeks with cardiology'],
    ['Asst. Nurse Manager job posting is up'],
    ['spastic paraplegia clinic, flame retardant scrubs, rape kit training, sex ed class'],
    ['ABO incompatibility and a chink in the armor'],
    ['**IMPORTANT** read the new policy *sigh*'],
    ['Penile nerve block for newborn circumcision: 1% lidocaine, never with epi.'],
    // Account names are not the poster's words; tools, cats and clinical terms are not slurs.
    ['@RileyAintShit are you coming tonight?'],
    ['picked up a new garden hoe and a rake for the community plot'],
    ['the pussy willows are out and the pussycat is asleep'],
    ['intrauterine growth retardation on the last scan; fire retardant gowns'],
    ['we hosted a hoedown for the peds unit'],
    ['Stop pussy footing around and fix staffing'],
    // The poster about themselves, and a word talked about.
    ['fml im retarded, left my badge at home'],
    ['when rappers say twat it makes me feel weird'],
  ])('ignores clinical and everyday words in %j', (text) => {
    expect(profanity(text)).toEqual([]);
  });

  it('explains masked spellings with the word they stand for', () => {
    const [finding] = analyze('f*** mandatory overtime').findings.filter((f) => f.rule === 'conduct.profanity');
    expect(finding?.explain.context).toContain("masked 'fuck'");
    expect(finding?.guidance).toMatch(/NCSBN/);
  });
});
