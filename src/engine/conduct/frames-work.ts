import { checkFrames, type Frame } from './frames';
import { CONDUCT_FRAMES } from './frame-set';

/**
 * Frames about the workplace: colleagues (conduct.colleague), the employer (conduct.employer) and
 * impairment (conduct.impairment). Classes in vocab/classes.ts and vocab/classes-work.ts.
 */

const colleague = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.colleague', tie: 'person', ...f });
const employer = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.employer', tie: 'none', ...f });
const impairment = (f: Omit<Frame, 'rule' | 'tie'>): Frame => ({ rule: 'conduct.impairment', tie: 'none', ...f });

const JUDGED = ['NEG', 'PERSPECTIVE', 'EFFORT'];
const ORGANISATION = ['ORG', 'LEADERSHIP'];

export const COLLEAGUE_FRAMES = checkFrames(CONDUCT_FRAMES, [
  colleague({
    name: 'contempt said of a colleague',
    why: 'calls a colleague names in public',
    // "the new attending is a sexist pig", "day shift are a bunch of lazy whiners".
    roles: ['COLLEAGUE', 'COPULA', 'CONTEMPT'],
    gaps: [5, 4],
    blockers: JUDGED,
    notBefore: ['PATIENT'],
    notAfter: ['PATIENT', 'GROUP'],
    unless: ['STRAIN'],
    severity: 'medium',
  }),
  colleague({
    name: 'contempt said of a colleague',
    why: 'calls a colleague names in public',
    roles: ['PRONOUN_SUBJ', 'CONTEMPT'],
    gaps: [3],
    blockers: JUDGED,
    with: ['COLLEAGUE'],
    reach: 1,
    unless: ['PATIENT', 'WARMTH', 'STRAIN'],
    severity: 'medium',
  }),
  colleague({
    name: 'contempt for colleagues (attributive)',
    why: 'calls colleagues names in public',
    roles: ['CONTEMPT', 'COLLEAGUE'],
    gaps: [0],
    notAfter: ['GROUP'],
    unless: ['WARMTH'],
    severity: 'medium',
  }),
  colleague({
    name: 'hating a colleague',
    why: 'says you hate or cannot stand a colleague',
    roles: ['FIRST', 'HATE', 'COLLEAGUE'],
    gaps: [1, 2],
    blockers: ['NEG', 'HATE_SITUATION'],
    notBefore: ['SITUATION_AFTER', 'PATIENT'],
    severity: 'medium',
  }),
  colleague({
    name: 'telling a colleague to go cry',
    why: 'belittles a colleague in public',
    roles: ['GO_CRY'],
    with: ['COLLEAGUE'],
    reach: 1,
    severity: 'medium',
  }),
  colleague({
    name: 'threatening a colleague',
    why: 'reads as a threat of violence against a colleague',
    // "I'm going to slap the charge nurse", "could strangle my preceptor".
    roles: ['WANT_TO', 'VIOLENCE', 'COLLEAGUE'],
    gaps: [2, 2],
    notAfter: ['OTHER_SUBJECT'],
    unless: ['REPORTED'],
    notBefore: ['PATIENT'],
    severity: 'medium',
  }),
  colleague({
    name: 'driving a colleague out',
    why: 'describes bullying a colleague out of the job',
    // "I make sure the weak new grads quit", "made sure the orientee cried every shift".
    roles: ['MAKE_SURE', 'COLLEAGUE', 'QUITS'],
    gaps: [3, 4],
    severity: 'medium',
  }),
  colleague({
    name: 'threatening a colleague',
    why: 'reads as a threat of violence against a colleague',
    roles: ['COLLEAGUE', 'THREAT_IDIOM'],
    gaps: [4],
    unless: ['REPORTED'],
    severity: 'medium',
  }),
  colleague({
    name: "gossip about a colleague's private life",
    why: "shares a colleague's private life in public",
    // "heard our unit manager is going through a messy divorce", "guess which tech got a DUI 👀".
    roles: ['PRIVATE'],
    with: ['COLLEAGUE', ['GOSSIP', 'EYES']],
    reach: 1,
    unless: ['SUPPORT', 'PATIENT'],
    negatable: false,
    severity: 'medium',
  }),
  colleague({
    name: "a colleague's trouble held up to ridicule",
    why: "shames a colleague in public for their private troubles",
    // "my coworker Jessica got a DUI, her mugshot is on the county page lol".
    roles: ['PRIVATE'],
    with: ['COLLEAGUE', ['SHAME_CUE', 'MUGSHOT', 'MOCK_MARK', 'MOCK_EMOJI']],
    reach: 1,
    unless: ['SUPPORT', 'PATIENT'],
    negatable: false,
    severity: 'medium',
  }),
  colleague({
    name: "a colleague's mugshot passed around",
    why: "shames a colleague in public for their private troubles",
    // "my coworker Amanda got fired, her mugshot is on facebook": the colleague, then the photo, in one clause.
    roles: ['COLLEAGUE', 'MUGSHOT'],
    gaps: [12],
    unless: ['SUPPORT', 'PATIENT'],
    negatable: false,
    severity: 'medium',
  }),
  colleague({
    name: 'a colleague accused of being high',
    why: 'accuses a colleague in public of using at work',
    // "that pharmacist is always high at work", "our charge nurse is hungover again".
    roles: ['COLLEAGUE', 'COPULA', ['USING_AT_WORK', 'IMPAIRED']],
    gaps: [4, 2],
    unless: ['PATIENT'],
    severity: 'medium',
  }),
  colleague({
    name: 'a colleague accused of being high',
    why: 'accuses a colleague in public of using at work',
    // "that CNA is always on her phone and smells like weed", "our charge nurse reeks of booze".
    roles: ['SMELL', 'DRINK'],
    gaps: [2],
    with: ['COLLEAGUE'],
    unless: ['PATIENT', 'FIRST_SMELL'],
    severity: 'medium',
  }),
  colleague({
    name: 'a public call to report a colleague',
    why: 'calls on people in public to report or fire a colleague',
    // "that CNA Brittany is always on her phone, someone report her".
    roles: ['CALL_OUT'],
    with: ['COLLEAGUE'],
    reach: 1,
    unless: ['PATIENT', 'SUPPORT'],
    severity: 'medium',
  }),
]);

