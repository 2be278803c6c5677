import { describe, expect, it } from 'vitest';
import { analyze, type RuleId } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { disguisedWords } from '../../../src/engine/conduct/disguised';
import { NO_BLOWUP_MS, warnedRules } from './helpers';

/**
 * The conduct classes widened for posts the rules were not written against: each row is one
 * wording of a class (who is the target, what is done or said, whose voice), and each class has
 * its benign neighbours: the same words said of animals, of one's own evening, of the workload.
 */
const warns = (text: string, rule: RuleId) => warnedRules(analyze(text)).includes(rule);

const POSITIVE: ReadonlyArray<readonly [RuleId, string]> = [
  // Patients mocked by a label, their body, their intelligence or their visits.
  ['conduct.derogatory', 'our beloved repeat customer is back again tonight, somebody get her a loyalty card 🙄'],
  ['conduct.derogatory', 'the borderline in 7 is at it again lol'],
  ['conduct.derogatory', 'Pt asked if her tubes were tied by the IV. The gene pool strikes again.'],
  ['conduct.derogatory', 'the old geezer in 15 keeps ringing for ice'],
  ['conduct.derogatory', 'worst family ever on the floor tonight, demanded a new nurse three times'],
  ['conduct.derogatory', 'admit #4 tonight is a 500-pounder, lay off the donuts buddy 🍩'],
  ['conduct.derogatory', 'got the dr*gg1e in the hall bed again'],
  ['conduct.derogatory', 'the man in the corner bed has the memory of a goldfish and the manners of a goat'],
  ['conduct.derogatory', "she thinks i'm her personal maid, pressed the call light for a straw. in bed 9."],
  // Harm: wished pain, rough handling, punishment, rescue withheld.
  ['conduct.harm', 'I hope the guy who stabbed his wife feels every stitch tonight. Trauma 4, enjoy.'],
  ['conduct.harm', 'pt kept spitting at me so I ripped the tape right off his arm'],
  ['conduct.harm', 'she kept grabbing my badge so her restraints are staying on until morning'],
  ['conduct.harm', "quit wasting narcan on the same ODs every weekend"],
  ['conduct.harm', 'Snowed him with haldol so I could finally chart in peace'],
  ['conduct.harm', 'tied him down extra tight after he swung at my tech'],
  ['conduct.harm', "pushed her ativan fast, she won't be screaming at anyone now"],
  ['conduct.harm', 'someone please pull the plug on the screaming lady in 8'],
  ['conduct.harm', "I'm done running to rapid responses for frequent flyers. not rushing for them anymore"],
  // The employer: leaks, cover-ups, numbers called fake, betrayal.
  ['conduct.employer', "Internal memo: Riverside General is closing the birth center in June. They haven't told staff."],
  ['conduct.employer', 'Two falls with injury on nights and management told us not to report them.'],
  ['conduct.employer', 'The staffing ratios Lakeview Medical Center reports to the state are made up.'],
  ['conduct.employer', 'Leadership at this hospital threw us under the bus again.'],
  // Undisclosed ties.
  ['conduct.conflict', 'Shoutout to the device company for the ski trip! Guess which ablation catheter we are ordering from now on 😉'],
  ['conduct.conflict', 'I tell all my patients about this magnesium spray. Tap the link in my bio to grab one.'],
  ['conduct.conflict', 'Three years on their speakers bureau now, and their inhaler is my go-to for every patient with asthma.'],
  // Boundaries: social contact with patients.
  ['conduct.boundary', 'been texting with my patient from bed 12 every night since discharge'],
  ['conduct.boundary', "Looked up my favorite patient's Instagram and followed her, she's hilarious"],
  ['conduct.boundary', 'went to one of my hospice families\' cookout on Sunday'],
  ['conduct.boundary', 'Asked out the cute paramedic I treated after his crash. He said yes!'],
  // A false claim still reads when it is made.
  ['conduct.misinformation', 'Chemo is poison, plain and simple. Juice cleanses worked for my aunt.'],
  // Bullying a colleague still reads when the culture is not being questioned.
  ['conduct.colleague', 'welcome to 5 West new grad, the nurses here eat their young lol'],
];

