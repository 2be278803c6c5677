import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const harm = (text: string) => spansOf(analyze(text), 'conduct.harm');

describe('conduct.harm', () => {
  it.each([
    ['The dirtbag in 5 spit on me. Hope he never wakes up.', 'high'],
    ['honestly hope the drunk driver in trauma 1 does not make it', 'high'],
    ['Quiet shift, someone please crash so I have something to do', 'medium'],
    ['dead quiet in the ED. somebody wreck a car on 71 already', 'medium'],
    ['homeless junkies aren\'t worth the narcan tbh', 'high'],
    ["if he swings at me one more time he's getting 'vitamin H' and a long nap", 'high'],
    ["pt in 12 hit his call light 30 times so I 'forgot' to plug it back in", 'high'],
    ["Pulled the wrong med, gave it anyway, she's fine lol. What she doesn't know won't hurt her", 'high'],
    ['another one bites the dust, 3 deaths this week, who\'s next', 'medium'],
    ['Please let tonight be the night grandpa in the corner finally passes', 'high'],
    ['Charted q2 turns all night. Did I actually turn him? Let us not talk about it', 'high'],
    ["pt threw his tray so I 'accidentally' forgot his pain meds till end of shift", 'high'],
    ['someone please bring in a good trauma, this slow night is killing me', 'medium'],
    ['Hoping the drunk who spit on me wakes up with the worst headache of his life', 'high'],
    ["call light going off for the 20th time. I'm just gonna let it ring, he'll survive", 'high'],
    ['Signed off neuro checks I never actually did. 12 pts, 1 nurse', 'high'],
    ['Not gonna lie, I slow-walked his pain meds after he called me that word.', 'high'],
    ['tempted to give the screamer a little extra ativan so we all get some peace', 'high'],
    ["I swear if she pulls the NG tube again I'm going to let her cry it out all night", 'high'],
    ['Charted that I hung the 0600 antibiotic. I did not hang the 0600 antibiotic. whoops', 'high'],
    ['Skipped the two-person check on the heparin drip, who has time lol', 'high'],
    ['call light going nonstop so I disconnected it. he can yell if he really needs something', 'high'],
    ['Taking my sweet time answering his bell after that attitude', 'high'],
    ['Assessed them maybe once all night, charted q2 like a good little nurse', 'high'],
    ['drew up the wrong concentration of heparin, gave it anyway, labs were fine lol', 'high'],
    // Unsafe practice at a sentence start, and after "I".
    ['No pump available. Eyeballed the heparin drip rate, close enough', 'high'],
    ['Eyeballed the insulin again tonight', 'high'],
    ['Scale was broken so I just guessed the dose', 'high'],
    // Retaliation read as a frame (care made worse + a provocation), in any wording.
    ['Pt in 9 threw his urinal at me. His 2200 oxy is gonna be real late tonight 😇', 'high'],
    ['she called me fat so her tylenol can wait till shift change 🙃', 'high'],
    ["gave the screamer in 6 the fattest IV I could find, maybe she'll learn", 'high'],
    ["if one more family member asks for an update I'm pushing their dad's lasix late just to spite them", 'high'],
    ["I may have 'forgotten' her 0400 dilaudid 🤷‍♀️", 'high'],
    ['rude pt called me a name so guess whose call light is gonna take 45 min tonight 🙂', 'high'],
    // Wishes of harm whose agent is an illness or "someone"; callousness about deaths.
    ['hope the DTs take you out, buddy', 'high'],
    ['wish someone would smother the guy in 22 with a pillow, 4 hours of yelling', 'high'],
    ['3 codes today, whatever, they were old anyway 🤷', 'medium'],
    ["honestly the world would be better off if the pedophile in 12 didn't wake up from surgery", 'high'],
    ['JW family refused blood for their kid, let natural selection do its thing', 'high'],
    ['I slammed the bedrail on his hand, accidentally of course', 'high'],
    ["left her on the bedpan for an hour, she'll think twice about calling me names", 'high'],
    ['Dilaudid push? Nah, he can have tylenol after that attitude', 'high'],
  ] as const)('finds %j', (text, severity) => {
    expect(harm(text).map((f) => f.severity)).toContain(severity);
  });

  it.each([
    ['this fucking shift. 3 admits, no tech, and the pyxis is down. kill me'],
    ['I could kill for a nap right now.'],
    ['We killed it tonight: 3 STEMIs, all door-to-balloon under 60.'],
    ['If one more person asks me if I am just a nurse I am going to scream'],
    ['Naloxone 0.4 mg IV/IM/IN, repeat q2-3 min as needed. Carry it. Save a life.'],
    ['I hope he recovers fast and never has to come back'],
    ['Hope she passes her boards next week!'],
    ['I would never fake vitals. If you did not do it, do not chart it.'],
    // Someone else's words, mid-sentence: not the poster's own practice.
    ['The new grad eyeballed the dose and pharmacy caught it, great teamwork'],
    ['We need a good trauma system in this county, rural patients wait hours.'],
    ['Our ethics committee is clear: no slow codes. Discuss goals of care instead.'],
    ['If a patient swings at you, step back, call security, and document.'],
    ["Don't worry about the nosebleed, he'll survive. Pressure for 10 minutes."],
    ["If you skip the two-person check on insulin and heparin, you are gambling with someone's life. Don't."],
    ['Our pharmacist caught an eyeballed dose error before it reached the pt. Double checks save lives.'],
    ['Take your time with the admission assessment. Rushing causes errors.'],
    // Delays with no provocation, care made better, denials, grief.
    ['Our pharmacy was late with the 2200 meds again, please fix the tube system'],
    ['Moved the call light closer so she could reach it, fall risk'],
    ["I would never delay care because a patient was rude. That's the job."],
    ['We lost a patient tonight. Sit with your feelings, then go home and sleep.'],
    ['hope my husband takes me out to dinner after this shift'],
    ['natural selection lecture for the bio class my daughter is taking, so proud'],
    ['Let her cry it out, she needs to grieve. Sat with her for an hour.'],
    ['Dilaudid push for 10/10 pain per order, reassessed at 15 min'],
  ])('ignores %j', (text) => {
    expect(harm(text)).toEqual([]);
  });
});
