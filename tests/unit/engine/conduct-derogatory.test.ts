import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const derogatory = (text: string) => spansOf(analyze(text), 'conduct.derogatory');

describe('conduct.derogatory', () => {
  it.each([
    ['Nothing like a 3am GOMER from the nursing home to start your week', 'GOMER', 'medium'],
    ['gomer in 14 pulled his foley out again', 'gomer', 'medium'],
    ['frequent flyer is back lol, 9th visit this month', 'frequent flyer', 'high'],
    ['if I get one more drug seeker asking for dilaudid by name I am going to scream', 'drug seeker', 'medium'],
    ['another FTD (failure to die) in bed 6', 'failure to die', 'high'],
    ['The crackheads in the waiting room are fighting over the TV remote', 'crackheads', 'medium'],
    ['pt is a total crock, nothing wrong with her', 'crock', 'medium'],
    ['the idiot in bed 3 pulled his IV for the 4th time', 'idiot', 'high'],
    ['this pt has the IQ of a houseplant', 'IQ of a houseplant', 'high'],
    ['the dialysis pts are all noncompliant whiners', 'noncompliant whiners', 'medium'],
    ['Some of these dialysis patients are just lazy and entitled', 'lazy and entitled', 'high'],
    ["She's like 450 lbs and wants to know why her knees hurt 😂😂", '450 lbs', 'medium'],
    ['9th visit this month for \'chest pain\' 🙄', "'chest pain'", 'medium'],
    ['pt in 8 called me a name so I called her one right back 😂', 'called her one right back', 'high'],
    ["The so-called 'allergic to everything except dilaudid' crew is out tonight", 'allergic to everything except', 'medium'],
    ["Pseudoseizure guy deserves an Oscar, talking between 'seizures' lol", 'deserves an Oscar', 'medium'],
    ['Psych just sent up another nutcase who thinks the TV is spying on him lol', 'nutcase', 'medium'],
    ['Honestly half our ICU census is basically furniture on a vent at this point', 'basically furniture', 'medium'],
    ['The bed blocker on our unit has been here 40 days waiting for placement', 'bed blocker', 'medium'],
    ['Escape artist of the week award goes to the guy who tried to leave through the ceiling', 'Escape artist of the week', 'medium'],
    ["Here for her 'migraine' again, asked for dilaudid by name before I even got vitals", "'migraine'", 'medium'],
    ['Had to call in the lift team and a crane for the bariatric admit lmao', 'crane', 'high'],
    ['the drunk who punched our tech in triage is back', 'drunk', 'medium'],
    ['go look up the guy from bed 3 on facebook, same gas station sunglasses in every pic 💀', 'go look up the guy from bed', 'medium'],
    ['the lady in 3 smells like a dumpster, took 4 of us to bathe her', 'smells like a dumpster', 'high'],
    ['she "can\'t" walk to the bathroom but she can walk to the vending machine', '"can\'t" walk', 'medium'],
    ['Another ER abuser wanting a work note for a cold', 'ER abuser', 'medium'],
    ['same guy every Tuesday, using the ambulance as a taxi again', 'ambulance as a taxi', 'medium'],
    ['That fat slob in 6 ate three dinner trays', 'slob in 6', 'medium'],
  ] as const)('finds %j', (text, match, severity) => {
    expect(derogatory(text)).toContainEqual({ match, severity });
  });

  it.each([
    ['Never call patients "drug seekers" in the chart. Document behaviors, not labels.'],
    ['Rural dialysis patients rely on the ambulance service; a taxi voucher would save money'],
    ['Elder abusers get reported: know the signs and call adult protective services'],
    ["'Frequent flyer' isn't a diagnosis and it isn't kind. Let's retire it. #LanguageMatters"],
    ['Words matter: "frequent flyer", "drug seeker" and "noncompliant" all follow a patient for years.'],
    ['Our patients who use drugs deserve dignity. Stop calling them junkies.'],
    ["The 'frequent flyer' miles from my travel contracts paid for a vacation"],
    ['Adrenaline junkie turned ICU nurse. Best decision I ever made.'],
    ['This flu season is a train wreck. 40 admits in 2 days.'],
    ['My knee is circling the drain after 20 years of 12s.'],
    ['Lost my badge again. I am an idiot but a hydrated idiot'],
    ['Obese patients need bigger BP cuffs or you get falsely high readings.'],
    ['How to approach an intoxicated patient: stay calm, keep your distance.'],
    ['The 0-10 pain scale: 10/10 pain is the worst imaginable.'],
    ['Seizures can look strange. Not every unusual seizure is psychogenic.'],
    ['Best actress in a supporting role went to my favorite movie this year!'],
    ["Dementia patients are not furniture. Talk to them, explain what you're doing, every time."],
    ['Placement delays keep patients in acute beds for weeks. We need more SNF capacity, not blame.'],
    ['Employee of the month goes to our unit secretary. She runs this place!'],
    ["Chart what you see: write 'reports chest pain 8/10', never put a patient's pain in quotes."],
    ['Used the bariatric lift today for the first time. Great equipment, safer for everyone.'],
    ['Airline just bumped me to frequent flyer gold, off to the conference'],
    ['Bariatric patients deserve proper equipment and dignity. Order the bed early.'],
    ['the drunk driver who hit the school bus was sentenced today'],
    // The patient's insult, quoted: not the poster disparaging the patient.
    ['pt in 4 screamed "you stupid bitch" at me all night'],
  ])('ignores %j', (text) => {
    expect(derogatory(text)).toEqual([]);
  });
});
