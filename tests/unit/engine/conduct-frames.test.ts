import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { CONDUCT_FRAMES } from '../../../src/engine/conduct/frame-set';
import { runFrames, type Frame } from '../../../src/engine/conduct/frames';
import { DEROGATORY_FRAMES, DISCRIMINATION_FRAMES, HARM_FRAMES } from '../../../src/engine/conduct/frames-patients';
import { ADVICE_FRAMES, CONFLICT_FRAMES, MISINFORMATION_FRAMES } from '../../../src/engine/conduct/frames-public';
import { COLLEAGUE_FRAMES, EMPLOYER_FRAMES, IMPAIRMENT_FRAMES } from '../../../src/engine/conduct/frames-work';
import { warnedRules } from './helpers';

/**
 * One table per frame table: for each frame (by name; a name may cover the same frame in two word
 * orders), sentences it must read, in wordings that vary the members of each class; and for each
 * table, traps that none of its frames may read. The sentences are written for these tests, not
 * taken from the corpora, so a class that only holds its corpus sentence fails here.
 */
const TABLES: Record<string, { frames: readonly Frame[]; hits: Record<string, string[]>; traps: string[] }> = {
  derogatory: {
    frames: DEROGATORY_FRAMES,
    hits: {
      'contempt said of patients': ['the patients on this unit are so entitled', 'my pt in 14 is the most annoying person alive'],
      'contempt said of a patient': ['Admitted her at 3am. she is so whiny about everything', 'Discharged him finally, he was the rudest man ever'],
      'contempt for patients (attributive)': ['so done with entitled patients tonight', 'another shift of ungrateful families'],
      'hating patients': ['I hate my patients today', 'i can\'t stand these patients anymore'],
      'tired of patients': ['so sick of these pts', 'done with these people in the ER'],
      'shutting a patient up': ['someone shut the patient in bed 4 up please', 'how do I shut this pt up'],
      'telling a patient to shut up': ['told the patient to shut up', 'I told him to shut up'],
      "can't fix stupid": ["you can't fix stupid, patient pulled his IV again"],
      'a drug-use label for a patient': ['another junkie in the ED tonight', 'the crackhead in room 3 is back', 'the drunks in the waiting room are at it again'],
      'a body-shaming nickname': ['we call the patient in 12 jabba', 'pt in 5 we nicknamed the whale'],
      'a body-shaming title': ['patient in room 2 is miss piggy', 'admitted our patient Captain Jabba'],
      'a body-shaming name for a bed': ['the whale in 7 wants more pudding'],
      'a patient called a vegetable': ['total vegetable in 12 and still a full code', 'bed 4 is a houseplant on life support'],
      "mocking a patient's intelligence": ['the family in 3 have maybe two brain cells between them', 'pt in 6 has a room temperature IQ'],
      "mocking a patient's weight": ['pt weighs more than my car and wants two desserts', 'bariatric admit in 4, somebody tell her to put the fork down'],
      "mocking a patient's smell": ['could smell bed 12 from the nurses station', 'the guy in 9 has never met a shower'],
      'a patient called by a contempt word': ['the lazy slob in room 9 wants another tray', 'dealing with the inbred family in bay 2 again', 'that freeloader in 11 wants a sandwich'],
      'a patient mocked by a label': ['our favorite repeat customer is back in triage 🙄', 'the borderline in 6 is at it again lol'],
      'mocking what patients expect': ['pt in 9 thinks the call light is room service', 'these patients treat the ER like a hotel every weekend'],
      'a patient from hell': ['the patient from hell is back in bed 4', 'had the family from hell in room 2 today'],
      'contempt for a patient by label': ['one more useless copder in the ED tonight', 'the whiny, sicklers in bay 3 again'],
      'a patient sworn at': ['this f*cking drunk in bay 2 puked on my shoes', 'goddamn frequent flyers again tonight'],
      'patients told to shut up': ['patients should just shut up and let us work', 'pts in the ER need to shut up and wait their turn'],
      'a patient named by what they do': ['the kicker in room 4 got me again', 'our grabber is back in triage'],
      'patients ranked by a trait': ['the elderly ones are the most difficult on nights', 'honestly the homeless ones are the worst to discharge'],
      'a patient weighed as a cost': ['the addict we narcan every week is a drain on the system', 'that drunk we keep resuscitating is a waste of a bed'],
    },
    traps: [
      'The screamer in that horror movie was terrifying',
      'I fucking love my patients, best unit ever',
      'fucking finally, patient care awards for our whole unit',
      'the elderly ones are the sweetest, I love my unit',
      'Insulin costs more than it should, our patients ration it',
      'Happy Nurses Week 4 West! You are all amazing',
      'My patients are the reason I love this job',
      'Patients are not lazy, they are exhausted and in pain',
      'I hate this weather, rain all week',
      'Fantasy football draft tonight, my team is the whale of the league',
      'We never call patients names. Ever.',
      'Support group for people who use drugs meets Tuesdays; stigma kills',
      'I was so useless in 2023, burnout is real, every shift felt like a year',
      "I'm a total slob in 3 days of nights, send help",
      'Nursing school made me feel dumber than a bag of hammers',
      'Stop calling patients "trailer trash" in report. It is cruel.',
      'Could smell the c diff from the nurses station, isolation cart is outside room 4',
      'I have two brain cells left after this 14 hour shift',
      'Bariatric patients deserve equipment sized for them, order the bed early',
      'Smelled the popcorn in the break room from down the hall, who made it',
      'Drunk driver hit a family on the highway, trauma bay is full',
      'Support for people with alcoholism: many alcoholics recover with treatment, never give up on patients',
    ],
  },
  harm: {
    frames: HARM_FRAMES,
    hits: {
      'letting a patient suffer': ['gonna let him bleed a little', 'let the old lady crash, I am on break'],
      'letting a patient suffer to punish them': ['letting her sit in pain for a while, that will teach her'],
      'should be allowed to die': ['junkies who OD should be left to die', 'people like him should be allowed to die'],
      'indifferent to a patient coming to harm': ['who cares if the patient falls', 'if he codes, whatever'],
      'nobody would mourn a patient': ['if she dies nobody will miss her'],
      'hoping a patient dies': ['I hope the patient in 3 dies tonight', 'praying grandpa in bed 9 finally croaks'],
      'neglect as punishment': ['holding his pain meds until he learns some manners', 'I skipped her pain meds, that will teach her'],
      'left soiled as punishment': ['left him in his wet sheets, maybe next time he will be nicer to me'],
      'call light out of reach': ['put the call light out of reach so he stops pressing it', 'moved her call bell out of reach lol'],
      'call light disabled': ['she kept hitting the call bell so I unhooked it', 'I took away his call button for the night'],
      'pretending not to hear': ['pretended not to hear the call light for an hour', 'I pretend not to hear him yelling'],
      'care on my schedule': ['his pain meds come when I feel like it', 'she gets her meds whenever I get around to it'],
      'restraints too tight': ['put his restraints on extra tight tonight', 'made the wrist restraints a little tighter than needed'],
      'charting care not given': ['charted vitals I never took', 'neuro checks charted but never done'],
      'fake pain medicine': ['gave him saline and told him it was dilaudid', 'pushed NS and said it was morphine'],
      'threatening a patient with violence': ['so tempted to throttle the patient who keeps ringing', 'he keeps hitting the call bell, I could strangle him', "I'm gonna punch the next pt who asks for a sandwich"],
      'sedating a patient for quiet': ['pushed some extra ativan so he finally shuts up', 'gonna snow bed 4 into next week'],
      'slow to a patient in danger': ["When the lady in 9 crashes I'm finishing my coffee first", 'if that pt codes tonight I am strolling there 🐢'],
      'betting on a patient dying': ['taking bets on which of our vent patients dies first', 'unit betting pool on who codes before midnight'],
      "cutting off a patient's support": ['want to turn off his oxygen so he stops talking', 'unplugged her bipap, that will teach her'],
      'harm for all I care': ['if he pulls his line again he can bleed out for all I care', 'the drunk can rot for all we care'],
      "wishing a patient's support cut off": ['somebody should pull the plug on grandpa in 12 already', "I'd pull the plug on the guy in 4 myself"],
      'hoping a patient suffers': ['I hope the drunk driver in trauma 2 feels every bit of that broken pelvis', 'hope that pt suffers all night after what he did'],
      'pain as deserved': ['some patients need a little pain to learn', 'the addicts in our ED deserve whatever they get'],
      'restraints kept on to punish': ['he kicked me so the restraints are staying on all night', 'bit my hand, so the soft wrists stay on until morning'],
      "a patient's alarms silenced for quiet": ['silenced the bed alarm so I could sleep, the pt in 4 keeps climbing out', 'muted the vent alarms so I could finally sit, pt is fine'],
      'charting counted on no one checking': ['Fudged the blood sugars for the last 3 hours. Nobody audits that', 'chart the turns at 0600, no one reads them anyway'],
      'hoping a group of patients dies': ['I hope the antivaxxers in our ICU just die already', 'praying every alcoholic who comes in tonight drops dead'],
      'call light silenced': ['her call bell has been on mute since midnight, I needed a break', 'muted the call light in 6, I am done for tonight'],
      'a patient left to suffer': ['he cussed me out so he can sit in it till 7', 'pt in 8 threw his tray, he can rot in there'],
      'not going to a patient in distress': ['she yells help me all night. not going in there again', 'bed 3 says he is short of breath again, not answering that'],
      'care skipped as pointless': ["held his 4am sugars, he's dying anyway", "skipped the neuro checks, what's the point with her"],
      'care rationed to a patient': ['drunks get nothing extra from me', "I don't do extra for the seekers on my floor"],
      'care delayed to punish': ['the mean ones find their warm blanket takes an hour 😇', 'when he swears at me his water takes forever, manners cost nothing'],
      'mocking a dying patient': ['I did an impression of the dying lady in 4 at the desk', 'we were mocking his death rattle at the station lol'],
    },
    traps: [
      'Nobody checks if you chart the truth, so be someone who does',
      'I hope every patient in our ICU goes home to their family',
      'This shift is killing me, I need coffee',
      'dark humour is how we survive nights, laughing so we do not cry',
      'We never let patients fall on my unit: bed alarms, hourly rounding',
      'Family chose comfort care and we let her go peacefully, surrounded by her kids',
      'Charting vitals every 4 hours keeps everyone safe',
      'Call light was unplugged when I came in, plugged it back in and put in a maintenance ticket',
      'I answered her call light and turned it off, she only wanted water',
      'Restraints should never be tighter than two fingers, check circulation q2h',
      'The patient screamed he was going to kill me, security came',
      'The new policy is going to kill our patients, staffing is unsafe',
      'I would kill for a hot meal on this shift',
      'I would never smack a patient, no matter what they said to me',
      'Want to smother my kid in kisses after this 12',
      'Teaching: benzos like ativan can snow elderly patients, start low',
      'We never sedate patients so we can get peace and quiet. That is chemical restraint.',
      'She can bleed easily on heparin, hold pressure a little longer',
      'If a patient codes, walk fast but stay calm: call for help, start compressions',
      'Place your bets: who wins the unit chili cookoff?',
      'Deadpool 3 is out, who is going first this weekend',
      'Turned off the vent with the family at her bedside, she passed peacefully',
      'Turn off the pump before you disconnect the line, teaching point for students',
    ],
  },
  discrimination: {
    frames: DISCRIMINATION_FRAMES,
    hits: {
      'contempt for a group': ['bipolar patients are all manipulative', 'muslim families are so exhausting'],
      stereotype: ['immigrants never bother learning english', 'mexican families are always so loud'],
      'denying care by group': ['smokers shouldn\'t get lung transplants', 'anyone over 85 should not get dialysis'],
      'denying a gender identity': ['non-binary is not a real thing', 'there is no such thing as nonbinary'],
      "refusing a patient's pronouns": ["trans patient wants they/them, I'm not using those pronouns"],
    },
    traps: [
      'Bipolar patients are not manipulative; stigma delays their care',
      'Our Spanish-speaking families are so welcoming, I love this community',
      'Smokers should get cessation counselling at every visit',
      'We asked the patient which pronouns they use and charted them',
    ],
  },
  colleague: {
    frames: COLLEAGUE_FRAMES,
    hits: {
      'contempt said of a colleague': ['the new charge nurse is a lazy idiot', 'night shift are a bunch of useless whiners'],
      'contempt for colleagues (attributive)': ['so tired of lazy nurses', 'incompetent residents everywhere tonight'],
      'hating a colleague': ['I hate my charge nurse', 'i can\'t stand our new manager'],
      'telling a colleague to go cry': ['new grad was upset, told her to go cry in the supply room'],
      "gossip about a colleague's private life": ['heard our charge nurse is going through a messy divorce 👀', 'guess which tech got a DUI 👀'],
      'driving a colleague out': ['I make sure every orientee cries at least once 😈', 'we made sure the new grads quit before winter'],
      'threatening a colleague': ['I could strangle our preceptor some days', 'about to slap the charge nurse if she gives me one more admit', 'the new resident better watch his back'],
      "a colleague's trouble held up to ridicule": ['our charge nurse is going through a divorce lmao 😂', 'that resident got arrested, google him, the mugshot is priceless'],
      'a colleague accused of being high': ['the night tech always smells like weed', 'our preceptor reeks of beer every monday', 'that RT is always drunk on shift', 'our charge nurse is hungover again'],
      "a colleague's mugshot passed around": ['my coworker got picked up Saturday and the mugshot is already in the group chat', 'our unit secretary has a booking photo online now'],
      'a public call to report a colleague': ['that nurse on days sleeps in the supply room, someone report her', 'our float tech is on his phone all shift, get him fired'],
    },
    traps: [
      'my coworker got engaged, congrats to her 🎉',
      'our charge nurse smells like coffee all shift and honestly same',
      'Shoutout to our charge nurse Maria, the best preceptor anyone could ask for',
      'Huge thanks to night shift, you carried us',
      'Our manager is going through a tough time, sending love and casseroles',
      'Congratulations to Dr. Patel on passing boards!',
      'This charge nurse is going to kill me with kindness, she brought donuts',
      'He told the nurse he would strangle her, police were called',
      'Watch your back when lifting, ask a coworker to help',
      'Make sure new grads never quit: mentor them, protect them',
      'Made sure my orientee felt supported on her first night',
    ],
  },
  employer: {
    frames: EMPLOYER_FRAMES,
    hits: {
      'contempt for the employer': ['Riverside General is a cesspool', 'management here are liars'],
      'telling the employer to go to hell': ['admin can go to hell'],
      'swearing at the employer': ['fuck admin', 'screw management'],
      'the employer called names': ['our admin clowns cut staffing again', 'Lakeview Medical Center is a joke', 'quitting this garbage hospital', 'greedy admin cut our breaks again'],
      'leaking internal plans': ['cannot say much but management plans to close the unit next month, keep it quiet'],
      'an incident said to be hidden': ['management covered up the med error at Lakeview Medical Center'],
      'the employer accused of lying or greed': ['Lakeview Medical Center lies about its nurse ratios', 'admin only cares about money'],
      'threatening the employer': ['someone should torch HR', 'gonna burn this hospital down if they mandate me again', 'admin better watch their backs'],
      'leaking internal news': ["Leaked memo: our hospital is cutting 30 positions in March", "internal email says the unit is closing next month, you didn't hear it from me"],
      "the employer's numbers called fake": ['the infection rates our hospital posts online are fake', 'Lakeview Medical Center ratings are made up'],
    },
    traps: [
      'We need safer staffing ratios. Write your legislator about the staffing bill',
      'Proud to work at Riverside General, magnet status again!',
      'Admin approved our new break room and it is lovely',
      'Staffing has been short this month; our union is bargaining for better ratios',
      'I burned out at this hospital after ten years',
      'Mandatory overtime is going to kill our nurses, write to your legislator',
      'Management only cares about patient safety, they told us at huddle',
      'This toxic unit culture is why nurses leave, and we are fixing it together',
    ],
  },
  impairment: {
    frames: IMPAIRMENT_FRAMES,
    hits: {
      "taking a patient's drugs home": ['took the leftover fentanyl home', 'I take extra oxy home from the pyxis'],
      'pocketing waste': ['I pocketed the dilaudid waste'],
      "keeping a patient's drugs": ['kept the leftover morphine from the discharge'],
      'stimulants not prescribed to you': ['took my roommate\'s adderall to get through this shift'],
      'impaired on duty': ['still drunk at work this morning', 'came to my shift hungover'],
      'hungover on duty': ['went to work with a raging hangover, almost hung the wrong bag', 'charting with a hangover from hell on my shift'],
      'drinking in the middle of a shift': ['had a beer on my lunch break, back on the floor at 1', 'Couple of white claws at lunch, 6 more hours of this shift'],
      'drinking right before a shift': ['two beers right before my shift'],
    },
    traps: [
      'The Hangover is still the funniest movie, rewatching it on my day off',
      'A nurse took fentanyl home and lost her license; get help early',
      'Wine night with the unit after our last shift of the week, off for 4 days!',
      'Reminder: never pocket waste, always waste with a witness',
      'Diversion is a disease, not a moral failure; talk to your EAP',
    ],
  },
  advice: {
    frames: ADVICE_FRAMES,
    hits: {
      "someone else's medication": ['@jen_r just take your mom\'s leftover oxycodone', '@mike22 use your wife\'s blood pressure pills'],
      "an adult's sedative for a child": ['@kim your daughter can take some of your prescription trazodone to sleep', '@tara_b give the baby some of your benadryl and ambien at night'],
      // A referral that is waved away is no referral.
      'stopping a medication': ['@ken_l stop taking your insulin, you do not need it', '@ana_p quit your seizure meds, no need to call your doctor'],
      'a diagnosis and no specialist': ['@sam_k that sounds like a UTI, skip the urologist'],
      'a pill and no emergency care': ['@dee_m chest pain? take an aspirin, no need for the ER'],
    },
    traps: [
      'Never take medication prescribed to someone else; ask your pharmacist',
      'General reminder: aspirin is not a substitute for calling 911 with chest pain',
      'Talk to your doctor before you stop any medication',
      '@ana_p quit your seizure meds only after you call your doctor',
      '@ana_p do not quit your seizure meds without asking your doctor',
    ],
  },
  misinformation: {
    frames: MISINFORMATION_FRAMES,
    hits: {
      'a miracle cure': ['baking soda every morning cured my cancer', 'diabetes can be reversed with apple cider vinegar'],
      'dropping proven treatment for a remedy': ['ditch the chemo, turmeric does the same'],
      'the vaccine worse than the disease': ['the flu vaccine is more dangerous than the flu'],
      '5G makes people sick': ['5G towers are making people sick'],
      'microchips in vaccines': ['there are microchips in the covid vaccine'],
      'HIV does not cause AIDS': ['HIV does not cause AIDS'],
      'masks never worked': ['masks never worked'],
      'a remedy better than proven treatment': ['turmeric works better than antibiotics for any infection', 'this herbal protocol is safer than chemo'],
    },
    traps: [
      'Antibiotics work better than garlic, please take the full course',
      'Myth: baking soda cures cancer. Fact: it does not; talk to your oncologist',
      'People still claim 5G makes people sick. It does not.',
      'The claim that HIV does not cause AIDS was debunked decades ago',
      'Flu vaccine clinic Thursday; it is safe and takes five minutes',
    ],
  },
  conflict: {
    frames: CONFLICT_FRAMES,
    hits: {
      "a rep's perks steering recommendations": ['the pharma rep bought lunch again so guess which brand I recommend'],
      "industry's money steering recommendations": ["I've been on the speakers bureau for the company 5 years and it's the only statin I prescribe", 'the device maker flew me to Vegas, guess which pump I always recommend now'],
      'recruiting for a sales team': ['join my team and earn from home while working nights'],
      'an affiliate link to patients': ['my affiliate link for the supplement I give all my patients'],
      "a company's perks steering recommendations": ['Big thanks to the stent company for the Vegas trip, guess which stent we are switching to', 'shoutout to the device maker for dinner, the only pump I use now'],
      'an affiliate link with the sponsorship denied': ['my link for these scrubs, not sponsored at all', 'discount code RN10 below, nobody paid me to say this'],
    },
    traps: ['#ad my affiliate link for the supplement I give all my patients', 'Lunch and learn with the pharma rep today, good talk on inhalers'],
  },
};

