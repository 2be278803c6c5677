import type { Lexicon } from '../conduct/tagger';

/**
 * Word classes for the frames about the workplace (colleagues, employer, impairment) and about
 * the public (advice, misinformation, conflicts of interest). Same conventions as classes.ts.
 */

const WORKPLACE: Lexicon = {
  /** Contempt for an organisation. */
  ORG_CONTEMPT: [
    'cesspool', 'scam', 'scams', 'liars', 'lying', 'crooks', 'frauds', 'fraud', 'a joke', 'disgrace', 'dump', 'hellhole', 'shithole',
    'garbage', 'trash', 'corrupt', 'clown show', 'circus', 'dumpster fire', 'sweatshop', 'worst place', 'rotten', 'criminals',
    'criminal', 'predatory', 'toxic', 'incompetent', 'clowns', 'morons', 'idiots', 'thieves', 'greedy', 'useless', 'a mess',
    'sinking ship', 'evil', 'soulless', 'heartless', 'cowards', 'snakes', 'vultures', 'bloodsuckers', 'sham', 'racket', 'pathetic',
    'disgusting', 'a nightmare', 'embarrassment', 'cult', 'prison', 'zoo', 'puppet show', 'shitshow', 'shit show', 'clusterfuck',
    // Likened to abuse or captivity: "working for X is like being in an abusive relationship".
    'abusive relationship', 'an abusive relationship', 'abusive', 'abusers', 'hostage situation', 'a hostage situation', 'slave drivers',
    'plantation', 'a plantation', 'the titanic', 'sinking',
  ],
  /** Accusing the organisation of lying or greed: "lies about its staffing numbers", "cares about one thing". */
  ORG_ACCUSE: [
    'lies about', 'lied about', 'lying about', 'lies to', 'lied to', 'cooks the books', 'cooked the books', 'fudges', 'fudged',
    'falsifies', 'falsified', 'cares about one thing', 'only cares about money', 'only care about money', 'only cares about profit',
    'only care about profit', 'only cares about profits', 'only care about profits', 'only cares about the money',
    'only care about the money', 'cares more about money', 'care more about money', 'cares more about profits',
    'care more about profits', "doesn't give a damn about", "doesn't give a shit about", "don't give a damn about",
    "don't give a shit about", "couldn't care less about", 'could care less about',
    // Betrayal in idiom: "would sell their own mothers for a better score", "threw us under the bus".
    'sell their own mothers', 'sell their own mother', 'sell their mothers', 'sell their souls', 'sold their souls', 'sell us out',
    'sold us out', 'selling us out', 'sells us out', 'threw us under the bus', 'throw us under the bus', 'throws us under the bus',
    'throwing us under the bus', 'stabbed us in the back', 'treats us like garbage', 'treat us like garbage', 'treats us like trash',
    'treat us like trash', 'treats us like dirt', 'treat us like dirt', 'treats nurses like garbage', 'treat nurses like garbage',
    'treats nurses like trash', 'treat nurses like trash', 'treats staff like garbage', 'treat staff like garbage',
    'puts profits over', 'put profits over', 'puts money over', 'put money over', 'puts profit over', 'put profit over',
  ],
  /** An organisation's published numbers: what is called fake. */
  ORG_DATA: [
    'numbers', 'stats', 'statistics', 'data', 'rates', 'rate', 'rating', 'ratings', 'scores', 'star rating', 'ratios', 'safety record',
    'report card', 'staffing grid', 'metrics', 'survey results', 'press ganey',
  ],
  /** Said of the numbers: fabricated. */
  FAKE_CLAIM: [
    'are fake', 'is fake', 'are made up', 'is made up', 'are fudged', 'is fudged', 'are cooked', 'is cooked', 'are lies', 'are a lie',
    'is a lie', 'are bogus', 'is bogus', 'are fiction', 'is fiction', 'are fabricated', 'are falsified', 'are doctored', 'are rigged',
    'is rigged', 'are a fantasy', 'are pure fantasy', 'are a sham', 'is a sham', 'are not real', "aren't real", 'are fake news',
  ],
  /** Internal matters leaked: a memo, "you didn't hear it from me", "they won't tell us". */
  LEAK: [
    'leaked', 'leaked memo', 'leaked email', 'internal memo', 'internal email', 'internal emails', 'internal meeting', "didn't hear it from me",
    "didn't hear this from me", "you didn't hear", "won't tell us", "won't tell staff", "won't tell the staff", 'not telling us',
    'not telling staff', "haven't told staff", "haven't told us", "haven't told the staff", 'not announced yet', "hasn't been announced",
    'before it goes public', 'before they announce', 'before the announcement', 'confidential', 'off the record', 'under wraps',
    'not supposed to share', 'not supposed to tell', 'not supposed to say', 'not supposed to post', 'screenshot of the', 'a screenshot of',
  ],
  /** Whose jobs the news is about. */
  JOBS: ['positions', 'jobs', 'staff', 'staffing', 'nurses', 'our unit', 'the unit', 'our floor', 'beds', 'departments', 'department', 'service line'],
  /** Internal news an employer keeps until it is ready: layoffs, closures, mergers, cuts. */
  CHANGE_NEWS: [
    'layoff', 'layoffs', 'laying off', 'lay off', 'cutting', 'cuts', 'cut', 'closing', 'closure', 'close', 'shutting down', 'merger',
    'merging', 'merge', 'acquisition', 'buyout', 'bought out', 'sold', 'selling', 'hiring freeze', 'pay freeze', 'pay cut', 'pay cuts',
    'eliminating', 'eliminate', 'restructuring', 'downsizing', 'outsourcing', 'positions', 'benefits', 'pension', 'raises',
  ],
  MAKE_SURE: ['make sure', 'made sure', 'making sure', 'makes sure'],
  /** A colleague pushed out: "quit", "cried", "washed out". */
  QUITS: [
    'quit', 'quits', 'quitting', 'cry', 'cries', 'cried', 'crying', 'fail', 'fails', 'failed', 'wash out', 'washes out', 'washed out',
    'transfer out', 'gets fired', 'get fired', 'got fired', 'leave crying', 'never comes back', 'never come back', 'runs off', 'burn out',
  ],
  /** Whose workplace: "this garbage hospital", "my trash employer". */
  MY_THIS: ['this', 'our', 'my', 'that'],
  /** Insults only, before the employer ("greedy admin"); not "toxic", which is also a spill. */
  ORG_INSULT: [
    'garbage', 'trash', 'trashy', 'corrupt', 'greedy', 'crooked', 'shitty', 'crappy', 'shithole', 'clown', 'clownish', 'pathetic',
    'disgusting', 'soulless', 'godforsaken', 'worthless', 'useless', 'incompetent', 'lying', 'money-grubbing', 'penny-pinching',
  ],
  WORKPLACE: ['hospital', 'facility', 'health system', 'employer', 'company', 'organization', 'organisation', 'unit', 'clinic', 'system', 'place'],
  /** Dismissing the organisation: "can go to hell", "can kiss my ...". */
  ORG_DISMISS: ['can go to hell', 'can kiss my', 'can shove it', 'can burn', 'can rot', 'go to hell', 'can suck it', 'can eat', 'can choke', 'can get bent'],
  CURSE: ['screw', 'fuck', 'f*ck', 'f**k', 'fck', 'fk', 'eff', 'to hell with', 'damn', 'f', 'frick'],
  PLAN: [
    'plans to', 'planning to', 'planning on', 'going to', 'about to', 'will', 'set to', 'decided to', 'is gonna', 'are gonna', 'wants to',
    'quietly', 'is closing', 'are closing', "'s closing", 'is cutting', 'are cutting', 'is laying', 'are laying', 'next month', 'in march',
  ],
  CHANGE: [
    'close', 'closing', 'shut down', 'shutting down', 'lay off', 'layoff', 'layoffs', 'laying off', 'cut', 'cutting', 'merge',
    'merging', 'sell', 'selling', 'outsource', 'outsourcing', 'eliminate', 'eliminating', 'freeze', 'replace', 'relocate',
    'consolidate', 'downsize', 'downsizing', 'off', 'gut', 'gutting', 'slash', 'slashing',
  ],
  SECRET: [
    "haven't told", "hasn't told", 'not told', "haven't announced", 'not announced', "hasn't been announced", 'yet', 'confidential',
    'heads up', "don't tell", 'off the record', 'internal', 'leaked', 'nobody knows', "doesn't know", "don't know", "didn't hear it from me",
    'between us', 'secret', 'quietly', 'behind closed doors', 'not public', 'before it', 'under wraps', 'hush',
    'keep it quiet', 'keep this quiet', 'keep it between us', 'on the down low', 'not supposed to say', 'not supposed to tell',
  ],
  HIDE: [
    'keep them out of', 'keep it out of', 'keep it off', 'keep them off', 'leave it out of', 'leave them out of', 'told us not to report',
    'not to report', 'not to file', "don't report", "don't file", 'off the books', 'under the rug', 'not to write it up',
    "don't write it up", 'not to write them up', 'keep quiet', 'keep our mouths shut', 'keep it hush',
    'hid', 'hidden', 'hiding', 'covered up', 'cover up', 'covering up', 'buried', 'bury', 'burying', 'swept', 'kept quiet',
    'kept it quiet', 'hushed up', 'never reported', "didn't report", 'not reporting', 'concealed', 'whitewashed', 'made it go away', 'covered it up', 'covering it up', 'swept it under', 'buried it',
  ],
  INCIDENT: [
    'error', 'errors', 'med error', 'mistake', 'death', 'deaths', 'killed', 'incident', 'incidents', 'fall', 'overdose', 'sentinel event',
    'outbreak', 'infection', 'injury', 'assault', 'wrong site', 'what happened', 'complaint', 'complaints', 'lawsuit', 'abuse', 'near miss', 'code', 'elopement', 'suicide',
  ],
  GO_CRY: [
    'go cry', 'cry somewhere else', 'cry about it', 'cry me a river', 'toughen up', 'grow a spine', 'grow a pair', 'suck it up buttercup',
    'boo hoo', 'boohoo', 'waaah', 'get a thicker skin', 'cry more', 'go home and cry',
  ],
  /** A colleague's private life. */
  PRIVATE: [
    'divorce', 'divorcing', 'divorced', 'messy divorce', 'affair', 'cheating', 'cheated', 'sleeping with', 'hooking up', 'dui', 'arrested',
    'jail', 'rehab', 'relapse', 'relapsed', 'on something', 'using again', 'custody', 'bankrupt', 'bankruptcy', 'restraining order',
    'sued', 'probation', 'drinking problem', 'slurs', 'std', 'failed a drug test', 'drug test', 'got caught', 'court', 'evicted',
    'foreclosure', 'her ex', 'his ex', 'sleeping in his office', 'sleeping in her car', 'pregnant', 'miscarriage', 'therapy', 'psych ward',
    'overdosed', 'cps', 'left him for', 'left her for', 'wife left', 'husband left', 'separated', 'separating', 'split up',
  ],
  /** Holding a colleague's trouble up for others to look at: a "look her up", a screenshot. */
  SHAME_CUE: ['look her up', 'look him up', 'google her', 'google him', 'public record', 'county page', 'screenshot', 'screenshots', 'made the news'],
  /** A booking photo: posted with a colleague, it is there to shame them. */
  MUGSHOT: ['mugshot', 'mugshots', 'mug shot', 'booking photo', 'arrest record'],
  /** Said of someone else: using at work ("is always high at work", "drunk on the job"). */
  USING_AT_WORK: [
    'high at work', 'drunk at work', 'wasted at work', 'high on shift', 'drunk on shift', 'high on the job', 'drunk on the job',
    'always high', 'always drunk', 'always hungover', 'hungover again', 'drunk again', 'high again',
  ],
  /** Calling on others to report or fire someone. */
  CALL_OUT: [
    'someone report her', 'someone report him', 'somebody report her', 'somebody report him', 'report her', 'report him',
    'fire her already', 'fire him already', 'get her fired', 'get him fired', 'someone fire her', 'someone fire him', 'drug test her', 'drug test him',
  ],
  /** The smell is the poster's own or a place's: "I smelled like weed after the concert". */
  FIRST_SMELL: ['i smell', 'i smelled', 'i smelt', 'my clothes', 'my hair', 'my car', 'hallway', 'parking lot', 'stairwell', 'elevator', 'locker room'],
  GOSSIP: [
    'heard', 'apparently', 'rumor', 'rumour', 'rumors', 'rumours', 'everyone knows', 'guess which', 'guess who', 'pretty sure', 'tea',
    'spill', "don't tell", 'word is', 'word on the unit', 'word on the floor', 'word around', 'allegedly', 'i hear', 'knows', "didn't hear it from me", 'scandal', 'juicy', 'gossip', 'dirt on',
  ],
  SUPPORT: [
    'congrats', 'congratulations', 'praying for', 'prayers', 'support', 'supporting', 'collecting', 'flowers', 'rooting for', 'proud',
    'welcome', 'meal train', 'gofundme', 'please keep', 'thinking of', 'sending love', 'check on', 'be kind', 'stop the gossip',
  ],
  TAKE_VERB: ['brought', 'took', 'take', 'taking', 'bring', 'carried', 'snuck', 'sneak', 'walked out with', 'went home with'],
  HOME: ['home', 'to my car', 'to my locker', 'out to my car', 'out the door'],
  CONTROLLED: [
    'oxy', 'oxys', 'oxycodone', 'opioids', 'opiates', 'dilaudid', 'hydromorphone', 'fentanyl', 'morphine', 'norco', 'norcos',
    'percocet', 'percs', 'vicodin', 'ativan', 'xanax', 'valium', 'ketamine', 'versed', 'narcs', 'narcotics', 'waste', 'the waste',
    'roxy', 'roxies', 'benzos', 'propofol', 'tramadol', 'lorazepam', 'midazolam', 'oxycontin', 'hydrocodone', 'methadone', 'suboxone',
  ],
  /** What is carried off: the drug, or "the rest", "a few". */
  DRUG_OBJECT: [
    'the rest', 'the leftovers', 'leftovers', 'some', 'a few', 'a couple', 'them', 'it', 'the extra', 'extras', 'a handful', 'the waste',
    'his', 'her', 'their', 'the', 'a',
  ],
  POCKET: ['pocket', 'pockets', 'pocketed', 'pocketing', 'scrub pocket', 'my bra', 'my sock', 'my locker', 'my purse', 'my bag'],
  KEEP_VERB: ['kept', 'keep', 'keeping', 'saved', 'held onto', 'stashed', 'pocketed', 'swiped', 'snagged', 'grabbed', 'skimmed', 'helped myself'],
  LEFTOVER: [
    'patient', 'patients', 'pt', 'pts', "didn't need", 'did not need', 'leftover', 'left over', 'extra', 'waste', 'wasted',
    'discharged', 'the rest', 'for my back', 'for later', 'for myself', 'for me', 'for my',
  ],
  DIVERSION_TALK: ['diversion', 'signs', 'report', 'reported', 'policy', 'audit', 'hurts', 'warning signs', 'investigation', 'never', 'colleague'],
  STIMULANT: ['adderall', 'addy', 'addies', 'vyvanse', 'ritalin', 'modafinil', 'provigil', 'focalin', 'concerta', 'dexedrine', 'speed', 'study drug'],
  NOT_MINE: [
    'borrowed', "roommate's", "friend's", "husband's", "wife's", "sister's", "brother's", "kid's", "son's", "daughter's", "partner's",
    'not prescribed', "isn't prescribed", "wasn't prescribed", 'not mine', "isn't mine", "wasn't mine", 'bought', 'off a friend',
    'from a friend', "someone's", "someone else's", 'not my prescription', 'no prescription', 'without a prescription', 'a friend',
  ],
  WORK_TIME: [
    'shift', 'shifts', 'double', 'night shift', 'nights', 'on call', 'call', 'clinical', 'clinicals', '12', 'twelve', 'survive',
    'get through', 'work', 'rounds', 'charting', 'the floor', 'the unit', 'report', 'residency', 'a 16',
  ],
  /** Under the influence, said of oneself. */
  IMPAIRED: [
    'drunk', 'still drunk', 'hungover', 'hung over', 'buzzed', 'tipsy', 'stoned', 'baked', 'faded', 'blazed', 'sloshed', 'hammered',
    'tripping', 'high af', 'a little high', 'little bit high', 'bit high', 'kinda high', 'so high', 'still high', 'am high',
    "i'm high", 'im high', 'was high', 'got high', 'pretty high', 'lowkey high', 'super high', 'high as a kite', 'on edibles', 'on an edible',
    'half drunk', 'wine drunk', 'a little drunk', 'still buzzed', 'still tipsy',
  ],
  /** A hangover: its own class, read without the article check IMPAIRED has ("a hangover" is the poster's). */
  HANGOVER: ['hangover', 'hangovers'],
  ON_DUTY: [
    'on call', 'at work', 'on shift', 'in the or', 'in surgery', 'charting', 'in report', 'clocked in', 'clocking in', 'on the unit',
    'on the floor', 'at the bedside', 'rounding', 'my patients', 'my pts', 'my shift', 'this shift', 'night shift', 'day shift',
    'first case', 'in clinic', 'at clinic', 'on duty', 'at the hospital', 'scrubbed in', 'the or', 'central line', 'intubate',
    'a code', 'med pass', 'passing meds', 'my assignment', 'at 7', 'at 0700', 'handoff', 'working tonight', 'working today',
    'went to work', 'came to work', 'come to work', 'showed up to work', 'drove to work', 'go to work', 'going to work', 'went in to work',
  ],
  /** "the drunk", "our resident drunk": a state used as a noun names somebody else. */
  DET: ['the', 'a', 'an', 'our', 'that', 'this', 'resident', 'local', 'another', 'every', 'some', 'your', 'his', 'her'],
  THIRD_PERSON: [
    'he', 'she', 'they', 'his', 'her', 'pt', 'patient', 'patients', 'pts', 'family', 'guy', 'lady', 'driver', 'mom', 'dad', 'husband',
    'wife', 'people', 'someone', 'everyone', 'anyone', 'visitor', 'visitors', 'kid', 'teen', 'man', 'woman', 'dude',
  ],
  DRINK: [
    'wine', 'glass of wine', 'glasses of wine', 'beer', 'beers', 'tequila shots', 'vodka shots', 'jello shots', 'vodka', 'tequila', 'whiskey', 'drinks', 'a drink',
    'mimosas', 'margaritas', 'cocktail', 'cocktails', 'booze', 'seltzers', 'white claw', 'white claws',
    'fireball', 'rum', 'gin', 'bourbon', 'a bottle', 'edible', 'edibles', 'joint', 'blunt', 'weed', 'bong',
    'gummy', 'gummies', 'thc pen', 'weed pen', 'dab pen',
  ],
  /** Candy, not a drug: "a gummy vitamin", "gummy bears". */
  CANDY_AFTER: ['vitamin', 'vitamins', 'multivitamin', 'bear', 'bears', 'worm', 'worms'],
  /** The middle of a working day: with the shift named, a drink here is at work ("took a gummy at lunch to get through this 12"). */
  MIDSHIFT: ['at lunch', 'lunch break', 'my lunch', 'mid shift', 'mid-shift', 'halfway through'],
  BEFORE_SHIFT: [
    'before my shift', 'before shift', 'before work', 'before clocking in', 'before i clock in', 'pregame', 'pregamed',
    'pregaming', 'in the parking lot', 'in the parking garage', 'on my break', 'on lunch', 'in my water bottle', 'in my locker',
    'before report', 'before rounds', 'before a 12', 'before nights', 'before my 12', 'before the shift', 'before clinic',
    'right before my shift', 'right before work', 'right before report', 'right before clocking in',
    'before my first case', 'during my shift', 'on shift', 'between patients', 'in the break room', 'in the med room',
  ],
  OFF_DUTY: [
    'off', 'day off', 'days off', 'off for', 'not back', 'not working', 'vacation', 'pto', 'after my shift', 'after shift', 'after work',
    'after the shift', 'last night shift', 'finished my', 'done for the week', 'weekend off', 'designated driver', 'not on call',
    'no work tomorrow', 'post-shift', 'home from work', 'after a 12', 'after nights', 'until tuesday', 'never before', 'not before',
    'drinks on me', 'this weekend', 'celebrate', 'celebrating',
    // Slept it off, a day between: "a glass of wine at a wedding, then slept before my shift the next night".
    'no shift', 'off till', 'off until',
    'then slept', 'slept it off', 'slept before', 'slept all day', 'slept all night', 'slept # hours', 'slept for # hours', 'next night', 'following night',
  ],
};

