import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { confirmedGrowth, warnedRules } from './helpers';

/**
 * The patient model (src/engine/recognizers/patient-model.ts): a reference to one person, an
 * encounter that puts them in someone's care, and the details that single them out, read across
 * the words of a sentence (and the next) rather than from one fixed phrase. One row per class of
 * case; sentences are written for these tests, not taken from the dev sets.
 */
const stories = (text: string) => analyze(text).findings.filter((f) => f.rule === 'phi.patient_story');

describe('phi.patient_story from the patient model', () => {
  it.each([
    // [class, post, the reference as quoted, a detail the message must name]
    ['person noun with modifiers, arrival', 'A sweet old man came in tonight after falling off his roof. He kept asking for his wife.', 'A sweet old man', "when 'tonight'"],
    ['bare person noun at a clause start, place of the event', 'Young woman brought in from the county fair last night, hit by a tractor.', 'Young woman', "place 'fair'"],
    ['a particular person ("the X from ..."), setting in the same sentence', "The teenager from Friday's homecoming game is still on our unit. Keep him in your prayers.", 'The teenager', "what happened 'homecoming game'"],
    ['a relative of a patient as subject of the outcome, age in the next sentence', "Had to tell a mom her son didn't make it tonight. He was 19.", 'a mom', "age 'He was 19'"],
    ['how long they stayed', 'Little girl from the bus crash went home today after 94 days with us.', 'Little girl', "how long 'after 94 days'"],
    ['a public role instead of a name', 'The local news anchor came through triage this morning with chest pain.', 'The local news anchor', "who they are 'anchor'"],
    ['an occupation and an age in words ("in his 80s")', 'A retired firefighter in his 80s got his new heart tonight after four years on the list.', 'A retired firefighter', "age 'in his 80s'"],
    ['lowercase, no determiner, public place', "kid swallowed a button battery at the trampoline park, flown to children's tonight", 'kid', "place 'trampoline park'"],
    ['a community role', 'The pastor of our church came into the ER last night and I had to start his IV.', 'The pastor', "who they are 'pastor'"],
    ['an age written in words and a description', 'An eighty-six year old gentleman with a cowboy hat coded in the cath lab this afternoon.', 'An eighty-six year old gentleman', "description 'cowboy hat'"],
  ])('%s: %j', (_class, text, reference, detail) => {
    const found = stories(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(`('${reference}')`);
    expect(found[0]!.message + found[0]!.explain.context.join(', ')).toContain(detail);
    expect(found[0]!.severity).not.toBe('low');
  });

  it('quotes the sentences of the reference and its details, not the whole post', () => {
    const [f] = stories('Long night, team. A sweet old man came in tonight after falling off his roof. Coffee time.');
    expect(f!.match).toBe('A sweet old man came in tonight after falling off his roof.');
  });
});

describe('phi.patient_story: what the patient model leaves alone', () => {
  it.each([
    // [class, post]
    ['teaching case', 'A 45 year old man presents with chest pain radiating to the left arm. What is your next step?'],
    ['teaching case, classic presentation', 'Classic case: a 60 year old smoker with painless jaundice. Pancreatic cancer until proven otherwise.'],
    ['hypothetical', 'If a patient comes in with a rash and fever, always think meningitis.'],
    ['question to readers', 'How do you calm a screaming toddler for an IV? Asking for a friend.'],
    ["the poster's own health", 'I was admitted last week for my gallbladder, back at work Monday.'],
    ["the poster's own child", 'My 3 year old swallowed a penny today, ER visit, all good now.'],
    ["the poster's own family, a birth", 'My sister delivered her second baby last night at 3am, 8 lbs!'],
    ["the poster's own baby, thanks to the unit", 'So grateful to the L&D team who delivered our baby girl on Tuesday at 4am!'],
    ["the poster's own family, an accident", 'My husband was in a car accident last night but he walked away with only bruises.'],
    ["the poster's pet", 'My dog came in from the rain tonight soaking wet and jumped on the couch.'],
    ["the poster's own people by age", 'My 80 year old neighbor shovels his own driveway every morning, goals.'],
    ['public statistics', 'Overdose deaths in our county rose 30 percent last year according to the health department.'],
    ['news told by others', 'A man was taken to a local hospital after a crash on Route 9 Tuesday night, police said.'],
    ['news told by others, an age', 'A man in his 60s was found dead in his home Tuesday, the sheriff\'s office said.'],
    ['a colleague moment', 'Congratulations to Maria on 30 years in our ED! We will miss you.'],
    ['a group, not one person', 'Caring for the sick is a privilege. Happy Nurses Week!'],
    ['someone met outside care', 'We had a toddler at church today who sang the whole service, so cute.'],
    ['a public figure visiting', 'The mayor visited our hospital today to open the new cancer wing.'],
    ['staff arriving', 'Picked up an extra shift in the ICU tonight, the overtime is worth it.'],
    ['a unit statistic', 'We delivered 14 babies on L&D yesterday, a new record for our unit!'],
    ['a stranger in town', 'The old man at the gym this morning was deadlifting more than me. Respect.'],
    ['a teacher remembered', 'The teacher who inspired me to become a nurse passed away last week.'],
    ['a stranger, a public place, no care told', 'The guy who cut me off in the parking garage this morning, I hope your day improves.'],
    ['a stranger met on a trip', 'This guy I met at the airport yesterday turned out to be a paramedic from Ohio.'],
    ['the staff\'s own hours and nights, a stranger', 'Worked 12 hours on my feet after 3 nights in a row, a man at the bus stop said I looked tired'],
    ['a length of stay alone', 'We cared for an elderly man on our unit for 12 days.'],
    ['days on a holiday, a stranger', 'Spent 3 days at the beach with the kids, the man at the hotel was so nice'],
    ["a friend's birth, where it happened", 'My best friend just had her baby at our hospital, I got to be there at 2am!'],
  ])('%s: %j', (_class, text) => {
    expect(stories(text)).toEqual([]);
  });

  it.each([
    'Happy Nurses Week 4 West! So proud of this team.',
    'Call our clinic at 555-201-4400 to book your flu shot, open Monday to Friday 8am-5pm.',
    'Our hospital delivered 3,000 babies last year, a record.',
  ])('warns on nothing in %j', (text) => {
    expect(warnedRules(analyze(text))).toEqual([]);
  });
});

describe('the patient model on floods', () => {
  it.each(['a man came in died ', 'Had to tell a mom her son died. ', 'we had a kid swallowed '])('stays linear on %j repeated', (unit) => {
    // Thousands of references and cues in one sentence (or thousands of sentences): each
    // reference looks up its cue, never scans the others. Growth in CPU time, not absolute time:
    // ten times the text may cost at most thirty times the time (quadratic is 100).
    const small = unit.repeat(Math.ceil(6_300 / unit.length));
    const large = unit.repeat(Math.ceil(63_000 / unit.length));
    expect(confirmedGrowth(small, large, analyze, 30)).toBeLessThan(30);
  });
});
