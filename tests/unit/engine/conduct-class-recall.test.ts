import { describe, expect, it } from 'vitest';
import { analyze, type RuleId } from '../../../src/engine';
import { warnedRules } from './helpers';

/**
 * Classes of conduct post the engine was not first written against, each in several phrasings,
 * with benign twins that share their words. A row lists the rules it must warn on; a benign twin
 * must not warn on the rule its positive twin is about.
 */
const warns = (text: string) => warnedRules(analyze(text));

const CAUGHT: ReadonlyArray<readonly [string, readonly RuleId[]]> = [
  // Contempt on a patient label, a behaviour as a name, patients ranked by body, a life weighed as a cost.
  ['Another lazy noncompliant diabetic back with a foot ulcer, what a surprise', ['conduct.derogatory']],
  ['Stupid noncompliant diabetic #4 of the night, eats donuts and wonders why his sugar is 500', ['conduct.derogatory']],
  ['Educated him for an hour about his insulin. You can\'t fix stupid.', ['conduct.derogatory']],
  ['Spent 40 min teaching the pt about her inhaler technique. cant fix stupid I guess', ['conduct.derogatory']],
  ['Honestly some of my patients just need to shut up and take your pills', ['conduct.derogatory']],
  ["We've got the screamer again tonight, pray for me", ['conduct.derogatory']],
  ['The biter is back in room 9, wear your long sleeves', ['conduct.derogatory']],
  ['Our spitter from last week got readmitted tonight 🙄', ['conduct.derogatory']],
  ['The fat ones are the worst to turn', ['conduct.derogatory']],
  ['The deaf ones are the worst, you repeat everything five times', ['conduct.derogatory', 'conduct.discrimination']],
  ['the deaf ones are so annoying, they never listen anyway', ['conduct.derogatory']],
  ['Honestly the obese ones are the worst on this unit, nobody wants to lift them', ['conduct.derogatory']],
  ['The homeless guy we keep reviving costs more than my salary', ['conduct.derogatory']],
  ['That junkie we narcan every weekend costs the taxpayers a fortune', ['conduct.derogatory']],
  ['Dear noncompliant diabetics: shut up and take your pills', ['conduct.derogatory']],
  ['The spoiled VIP patient in 12 demanded a private chef', ['conduct.derogatory']],
  ['The drunks we keep reviving every weekend are a waste of resources', ['conduct.derogatory']],
  // A swear word for whoever attacks staff is aimed at a patient or visitor, not at the nurse.
  ['This asshole kept yelling at the triage nurse for an hour', ['conduct.derogatory', 'conduct.profanity']],
  ['some asshole screamed at our charge nurse in the waiting room for 20 minutes', ['conduct.derogatory', 'conduct.profanity']],
  ['this dickhead spit on the triage nurse and then asked for a sandwich', ['conduct.derogatory', 'conduct.profanity']],
  ['Some prick in the waiting room called our tech a slur', ['conduct.derogatory', 'conduct.profanity']],
  ['the fucking patient in room 9 spit at me', ['conduct.derogatory', 'conduct.profanity']],
  // Harm classes found by an unseen holdout (h0484-h0543); phrased differently from its rows.
  ["room 7 rang every five minutes so the call bell is on mute now and I'm hiding in the break room", ['conduct.harm']],
  ['he spat at the tech so he can stew in it till days', ['conduct.harm']],
  ["says she has chest pain every single hour. I'm not going back in", ['conduct.harm']],
  ["skipped his vitals, he's DNR anyway, why bother", ['conduct.harm']],
  ['the frequent flyers get nothing extra from me anymore', ['conduct.harm']],
  ['praying the guy who kicked our tech in 4 croaks already', ['conduct.harm']],
  ['rude ones find their ice chips somehow take an hour 😇', ['conduct.harm']],
  ['I imitated his death rattle at the desk, everyone lost it', ['conduct.harm']],
  ['her pain meds wait until I decide, not a minute before', ['conduct.harm']],
  ["his dilaudid isn't due till I say so", ['conduct.harm']],
  ['upped the ativan on the talker so I could actually eat', ['conduct.harm']],
  ['bet you the grandpa in 12 codes at shift change', ['conduct.harm']],
  ["documented the q2 turns. who's checking lol", ['conduct.harm']],
  // Derogatory classes from the same holdout.
  ['absolute moron of a patient today', ['conduct.derogatory']],
  ["the whole ER tonight couldn't boil water between them", ['conduct.derogatory']],
  ['fatty in the ER again with a sugar of 600', ['conduct.derogatory']],
  ['the trashy mom in 3 screamed at us again', ['conduct.derogatory']],
  ['the pill seekers are lined up at triage already', ['conduct.derogatory']],
  ["another veggie on the vent in 9, full code because the family can't let go", ['conduct.derogatory']],
  ['fatty with an a1c of 14 refusing insulin again', ['conduct.derogatory']],
  ['the noncompliant diabetic is back, too lazy to take his insulin', ['conduct.derogatory']],
  // Restraint, charting on the bet that no one checks, wishing a group of patients dead.
  ["Restrained him tighter than he needed, maybe now he'll learn", ['conduct.harm']],
  ["I'll chart the vitals later, nobody checks anyway", ['conduct.harm']],
  ["copied the midnight vitals into the 4am slot, who's gonna know", ['conduct.harm']],
  ["I'll document the neuro checks at the end of shift, no one checks anyway", ['conduct.harm']],
  ['I hope every antivaxxer on our vent dies alone', ['conduct.harm']],
  ['Tightened her restraints a notch past what she needed after she bit me', ['conduct.harm']],
  ['hoping every smoker on our COPD unit dies before rounds', ['conduct.harm']],
  // Using in the middle of a working day.
  ['Took a gummy at lunch to get through this 12, everything is hilarious now', ['conduct.impairment']],
  ['hit my thc pen mid shift, charting has never been so relaxing', ['conduct.impairment']],
  // Hungover at work.
  ['went to work with a raging hangover and almost hung the wrong antibiotic', ['conduct.impairment']],
  ['went to work with a massive hangover, thank god for the pyxis coffee', ['conduct.impairment']],
  ['Took a shot of tequila in the break room before report, no patients noticed', ['conduct.impairment']],
  ['the prick in bed 9 threw his urinal at me', ['conduct.profanity']],
  // A colleague shamed by name: a mugshot, a smell of weed, a call to report her.
  ['my coworker Jessica got a DUI, her mugshot is on the county page lol', ['conduct.colleague']],
  ['our coworker Kayla got arrested last weekend, her mugshot is everywhere lmao', ['conduct.colleague']],
  ['that CNA Brittany is always on her phone and smells like weed, someone report her', ['conduct.colleague']],
  ['that tech on nights reeks of weed every shift, somebody report him', ['conduct.colleague']],
  ['My coworker Amanda got fired for stealing, her mugshot is on facebook lol', ['conduct.colleague']],
  ['That pharmacist Brian is always high at work, everyone knows', ['conduct.colleague']],
  ['Nobody likes the useless traveler on nights, she never answers call lights', ['conduct.colleague']],
  // Neglect and charting, more wordings; a patient's drugs taken home.
  ['Left her sitting in it till end of shift since she called me names', ['conduct.harm']],
  ["Gonna chart his q2 turns even though I haven't turned him since 8", ['conduct.harm']],
  ['Documented a full assessment on bed 7 and never even went in the room', ['conduct.harm']],
  ['Took home the rest of her oxycodone after she died lol', ['conduct.impairment']],
  // Someone else's sedative, the person it is for named between.
  ["@Jen give Tyler one of your husband's Ambien, he'll sleep like a baby", ['conduct.advice']],
  ["Mark, take a couple of your wife's Xanax before the flight, you'll be fine", ['conduct.advice']],
  ["Jess, crush up half of your mom's Ambien in his applesauce, works every time", ['conduct.advice']],
  ['@kim.r your daughter can take some of your prescription trazodone to sleep, totally safe', ['conduct.advice']],
  // Boundary: a patient's request accepted, a psych patient followed back.
  ['my old psych pt requested me on facebook and I accepted lol', ['conduct.boundary']],
  ['Followed my psych patient back on IG after discharge, she posts the best memes', ['conduct.boundary']],
  ['Raw garlic heals ear infections better than amoxicillin', ['conduct.misinformation']],
  ['Vitamin D prevents covid better than any vaccine', ['conduct.misinformation']],
  // A remedy better than proven care; an earning link with the sponsorship denied.
  ['Colloidal silver cures infections better than antibiotics', ['conduct.misinformation']],
  ['This immune booster prevents the flu better than the shot', ['conduct.misinformation']],
  ['Elderberry syrup works better than the flu shot, trust me', ['conduct.misinformation']],
  ["This is not sponsored but here's my affiliate link for the stethoscope", ['conduct.conflict']],
  ["Not an ad!! but here's my amazon storefront for all my nursing shoes", ['conduct.conflict']],
];