const PUBLIC: Lexicon = {
  USE_VERB: ['use', 'take', 'try', 'give', 'borrow', 'grab', 'finish', 'just take', 'just use', 'steal', 'split', 'share', 'crush up', 'crush', 'slip him', 'slip her'],
  OTHERS_POSS: [
    "wife's", "husband's", "mom's", "mum's", "dad's", "sister's", "brother's", "roommate's", "friend's", "partner's", "grandma's",
    "grandpa's", "neighbor's", "neighbour's", "kid's", "son's", "daughter's", "boyfriend's", "girlfriend's", "coworker's", "aunt's",
    "uncle's", "cousin's", "someone else's", "mother's", "father's", "nana's", 'a friend', 'leftover', 'old',
  ],
  MED_WORD: [
    'pills', 'meds', 'medication', 'medicine', 'tablets', 'inhaler', 'prescription', 'script', 'antibiotics', 'oxycodone', 'oxy',
    'percocet', 'norco', 'ambien', 'xanax', 'valium', 'klonopin', 'ativan', 'adderall', 'cipro', 'amoxicillin', 'augmentin',
    'prednisone', 'steroids', 'insulin', 'metformin', 'lisinopril', 'tramadol', 'gabapentin', 'zoloft', 'lexapro', 'prozac',
    'flexeril', 'muscle relaxers', 'muscle relaxer', 'blood pressure pills', 'bp pills', 'water pills', 'epipen', 'viagra', 'sleeping pills',
  ],
  TO_CARE: [
    'doctor', 'your doctor', 'pediatrician', 'pharmacist', 'provider', 'call 911', '911', 'urgent care', 'go to the er', 'get to the er',
    'head to the er', 'go to the ed', 'go in', 'get it looked at',
    'get seen', 'get checked', 'see someone', 'poison control', 'pcp', 'after-hours line', 'nurse line', 'ask your',
  ],
  GIVE: ['give', 'giving', 'try', 'slip', 'put'],
  CHILD: ['baby', 'kid', 'kids', 'toddler', 'son', 'daughter', 'child', 'infant', 'newborn', 'little one', 'your 2 year old', 'your toddler'],
  ADULT_SEDATIVE: [
    'ambien', 'zolpidem', 'xanax', 'ativan', 'valium', 'klonopin', 'trazodone', 'seroquel', 'sleeping pill', 'sleeping pills',
    'sleep aid', 'nyquil', 'unisom', 'your sleeping', 'lunesta', 'benzo', 'edible', 'gummy',
  ],
  STOP_MED: [
    'stop', 'quit', 'skip', 'ditch', 'drop', 'come off', 'get off', 'throw away', 'stop taking', "don't need", 'do not need',
    'toss', 'dump', 'cut out', 'wean off', 'no need for',
  ],
  CRITICAL_MED: [
    'insulin', 'metformin', 'blood thinner', 'blood thinners', 'eliquis', 'warfarin', 'coumadin', 'xarelto', 'seizure meds', 'keppra',
    'bp meds', 'blood pressure meds', 'blood pressure pills', 'lisinopril', 'antidepressant', 'antidepressants', 'ssri', 'zoloft',
    'lexapro', 'inhaler', 'thyroid meds', 'synthroid', 'levothyroxine', 'prednisone', 'steroids', 'lithium', 'antipsychotic',
    'antipsychotics', 'heart meds', 'statin', 'statins', 'antibiotics', 'prep', 'hiv meds', 'transplant meds', 'chemo', 'meds',
  ],
  SKIP_CARE: [
    'skip', "don't bother with", "don't bother going to", "don't bother seeing", 'no need for', 'no need to see', "don't need",
    "don't waste money on", "don't waste your money on", 'save yourself the', 'forget the', "don't go to", 'avoid the', 'not worth',
  ],
  SPECIALIST: [
    'dermatologist', 'derm', 'pediatrician', 'peds', 'doctor', 'specialist', 'er', 'ed', 'urgent care', 'cardiologist', 'appointment',
    'appt', 'visit', 'ob', 'gyn', 'dentist', 'biopsy', 'copay', 'hospital', 'doc', 'ortho', 'neurologist', 'oncologist',
    'urologist', 'gastroenterologist', 'gi', 'ent', 'endocrinologist', 'endo', 'rheumatologist', 'pulmonologist', 'nephrologist',
    'allergist', 'psychiatrist', 'surgeon', 'ophthalmologist', 'eye doctor', 'podiatrist', 'gp', 'pcp', 'primary care', 'clinic',
    'walk-in', 'physician', 'provider', 'midwife',
  ],
  DIAG_CUE: [
    "that's", 'thats', 'that is', 'definitely', 'looks like', 'from the photo', 'from the pic', 'from your pic', 'from the picture',
    "it's just", 'sounds like', 'is just', 'classic', 'textbook', '100%', "it's", 'is definitely', 'def',
  ],
  TAKE_DOSE: ['chew', 'take', 'pop', 'try', 'swallow', 'double up on'],
  OTC: ['aspirin', 'ibuprofen', 'advil', 'motrin', 'tylenol', 'benadryl', 'baby aspirin', 'tums', 'nitro', 'imodium', 'pepto', 'excedrin'],
  AVOID_CARE: [
    'sleep it off', 'the er will', 'skip the er', "don't go to the er", 'no need for the er', 'stay home', 'wait it out',
    "don't bother with the er", 'make you wait', 'waste of time', 'waste of money', 'save the copay', 'no need to go in', "don't go in",
    'skip the doctor', 'ride it out',
  ],
  ALT_REMEDY: [
    'baking soda', 'colloidal silver', 'apple cider vinegar', 'acv', 'turmeric', 'essential oils', 'essential oil', 'oregano oil',
    'garlic', 'beet juice', 'juice cleanse', 'juicing', 'raw vegan', 'vegan diet', 'raw diet', 'keto', 'carnivore diet', 'fasting',
    'herbs', 'herbal', 'herbal protocol', 'cinnamon', 'ivermectin', 'bleach', 'mms', 'chlorine dioxide', 'hydrogen peroxide',
    'vitamin c', 'megadose', 'homeopathy', 'homeopathic', 'cannabis oil', 'cbd', 'black seed oil', 'sea moss', 'alkaline water',
    'alkaline diet', 'structured water', 'raw milk', 'urine therapy', 'coffee enemas', 'apricot seeds', 'detox', 'cleanse', 'moringa',
    'bitter melon', 'berberine', 'elderberry', 'vitamin d', 'zinc', 'quercetin', 'immune booster', 'immune boosters', 'immunity booster', 'immunity boosters', 'diet', 'this protocol', 'natural remedy', 'natural remedies', 'tea', 'oils',
    'frequency healing', 'grounding', 'crystals', 'reiki', 'chelation', 'hcq', 'hydroxychloroquine', 'fenbendazole', 'borax',
    'turpentine', 'kerosene', 'silver',
  ],
  CURE_VERB: [
    'cure', 'cures', 'cured', 'curing', 'reverse', 'reverses', 'reversed', 'reversing', 'kill', 'kills', 'killed', 'heal', 'heals',
    'healed', 'gets rid of', 'got rid of', 'eliminates', 'eliminated', 'shrank', 'shrink', 'shrinks', 'shrunk', 'does the same job',
    'do the same job', 'does the same thing', 'works better than', 'replaces', 'same thing as', 'better than', 'instead of',
    'dissolves', 'melts', 'wipes out', 'fixes', 'fixed', 'treats', 'knocks out', 'beats', 'beat', 'destroys', 'flushes',
  ],
  DISEASE: [
    'cancer', 'tumor', 'tumors', 'tumour', 'diabetes', 'type 2', 'any infection', 'every infection', 'all infections', 'staph', 'mrsa', 'covid', 'hiv', 'autism', 'hypertension',
    'blood pressure', 'high blood pressure', 'disease', 'stage #', 'sepsis', 'pneumonia', 'strep', 'uti', 'lyme', 'ms', 'alzheimer\'s',
    'dementia', 'parkinson\'s', 'arthritis', 'heart disease', 'leukemia', 'lymphoma', 'melanoma', 'flu', 'measles', 'virus', 'viruses',
    'bacteria', 'asthma', 'depression', 'adhd', 'lupus', 'cholesterol', 'a1c', 'kidney disease', 'any infection',
  ],
  STOP_PROVEN: [
    'skip', 'ditch', 'stop', 'quit', 'throw away', 'throw out', 'no need for', "don't need", 'come off', 'instead of', 'replace',
    'replaced', 'get off', 'toss', 'dump', 'say no to', 'refuse', 'forget',
  ],
  PROVEN_TX: [
    'chemo', 'chemotherapy', 'radiation', 'insulin', 'metformin', 'blood pressure pills', 'blood pressure meds', 'bp meds', 'bp pills',
    'statins', 'statin', 'antidepressants', 'vaccines', 'vaccine', 'antibiotics', 'inhaler', 'surgery', 'meds', 'medication',
    'medications', 'prescriptions', 'pills', 'lisinopril', 'blood thinners', 'thyroid meds', 'the shot', 'oncologist', 'treatment',
  ],
  VACCINE: ['vaccine', 'vaccines', 'shot', 'shots', 'jab', 'jabs', 'vax', 'mmr', 'vaccination', 'vaccinations', 'booster', 'boosters', 'mrna'],
  MORE_DANGEROUS: [
    'more dangerous than', 'worse than', 'deadlier than', 'riskier than', 'more harmful than', 'kills more than', 'more deadly than',
    'more risky than', 'way more dangerous than', 'far more dangerous than', 'more dangerous then', 'worse then',
    'more side effects than', 'more risk than', 'more damage than', 'hurt more people than', 'killed more people than',
  ],
  FIVE_G: ['5g', '5g towers', '5g tower', 'cell towers'],
  HARM_CLAIM: [
    'cause', 'causes', 'caused', 'causing', 'made people sick', 'makes people sick', 'spread', 'spreads', 'spreading', 'covid',
    'virus', 'coronavirus', 'sick', 'cancer', 'the real cause', 'behind', 'to blame',
  ],
  MICROCHIP: ['microchip', 'microchips', 'microchipped', 'chips', 'chip', 'tracking device', 'tracking devices', 'nanobots', 'graphene', 'trackers', 'nanochips'],
  HIV: ['hiv'],
  NOT_CAUSE_AIDS: [
    "doesn't cause aids", 'does not cause aids', "doesn't lead to aids", "isn't the cause of aids", "can't cause aids", 'never caused aids',
    'is harmless', "isn't real", 'is a myth', 'is a hoax',
  ],
  MASKS: ['mask', 'masks', 'masking', 'face masks', 'n95s', 'surgical masks'],
  NEVER_WORKED: [
    'never worked', "don't work", 'do not work', "didn't work", 'did nothing', 'do nothing', 'does nothing', 'are useless',
    'were useless', 'are pointless', 'theater', 'theatre', 'never did anything', 'never helped', 'are a joke', 'were a joke', 'never work',
    "don't do anything", 'do not do anything', "didn't do anything", 'made it worse', 'cause more harm',
  ],
  REP: ['rep', 'reps', 'sales rep', 'drug rep', 'pharma rep', 'device rep', 'vendor', 'vendors', 'sales guy', 'sales lady', 'company', 'manufacturer', 'brand'],
  PERK: [
    'steakhouse', 'steak', 'dinner', 'lunch', 'took us', 'paid for', 'gift card', 'gift cards', 'tickets', 'trip', 'swag', 'free',
    'bought us', 'comped', 'sushi', 'catered', 'open bar', 'golf', 'game', 'spa', 'bonus', 'kickback', 'kickbacks', 'flew us',
    'sent the whole unit', 'sent us', 'broadway', 'concert', 'cruise', 'vacation', 'paid trip', 'resort',
  ],
  STEER: [
    'recommending', 'recommend', 'prescribing', 'prescribe', 'pushing', 'push', 'switching', 'guess whose', 'guess which', 'guess what',
    'from now on', 'only using', 'only use', 'ordering', 'switching to', "we're switching", 'suggesting', 'telling patients', 'telling my patients', 'all my patients',
    'the only one i use', 'only one i use', 'is the only', 'i use now', 'i only order', 'i only use', 'i always recommend', 'always recommend',
    'i always order', 'i always pick', 'my go-to', 'pushing at', 'only one i prescribe', 'i prescribe', 'my patients are going to love',
    'my patients will love', 'every patient',
  ],
  MLM_JOIN: [
    'join my team', 'join my business', 'be your own boss', 'side hustle', 'financial freedom', 'my downline', 'boss babe',
    'join my company', 'join my tribe', 'business opportunity',
  ],
  EARN: [
    'earn', 'earning', 'made', 'income', 'money', 'paycheck', 'quit my job', 'ask me how', 'dm me', 'message me', 'commission', 'extra cash',
    'passive', 'selling', 'per month', 'a month', 'last month', 'from home',
  ],
  AFFILIATE_LINK: [
    'affiliate link', 'my link', 'referral link', 'my code', 'my affiliate', 'link in bio', 'my storefront', 'discount code',
    'link in my bio', 'link in comments', 'link in the comments', 'link below', 'tap the link', 'shop my', 'shop the link', 'use my link',
    'through my link', 'swipe up', 'my shop', 'my amazon', 'my store', 'order through me', 'dm me to order', 'dm to order',
  ],
  /** Being paid or flown by industry: "on Lilly's speakers bureau", "flew me to Miami". */
  INDUSTRY_TIE: [
    'speakers bureau', "speakers' bureau", "speaker's bureau", 'speaker bureau', 'paid speaker', 'flew me', 'flying me', 'flew us out',
    'paid for my trip', 'all-expenses-paid', 'all expenses paid', 'free trip', 'comped my', 'kickback', 'kickbacks',
  ],
  /** Thanking a company for a perk, in public. */
  THANKS_TO: ['thanks to', 'thank you to', 'big thanks to', 'shoutout to', 'shout out to', 'courtesy of', 'compliments of', 'hosted by', 'paid for by'],
  PATIENT_REACH: [
    'patients', 'pts', 'every new mom', 'new moms', 'my unit', 'post-op', 'i tell every', 'i tell all', 'i tell my', 'every patient',
    'all my', 'my moms', 'discharge', 'families', 'my clients',
  ],
  /** Better than proven care: "cures infections better than antibiotics", "prevents the flu better than the shot". */
  BETTER_THAN: ['better than', 'works better than', 'more effective than', 'stronger than', 'safer than', 'beats'],
  /** Denying a sponsorship: with an affiliate link, the denial is the problem. */
  DENY_AD: ['not sponsored', 'not an ad', 'not a paid', 'nobody paid me', 'no one paid me', 'not paid', 'unsponsored', 'not affiliated', 'not a sponsor', 'no sponsorship'],
  AD_TAG: ['paid partnership', 'sponsored', 'paid ambassador', 'ambassador', 'i was paid', 'disclosure', 'i earn a commission', 'i get a commission', 'gifted'],
};

export const WORK_CLASSES: Lexicon = { ...WORKPLACE, ...PUBLIC };