export const EMPLOYER_FRAMES = checkFrames(CONDUCT_FRAMES, [
  employer({
    name: 'contempt for the employer',
    why: 'reads as a public attack on your employer',
    // "Riverside General is a cesspool", "leadership at Lakeview are liars".
    roles: [ORGANISATION, 'COPULA', 'ORG_CONTEMPT'],
    gaps: [5, 3],
    blockers: JUDGED,
    severity: 'medium',
  }),
  employer({
    name: 'threatening the employer',
    why: 'reads as a threat against your employer; security reads these posts too',
    // "someone should torch this hospital", "admin better watch their backs".
    roles: ['WANT_TO', ['DESTROY', 'VIOLENCE'], ORGANISATION],
    gaps: [2, 2],
    notAfter: ['OTHER_SUBJECT'],
    unless: ['REPORTED'],
    severity: 'medium',
  }),
  employer({
    name: 'threatening the employer',
    why: 'reads as a threat against your employer; security reads these posts too',
    roles: ['WANT_TO', 'BURN', ORGANISATION, 'TO_THE_GROUND'],
    gaps: [2, 1, 0],
    unless: ['REPORTED'],
    severity: 'medium',
  }),
  employer({
    name: 'threatening the employer',
    why: 'reads as a threat against your employer; security reads these posts too',
    roles: [ORGANISATION, 'THREAT_IDIOM'],
    gaps: [4],
    unless: ['REPORTED'],
    severity: 'medium',
  }),
  employer({
    name: 'the employer accused of lying or greed',
    why: 'reads as a public accusation against your employer; raise it through reporting channels first',
    // "Brightwater lies about its staffing numbers", "admin only cares about money".
    roles: [ORGANISATION, 'ORG_ACCUSE'],
    // "Management at Oakwood would sell their own mothers ...": a place or a modal may sit between.
    gaps: [4],
    unless: ['REPORTED', 'DEBUNK'],
    severity: 'medium',
  }),
  employer({
    name: 'telling the employer to go to hell',
    why: 'swears at your employer in public',
    roles: [ORGANISATION, 'ORG_DISMISS'],
    gaps: [2],
    severity: 'medium',
  }),
  employer({
    name: 'swearing at the employer',
    why: 'swears at your employer in public',
    roles: ['CURSE', ORGANISATION],
    gaps: [1],
    negatable: false,
    severity: 'medium',
  }),
  employer({
    name: 'the employer called names',
    why: 'reads as a public attack on your employer',
    roles: [ORGANISATION, 'ORG_CONTEMPT'],
    gaps: [1],
    blockers: JUDGED,
    severity: 'medium',
  }),
  employer({
    name: 'the employer called names',
    why: 'reads as a public attack on your employer',
    // "this garbage hospital", "corrupt leadership", "greedy admin".
    roles: ['ORG_INSULT', ORGANISATION],
    gaps: [0],
    notAfter: ['NEG'],
    severity: 'medium',
  }),
  employer({
    name: 'the employer called names',
    why: 'reads as a public attack on your employer',
    roles: ['MY_THIS', 'ORG_INSULT', 'WORKPLACE'],
    gaps: [0, 0],
    severity: 'medium',
  }),
  employer({
    name: 'leaking internal plans',
    why: 'leaks an internal decision of your employer before it is public',
    roles: ['PLAN', 'CHANGE'],
    gaps: [3],
    with: [ORGANISATION, 'SECRET'],
    reach: 1,
    severity: 'medium',
  }),
  employer({
    name: 'leaking internal news',
    why: 'leaks an internal decision of your employer before it is public',
    // "Leaked memo: St. Agnes is cutting 40 positions", "internal email says the merger closes in March ... you didn't hear it from me".
    roles: ['LEAK'],
    with: [[...ORGANISATION, 'WORKPLACE', 'JOBS'], 'CHANGE_NEWS'],
    reach: 1,
    negatable: false,
    unless: ['REPORTED'],
    severity: 'medium',
  }),
  employer({
    name: "the employer's numbers called fake",
    why: "makes a public accusation that your employer falsifies its numbers; raise it through reporting channels first",
    // "the infection numbers our hospital posts are fake".
    roles: ['ORG_DATA', 'FAKE_CLAIM'],
    gaps: [8],
    with: [ORGANISATION],
    unless: ['REPORTED', 'DEBUNK'],
    severity: 'medium',
  }),
  employer({
    name: 'an incident said to be hidden',
    why: 'makes a public accusation about an internal incident',
    // "three med errors last month and leadership told us to keep them out of the incident system".
    roles: ['INCIDENT', 'HIDE'],
    gaps: [14],
    with: [ORGANISATION],
    severity: 'medium',
  }),
  employer({
    name: 'an incident said to be hidden',
    why: 'makes a public accusation about an internal incident',
    roles: ['HIDE', 'INCIDENT'],
    gaps: [5],
    with: [ORGANISATION],
    severity: 'medium',
  }),
]);

