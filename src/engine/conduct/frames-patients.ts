import { checkFrames, type Frame } from './frames';
import { CONDUCT_FRAMES } from './frame-set';

/**
 * Frames about patients: contempt (conduct.derogatory), harm and neglect (conduct.harm), and
 * contempt for groups (conduct.discrimination). Each reads a class of sentence; the classes are in
 * vocab/classes.ts.
 */

/** Between a target and a judgement: not "me"/"us", not someone's view ("patients feel like burdens"). */
const JUDGED = ['NEG', 'PERSPECTIVE', 'EFFORT'];
const OTHER_TARGETS = ['COLLEAGUE', 'CARE_NOUN_AFTER'];

const derogatory = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.derogatory', tie: 'patient', ...f });
const harm = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.harm', tie: 'patient', ...f });
const discrimination = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.discrimination', tie: 'none', ...f });

export const DEROGATORY_FRAMES = checkFrames(CONDUCT_FRAMES, [
  derogatory({
    name: 'contempt said of patients',
    why: 'shows contempt for patients; patients and families read these posts, named or not',
    // "pts on this floor are so manipulative", "the guy in 9 is the whiniest grown man".
    roles: ['PATIENT', 'COPULA', 'CONTEMPT'],
    gaps: [5, 3],
    blockers: JUDGED,
    notBefore: OTHER_TARGETS,
    notAfter: ['GROUP'],
    severity: 'medium',
  }),
  derogatory({
    name: 'contempt said of a patient',
    why: 'shows contempt for a patient; patients and families read these posts, named or not',
    // "she's the most ungrateful woman alive" in a post about care, with no colleague in it.
    roles: ['PRONOUN_SUBJ', 'CONTEMPT'],
    gaps: [3],
    blockers: JUDGED,
    notBefore: OTHER_TARGETS,
    with: [['CARE_CONTEXT', 'PATIENT', 'LOCATOR']],
    reach: 1,
    unless: ['COLLEAGUE', 'FAMILY_OWN'],
    severity: 'medium',
  }),
  derogatory({
    name: 'contempt for patients (attributive)',
    why: 'shows contempt for patients; patients and families read these posts, named or not',
    // "entitled patients", "ungrateful families".
    roles: ['CONTEMPT', ['PATIENT', 'FAMILIES']],
    gaps: [0],
    notAfter: ['GROUP'],
    notBefore: ['CARE_NOUN_AFTER'],
    severity: 'medium',
  }),
  derogatory({
    name: 'contempt for patients (attributive)',
    why: 'shows contempt for patients; patients and families read these posts, named or not',
    // "worst family ever in room 4", "nightmare patient today".
    roles: ['ATTR_CONTEMPT', ['PATIENT', 'FAMILIES']],
    gaps: [0],
    notAfter: ['GROUP', 'NEG'],
    notBefore: ['CARE_NOUN_AFTER'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient from hell',
    why: 'shows contempt for a patient; patients and families read these posts, named or not',
    roles: [['PATIENT', 'FAMILIES', 'PERSON'], 'FROM_HELL'],
    gaps: [0],
    unless: ['COLLEAGUE'],
    severity: 'medium',
  }),
  derogatory({
    name: 'hating patients',
    why: 'says you hate or cannot stand your patients',
    roles: ['FIRST', 'HATE', 'PATIENT'],
    gaps: [1, 2],
    blockers: ['NEG', 'HATE_SITUATION'],
    notBefore: ['SITUATION_AFTER', 'CARE_NOUN_AFTER'],
    severity: 'medium',
  }),
  derogatory({
    name: 'tired of patients',
    why: 'says you hate or cannot stand your patients',
    // "so sick of these people", "can't stand my pts anymore": the poster's, however it starts.
    roles: ['HATE', 'PATIENT'],
    gaps: [2],
    blockers: ['NEG', 'HATE_SITUATION'],
    notAfter: ['THIRD_PERSON', 'PATIENT', 'COLLEAGUE', 'NEG'],
    notBefore: ['SITUATION_AFTER', 'CARE_NOUN_AFTER'],
    severity: 'medium',
  }),
  derogatory({
    name: 'shutting a patient up',
    why: 'tells a patient to shut up',
    roles: ['SHUT_UP', 'PATIENT'],
    gaps: [3],
    severity: 'medium',
  }),
  derogatory({
    name: 'shutting a patient up',
    why: 'tells a patient to shut up',
    // "shut the pt in 4 up", "shut him up".
    roles: ['SHUT', ['PATIENT', 'PERSON'], 'UP'],
    gaps: [3, 0],
    severity: 'medium',
  }),
  derogatory({
    name: 'telling a patient to shut up',
    why: 'tells a patient to shut up',
    roles: ['TELL', ['PATIENT', 'PERSON'], 'SHUT_UP'],
    gaps: [3, 1],
    blockers: ['NEG'],
    severity: 'medium',
  }),
  derogatory({
    name: "can't fix stupid",
    why: 'calls a patient stupid',
    roles: ['CANT_FIX'],
    // "educated him for an hour about his insulin. You can't fix stupid": the care is the context.
    with: [['PATIENT', 'CARE_CONTEXT', 'MED_WORD', 'CARE_OBJECT', 'LOCATOR']],
    reach: 1,
    unless: ['COLLEAGUE'],
    negatable: false,
    severity: 'medium',
  }),
  derogatory({
    name: 'a drug-use label for a patient',
    why: 'names a patient by a drug-use label; say a patient who uses drugs',
    roles: ['DRUG_LABEL'],
    notAfter: ['HOBBY'],
    with: [['CARE_CONTEXT', 'PATIENT', 'LOCATOR']],
    reach: 1,
    unless: ['STIGMA_TALK', 'ROAD'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a body-shaming nickname',
    why: "gives a patient a nickname that mocks their body",
    roles: ['NICKNAME_VERB', 'BODY_NICK'],
    gaps: [8],
    with: [['PATIENT', 'CARE_CONTEXT', 'WEIGHT_WORD', 'LOCATOR']],
    reach: 1,
    severity: 'medium',
  }),
  derogatory({
    name: 'a body-shaming title',
    why: "gives a patient a nickname that mocks their body",
    roles: ['TITLE', 'BODY_NICK'],
    gaps: [0],
    with: [['PATIENT', 'CARE_CONTEXT', 'WEIGHT_WORD', 'LOCATOR']],
    reach: 1,
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient called by a contempt word',
    why: 'names a patient by an insult instead of as a person',
    // "the slob in 6", "manipulative borderline in bed 2", "trailer trash family in 9".
    roles: [['CONTEMPT', 'CONTEMPT_NOUN'], 'LOCATOR'],
    gaps: [1],
    notAfter: ['FIRST', 'COPULA', 'NEG'],
    // "in 3 days", "in 2023": a time, not a bed; "I was so useless in 2023" names no one.
    notBefore: ['TIME_UNIT'],
    with: [['PATIENT', 'PERSON']],
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient called by a contempt word',
    why: 'names a patient by an insult instead of as a person',
    // A noun that only insults needs no more context than the bed: "that fat slob in 6".
    roles: ['CONTEMPT_NOUN', 'LOCATOR'],
    gaps: [0],
    notAfter: ['FIRST', 'COPULA', 'NEG'],
    notBefore: ['TIME_UNIT'],
    severity: 'medium',
  }),
  derogatory({
    name: "mocking a patient's intelligence",
    why: "mocks a patient's intelligence",
    // "the family in 3 have maybe two brain cells between them", "pt has a room temperature IQ".
    roles: [['PATIENT', 'PERSON'], 'DIM_WIT'],
    gaps: [6],
    with: [['PATIENT', 'LOCATOR', 'CARE_CONTEXT']],
    // "someone said I have two brain cells": the poster between them is the one mocked.
    blockers: ['NEG', 'FIRST', 'PERSPECTIVE'],
    severity: 'medium',
  }),
  derogatory({
    name: "mocking a patient's intelligence",
    why: "mocks a patient's intelligence",
    // "the whole ER tonight couldn't boil water between them".
    roles: ['CARE_CONTEXT', 'DIM_WIT'],
    gaps: [4],
    blockers: ['NEG', 'FIRST', 'PERSPECTIVE'],
    // "the new grad on our unit is dumb as a rock" is about a colleague (conduct.colleague).
    unless: ['COLLEAGUE', 'LEADERSHIP', 'FAMILY_OWN'],
    severity: 'medium',
  }),
  derogatory({
    name: "mocking a patient's weight",
    why: "mocks a patient's body or weight",
    // "fatty in the ER again with a sugar of 600".
    roles: ['WEIGHT_SLUR'],
    notBefore: ['FATTY_NOUN'],
    with: [['PATIENT', 'LOCATOR', 'CARE_CONTEXT', 'ASSESS_ITEM', 'CARE_OBJECT', 'METABOLIC']],
    reach: 1,
    unless: ['STIGMA_TALK', 'AGAINST_BIAS'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient called a vegetable',
    why: 'calls an unresponsive patient a vegetable',
    // "another vegetable on the vent in bed 9 with a full code".
    roles: ['VEGETABLE_LABEL'],
    notBefore: ['FOOD_AFTER'],
    with: ['CODE_STATUS'],
    unless: ['STIGMA_TALK', 'AGAINST_BIAS'],
    severity: 'medium',
  }),
  derogatory({
    name: 'contempt for a patient by label',
    why: 'shows contempt for patients; patients and families read these posts, named or not',
    // "the noncompliant diabetic in 4 is back, too lazy to check his sugar".
    roles: ['PATIENT_LABEL', 'CONTEMPT'],
    gaps: [4],
    blockers: JUDGED,
    unless: ['COLLEAGUE', 'STIGMA_TALK', 'AGAINST_BIAS'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient called by a contempt word',
    why: 'names a patient by an insult instead of as a person',
    // "absolute moron of a patient today".
    roles: [['CONTEMPT', 'CONTEMPT_NOUN'], 'OF_A_PERSON'],
    gaps: [0],
    with: [['PATIENT', 'CARE_CONTEXT', 'LOCATOR', 'FAMILIES']],
    reach: 1,
    unless: ['COLLEAGUE'],
    severity: 'medium',
  }),
  derogatory({
    name: "mocking a patient's weight",
    why: "mocks a patient's body or weight",
    // "pt weighs more than my car", "bariatric admit, somebody tell her to put the fork down".
    roles: ['WEIGHT_MOCK'],
    with: [['PATIENT', 'LOCATOR']],
    reach: 1,
    severity: 'medium',
  }),
  derogatory({
    name: "mocking a patient's smell",
    why: "mocks a patient's smell or hygiene",
    // "could smell bed 12 from the nurses station", "room 3 has never met a shower".
    roles: ['SMELL', 'FROM_AFAR'],
    gaps: [5],
    with: [['PATIENT', 'LOCATOR', 'PERSON']],
    unless: ['CLINICAL_ODOR'],
    severity: 'medium',
  }),
  derogatory({
    name: "mocking a patient's smell",
    why: "mocks a patient's smell or hygiene",
    roles: ['HYGIENE_MOCK'],
    with: [['PATIENT', 'LOCATOR']],
    reach: 1,
    unless: ['CLINICAL_ODOR'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient mocked by a label',
    why: 'mocks a patient by a label for their condition, body or visits',
    // "our favorite repeat customer is back ... loyalty card 🙄", "the borderline in 4 is at it again 🙄".
    roles: ['PATIENT_LABEL'],
    notBefore: ['CARE_NOUN_AFTER'],
    with: [['MOCK_MARK', 'MOCK_EMOJI'], ['PATIENT', 'CARE_CONTEXT', 'LOCATOR', 'PERSON', 'PRONOUN_SUBJ']],
    reach: 1,
    unless: ['COLLEAGUE', 'FAMILY_OWN', 'STIGMA_TALK', 'AGAINST_BIAS'],
    severity: 'medium',
  }),
  derogatory({
    name: 'mocking what patients expect',
    why: 'mocks patients for what they ask of their care',
    // "dialysis no-shows treat the ED like a spa", "thinks the call light is a room service button".
    roles: [['PATIENT', 'PERSON', 'DRUG_LABEL', 'PRONOUN_SUBJ'], 'PATIENT_TRAIT'],
    gaps: [8],
    // "thinks the call light is room service": what they think is what is mocked, so "thinks" does not block.
    blockers: ['NEG', 'EFFORT', 'SAID_TO'],
    with: [['PATIENT', 'CARE_CONTEXT', 'LOCATOR']],
    reach: 1,
    unless: ['COLLEAGUE', 'ORG', 'LEADERSHIP', 'FAMILY_OWN', 'WARMTH'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a body-shaming name for a bed',
    why: "gives a patient a nickname that mocks their body",
    roles: ['BODY_NICK', 'LOCATOR'],
    gaps: [0],
    severity: 'medium',
  }),
  derogatory({
    name: 'contempt for a patient by label',
    why: 'shows contempt for patients; patients and families read these posts, named or not',
    // "another lazy noncompliant diabetic", "stupid frequent flyer": an insult on a patient label.
    roles: ['CONTEMPT', 'PATIENT_LABEL'],
    gaps: [1],
    notAfter: ['GROUP', 'NEG'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient sworn at',
    why: 'swears at a patient in public',
    // "this f*cking drunk in bay 2 puked on my shoes", "goddamn frequent flyers".
    roles: ['SWEAR_ADJ', ['PATIENT', 'PATIENT_LABEL']],
    gaps: [0],
    notBefore: ['CARE_NOUN_AFTER'],
    negatable: false,
    severity: 'medium',
  }),
  derogatory({
    name: 'patients told to shut up',
    why: 'tells patients to shut up',
    // "some of my patients just need to shut up and take their pills", "pts should shut up".
    roles: [['PATIENT', 'PATIENT_LABEL'], 'SHUT_UP'],
    gaps: [4],
    // "Dear noncompliant diabetics: shut up and take your pills": addressed across a colon.
    acrossClauses: true,
    blockers: ['NEG', 'TELL', 'FIRST', 'PERSPECTIVE'],
    notAfter: ['THIRD_PERSON'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient named by what they do',
    why: 'names a patient by a behaviour instead of as a person',
    // "we've got the screamer again tonight", "our biter is back in 6": a name, with its article.
    roles: ['DET', 'BEHAVIOR_NICK'],
    gaps: [0],
    notBefore: ['CARE_NOUN_AFTER'],
    with: [['CARE_CONTEXT', 'PATIENT', 'LOCATOR']],
    reach: 1,
    unless: ['FAMILY_OWN', 'COLLEAGUE', 'STIGMA_TALK', 'MEDIA'],
    severity: 'medium',
  }),
  derogatory({
    name: 'patients ranked by a trait',
    why: 'ranks patients by their body or disability; patients and families read these posts',
    // "the fat ones are the worst to turn", "the deaf ones are the most exhausting".
    roles: [['GROUP', 'WEIGHT_WORD'], 'ONES', 'COPULA', 'RANKED_WORST'],
    gaps: [0, 1, 2],
    // Patients, not jelly beans: care or people in the sentence or the next ("you repeat everything five times").
    with: [['CARE_CONTEXT', 'PATIENT', 'LOCATOR', 'CARE_TASK', 'CARE_OBJECT', 'WORK_TIME', 'PERSON', 'SAID_TO']],
    reach: 1,
    unless: ['AGAINST_BIAS', 'REPORTED', 'WARMTH', 'FAMILY_OWN'],
    severity: 'medium',
  }),
  derogatory({
    name: 'a patient weighed as a cost',
    why: "weighs a patient's life against what their care costs",
    // "the homeless guy we keep reviving costs more than my salary".
    roles: [['PERSON', 'PATIENT', 'DRUG_LABEL', 'GROUP'], 'COST_JUDGE'],
    gaps: [8],
    with: [['REVIVE', 'CARE_CONTEXT', 'LOCATOR']],
    unless: ['COLLEAGUE', 'AGAINST_BIAS'],
    severity: 'medium',
  }),
]);

const PALLIATIVE = ['PEACEFUL'];

export const HARM_FRAMES = checkFrames(CONDUCT_FRAMES, [
  harm({
    name: 'letting a patient suffer',
    why: 'says you would let a patient bleed, crash or suffer',
    // "letting him bleed", "let the old man crash", "leave them to rot".
    roles: ['LET', 'PERSON', 'SUFFER'],
    gaps: [3, 3],
    unless: PALLIATIVE,
    notBefore: ['SUFFER_NOT'],
    severity: 'high',
  }),
  harm({
    name: 'letting a patient suffer to punish them',
    why: 'describes making a patient suffer to punish them',
    roles: ['LET', 'PERSON', 'SUFFER_MILD'],
    gaps: [3, 3],
    with: [['INTENT', 'WINK']],
    reach: 1,
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'should be allowed to die',
    why: 'says patients should be left to die',
    roles: ['LET_PASSIVE', 'SUFFER'],
    gaps: [1],
    with: [['PERSON', 'PATIENT', 'DRUG_LABEL']],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'indifferent to a patient coming to harm',
    why: "shrugs at a patient dying or getting hurt",
    // "who cares if she falls", "if he codes that's one less drunk".
    roles: ['CONDITION', ['PERSON', 'PATIENT'], 'HARM_EVENT'],
    gaps: [3, 4],
    with: ['INDIFFERENCE'],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'nobody would mourn a patient',
    why: "shrugs at a patient dying or getting hurt",
    roles: ['CONDITION', ['PERSON', 'PATIENT'], 'HARM_EVENT'],
    gaps: [3, 4],
    with: ['NOBODY', 'MOURN'],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'slow to a patient in danger',
    why: 'says you would answer a patient in danger slowly on purpose',
    // "if the guy in 4 codes I'm walking slow", "when she crashes I'm finishing my coffee first".
    roles: ['CONDITION', ['PERSON', 'PATIENT'], 'HARM_EVENT'],
    gaps: [4, 4],
    with: ['SLOW_RESPONSE'],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'betting on a patient dying',
    why: "makes a game of patients dying",
    // "pool on which of the hospice pts goes first", "taking bets on who codes tonight".
    roles: ['DEATH_BET', ['DEATH_EVENT', 'HARM_EVENT', 'GOES_FIRST']],
    gaps: [8],
    with: [['PATIENT', 'PERSON', 'CARE_CONTEXT', 'LOCATOR']],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: "cutting off a patient's support",
    why: "describes cutting off a patient's oxygen or support to punish or quiet them",
    // "want to turn off his oxygen so he stops talking", "unplugged her bipap, that'll teach her".
    roles: ['CUT_OFF', 'LIFE_SUPPORT'],
    gaps: [2],
    with: [['FOR_QUIET', 'INTENT', 'WINK']],
    unless: ['ETHICS', 'PEACEFUL'],
    severity: 'high',
  }),
  harm({
    name: 'harm for all I care',
    why: "shrugs at a patient dying or getting hurt",
    // "she can bleed for all I care", "let him rot for all we care".
    roles: ['SUFFER', 'INDIFFERENCE'],
    gaps: [2],
    with: [['PERSON', 'PATIENT']],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'hoping a patient dies',
    why: 'wishes a patient dead',
    roles: ['WISH', ['PERSON', 'PATIENT'], 'DEATH_EVENT'],
    gaps: [4, 4],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'hoping a group of patients dies',
    why: 'wishes patients dead',
    // "I hope every antivaxxer on our vent dies alone", "hope every smoker who ends up on our unit dies ...".
    roles: ['WISH', 'GROUP', 'DEATH_EVENT'],
    gaps: [2, 8],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: "wishing a patient's support cut off",
    why: 'wishes a patient dead',
    // "someone should just pull the plug on the old lady in 4, we're all tired".
    roles: ['WANT_TO', 'PULL_PLUG', ['PERSON', 'PATIENT']],
    gaps: [2, 4],
    unless: ['ETHICS', 'PEACEFUL'],
    severity: 'high',
  }),
  harm({
    name: 'hoping a patient suffers',
    why: 'wishes pain on a patient',
    // "I hope the drunk driver we got tonight feels every bit of that fracture", "hope she suffers".
    roles: ['WISH', ['PERSON', 'PATIENT'], 'SUFFER_WISH'],
    gaps: [4, 5],
    with: [['PATIENT', 'CARE_CONTEXT', 'LOCATOR']],
    reach: 1,
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'pain as deserved',
    why: 'says a patient deserves pain or death',
    // "some patients need a little pain to learn", "the drunks in our ED deserve whatever they get".
    roles: [['PATIENT', 'PERSON', 'DRUG_LABEL'], 'DESERVE_PAIN'],
    gaps: [4],
    blockers: JUDGED,
    with: [['PATIENT', 'CARE_CONTEXT', 'LOCATOR']],
    reach: 1,
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'restraints kept on to punish',
    why: 'describes keeping a patient restrained to punish them',
    // "he tried to bite me so the restraints are staying on all night".
    roles: ['RESTRAINT', 'KEPT_ON'],
    gaps: [4],
    with: [['INTENT', 'WINK']],
    reach: 1,
    unless: ['RESTRAINT_CARE'],
    severity: 'high',
  }),
  harm({
    name: "a patient's alarms silenced for quiet",
    why: "describes silencing a patient's alarms for the staff's quiet",
    // "turned the vent alarms down so I could finally sit".
    roles: ['SILENCE', 'ALARM', 'FOR_QUIET'],
    gaps: [3, 6],
    with: [['PATIENT', 'CARE_CONTEXT', 'LOCATOR', 'PERSON']],
    reach: 1,
    unless: ['ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'neglect as punishment',
    why: "describes making a patient's care worse to punish them",
    // "left him in his wet sheets ... maybe next time", "hold her ativan until she learns".
    roles: ['NEGLECT_ACT', 'CARE_OBJECT'],
    gaps: [4],
    with: [['INTENT', 'WINK']],
    reach: 1,
    unless: ['ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'left soiled as punishment',
    why: "describes leaving a patient soiled to punish them",
    roles: ['SOILED'],
    with: [['INTENT', 'WINK'], ['PERSON', 'PATIENT', 'CARE_OBJECT']],
    reach: 1,
    unless: ['ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'call light out of reach',
    why: "describes putting a patient's call light out of reach",
    roles: ['CALL_DEVICE', 'OUT_OF_REACH'],
    gaps: [8],
    // "the call light fell behind the bed again so I taped it to the rail": found and fixed.
    unless: ['CALL_FIX'],
    severity: 'high',
  }),
  harm({
    name: 'call light disabled',
    why: "describes taking away a patient's way to call for help",
    // "he kept pressing the button so I unplugged it", "took away her call bell for the night".
    roles: ['DISABLE'],
    with: ['CALL_DEVICE'],
    firstPerson: true,
    unless: ['CALL_FIX', 'ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'call light silenced',
    why: "describes silencing a patient's way to call for help",
    // "she rang every five minutes so the call bell is on mute now and I'm in the break room".
    roles: ['SILENCED'],
    with: ['CALL_DEVICE'],
    reach: 1,
    firstPerson: true,
    unless: ['CALL_FIX', 'ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'pretending not to hear',
    why: 'describes ignoring a patient who calls for help',
    roles: ['PRETEND', 'NOT_PERCEIVE'],
    gaps: [3],
    with: [['CALL_DEVICE', 'PATIENT', 'PERSON']],
    reach: 1,
    // "patients pretend not to hear the discharge teaching": their act, not the poster's.
    notAfter: ['THIRD_PERSON', 'PATIENT'],
    severity: 'high',
  }),
  harm({
    name: 'care on my schedule',
    why: "says a patient's care comes when you feel like it",
    roles: ['CARE_OBJECT', 'MY_WHIM'],
    gaps: [6],
    severity: 'high',
  }),
  harm({
    name: 'care on my schedule',
    why: "says a patient's care comes when you feel like it",
    // "his dilaudid isn't due till I say so": the "not" delays, it does not deny.
    roles: ['CARE_OBJECT', 'MY_WHIM_UNTIL'],
    gaps: [6],
    blockers: ['COLLEAGUE'],
    severity: 'high',
  }),
  harm({
    name: 'restraints too tight',
    why: 'describes restraining a patient tighter than needed',
    roles: ['RESTRAINT', 'TIGHT'],
    gaps: [4],
    unless: ['RESTRAINT_CARE'],
    severity: 'high',
  }),
  harm({
    name: 'restraints too tight',
    why: 'describes restraining a patient tighter than needed',
    roles: ['TIGHT', 'RESTRAINT'],
    gaps: [3],
    unless: ['RESTRAINT_CARE'],
    severity: 'high',
  }),
  harm({
    name: 'charting care not given',
    why: 'describes charting an assessment that was not done',
    // "vitals charted but never taken".
    roles: ['ASSESS_ITEM', 'CHART'],
    gaps: [3],
    with: ['NOT_DONE'],
    reach: 1,
    unless: ['CHART_ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'fake pain medicine',
    why: 'describes giving a placebo in place of pain medicine',
    roles: ['SALINE', 'DECEIVE', 'PAIN_DRUG'],
    gaps: [4, 3],
    unless: ['ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'threatening a patient with violence',
    why: 'reads as wanting to hurt a patient; a joke about it still reads as a threat',
    // "wanted to smother him with a pillow", "gonna throat punch the next pt who asks for a sandwich".
    roles: ['WANT_TO', 'VIOLENCE', 'PATIENT'],
    gaps: [2, 3],
    notAfter: ['OTHER_SUBJECT'],
    unless: ['REPORTED'],
    notBefore: ['CARE_NOUN_AFTER'],
    severity: 'high',
  }),
  harm({
    name: 'threatening a patient with violence',
    why: 'reads as wanting to hurt a patient; a joke about it still reads as a threat',
    // "he kept hitting the call light, I could strangle him": a pronoun, in a post about care.
    roles: ['WANT_TO', 'VIOLENCE', 'VICTIM'],
    gaps: [2, 1],
    notAfter: ['OTHER_SUBJECT'],
    with: [['PATIENT', 'LOCATOR', 'CALL_DEVICE']],
    reach: 1,
    unless: ['REPORTED', 'COLLEAGUE', 'ORG', 'LEADERSHIP', 'FAMILY_OWN'],
    severity: 'high',
  }),
  harm({
    name: 'sedating a patient for quiet',
    why: "describes sedating a patient for the staff's quiet, not for the patient",
    // "pushed a little extra haldol so he finally shuts up", "gonna snow her into next week".
    roles: ['SEDATIVE', 'FOR_QUIET'],
    gaps: [6],
    unless: ['ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'charting counted on no one checking',
    why: 'describes charting an assessment that was not done',
    // "I'll chart the vitals later, nobody checks anyway", "copied the 0000 set. Nobody checks."
    roles: ['NO_ONE_CHECKS'],
    with: [['CHART', 'CHART_SHORTCUT'], 'CHARTED_ITEM'],
    reach: 1,
    negatable: false,
    unless: ['CHART_ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'charting care not given',
    why: 'describes charting an assessment that was not done',
    roles: ['CHART', 'ASSESS_ITEM'],
    gaps: [4],
    with: ['NOT_DONE'],
    reach: 1,
    unless: ['CHART_ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'a patient left to suffer',
    why: 'says a patient can be left to suffer',
    // "she bit me, so she can marinate", "he can stew in it till days".
    roles: [['PERSON', 'PRONOUN_SUBJ', 'PATIENT'], 'CAN_SUFFER'],
    gaps: [1],
    notBefore: ['COOK_OBJECT'],
    // In a post about care or a grudge: "her kid can marinate it next time" is cooking.
    with: [['CARE_CONTEXT', 'PATIENT', 'LOCATOR', 'INTENT', 'CARE_OBJECT', 'SOILED', 'CALL_DEVICE']],
    reach: 1,
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'not going to a patient in distress',
    why: 'describes ignoring a patient who says they are in danger',
    // "says he has chest pain every hour. not going back in", "screaming for help again, not answering that".
    roles: ['NOT_GOING_IN'],
    with: ['DISTRESS_CLAIM'],
    reach: 1,
    negatable: false,
    unless: ['ETHICS', 'PEACEFUL'],
    severity: 'high',
  }),
  harm({
    name: 'care skipped as pointless',
    why: "describes skipping a patient's care because it seems not worth it",
    // "didn't bother with his sugars, he's dying anyway, why bother".
    roles: ['NEGLECT_ACT', ['ASSESS_ITEM', 'CARE_OBJECT']],
    gaps: [4],
    with: ['POINTLESS'],
    reach: 1,
    // Not PEACEFUL: "she's DNR anyway" is the neglect itself; comfort-care plans do stop checks.
    unless: ['ETHICS', 'COMFORT_GOALS'],
    severity: 'high',
  }),
  harm({
    name: 'care rationed to a patient',
    why: 'says some patients get less care from you',
    // "the frequent flyers get nothing extra from me".
    roles: ['RATION'],
    with: [['PERSON', 'PATIENT', 'DRUG_LABEL', 'GROUP']],
    reach: 1,
    unless: ['ETHICS', 'AGAINST_BIAS'],
    severity: 'high',
  }),
  harm({
    name: 'hoping a patient dies',
    why: 'wishes a patient dead',
    // "praying the guy who kicked our tech in 4 croaks already".
    roles: ['WISH', ['PERSON', 'PATIENT', 'DRUG_LABEL'], 'DEATH_SOON'],
    gaps: [3, 10],
    unless: PALLIATIVE,
    severity: 'high',
  }),
  harm({
    name: 'care delayed to punish',
    why: "describes making a patient's care worse to punish them",
    // "rude families find their warm blankets somehow take an hour 😇".
    roles: ['CARE_OBJECT', 'DELAYED'],
    gaps: [2],
    with: [['INTENT', 'WINK']],
    reach: 1,
    unless: ['ETHICS'],
    severity: 'high',
  }),
  harm({
    name: 'mocking a dying patient',
    why: 'mocks a patient who is dying',
    // "imitated his death rattle at the desk".
    // The mocking is aimed at someone: "imitated his death rattle", "did an impression of him".
    roles: ['MOCK_ACT', ['PERSON', 'PATIENT', 'DYING']],
    gaps: [3],
    with: ['DYING'],
    reach: 1,
    firstPerson: true,
    unless: ['ETHICS'],
    severity: 'high',
  }),
]);

export const DISCRIMINATION_FRAMES = checkFrames(CONDUCT_FRAMES, [
  discrimination({
    name: 'contempt for a group',
    why: 'pins contempt on a whole group of people',
    // "bipolar patients are all manipulative liars", "deaf patients are so exhausting".
    roles: ['GROUP', 'CONTEMPT'],
    gaps: [6],
    blockers: JUDGED,
    unless: ['AGAINST_BIAS', 'REPORTED', 'DEBUNK', 'WARMTH'],
    severity: 'medium',
  }),
  discrimination({
    name: 'stereotype',
    why: 'pins a bad trait on a whole group of people',
    // "immigrants never bother learning the language", "Asian families are all the same".
    roles: ['GROUP', 'TRAIT'],
    gaps: [6],
    blockers: JUDGED,
    with: [['GENERALISER', 'REFUSE']],
    reach: 1,
    unless: ['AGAINST_BIAS', 'REPORTED', 'DEBUNK', 'WARMTH'],
    severity: 'medium',
  }),
  discrimination({
    name: 'denying care by group',
    why: 'says a group of people should not get care',
    // "anyone over 85 shouldn't get a dialysis spot", "smokers shouldn't get transplants".
    roles: [['AGE_GROUP', 'GROUP', 'DRUG_LABEL'], 'SHOULDNT_GET'],
    gaps: [4],
    unless: ['AGAINST_BIAS', 'REPORTED'],
    severity: 'medium',
  }),
  discrimination({
    name: 'denying a gender identity',
    why: "denies non-binary or transgender people's identity",
    roles: ['NB_TERM', 'NB_DENIAL'],
    gaps: [6],
    unless: ['REPORTED', 'AGAINST_BIAS'],
    severity: 'medium',
  }),
  discrimination({
    name: 'denying a gender identity',
    why: "denies non-binary or transgender people's identity",
    roles: ['NB_DENIAL', 'NB_TERM'],
    gaps: [2],
    unless: ['REPORTED', 'AGAINST_BIAS'],
    severity: 'medium',
  }),
  discrimination({
    name: "refusing a patient's pronouns",
    why: "refuses a patient's pronouns",
    roles: ['REFUSE_USE', 'PRONOUN_WORD'],
    gaps: [2],
    with: ['GENDER_CTX'],
    reach: 1,
    unless: ['REPORTED'],
    severity: 'medium',
  }),
]);