const named = (frames: readonly Frame[], name: string) => frames.filter((f) => f.name === name);
const reads = (text: string, frames: readonly Frame[]) => runFrames(makeDoc(text), CONDUCT_FRAMES, frames);

describe('conduct frames', () => {
  for (const [table, { frames, hits, traps }] of Object.entries(TABLES)) {
    describe(table, () => {
      it('has positives for every frame', () => {
        expect(Object.keys(hits).sort()).toEqual([...new Set(frames.map((f) => f.name))].sort());
      });
      for (const [name, texts] of Object.entries(hits)) {
        it.each(texts)(`${name}: reads %j`, (text) => {
          expect(reads(text, named(frames, name)).length).toBeGreaterThan(0);
        });
      }
      it.each(traps)('no frame reads %j', (text) => {
        expect(reads(text, frames).map((c) => c.pattern)).toEqual([]);
      });
    });
  }
});

describe('conduct rules on ordinary clinician posts', () => {
  it.each([
    // Dark humour about the job, no patient as its target.
    'Night shift humour: the coffee is the only thing keeping anyone alive on 4 West',
    'If I die on this shift, tell my family I charted everything',
    'this unit will be the death of me, 3 admits in an hour',
    // Constructive staffing advocacy.
    'We need safer staffing ratios. 1:6 on a med-surg floor is not safe for patients',
    'Our hospital is understaffed and we are asking leadership to fund more nurses',
    // Debunking or quoting misinformation.
    'Vaccines do not cause autism. The study claiming it was retracted and its author lost his licence',
    'Heard a patient say "masks never worked". Here is what the evidence actually shows',
    // General health education.
    'Signs of stroke: face drooping, arm weakness, speech difficulty. Call 911',
    'Stopping blood thinners on your own can cause clots; always ask your prescriber first',
    // An airline, not a patient.
    'Finally hit gold status as a frequent flyer, lounge access here I come',
    // Celebrations.
    'Happy Nurses Week 4 West! 💙',
  ])('does not warn on %j', (text) => {
    expect(warnedRules(analyze(text)).filter((r) => r.startsWith('conduct.'))).toEqual([]);
  });
});