export const IMPAIRMENT_FRAMES = checkFrames(CONDUCT_FRAMES, [
  impairment({
    name: "taking a patient's drugs home",
    why: "describes taking a patient's controlled drugs",
    roles: ['TAKE_VERB', ['CONTROLLED', 'DRUG_OBJECT'], 'HOME'],
    gaps: [4, 2],
    with: ['CONTROLLED'],
    reach: 1,
    // Someone else's act ("a nurse took ... home and got fired") is news, not a confession.
    notAfter: ['THIRD_PERSON', 'COLLEAGUE'],
    unless: ['DIVERSION_TALK', 'REPORTED'],
    severity: 'high',
  }),
  impairment({
    name: "taking a patient's drugs home",
    why: "describes taking a patient's controlled drugs",
    // "took home the rest of her oxycodone".
    roles: ['TAKE_VERB', 'HOME', 'CONTROLLED'],
    gaps: [0, 5],
    notAfter: ['THIRD_PERSON', 'COLLEAGUE'],
    unless: ['DIVERSION_TALK', 'REPORTED'],
    severity: 'high',
  }),
  impairment({
    name: 'pocketing waste',
    why: 'describes pocketing controlled drugs',
    roles: ['POCKET'],
    with: ['CONTROLLED'],
    reach: 1,
    firstPerson: true,
    unless: ['DIVERSION_TALK'],
    severity: 'high',
  }),
  impairment({
    name: "keeping a patient's drugs",
    why: "describes keeping a patient's controlled drugs",
    roles: ['KEEP_VERB', 'CONTROLLED'],
    gaps: [5],
    // "the drunks we keep reviving are a waste of resources": a copula between, the waste is not a drug.
    blockers: ['NEG', 'COPULA'],
    with: ['LEFTOVER'],
    reach: 1,
    unless: ['DIVERSION_TALK'],
    severity: 'high',
  }),
  impairment({
    name: 'stimulants not prescribed to you',
    why: 'describes taking stimulants not prescribed to you to get through work',
    roles: ['STIMULANT'],
    with: ['NOT_MINE', 'WORK_TIME'],
    negatable: false,
    unless: ['DIVERSION_TALK', 'THIRD_PERSON'],
    severity: 'high',
  }),
  impairment({
    name: 'impaired on duty',
    why: 'says you are intoxicated or hungover at work',
    roles: ['IMPAIRED'],
    notAfter: ['DET'],
    with: ['ON_DUTY'],
    unless: ['THIRD_PERSON', 'OFF_DUTY'],
    severity: 'high',
  }),
  impairment({
    name: 'hungover on duty',
    why: 'says you are hungover at work',
    // "went to work with a raging hangover", "charting with a hangover from hell".
    roles: ['HANGOVER'],
    with: ['ON_DUTY'],
    unless: ['THIRD_PERSON', 'OFF_DUTY', 'MEDIA'],
    severity: 'high',
  }),
  impairment({
    name: 'drinking in the middle of a shift',
    why: 'describes drinking or using during a working day',
    // "took a gummy at lunch to make this 12 bearable", "a beer on my lunch break, back on the floor at 1".
    roles: ['DRINK'],
    with: ['MIDSHIFT', ['WORK_TIME', 'ON_DUTY']],
    reach: 1,
    notBefore: ['CANDY_AFTER'],
    unless: ['THIRD_PERSON', 'OFF_DUTY'],
    severity: 'high',
  }),
  impairment({
    name: 'drinking right before a shift',
    why: 'describes drinking or using right before work',
    roles: ['DRINK'],
    with: ['BEFORE_SHIFT'],
    notBefore: ['CANDY_AFTER'],
    unless: ['THIRD_PERSON', 'OFF_DUTY'],
    severity: 'high',
  }),
]);