const NEGATIVE: ReadonlyArray<readonly [RuleId, string]> = [
  // Insult words that name things, animals or events.
  ['conduct.derogatory', 'Saw a humpback whale on the ferry this morning! Best day off 🐋'],
  ['conduct.employer', 'Garbage collection day at the medical center, the recycling team is amazing.'],
  ['conduct.employer', 'Our hospital clown visits made the peds floor laugh all afternoon'],
  ['conduct.colleague', 'Our night nurses worked like animals through a mass casualty and never complained. Proud.'],
  // Road safety, not a patient.
  ['conduct.derogatory', 'From the trauma bay: drunks behind the wheel fill our beds every holiday. Get a ride home.'],
  // Labels and mockery, in warm or teaching posts.
  ['conduct.derogatory', 'Our dialysis regulars brought the unit cookies lol, love these patients'],
  ['conduct.derogatory', 'Please stop calling sickle cell patients sicklers. The label is the problem 🙄'],
  ['conduct.derogatory', 'The worst patient outcomes come from unsafe ratios.'],
  ['conduct.derogatory', 'Patients tell us our new rooms are like a hotel, thank you to the foundation!'],
  // Strain and workload, not colleagues attacked.
  ['conduct.colleague', 'The pay for agency nurses versus staff nurses is a joke.'],
  ['conduct.colleague', 'Interns are so sleep deprived they are zombies by morning rounds.'],
  ['conduct.colleague', "Why do nurses eat their young? We're exhausted and nobody has time to teach. Let's fix that."],
  // Drinks off work.
  ['conduct.impairment', 'Glass of wine after clocking out from a long day at the clinic.'],
  ['conduct.impairment', 'Post-call beer with the residents, then bed for 12 hours.'],
  ['conduct.impairment', 'Margaritas with my girls tonight after the longest stretch of nights.'],
  ['conduct.impairment', 'a glass of champagne at the hospital gala tonight, so proud of our nurses'],
  // Harm words in care and in teaching.
  ['conduct.harm', 'Turned the lights down in her room so she could finally sleep.'],
  ['conduct.harm', 'Hope my patient feels better soon, she was so brave today.'],
  ['conduct.harm', 'Restraints stay on only as long as ordered; check circulation every two hours.'],
  ['conduct.harm', 'Holiday party, a glass of wine and a long nap after my last night.'],
  ['conduct.harm', 'Strapped my toddler into the car seat extra tight for the drive to grandma.'],
  ["conduct.harm", "I'll turn off her pump once the bag is done."],
  // Reported beliefs are not claims.
  ['conduct.misinformation', 'My patient believes vaccines have microchips. We talked for twenty minutes about what is in them.'],
  // Poison to the disease is how treatment works.
  ['conduct.misinformation', 'Chemotherapy is poison to cancer cells, which is why it works.'],
  // The employer's plans made public by the employer, and thanks without perks.
  ['conduct.employer', 'The hospital announced today that it is merging with Baylor Health next year.'],
  ['conduct.conflict', 'Thanks to the hospital foundation for funding our new simulation lab!'],
  ['conduct.conflict', 'Disclosure: I am a paid speaker for the company. I prescribe many brands of insulin.'],
  // A patient's party the poster heard about, a follow-up visit.
  ['conduct.boundary', 'My patient went home in time for his birthday party this weekend!'],
  ['conduct.boundary', 'Followed up with my patient by phone through the clinic line after discharge.'],
];

describe('conduct classes on unseen phrasings', () => {
  it.each(POSITIVE)('%s: %s', (rule, text) => {
    expect(warns(text, rule)).toBe(true);
  });
  it.each(NEGATIVE)('no %s: %s', (rule, text) => {
    expect(warns(text, rule)).toBe(false);
  });
});

describe('disguisedWords', () => {
  const find = (text: string, words: string[]) => disguisedWords(makeDoc(text), words).map((d) => [text.slice(d.start, d.end), d.word]);

  it('reads leetspeak and masks as the word they spell', () => {
    expect(find('the g0mer in 5 and a cr@ckhead in 6', ['gomer', 'crackhead'])).toEqual([
      ['g0mer', 'gomer'],
      ['cr@ckhead', 'crackhead'],
    ]);
    expect(find('that m*ron again', ['moron'])).toEqual([['m*ron', 'moron']]);
  });

  it('leaves plain spellings, codes and other words alone', () => {
    expect(find('the gomer in 5', ['gomer'])).toEqual([]);
    expect(find('O2 at 2L, vitamin b12, room 4a, d3', ['gomer', 'idiot'])).toEqual([]);
    expect(find('g0mers', ['gomer'])).toEqual([]);
  });

  it('stays linear on floods of letters and symbols', () => {
    for (const flood of ['a1'.repeat(31_603), 'a@'.repeat(31_603), 'g'.repeat(63_000) + '0mer']) {
      const t0 = performance.now();
      disguisedWords(makeDoc(flood), ['gomer', 'crackhead']);
      expect(performance.now() - t0).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
