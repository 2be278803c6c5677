import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

describe('phi.age', () => {
  it.each([
    ['97 yo F with a hip fx from bed 3', '97 yo F'],
    ['97yo M, full code, sharp as a tack', '97yo M'],
    ['97 y/o on 2L NC', '97 y/o'],
    ['97M in trauma 2', '97M'],
    ['Our sweetest patient turned 99 today', 'turned 99'],
    ['admitted a 102-year-old woman who still drives', '102-year-old'],
    ['a 94 year old man walked in by himself', '94 year old'],
    ['pt aged 91, lives alone', 'aged 91'],
    ['she is ninety-seven years old and refuses the walker', 'ninety-seven years old'],
    ['patient celebrated her 100th birthday on our unit', '100th birthday'],
    ['he turned ninety-three yesterday in our ICU', 'turned ninety-three'],
  ])('finds %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['a 45 yo M with chest pain'], // under 90
    ['It was 95F outside and the AC broke'],
    ['Our new video hit 95M views'],
    ['Patients age 90 and over need a fall screen'], // a policy about a group
    ['The hospital turned 100 this year!'],
    ['We had 97 patients in the ED tonight'],
    ['Drove 93 miles to get to clinical'],
    ['SpO2 92% on room air'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([]);
  });

  it.each([
    ['our patient tonight is ninety-six and asked me to dance', 'ninety-six'],
    ["she'll be a hundred and two on Sunday and wants cake on the unit", 'a hundred and two'],
    ['the man in bed 4 is ninety-one, still does the crossword in pen', 'ninety-one'],
    ['our pt from the nursing home, in her late nineties, pulled out her IV again', 'in her late nineties'],
    ['lovely old farmer, 93, came in after the tractor tipped', '93'],
  ])('finds an age in words or set off in a description: %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['Our ninety-year-old volunteer knits a hat for every baby on the unit'], // a volunteer
    ['the 94 year old neighbour of mine still shovels his own walk'],
    ['he was a hundred percent sure the monitor was wrong'],
    ["it's ninety degrees on the unit and the AC is out"],
    ['patients in their nineties deserve the same workup as anyone'], // a group
    ['the BP is one hundred over sixty, recheck in 15'],
    ['sats were low, 88, 91, 93, then finally 95 on 4L'], // a list of readings
    ['He scored ninety on the quiz'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([]);
  });

  it.each([
    ['admitted a ninety-something retired teacher who still corrects my grammar', 'ninety-something'],
    ['the 90+ year old in 12 keeps asking for her cat', '90+ year old'],
    ['our centenarian in bed 3 went home today', 'centenarian'],
    ['the lady who is 95 asked me for a whiskey on night shift', '95'],
    ['pt just hit 100 and the unit threw a party', '100'],
    ['my patient (92) told me she walked to school uphill both ways', '92'],
    ['he celebrated his 99th on our floor today', '99th'],
    ['our 97-year-young patient asked for a beer with dinner', '97-year-young'],
  ])('finds the looser forms of an age: %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['If your pt is 90+ and on a benzo, ask why'], // a threshold
    ["pt's temp just hit 100, cultures sent"], // a reading
    ["Japan's oldest centenarian died at 116, the news says"], // news
    ['finished in the 95th percentile, her 95th percentile score'],
    ['we see 90-something admissions a week in winter'],
    ['Room (92) is being deep cleaned'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([]);
  });

  it.each([
    ['At 96, she still drives herself to dialysis. my favourite pt', '96'],
    ['our patient, a man of ninety, asked for his pipe', 'ninety'],
    ['pt is 97 years of age and full code', '97 years of age'],
    ['her one-hundred-year-old hands held mine on the unit tonight', 'one-hundred-year-old'],
    ['Happy 100th bday to our sweetest patient in room 4', '100th bday'],
    ['Gentleman on the ward told me he fixed Spitfires in the war. 99 and still sharp as anything.', '99'],
    ['Ninety-four and still driving herself to dialysis, my favourite pt', 'Ninety-four'],
    ["she's pushing 100 and still does her own hair, love this pt", '100'],
    ['my pt is nearly ninety-five and still mows his lawn', 'ninety-five'],
  ])('finds %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['sats at 92, so we bumped the O2 on my pt'], // a reading, mid-sentence
    ['At 95, the new wing will be the biggest in the state'], // nobody
    ['a man of 94 kg needs a bigger dose'],
    ['Census tonight: 95 and still climbing, our unit rocks'], // a count, nobody
    ['her temp almost 100 and climbing, she looks rough'], // a reading
    ['his glucose is 95 and he is happy'],
    ['she was HR 98, sats 92, looking better'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([]);
  });

  it.each([
    ['an aunty from the village, 93 years, walked in for her eye drops by herself', '93 years'],
    ['Mrs Okoro in bed 6 is 101 and asked for her lipstick before rounds', '101'],
    ['Bed 3, Gwendolyn, 92 tomorrow, wants her cake from the cafeteria', '92'],
    ['Winnie in 14 (96!) beat me at checkers and her son cheered', '96'],
  ])('finds %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['our hospital has served this town for 100 years, and counting'], // an institution
    ['she has worked for 35 years, over 95 years combined with her sisters'],
    ['score today (95!) best on the unit'], // nobody
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.age')).toEqual([]);
  });

  it("keeps the poster's own family at low", () => {
    expect(spansOf(analyze('My grandma turned 97 today! She is amazing'), 'phi.age')).toEqual([{ match: 'turned 97', severity: 'low' }]);
  });

  it.each([
    ['DOE, JOHN\tM 092Y', '092Y'],
    ['SEX: F 92 YRS', '92 YRS'],
    ['AGE 94\tID 1234567', 'AGE 94'],
    ['F 101YR', '101YR'],
  ])('reads the DICOM age of a medical image overlay: %j', (text, match) => {
    expect(spansOf(analyze(text, { medicalImage: true }), 'phi.age')).toEqual([{ match, severity: 'high' }]);
  });

  it('keeps overlay ages below 90, and the overlay forms in posts, out', () => {
    expect(spansOf(analyze('DOE, JOHN\tM 067Y\tAGE 45', { medicalImage: true }), 'phi.age')).toEqual([]);
    expect(spansOf(analyze('the hospital is 092Y old, AGE 94 of the building'), 'phi.age')).toEqual([]);
  });
});
