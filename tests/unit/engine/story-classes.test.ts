import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf, warnedRules } from './helpers';

/**
 * Identifiable patients in the shapes a clinician writes them on posts the engine was not written
 * against: stories without a name (told in other Englishes, with the person only as a relative
 * clause's object, with a PSA tacked on), lower-case names next to a room or after an act of care.
 * One row per class; every sentence is written for these tests. Each class has its near misses.
 */
const story = (text: string) => warnedRules(analyze(text)).includes('phi.patient_story');

describe('phi.patient_story: classes of story without a name', () => {
  it.each([
    ['a relative clause without "who"', 'Still thinking about the welder I treated after his truck rolled on him last week. He asked me to feed his dogs.'],
    ['"the X they airlifted"', 'the climber they airlifted off the north face yesterday is on my unit, both ankles broken'],
    ['sat with someone', 'Tonight I sat with a man who lost his wife in the apartment fire downtown. He is our only survivor from that block.'],
    ['a role known to the whole town', "We had the village's only vet come through the ER tonight after a hunting accident. everybody knows him."],
    ['a kinship word described by what follows', 'Dad of three came into ED after a lorry hit his van on the bypass this morning. Kids fine. He is in theatre.'],
    ['British settings and "came to"', 'A 47 year old postman came to our A&E on Monday with "heartburn". It was an MI. Listen to your patients.'],
    ['what they are treated for, as a modifier', 'dialysis lady on Thursdays finally got her kidney today after 5 years on the list!!'],
    ['a PSA after the story', 'A toddler came in this morning after swallowing a button battery at nursery. Reminder: lock them away!'],
    ['"every shift" is a habit, not a hypothetical', 'Every shift I think about the little boy from the river rescue last Easter. We worked on him for an hour.'],
    ['a role with a modifier ("the lead singer")', 'the lead singer of a band that played the festival this weekend just walked into our A&E with a broken wrist'],
    ['an athlete by role', 'A famous cricketer came into our A&E with a torn hamstring tonight. Everyone wanted a selfie.'],
  ])('%s: %j', (_class, text) => {
    expect(story(text)).toBe(true);
  });

  it.each([
    ['a PSA that quotes an example', 'Reminder: "a toddler came in this morning" plus the daycare name is identifiable. Think before you post.'],
    ['a reflection on patients in general', 'Every shift I think about the patients who taught me the most. Most never knew it.'],
    ['the poster treating a colleague to lunch', 'Still thinking about the burrito I had after my shift last week. Best in town.'],
    ['staff working with staff', 'Worked with an amazing charge nurse this month who just finished her masters at our university.'],
    ["the poster's own cousin, a birth", 'My cousin delivered her third baby last night at 2am, 9 lbs!'],
    ["the poster's own aunt", 'My aunt came in by ambulance last night after a fall at her house, she is ok'],
    ['news of a public figure', "Sad to hear the town's only vet is retiring this summer. Forty years of care for our animals."],
    ['a grandmother of the poster, kinship word then "of"', 'Mum of four here, back on nights after maternity leave. Wish me luck!'],
  ])('leaves alone %s: %j', (_class, text) => {
    expect(story(text)).toBe(false);
  });
});

describe('phi.name: lower-case names in care', () => {
  it.each([
    ['tell marcus in 12 his daughter called, he goes home tomorrow', 'marcus'],
    ['discharged eleanor today after 40 days. she hugged every one of us', 'eleanor'],
    ['grandpa lou in 22 has been telling everyone he invented the zipper', 'grandpa lou'],
    ['went to see ms. okonkwo in recovery and she asked for her cat', 'ms. okonkwo'],
    ['ok who gave brandon (bed 9) the remote again', 'brandon'],
  ])('%j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['shoutout to jenny in 4 west for covering my shift!'], // a colleague on a unit
    ['charge nurse sarah in 12 saved my night with that IV'], // staff
    ['my son jimmy in 2nd grade made me a nurses week card'], // family
    ['we transferred kevin to nights, welcome to the dark side!'], // a colleague moved
    ['I admitted marcus was right about the new charting system'], // "admitted" is conceded
    ['jenny in 10 minutes, meet at the pyxis'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual([]);
  });
});

describe('phi.name: a first name where only a patient could be', () => {
  it.each([
    ['Happy discharge day Desmond!! 52 days in our ICU and you walked out on your own', 'Desmond'],
    ["Tonight I held Winifred's hand while she took her last breath. Her son couldn't make it in time.", 'Winifred'],
    ['Rosalind rang the bell today, last round of chemo done!', 'Rosalind'],
  ])('%j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['Jessica and I discharged 6 patients before noon. Teamwork!'], // a colleague beside the poster
    ['Brenda has worked dialysis for 30 years and is retiring Friday. Cake in the break room!'],
    ['Derek brought donuts for night shift and then we discharged half the floor. Legend.'],
    ['Missing my grandpa Walter today. He passed away two years ago on hospice.'], // the poster's family
    ['Our manager Stacy says the new transplant unit opens in March.'],
    ['Heather from pharmacy saved the day when our dialysis orders got lost.'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.name')).toEqual([]);
  });
});
