import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const colleague = (text: string) => spansOf(analyze(text), 'conduct.colleague');

describe('conduct.colleague', () => {
  it.each([
    ['Our night supervisor is a spineless idiot who hides in her office all shift.', 'spineless idiot', 'medium'],
    ['The new grad on our unit is dumb as a rock. How did she even pass NCLEX?', 'dumb as a rock', 'medium'],
    ['our charge nurse tonight is a lazy cow who sat on her phone all shift', 'lazy cow', 'medium'],
    ['night shift RTs are useless. paged 4 times for a vent alarm', 'useless', 'medium'],
    ['Dr. Mitchell is the most incompetent surgeon I have ever worked with.', 'most incompetent', 'high'],
    ['@nurse_jenny_k everyone on 5B knows how you really got that promotion', 'how you really got', 'high'],
    ['How is Dr. Kline still allowed to operate? Absolute butcher.', 'How is Dr. Kline still allowed', 'high'],
    ['Shoutout to the ED doc who sent us a pt with a K of 2.1. You absolute clown.', 'clown', 'medium'],
    ['Day shift left us 6 unfinished admits AGAIN. Lazy as hell, every one of them.', 'Lazy as hell', 'medium'],
    ['Our new manager has the brain of a goldfish, third schedule mistake this month', 'brain of a goldfish', 'medium'],
    ['That travel nurse has no business being a nurse. Left her pt in a wet bed.', 'has no business being a nurse', 'medium'],
    ["@jordan_rn maybe if you answered your own call lights we wouldn't have to cover for you", 'maybe if you', 'high'],
    ['Honestly the hospitalists here are dead weight. Page them and pray.', 'dead weight', 'medium'],
    ['How is our unit manager still employed after losing half the staff in a year', 'How is our unit manager still employed', 'medium'],
    ['@dr_kessler learn to write legible orders, nights should not have to decode your chicken scratch', 'learn to write', 'high'],
    // A title, a name in apposition, then the copula: the insult is the coordinator's, not the admits'.
    ['4 admits in 90 min bc our staffing coordinator Brenda is a useless cow', 'useless cow', 'medium'],
    ['the RT on nights is useless, paged him 4 times', 'useless', 'medium'],
    ["stop hiring new grads like the one on our day shift who can't start an IV to save her life", "can't start an IV to save her life", 'medium'],
    ["why Kristen from nights quit: she's in rehab for pills, her cell is 555-0191 lol", "she's in rehab", 'high'],
    ['heard our manager is getting divorced because she cheated lol', 'is getting divorced', 'high'],
    ['@jess_rn failed her NCLEX twice and they still hired her lol', 'failed her NCLEX', 'high'],
    ['our charge nurse is sleeping with the new attending, everyone knows', 'is sleeping with', 'medium'],
    // The colleague looked behind, the private matter from its verb on.
    ['heard the attending is in rehab, everyone on the unit knows', 'is in rehab', 'medium'],
    ['@kim_rn is pregnant again lol, third time on our unit', 'is pregnant', 'high'],
    ['my preceptor just got arrested for a DUI, nights is buzzing', 'just got arrested', 'medium'],
  ] as const)('finds %j', (text, match, severity) => {
    expect(colleague(text)).toContainEqual({ match, severity });
  });

  it.each([
    ['Dr. Patel is the best preceptor I have ever had. Tough, fair, and she always explains the why'],
    ['0 for 3 on IV starts today. I am the worst. please send help'],
    ["I'm such an idiot, left my stethoscope in the car again"],
    ['New grads: you are not stupid, you are new. Ask every question.'],
    ["Don't be the nurse who calls new grads stupid. We were all new once."],
    ['The Bengals defense is useless and their coach is an idiot.'],
    ['The pyxis is useless today. Third time it crashed this week.'],
    ['Everyone on our unit knows how hard our unit educator works. Thank you!'],
    ['Charge nurse tip: make the assignment, check it against acuity, then check it again.'],
    ['So grateful for the night shift RTs who came running. Legends.'],
    ['Reminder that every nurse was a new grad once. Be the preceptor you needed.'],
    ['How is it still only 0300. This night will never end.'],
    ["Knee-jerk reactions to alarm fatigue won't fix it. We need smarter alarm defaults."],
    ['Jerk chicken and rice for the unit potluck tonight! Night shift eats well.'],
    // Retweets and replies outside work: a handle is not a colleague, nor is the subject of another clause.
    ['RT @DariusJulion: that movie was trash'],
    ['@AustinthaIntern Johnny football is trash man. Trash.'],
    ['RT @HMSguy: Rahal is an idiot. Second time this year he wrecked someone.'],
    ['The new grad on nights crushed her first code. So proud!'],
    ['My preceptor is back from maternity leave, she is pregnant-brain free and ready lol'],
    ['my coworker is pregnant and we threw her a shower today!'],
  ])('ignores %j', (text) => {
    expect(colleague(text)).toEqual([]);
  });
});
