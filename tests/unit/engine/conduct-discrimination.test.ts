import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const discrimination = (text: string) => spansOf(analyze(text), 'conduct.discrimination');

describe('conduct.discrimination', () => {
  it.each([
    ['illegals clog up our ED every night and we pay for it', 'medium'],
    ['fat people do not deserve new knees, they did this to themselves', 'medium'],
    ["fat people don't deserve new knees", 'medium'],
    ['old people should just stop getting ICU beds after 80, waste of resources', 'medium'],
    ['why do all the medicaid pts from that side of town act like animals', 'high'],
    ['Those people from the projects always show up at 3am for free sandwiches.', 'medium'],
    ['Muslim patients are always so demanding about female doctors', 'medium'],
    ['Why do all the Haitian families bring 15 people to visit? Every single time.', 'medium'],
    ['the ESL families never listen to discharge instructions', 'medium'],
    ['what a f4ggot', 'high'],
    ['These types always come in drunk and expect us to wait on them hand and foot', 'medium'],
    ['Gotta love how the Mexican families show up with 20 people and take over the waiting room', 'medium'],
    // Slurs in other spellings, and slurs a negation does not undo.
    ['good morning coons', 'high'],
    ['this nicca in the waiting room again', 'high'],
    ['No half-breed spic has any right to talk to me like that', 'high'],
    ['the redskins in the waiting room again, all drunk', 'high'],
    ['you dirty gook', 'high'],
    // Tropes, stereotypes (group + generalising word + bad trait), weight stigma, misgendering.
    ['another Muslim family with 15 visitors. they should go back where they came from', 'high'],
    ["you can always tell which pts will be noncompliant. it's the Black ones. every. time.", 'medium'],
    ["if you're 400 lbs you don't get to complain about the bed size, put the fork down 🐷", 'medium'],
    ['Not calling the trans pt "she." He\'s a man and that\'s how I\'m charting it.', 'medium'],
    ["refused to use the nonbinary pt's pronouns, there's only two genders", 'medium'],
    ["old people shouldn't get ICU beds, waste of resources", 'medium'],
    ["the deaf guy in 5 kept yelling, like sir we can't hear you either lol", 'medium'],
    ['autistic kids in the ER are pure hell, parents should keep them home', 'medium'],
    ["junkies should pay for their own narcan, I'm done wasting it on them", 'medium'],
  ] as const)('finds %j', (text, severity) => {
    expect(discrimination(text).map((f) => f.severity)).toEqual([severity]);
  });

  it.each([
    ['Women are underdiagnosed with MI because symptoms are often atypical.'],
    ['1 in 8 women will develop breast cancer. Schedule your mammogram.'],
    ['Immigrants make up 1 in 6 US nurses. Our workforce depends on them.'],
    ['Our Spanish-speaking families deserve interpreters every time.'],
    ['Homeless patients are discharged to the street too often. We need respite beds.'],
    ['Medicaid patients wait 3x longer for specialty appts. That is a policy failure.'],
    ['If you are 75+, ask your doctor about the RSV vaccine this fall.'],
    ['Calling patients "illegals" is dehumanizing. Say undocumented, or better, say patient.'],
    ['The senator said immigrants are criminals. Disgusting, and wrong.'],
    ['A chink in the armor of our sepsis bundle: the lactate redraw.'],
    ['Black patients are undertreated for pain. Check your bias and treat the pain.'],
    ['Proud to celebrate Pride month with our LGBTQ+ nurses and patients.'],
    ['Filipino nurses make up a huge share of the US nursing workforce. We owe them so much.'],
    // Everyday senses and settings: a football team, a gearbox, goo, a cat breed, a league.
    ['Redskins vs Cowboys tonight, who has the better QB?'],
    ['E250 motor and tranny, 5,200 miles, came off a truck'],
    ['this is gobbledy gook to me, I never played the game'],
    ['My Maine coon is a total cuddle bum after night shift'],
    ['Visited the Negro Leagues Baseball Museum on my day off'],
    // Account names, a tweet cut off mid-word, and the poster about themselves.
    ['RT @BigmackNigga: smoking is not a game'],
    ['clothes were stolen from his house last nig&#8230;'],
    ['Apparently im a honky. Pfft.'],
    ['what we in Socal call "wiggers", a word I hate'],
    ['Black women die in childbirth at 3x the rate of white women. We have to do better.'],
    ['Always ask trans patients for their name and pronouns and chart them.'],
    ['Obese patients need bariatric equipment ordered early, plan ahead for safe handling'],
    ['Muslim patients always fast in Ramadan; plan insulin doses with them, never assume.'],
    ['Deaf patients have a right to a qualified ASL interpreter, not a family member.'],
  ])('ignores %j', (text) => {
    expect(discrimination(text)).toEqual([]);
  });

  it('keeps a loaded term alone low, shown under strict', () => {
    const text = 'Senate debates the bill on illegal aliens and border funding';
    expect(discrimination(text).map((f) => f.severity)).toEqual(['low']);
    expect(spansOf(analyze(text, { sensitivity: 'strict' }), 'conduct.discrimination').map((f) => f.severity)).toEqual(['medium']);
  });
});