const BENIGN: ReadonlyArray<readonly [string, RuleId]> = [
  // Benign twins of the holdout classes above.
  ['the call light on 4 was on mute from maintenance, put in a ticket and fixed it', 'conduct.harm'],
  ['the call light kept ringing so I put it on silent and went to her room right away and fixed it', 'conduct.harm'],
  ['the call light button slid behind the bed again so I clipped it to her gown', 'conduct.harm'],
  ['she can stew in the waiting room for a bit until a bed opens, sorry!', 'conduct.harm'],
  ['she marinates the chicken overnight, her kid can marinate it next time', 'conduct.harm'],
  ["he has chest pain, I'm going in now, not going to make him wait", 'conduct.harm'],
  ["she's on comfort care, we skipped the vitals so she can sleep, what's the point of waking her", 'conduct.harm'],
  ['our hospital gives patients the bare minimum because staffing is a joke', 'conduct.harm'],
  ['I hope my fantasy team dies already so I can stop checking', 'conduct.harm'],
  ['warm blankets take forever from the warmer on nights, ordered a second one', 'conduct.harm'],
  ['pain meds are not due until 2pm, I checked with the doctor', 'conduct.harm'],
  ["I'd never mock a dying patient, I held her hand instead", 'conduct.harm'],
  ['the doctor did an impression of the new pager sound, killed me', 'conduct.harm'],
  ["couldn't boil water after a 14 hour shift, ordered pizza", 'conduct.derogatory'],
  ['The new grad on our unit is dumb as a rock after nights, same as me', 'conduct.derogatory'],
  ['fatty liver disease is rising in kids, screen early', 'conduct.derogatory'],
  ['fatty liver is common in diabetics, ask about it', 'conduct.derogatory'],
  ['families ask about feeding tube vegetable purees, the dietitian helps', 'conduct.derogatory'],
  ['our nursing home serves a vegetable with every meal', 'conduct.derogatory'],
  ["please don't call a patient on the vent a vegetable", 'conduct.derogatory'],
  ['stop calling patients pill seekers, it changes how we treat pain', 'conduct.derogatory'],
  ['The Screamer is my favorite horror movie', 'conduct.derogatory'],
  ['We have a biter at daycare, pray for my toddler', 'conduct.derogatory'],
  ['The blind ones are the worst jelly beans', 'conduct.derogatory'],
  ['Insulin costs more than my rent, and my patients suffer for it', 'conduct.derogatory'],
  ['Patients are not lazy, noncompliant diabetics often cannot afford insulin', 'conduct.derogatory'],
  ['My manager is an asshole, she yelled at the new grad for an hour', 'conduct.derogatory'],
  ['Please never restrain a patient as punishment, it\'s abuse', 'conduct.harm'],
  ['Vitals are charted q4, and our manager checks every chart', 'conduct.harm'],
  ['I copied my notes for the exam, nobody checks the syllabus anyway', 'conduct.harm'],
  ['I hope every patient on our unit goes home for the holidays', 'conduct.harm'],
  ['the hardest part of ICU is when patients die alone', 'conduct.harm'],
  ['Hangover cures thread for my days off 🍳', 'conduct.impairment'],
  ['Wine at lunch with my mom on my day off, bliss', 'conduct.impairment'],
  ['took a gummy vitamin at lunch, my work wellness challenge says so', 'conduct.impairment'],
  ['Had a glass of wine at lunch, no shift till Thursday', 'conduct.impairment'],
  ['Lunch break salad and a seltzer, halfway through my 12', 'conduct.impairment'],
  ['Went to work after a full night of sleep and a big breakfast', 'conduct.impairment'],
  ['had a glass of wine at a wedding, then slept before my shift the next night', 'conduct.impairment'],
  ['A prick of the finger for a blood sugar, easy', 'conduct.profanity'],
  ['Two needle pricks and the IV was in, proud of our new grad', 'conduct.profanity'],
  ['Whiskey tasting this Saturday with my husband, no pager, no phone, no patients', 'conduct.impairment'],
  ['Margaritas with the girls tonight, no scrubs allowed!', 'conduct.impairment'],
  ['Beer on the deck, not on call this weekend for once', 'conduct.impairment'],
  ['My coworker Kayla got engaged last weekend, congrats girl!!', 'conduct.colleague'],
  ['Our tech smells like coffee every morning and I love her for it', 'conduct.colleague'],
  ['nurses eat their young is not a personality trait', 'conduct.colleague'],
  ['"Nurses eat their young" needs to die as a saying', 'conduct.colleague'],
  ['my cousin says vaccines cause autism, I sent him the CDC page', 'conduct.misinformation'],
  ['Heard someone claim ivermectin cures covid; the trials say otherwise', 'conduct.misinformation'],
  ['my mom thinks the flu shot gives you the flu. sent her the CDC page lol', 'conduct.misinformation'],
  ['The flu shot works better than any immune booster, get yours', 'conduct.misinformation'],
  ['not sponsored, just my honest review of these clogs', 'conduct.conflict'],
  ['My coworker Amanda got promoted, so proud of her', 'conduct.colleague'],
  ['Nobody on our team is useless, everyone pulled their weight tonight', 'conduct.colleague'],
  ['No one here is lazy, we just have 7 patients each', 'conduct.colleague'],
  ['Nurses who eat their young should be reported, period. Kindness is a skill.', 'conduct.colleague'],
  ["Someone in my feed says 5G causes covid. Please don't share that stuff.", 'conduct.misinformation'],
  ['My grandma insists garlic cures infections better than antibiotics. Took her to urgent care anyway.', 'conduct.misinformation'],
  ['Can we retire "nurses eat their young"? It was never funny.', 'conduct.colleague'],
  ['"Can\'t fix stupid" is not how we talk about our patients', 'conduct.derogatory'],
  ['I had a margarita at dinner Friday and slept 9 hours before my Saturday night shift', 'conduct.impairment'],
  ['Night shift isn\'t for the weak, love my crew', 'conduct.colleague'],
  ['The stupid printer on our unit jammed again', 'conduct.derogatory'],
  ['I fucking love my patients', 'conduct.derogatory'],
  ['The effing printer ate my patient education handouts', 'conduct.derogatory'],
  ['RT @someone: stop sharing that celebrity mugshot, it is not news', 'conduct.colleague'],
  ['@night_nurse_kay thanks for teaching me to chart vitals right after I take them', 'conduct.harm'],
  ['Pharmacy counts every waste, so always have a witness', 'conduct.impairment'],
  ['The drunks we keep reviving every weekend are a waste of resources', 'conduct.impairment'],
  ['Some prick in the waiting room called our tech a slur', 'conduct.colleague'],
  ['The homeless shelter downtown costs more than the city wants to pay', 'conduct.derogatory'],
  ['We never make patients wait on purpose, and we apologise when they wait', 'conduct.harm'],
  ['Vitamin D supplements don\'t prevent covid, get your vaccine', 'conduct.misinformation'],
  ["Never give a child an adult's sleeping pill, call poison control if they swallowed one", 'conduct.advice'],
  ["@TinaM ask Noah's pediatrician about sleep, melatonin isn't for everyone", 'conduct.advice'],
  ['my old psych pt requested me on facebook and I declined, that is policy', 'conduct.boundary'],
  ['My psych patient asked to follow me on instagram and I explained why I can\'t', 'conduct.boundary'],
];

describe('conduct classes beyond the first examples', () => {
  it.each(CAUGHT)('warns on %j', (text, rules) => {
    expect(warns(text)).toEqual(expect.arrayContaining([...rules]));
  });

  it.each(BENIGN)('does not warn on %j as %s', (text, rule) => {
    expect(warns(text)).not.toContain(rule);
  });

  it('aims a swear word at the patient who attacks staff, not at the colleague attacked', () => {
    expect(warns('This asshole kept yelling at the triage nurse for an hour')).not.toContain('conduct.colleague');
  });
});
