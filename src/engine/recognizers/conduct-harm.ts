import type { Doc } from '../doc';
import { onePerSentence } from '../conduct/frame';
import { withFrames } from '../conduct/frames';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { HARM_FRAMES } from '../conduct/frames-patients';
import { runConductPatterns, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import type { CustomRecognizer } from '../recognizer';
import { CARE, PATIENT, anyOf, near } from '../vocab/conduct';
import { declareLetterWays } from '../letters';

/**
 * Wishing a patient harm or death, threats, withholding care, callousness about death, and jokes
 * about falsified charting or unsafe practice (NCSBN, FSMB: reported to boards as unprofessional
 * conduct). Venting hyperbole about oneself ("kill me", "I'm going to scream") and sports talk
 * ("we killed them") have no patient as object and are not findings.
 */
const PERSON = String.raw`(?:him|her|them|he|she|they|you|it|this\s+(?:guy|lady|man|woman|pt|patient|kid|dude|family|one)|that\s+(?:guy|lady|man|woman|pt|patient|kid|dude|family|one)|the\s+(?:\w+\s+){0,2}?(?:guy|lady|man|woman|pt|patient|kid|dude|family|driver|drunk|one|junkie|gomer|dirtbag|frequent\s+flyer)|my\s+pt|my\s+patient|pt|bed\s+\d+|room\s+\d+)`;
/** Words for a person inside a wish: "hope the guy in 5 ...", "let tonight be the night grandpa ...". */
const PERSON_WORD = String.raw`he|she|him|her|they|grandpa|grandma|granny|pt|patient|guy|lady|man|woman|kid|dude|family|this\s+one|that\s+one|bed\s+\d+|room\s+\d+|frequent\s+fl[yi]er|junkie|gomer|dirtbag|drunk|idiot|jerk|screamer|creep|addict|seeker`;
const mocking = near('mocking', anyOf(['lol', 'lmao', 'lmfao', 'haha', 'jk', 'oops', 'whoops', 'anyway', 'shrug', 'fine', "she's fine", "he's fine"], '🤷|😂|🤣|😇|😈|😏|🙃|😬|🤫'), 14);
const bored = near('boredom', anyOf(['already', 'bored', 'boring', 'so i have', 'something to do', 'entertain', 'quiet', 'slow', 'dead', 'please', 'i need', 'need some action', 'action', 'excitement'], '🥱|😴'), 10);

/**
 * What sets off retaliation: something the patient did to the poster, a condition ("if he pulls
 * his line again"), or the poster's own wink at it ("karma", "on purpose", 😇).
 */
const PROVOCATION = near(
  'provocation',
  anyOf(
    [
      'threw', 'throws', 'throwing', 'bit me', 'bites', 'spit', 'spat', 'spits', 'spitting', 'kicked', 'kicks', 'scratched', 'punched', 'hit me', 'swung',
      'swings', 'called me', 'yelled', 'yelling', 'screamed', 'screaming', 'cussed', 'cursed', 'racist', 'rude', 'attitude',
      'what she said', 'what he said', 'grabbed me', 'pushy', 'disrespectful', 'complained about me', 'reported me', 'wrote me up',
      'one more time', 'again', 'karma', 'on purpose', 'earned it', 'earned that', 'deserved', 'deserves', 'payback', 'petty', 'oops',
      'whoops', 'lesson', 'learn', 'spite', 'stunt', 'slapped', 'pinched', 'grabbed', 'cussed me out', 'refused', 'if one more',
      'after that', 'after what', 'teach him', 'teach her', 'how it feels', 'problem solved', 'justice', 'revenge', 'served',
      'see how she likes', 'see how he likes', 'see how they like', 'keeps complaining', 'kept complaining', 'kept grabbing', 'grabbing',
      'tried to bite', 'tried to hit', 'tried to kick', 'threatened', "she'll live", "he'll live", "she'll survive", "he'll survive",
      'calling me', 'think twice', 'accidentally of course', 'of course', 'totally an accident', 'nah', 'her lesson', 'his lesson',
    ],
    '😇|😈|🙃|🤷|🙂|😏|🤫',
  ),
  30,
);

/**
 * Care made worse on purpose, whatever the idiom: a dose made late, slow or doubled, a call bell
 * turned off, a patient left to "marinate", an IV restart that "took 6 sticks". With a provocation
 * nearby it is retaliation; a delay blamed on staffing or pharmacy has none.
 */
const CARE_ITEM = String.raw`(?:pain\s+meds?|meds?|medications?|doses?|oxy\w*|dilaudid|morphine|tylenol|motrin|toradol|ativan|haldol|insulin|norco|percocet|fentanyl|push|prn|tray|water|blanket|pillow|call\s+(?:light|bell)|bath|turns?|ivs?|iv\s+restart|restart|bedpan|commode|narcan|sedation)`;
export const DEGRADED_CARE = new RegExp(
  [
    String.raw`\b(?:his|her|their|the|that)\s+(?:[\w']+'s\s+)?(?:\d{3,4}\s+|prn\s+|pm\s+|am\s+|hs\s+|next\s+|scheduled\s+|evening\s+|bedtime\s+|dinner\s+|lunch\s+|breakfast\s+)?${CARE_ITEM}\b[^.!?\n]{0,40}?\b(?:(?:is|are|was|will\s+be|gonna\s+be|going\s+to\s+be)\s+(?:\w+\s+){0,2}?(?:late|delayed|slow|missing|lost)|got\s+(?:lost|cold|misplaced|forgotten)|went\s+missing|disappeared|can\s+wait|gonna\s+wait|will\s+wait|came\s+(?:early|late)\s+and\s+doubled|took\s+(?:\d+|six|five|four|eight|ten)\s+sticks)\b`,
    String.raw`\b(?:slowest|longest|coldest|roughest|biggest|fattest|largest|dullest|thickest|most\s+painful)\s+(?:[\w-]+\s+){0,2}?(?:push|stick|iv|needle|foley|catheter|bath|turn|wait|response|ng)\b`,
    String.raw`\blet(?:ting)?\s+(?:him|her|them|'em|(?:the|that|this)\s+\w+(?:\s+(?:in|from)\s+(?:bed\s+|room\s+|rm\s+)?\d+)?|bed\s+\d+|room\s+\d+)\s+(?:scream|yell|sit\s+in\s+(?:it|his|her|their)|marinate|ride\s+it\s+out|rot|suffer|wait|stew|cry|lie\s+there|lay\s+there|withdraw|detox)\b`,
    String.raw`\b(?:turn(?:ing)?|turned|shut(?:ting)?|unplug(?:ging)?)\s+(?:it|the\s+(?:call\s+)?(?:light|bell|alarm))\s+off\b`,
    String.raw`\b(?:tie|strap|restrain)\s+(?:him|her|them)\s+(?:down\s+)?so\s+tight`,
    String.raw`\b(?:ignored|ignoring|ignore)\s+(?:the\s+)?(?:call\s+(?:light|bell)|(?:his|her|their)\s+(?:light|bell|calls?))\b`,
    String.raw`\bnot\s+(?:rushing|hurrying|running|going\s+in)\s+(?:for|to|into)\b`,
    String.raw`\b(?:she|he|they)\s+can\s+(?:sit\s+in\s+it|wait|suffer|scream|yell)\b`,
    String.raw`\bmade\s+sure\s+(?:his|her|their)\s+${CARE_ITEM}`,
    String.raw`\bleft\s+(?:him|her|them)\s+(?:on\s+the\s+(?:bedpan|commode|toilet)|in\s+(?:it|the\s+mess|(?:his|her|their)\s+(?:own\s+)?(?:mess|poop|pee|urine|stool))|wet|soiled)`,
    String.raw`\b(?:slammed|yanked|jerked|shoved|pinched|squeezed|dropped)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:bedrail|rail|door|arm|hand|leg|ng|foley|iv|line|tube|him|her|them)\b`,
  ].join('|'),
  'gi',
);

/** Letters every care item of DEGRADED_CARE spells (conduct/frame.ts Letters). */
const CARE_ITEM_LETTERS = [
  'med', 'dose', 'oxy', 'dilaudid', 'morphine', 'tylenol', 'motrin', 'toradol', 'ativan', 'haldol', 'insulin', 'norco', 'percocet',
  'fentanyl', 'push', 'prn', 'tray', 'water', 'blanket', 'pillow', 'call', 'bath', 'turn', 'iv', 'restart', 'bedpan', 'commode',
  'narcan', 'sedation',
];
/** Letters of what befalls the care item in the first alternative: late, lost, doubled, six sticks. */
const CARE_OUTCOME_LETTERS = ['late', 'delayed', 'slow', 'missing', 'lost', 'cold', 'misplaced', 'forgotten', 'disappeared', 'wait', 'doubled', 'sticks'];
/** Letters of the other alternatives, one or more each, in order. */
const OTHER_DEGRADED_LETTERS = [
  'slowest', 'longest', 'coldest', 'roughest', 'biggest', 'fattest', 'largest', 'dullest', 'thickest', 'painful',
  'let', 'off', 'tight', 'ignor', 'not', 'can', 'made', 'left',
  'slammed', 'yanked', 'jerked', 'shoved', 'pinched', 'squeezed', 'dropped',
];
/**
 * Letters every match of DEGRADED_CARE holds (conduct/frame.ts Letters): a draft with none never
 * runs (nor compiles) it.
 */
export const DEGRADED_CARE_LETTERS = [...CARE_ITEM_LETTERS, ...OTHER_DEGRADED_LETTERS];
/**
 * Finer (letters.ts LetterWays): the first alternative needs a care item and its fate, since "call"
 * and "turn" alone are in "called" and "turned" of many a post.
 */
export const DEGRADED_CARE_WAYS = [[CARE_ITEM_LETTERS, CARE_OUTCOME_LETTERS], [OTHER_DEGRADED_LETTERS]] as const;
declareLetterWays(DEGRADED_CARE, DEGRADED_CARE_WAYS);

/**
 * The same act in looser words: a cue that care is being made slow, painful or absent ("until I'm
 * good and ready", "the fattest IV I could find", "moved it out of reach", "a learning experience")
 * with a care item near it and a provocation in the post.
 */
const DEGRADE_CUE = /\b(?:until\s+i'm\s+(?:good\s+and\s+)?ready|(?:my|his|her)\s+sweet\s+(?:ass\s+)?time|take\s+my\s+time|taking\s+my\s+time|out\s+of\s+(?:(?:his|her|their)\s+)?reach|(?:fattest|biggest|largest|roughest|coldest|dullest|slowest)\s+(?:[\w-]+\s+){0,2}?(?:i\s+could\s+find|possible|we\s+have|in\s+the\s+(?:pyxis|supply\s+room|cart))|learning\s+experience|to\s+spite|just\s+to\s+(?:spite|annoy|teach|punish)|(?:pushing|giving|hanging|doing|passing)\s+(?:[\w']+\s+){1,3}?late|hold(?:ing)?\s+off\s+on|make\s+(?:him|her|them)\s+wait|can\s+wait\s+(?:for|until|till)|no\s+(?:pain\s+meds?|blanket|water|ice|pillow)\s+for|(?:he|she|they)\s+can\s+have\s+(?:tylenol|motrin|nothing|ice\s+chips|a\s+band-?aid)|(?:extra|a\s+little|a\s+bit|real|really|super|very|not\s+exactly)\s+rough(?:er)?\s+(?:with|putting|placing|inserting|turning|on|during|when|pulling|than)|(?:yank(?:ed|ing)?|ripp(?:ed|ing)|rip|tore)\s+(?:[\w']+\s+){0,3}?off|(?:wasn't|was\s+not|not\s+exactly|wasn't\s+exactly|didn't\s+bother\s+being)\s+(?:very\s+|so\s+|too\s+)?gentle|(?:didn't|did\s+not|won't|not)\s+(?:exactly\s+|really\s+|bother\s+to\s+)?(?:rush|hurry|rushing|hurrying)\s+(?:with\s+|on\s+)?(?:his|her|their|the))\b|["'“‘](?:couldn't\s+find|can't\s+find|ran\s+out|forgot|lost|busy)["'”’]/gi;
const CARE_NEAR = near('care', new RegExp(`\\b${CARE_ITEM}\\b|\\b(?:pill|pills|lasix|foley|catheter|needle|stick|sticks|tape|arm|wrist|skin|turned|turning|repositioned|call\\s+button|button|bath|blanket|ice\\s+chips|ng\\s+tube|suction|dressing|wound\\s+care|bedpan|repositioning)\\b`, 'gi'), 12);

/**
 * A failure in scare quotes ('"forgot"', '"lost"'): its own regex, so DEGRADED_CARE starts with
 * words only and a long draft tries it only at those words (anchors.ts).
 */
const SCARE_QUOTED_FAILURE = /["'“‘](?:lose|lost|forget|forgetting|forgot|forgotten|misplace|misplaced|miss|missed|accidentally|busy|late|delay|delayed)["'”’]/g;

export const PATTERNS: ConductPattern[] = [
  {
    name: 'retaliation through care (loosely worded)',
    why: "reads as making a patient's care slower or more painful to get back at them",
    gate: [['can', 'until', 'sweet', 'time', 'reach', 'gentle', 'rush', 'hurry', 'rushing', 'hurrying', 'rough', 'yank', 'yanked', 'yanking', 'ripped', 'ripping', 'rip', 'tore', 'fattest', 'biggest', 'largest', 'roughest', 'coldest', 'dullest', 'slowest', 'learning', 'spite', 'late', 'hold', 'holding', 'make', 'wait', 'no', 'find', 'ran', 'forgot', 'lost', 'busy', 'annoy', 'teach', 'punish']],
    regex: DEGRADE_CUE,
    severity: 'high',
    needs: [CARE_NEAR, PROVOCATION],
    tie: 'patient',
  },
  {
    name: 'retaliation through care',
    why: "reads as making a patient's care slower or more painful to get back at them",
    letters: DEGRADED_CARE_LETTERS,
    regex: DEGRADED_CARE,
    severity: 'high',
    needs: [PROVOCATION],
    tie: 'patient',
  },
  {
    name: 'retaliation through care (scare quotes)',
    why: "reads as making a patient's care slower or more painful to get back at them",
    gate: [['lose', 'lost', 'forget', 'forgetting', 'forgot', 'forgotten', 'misplace', 'misplaced', 'miss', 'missed', 'accidentally', 'busy', 'late', 'delay', 'delayed']],
    regex: SCARE_QUOTED_FAILURE,
    severity: 'high',
    needs: [PROVOCATION],
    tie: 'patient',
  },
  {
    name: 'rescue not worth it',
    why: 'says a patient is not worth rescuing',
    // "stop wasting narcan on them", "don't waste a code on him".
    gate: [['wasting', 'waste', 'wasted', 'wastes']],
    regex: /\b(?:stop|quit)\s+wasting\s+(?:narcan|a\s+code|compressions|blood|resuscitation|cpr)\s+on\b|\bwast(?:e|ed|es|ing)\s+(?:narcan|a\s+code|compressions|blood|cpr)\s+on\s+(?:them|him|her|these|those|people|someone|an?\s+\w+)\b/gi,
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'no hurry for a labelled patient',
    why: 'says you no longer hurry to a patient in danger',
    // "I don't hurry to codes for frequent flyers anymore": a label decides how fast help comes.
    gate: [['hurry', 'hurrying', 'rush', 'rushing', 'run', 'running']],
    regex: /\b(?:not|don't|do\s+not|no\s+longer|stopped|quit|never)\s+(?:hurry|hurrying|rush|rushing|run|running)\s+(?:to|for|into)\b/gi,
    severity: 'high',
    needs: [near('label', anyOf(['frequent flyer', 'frequent flyers', 'frequent flier', 'frequent fliers', 'seeker', 'seekers', 'drunk', 'junkie', 'addict', 'gomer', 'drunks', 'junkies', 'addicts', 'these people', 'overdoses', 'ods', 'gomers', 'regulars', 'crackheads', 'druggies']), 14)],
    tie: 'patient',
  },
  {
    name: 'wishing violence or death on a patient',
    why: "wishes violence or death on a patient",
    // "wish someone would smother the guy in 22", "May the flu take out the anti-vax mom in room 3".
    gate: [['wish', 'wishing', 'hope', 'hoping', 'may', 'pray', 'praying']],
    regex: /\b(?:(?:wish|wishing|hope|hoping|pray|praying)\s+(?:that\s+)?(?:someone|somebody|something|the\s+[\w-]+|karma|god|it)|may\s+(?:the\s+[\w-]+|karma|god))\s+(?:would\s+|will\s+|could\s+)?(?:smother|suffocate|strangle|kill|punch|slap|shoot|stab|choke|take\s+out|takes\s+out|finish(?:es)?\s+off|put\s+down)\s+(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:guy|lady|man|woman|pt|patient|mom|dad|family|kid|dude|him|her|them|one)\b/gi,
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'better off dead',
    // "the world would be better off if the pedophile in 12 didn't wake up from surgery".
    gate: [['better']],
    regex: /\b(?:world|we|everyone|society|the\s+unit)\s+(?:would\s+be|'d\s+be|is)\s+better\s+off\s+(?:if|without)\b[^.!?\n]{0,50}?\b(?:didn't\s+wake\s+up|never\s+wakes?\s+up|never\s+woke\s+up|died|dies|was\s+dead|were\s+dead|didn't\s+make\s+it|doesn't\s+make\s+it|coded|him|her|them|people\s+like)\b|\b(?:he|she|they|him|her|them|pt|patient)\s+(?:is|are|would\s+be|'d\s+be)\s+better\s+off\s+dead\b/gi,
    severity: 'high',
    why: 'says a patient would be better off dead',
    tie: 'patient',
  },
  {
    name: 'natural selection',
    // "refused blood for their kid, let natural selection do its thing".
    gate: [['natural']],
    regex: /\blet\s+natural\s+selection\b|\bnatural\s+selection\s+(?:at\s+work|will|can|do(?:es)?\s+its|take\s+care|wins|in\s+action)\b/gi,
    severity: 'high',
    why: 'is callous about a patient dying',
    tie: 'patient',
  },
  {
    name: 'callous about a patient\'s death',
    why: "shrugs off patients' deaths",
    // "3 codes today, whatever, they were old anyway 🤷".
    gate: [['codes', 'coded', 'died', 'dead', 'passed', 'expired', 'lost', 'deaths', 'death']],
    regex: /\b(?:codes?|coded|died|passed|expired|deaths?|lost\s+(?:\w+\s+)?(?:pts?|patients?))\b[^.!?\n]{0,40}?\b(?:whatever|who\s+cares|meh|oh\s+well|old\s+anyway|(?:were|was)\s+(?:old|dying|going\s+to\s+die)\s+anyway|no\s+(?:big\s+)?loss|one\s+less|good\s+riddance|saves?\s+(?:us\s+)?(?:a\s+bed|money))\b/gi,
    severity: 'medium',
    unless: [near('grief', anyOf(['sad', 'heartbroken', 'cried', 'rip', 'rest in peace', 'miss', 'grief', 'hug', 'feelings']), 14)],
    tie: 'patient',
  },
  {
    name: 'wishing death or harm',
    why: "wishes a patient harm or death",
    gate: [['hope', 'hoping', 'hopefully', 'pray', 'praying', 'wish', 'wishing', 'fingers']],
    regex: new RegExp(
      String.raw`\b(?:hope|hoping|hopefully|pray|praying|wish|wishing|fingers\s+crossed)\s+(?:that\s+)?${PERSON}\s+(?:[\w']+\s+){0,4}?(?:dies|die|croaks|doesn't\s+make\s+it|does\s+not\s+make\s+it|won't\s+make\s+it|never\s+wakes?\s+up|doesn't\s+wake\s+up|codes|chokes|choke|rots|rot|suffers|suffer|burn|burns|bleeds\s+out|stops\s+breathing|gets\s+what\s+(?:he|she|they)\s+deserves?|falls|crashes|kicks\s+the\s+bucket)`,
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'wishing an illness or fate on someone',
    why: "wishes an illness or death on someone in your care",
    // "hope the DTs take you out, buddy", "pray karma finishes him off": the wish names what should
    // kill the person, not who (an illness, karma, a fall), so its object is the patient.
    gate: [['hope', 'hoping', 'hopefully', 'pray', 'praying', 'wish', 'wishing']],
    regex: /\b(?:hope|hoping|hopefully|pray|praying|wish|wishing)\s+(?:that\s+)?(?:the\s+[\w-]+|karma|god|withdrawal|cancer|covid|sepsis|it|that)\s+(?:[\w']+\s+){0,2}?(?:takes?|took|finish(?:es)?|kills?|gets?|ends?)\s+(?:you|him|her|them|'?em)(?:\s+(?:out|off|for\s+good))?\b(?!\s+(?:to|for)\s+(?:dinner|lunch|drinks|a\s+date|coffee|the\s+movies))/gi,
    severity: 'high',
    unless: [near('care or recovery', anyOf(['better', 'home', 'recover', 'recovery', 'to dinner', 'for dinner', 'on a date', 'the pain away', 'away']), 3, 'after')],
    tie: 'patient',
  },
  {
    name: 'hoping a patient dies',
    why: "wishes a patient harm or death",
    gate: [['hope', 'hoping', 'hopefully', 'pray', 'praying', 'wish', 'wishing', 'please', 'let']],
    // "Please let tonight be the night grandpa in the corner finally passes."
    regex: new RegExp(
      String.raw`\b(?:hope|hoping|hopefully|pray|praying|wish|wishing|please\s+let|let\s+(?:this|tonight|today)\s+be)\b[^.!?\n]{0,60}?\b(?:${PERSON_WORD})\b[^.!?\n]{0,40}?\b(?:finally\s+(?:passes|dies|goes|croaks|codes|expires)|passes\s+away|dies|croaks|kicks\s+the\s+bucket|doesn't\s+make\s+it|never\s+wakes?\s+up|stops\s+breathing|wakes?\s+up\s+with\s+the\s+worst|suffers|(?:is|stays|gets)\s+in\s+(?:agony|pain)|(?:gets|has|with)\s+no\s+pain\s+(?:meds|control|relief)|nobody\s+(?:brings|gives|answers)|(?:a\s+)?(?:nice\s+)?long\s+(?:stay|night|wait)\s+with\s+no|gets\s+what\s+(?:he|she|they)\s+deserves?)\b`,
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'let them suffer',
    why: "describes leaving a patient to suffer",
    // "let him rot" in any wording is a frame (conduct/frames-patients.ts, which knows palliative
    // care); these are the idioms about leaving someone in their own mess.
    gate: [['left', 'leave']],
    regex: new RegExp(String.raw`\bleft\s+(?:him|her|them)\s+(?:sitting\s+|lying\s+|laying\s+)?in\s+(?:his|her|their)\s+own\b|\b(?:i'll|i\s+will|gonna|going\s+to|i'm\s+gonna)\s+leave\s+(?:the\s+next\s+one|him|her|them|my\s+(?:next\s+)?(?:pt|patient))\s+(?:like\s+that|that\s+way|in\s+(?:it|(?:his|her|their)\s+own))`, 'gi'),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'deserves to die',
    why: "says a patient deserves to suffer or die",
    gate: [['deserve', 'deserves', 'deserved', 'should']],
    regex: /\b(?:deserves?|deserved)\s+(?:to\s+(?:die|rot|suffer|be\s+in\s+pain|hurt)|what\s+(?:he|she|they)\s+got|whatever\s+(?:they|he|she)\s+gets?|(?:every\s+bit\s+of\s+|all\s+(?:of\s+)?)?(?:the\s+)?pain|to\s+be\s+in\s+agony)\b|\bshould\s+(?:just\s+)?(?:die|rot|be\s+put\s+down)\b/gi,
    severity: 'high',
    needs: [near('person', new RegExp(`${PERSON}|${PATIENT.source}`, 'gi'), 10)],
    tie: 'patient',
  },
  {
    name: 'wishing for emergencies',
    gate: [['someone', 'somebody', 'anybody', 'anyone']],
    regex: /\b(?:someone|somebody|anybody|anyone)\s+(?:please\s+|just\s+|pls\s+)?(?:go\s+|come\s+)?(?:code|crash|die|wreck|crash\s+a\s+car|get\s+shot|get\s+stabbed|od|overdose|fall|have\s+a\s+(?:stroke|heart\s+attack|mi|seizure)|come\s+in\s+(?:coding|crashing|dying)|fall\s+off\s+(?:a|the)\s+(?:roof|ladder|bike|horse)|get\s+hit\s+by\s+a\s+(?:car|bus|truck))\b/gi,
    severity: 'medium',
    needs: [bored],
    tie: 'none',
  },
  {
    name: 'wishing for trauma',
    gate: [['trauma', 'code', 'gsw', 'mvc', 'stabbing', 'rollover', 'shooting', 'stroke', 'stemi', 'bleed']],
    regex: /\b(?:bring(?:\s+(?:me|us))?(?:\s+in)?|need|want|give\s+me|pray(?:ing)?\s+for|send\s+(?:me|us))\s+(?:a\s+)?(?:(?:good|juicy|nice|real|spicy|big|gnarly|bloody|fun)\s+){1,2}(?:trauma|code|gsw|mvc|stabbing|rollover|shooting|stroke|stemi|bleed)\b(?!\s+(?:system|team|program|center|centre|surgeon|nurse|course|class|conference|simulation|sim|drill))/gi,
    severity: 'medium',
    tie: 'none',
  },
  {
    name: 'letting overdoses die',
    gate: [['stop', 'quit', "shouldn't", 'not', "can't", 'natural', 'darwin', 'thin', 'thinning', 'let']],
    regex: /\b(?:stop|quit|shouldn't\s+be|not|can't\s+keep)\s+(?:narcan(?:n?ing)?|saving|reviving|resuscitating|bringing\s+(?:them|these\s+people)\s+back)\b|\bnatural\s+selection\b|\bdarwin\s+awards?\b|\bthin(?:ning)?\s+the\s+herd\b|\b(?:just\s+)?let\s+(?:them|him|her|'em)\s+(?:go|die|ride\s+it\s+out|sleep\s+it\s+off|stop\s+breathing|turn\s+blue)\b/gi,
    severity: 'high',
    needs: [near('overdose or patient', anyOf(['overdose', 'overdoses', 'overdosers', 'overdosing', 'od', 'ods', "od'd", "od'ing", 'narcan', 'junkie', 'junkies', 'addicts', 'addict', 'heroin', 'fentanyl', 'pts', 'patients', 'frequent flyers', 'these people'], PATIENT.source), 14)],
    // "she asked us to let her die peacefully": a patient's wish honoured, palliative care.
    unless: [near('palliative', anyOf(['peacefully', 'peaceful', 'peace', 'comfortably', 'comfort', 'dignity', 'hospice', 'palliative', 'dnr', 'wishes', 'asked us', 'asked me']), 12)],
    tie: 'patient',
  },
  {
    name: 'punitive care',
    gate: [['biggest', 'largest', 'fattest', 'longest', 'dullest', 'widest', '14', '16']],
    regex: /\b(?:biggest|largest|fattest|longest|dullest|widest)\s+(?:[\w-]+\s+){0,2}?(?:needle|catheter|foley|iv|ng\s+tube|angiocath|gauge)\b|\b(?:14|16)\s*(?:g|gauge)\s+(?:for\s+(?:him|her)|just\s+because)\b/gi,
    severity: 'high',
    needs: [near('punitive', anyOf(['if he', 'if she', 'if they', 'one more time', 'again', 'spits', 'spit', 'swings', 'bites', 'deserves', 'earned', 'because he', 'because she', 'just because', 'keeps'], '😈|😏|🙃'), 14)],
    tie: 'patient',
  },
  {
    name: 'put out of misery',
    gate: [['misery', 'plug', 'slow', 'slow-code']],
    regex: /\bput\s+(?:him|her|them|it|the\s+\w+)\s+out\s+of\s+(?:his|her|their|its)\s+misery\b|\bpull\s+the\s+plug\s+(?:on\s+(?:him|her|them|grandma|grandpa|(?:that|this)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|guy|lady|dude|pt|patient|one))|already|myself)\b|\bslow[\s-]code\b/gi,
    severity: 'high',
    unless: [near('clinical', anyOf(['no slow codes', 'slow codes are', 'ethics', 'policy', 'goals of care', 'family decided', 'comfort care', 'withdrawal of care']), 8)],
    tie: 'patient',
  },
  {
    name: 'one less',
    gate: [['less']],
    regex: /\bone\s+less\s+(?:junkie|frequent\s+fl[yi]er|drunk|crackhead|addict|gomer|dirtbag|scumbag|druggie|seeker|patient|pt|homeless|illegal)\b/gi,
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'callous about death',
    gate: [['another', "who's", 'whos', 'ding', 'riddance', 'body', 'death', 'toe', 'bag']],
    regex: /\banother\s+one\s+bites\s+the\s+dust\b|\bwho'?s\s+next\b|\bding\s+dong\b[^.!?\n]{0,30}\bdead\b|\bgood\s+riddance\b|\b(?:body|death)\s+count\b|\btoe\s+tag(?:ged)?\b|\bbag\s+(?:him|her)\s+and\s+tag\b/gi,
    severity: 'medium',
    needs: [near('death', anyOf(['died', 'dead', 'death', 'deaths', 'passed', 'expired', 'morgue', 'coded', 'codes', 'code', 'dying', 'tod', 'time of death', 'bodies', 'pts', 'patients'], '💀|⚰️|☠️'), 14)],
    raise: [mocking],
    tie: 'patient',
  },
  {
    name: 'failure to die',
    // Slang for a patient who keeps surviving: disparaging (conduct.derogatory) and callous about death.
    gate: [['failure']],
    regex: /\bfailure\s+to\s+die\b/gi,
    severity: 'medium',
    tie: 'patient',
  },
  {
    name: 'threat',
    why: "reads as a threat against a patient",
    gate: [['kill', 'punch', 'slap', 'hurt', 'strangle', 'smother', 'choke', 'smack', 'deck', 'throat', 'beat', 'stab', 'shove', 'sedate', 'snow']],
    regex: new RegExp(
      String.raw`\b(?:i'm|im|i\s+am|gonna|going\s+to|i'll|i\s+will|about\s+to|i\s+could|i\s+swear\s+i'll|ready\s+to)\s+(?:\w+\s+)?(?:kill|punch|slap|hurt|strangle|smother|choke|smack|deck|throat\s+punch|beat|stab|shove|sedate|snow)\s+(?:${PERSON}|somebody|someone|the\s+next\s+(?:\w+\s+)?(?:person|one|family|pt|patient|visitor|doc|doctor))\b`,
      'gi',
    ),
    severity: 'high',
    needs: [near('patient or care', new RegExp(`${PATIENT.source}|${CARE.source}`, 'gi'), 16)],
    tie: 'patient',
  },
  {
    name: 'chemical restraint as punishment',
    gate: [['vitamin', 'booty', 'b52', 'b-52', 'b54', 'b-54', 'night', 'night-night', 'haldol', 'nap', 'shut', 'shut-up']],
    regex: /["'“‘]?\b(?:vitamin\s+[hk]|booty\s+juice|b-?52|b-?54|night[\s-]night\s+juice|haldol\s+and\s+a\s+(?:long\s+)?nap|(?:getting|gets|get|give\s+(?:him|her|them)|gave\s+(?:him|her|them)|gonna\s+get)\s+a\s+long\s+nap|shut[\s-]up\s+juice|the\s+(?:good\s+)?shut\s+up\s+shot)\b["'”’]?/gi,
    severity: 'medium',
    raise: [near('punitive', anyOf(['if he', 'if she', 'one more time', 'swings', 'swing', 'spits', 'spit', 'keeps', 'again', "he's getting", "she's getting", 'getting', 'gonna get', 'earned'], '😴|😈|💉'), 12)],
    tie: 'patient',
  },
  {
    name: 'withholding care',
    why: "reads as withholding care on purpose",
    // Letters by its alternatives, in order: the gate's "turned" and "no" are in many posts.
    letters: [
      'forg', 'accidentally', 'lost', 'misplaced', "didn't", "couldn't", 'missed', 'ran', 'busy', 'delayed', 'late', 'made', 'ignor', 'light', 'bell', 'moved', 'worth',
      'pain', 'dilaudid', 'narcan', 'morphine', 'blanket', 'water', 'took', 'tak', 'ring', 'beep', 'alarm', 'slow', 'extra',
    ],
    gate: [['forgot', 'forgotten', 'forget', 'ran', 'busy', 'delayed', 'late', 'accidentally', 'lost', 'misplaced', 'missed', 'hear', 'see', 'find', 'made', 'ignored', 'ignoring', 'ignore', 'unplugged', 'disconnected', 'turned', 'moved', 'hid', 'worth', 'no', 'took', 'taking', 'take', 'takes', 'let', "he'll", "she'll", "they'll", 'will', 'slow-walked', 'slow', 'slowwalked', 'extra']],
    regex: new RegExp(
      [
        String.raw`["'“‘]forgot["'”’]\s+to\s+\w+`,
        String.raw`["'“‘](?:accidentally|forgot|forgotten|forget|lost|misplaced|didn't\s+hear|didn't\s+see|missed|couldn't\s+find|ran\s+out\s+of|got\s+busy|was\s+busy|delayed|late)["'”’]\s+(?:[\w']+\s+){0,3}?(?:his|her|their|the)\s+(?:\d{3,4}\s+|prn\s+|scheduled\s+|next\s+|evening\s+|night\s+|bedtime\s+|hs\s+)?(?:pain\s+meds|meds|medications?|doses?|call\s+(?:light|bell)|pillow|water|blanket|dilaudid|morphine|oxy\w*|norco|percocet|fentanyl|tray|food|ativan|insulin|lasix|tylenol|toradol)`,
        String.raw`\baccidentally\s+on\s+purpose\b`,
        String.raw`\bmade\s+(?:him|her|them|the\s+\w+)\s+wait\b(?=[^.!?\n]{0,40}(?:lol|😂|😇|😈|on purpose|deserved|because|cuz|bc))`,
        String.raw`\b(?:ignored|ignoring|ignore)\s+(?:his|her|their|the|that)\s+call\s+(?:light|bell)\b`,
        String.raw`\b(?:unplugged|disconnected|turned\s+off|hid)\s+(?:his|her|their|the)\s+call\s+(?:light|bell)\b`,
        String.raw`\bmoved\s+(?:his|her|their|the)\s+call\s+(?:light|bell|button)\s+(?:out\s+of\s+(?:his|her|their\s+)?reach|away)\b`,
        String.raw`\bcall\s+(?:light|bell)\b[^.!?\n]{0,60}\b(?:unplugged|disconnected|turned\s+off|hid)\s+it\b`,
        String.raw`\b(?:not|isn't|aren't|ain't)\s+worth\s+(?:the\s+)?(?:narcan|saving|the\s+effort|a\s+bed|the\s+resources|resuscitating|coding)\b`,
        String.raw`\bno\s+(?:pain\s+meds|dilaudid|narcan|morphine|blanket|water)\s+for\s+(?:him|her|you|them)\b`,
        String.raw`\b(?:took|taking|take|takes)\s+my\s+(?:sweet\s+)?(?:ass\s+|damn\s+)?time\s+(?:answering|getting|with|walking|responding|going)\b`,
        String.raw`\blet\s+(?:it|the\s+(?:call\s+)?(?:light|bell)|them|him|her)\s+(?:ring|beep|alarm)\b`,
        String.raw`\b(?:let\s+(?:it|them)\s+ring|ignor\w+\s+(?:it|the\s+(?:call\s+)?(?:light|bell)))\b[^.!?\n]{0,40}\b(?:he'll|she'll|they'll)\s+(?:live|survive)\b`,
        String.raw`\bslow[\s-]?walk(?:ed|ing)?\s+(?:his|her|their|the)\s+(?:pain\s+)?(?:meds|medication|dilaudid|morphine|pain|call)`,
        String.raw`\b(?:a\s+little\s+|a\s+bit\s+|some\s+)?extra\s+(?:ativan|haldol|benadryl|seroquel|zyprexa|versed|morphine|dilaudid|sedation)\b[^.!?\n]{0,50}\b(?:so\s+(?:we|i)|peace|quiet|shut\s+(?:him|her|them)\s+up|sleep\s+through|get\s+some\s+sleep)`,
      ].join('|'),
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
  {
    name: 'retaliatory delay',
    why: "reads as delaying a patient's care to punish them",
    // "called me a b!tch so guess whose call light is gonna take 45 min tonight": care slowed down
    // to punish the patient. A delay blamed on staffing has no provocation and is not a finding.
    gate: [['light', 'bell', 'meds', 'med', 'dilaudid', 'morphine', 'prn', 'pillow', 'blanket', 'water']],
    regex: /\b(?:call\s+(?:light|bell)|(?:pain\s+)?meds|prn|dilaudid|morphine|pillow|blanket|water)\b[^.!?\n]{0,30}?\b(?:is|are)?\s*(?:gonna|going\s+to|will|might|can)\s+(?:take\s+(?:a\s+(?:while|minute|hot\s+minute)|forever|(?:like\s+)?\d+\s*(?:min|mins|minutes|hours?|hrs?))|wait(?:\s+a\s+(?:while|bit))?|be\s+(?:late|a\s+(?:little|bit)\s+late|delayed|slow)|sit)\b/gi,
    severity: 'high',
    needs: [near('provocation', anyOf(['called me', 'yelled', 'yelling', 'screamed', 'screaming', 'rude', 'attitude', 'spit', 'spat', 'swung', 'cussed', 'so guess', 'guess whose', 'karma', 'deserves', 'payback', 'petty', 'threw'], '🙂|😇|😈|🤷|😏|🙃'), 20)],
    tie: 'patient',
  },
  {
    name: 'falsified charting',
    why: "describes charting care that was not given, or unsafe practice",
    gate: [['assessed', 'saw', 'looked', 'drew', 'grabbed', 'skipped', 'skip', 'skipping', 'eyeballed', 'guessed', 'documented', 'signed', 'clicked', 'checked', 'pencil', 'pencil-whipped', 'pencil-whipping', 'pencilwhipped', 'dry', 'dry-lab', 'dry-labbed', 'drylab', 'drylabbed', 'fake', 'faked', 'faking', 'made', 'make', 'making', 'fudge', 'fudged', 'fudging', 'invented', 'chart', 'charted', 'what', 'gave', 'pushed', 'hung', 'pulled', "didn't", 'never', 'not']],
    regex: new RegExp(
      [
        String.raw`\bpencil[\s-]?whipp?(?:ed|ing)?\b`,
        String.raw`\bdry[\s-]?lab(?:bed|bing)?\b`,
        String.raw`\b(?:faked?|faking|made\s+up|make\s+up|making\s+up|fudged?|fudging|invented)\s+(?:the\s+|my\s+|his\s+|her\s+|all\s+(?:the\s+)?)?(?:vitals|vital\s+signs|assessments?|charting|numbers|i&os|i\/os|neuro\s+checks|sats|blood\s+sugars?|glucoses?|pain\s+scores?|documentation|notes?|rounds)\b`,
        String.raw`\bchart(?:ed)?\s+(?:vitals|it|the\s+assessment|everything|an\s+assessment|a\s+full\s+assessment|rounds)\s+(?:without|but\s+never|but\s+didn't|i\s+never|i\s+didn't)\b`,
        String.raw`\bcharted\s+(?:what|the\s+vitals)\s+(?:they|it|he|she)\s+should\s+(?:be|have\s+been)\b`,
        String.raw`\b(?:assessed|saw|checked(?:\s+on)?|looked\s+at)\s+(?:(?:them|him|her|my\s+pts|the\s+pts)\s*)?(?:maybe|only|like|just)\s+(?:once|twice|\d|one|two)\b[^\n]{0,60}\b(?:charted|documented|signed\s+off)\b`,
        String.raw`\b(?:charted|documented|signed)\s+(?:that\s+)?i\s+(?:gave|did|checked|turned|assessed|hung|took)\b[^\n]{0,80}?\bi\s+(?:did\s+not|didn't|never)\s+(?:give|do|check|turn|assess|hang|take)\b`,
        String.raw`\b(?:skipped|skip|skipping)\s+(?:the\s+)?(?:time[\s-]?out|double[\s-]?check|two[\s-]person\s+check|2[\s-]person\s+check|scan(?:ning)?|armband\s+check|independent\s+check)\b(?=[^.!?\n]{0,50}(?:lol|lmao|😂|🤷|oops|who\s+cares|yolo|whatever))`,
        // At a sentence start or after "I": two alternatives, each starting at a word, so a long
        // draft tries them only at those words (anchors.ts). The word boundary goes first, and the
        // lookbehind reads back a bounded stretch: unbounded, at every position of a paste of
        // spaces it would read back over all of them.
        String.raw`\b(?<=^|[.!?\n]\s{0,40})(?:eyeballed|guessed)\s+(?:the\s+)?(?:dose|drip\s+rate|rate|insulin|heparin)\b`,
        String.raw`\bi\s+(?:just\s+|totally\s+)?(?:eyeballed|guessed)\s+(?:the\s+)?(?:dose|drip\s+rate|rate|insulin|heparin)\b`,
        String.raw`\b(?:charted|documented|signed\s+off(?:\s+on)?|clicked\s+through|checked\s+off)\b[^\n]{0,60}?\b(?:did\s+i\s+(?:actually|really)|didn't\s+actually|never\s+actually|not\s+that\s+i\s+did|but\s+didn't\s+(?:do|actually)|i\s+never\s+(?:did|do|saw|checked|assessed|turned|took)|(?:looked\s+at|saw|checked(?:\s+on)?|assessed|laid\s+eyes\s+on)\s+(?:(?:them|him|her|it|each|my\s+pts|the\s+pts)\s*)?(?:maybe|only|like|about|just)\s+(?:\d|one|two|three|half|twice|once))\b`,
        String.raw`\b(?:late|at\s+\d{3,4}|hours?\s+late)\b[^.!?\n]{0,40}\bcharted\s+(?:them|it|everything|the\s+\w+)\s+(?:as\s+)?(?:on\s+time|as\s+given|for\s+\d{3,4})\b`,
        String.raw`\bwhat\s+(?:s?he|they)\s+(?:doesn't|don't|didn't)\s+know\s+won't\s+hurt\b`,
        String.raw`\b(?:gave|pushed|hung|gave\s+him|gave\s+her)\s+(?:the\s+|him\s+the\s+|her\s+the\s+)?wrong\s+(?:med|meds|dose|drug|bag|blood|patient|pt|insulin)\b(?=[^\n]{0,60}(?:anyway|lol|fine|🤷|😂|won't\s+know|no\s+one\s+will|nobody\s+will|didn't\s+report|not\s+reporting|oops|whoops))`,
        String.raw`\b(?:pulled|drew\s+up|grabbed|hung|gave|pushed)\s+(?:the\s+)?wrong\s+(?:[\w-]+\s+){0,3}?(?:med|meds|dose|drug|bag|blood|insulin|concentration|vial|pt|patient)\b(?=[^\n]{0,80}(?:anyway|lol|fine|🤷|😂|oops|whoops|slept|won't\s+know|no\s+one|nobody))`,
        String.raw`\b(?:didn't|not\s+gonna|not\s+going\s+to|never)\s+(?:report|write\s+(?:it\s+)?up|file\s+an?\s+(?:incident|occurrence)|tell\s+anyone)\b(?=[^.!?\n]{0,40}(?:lol|😂|🤫|🤷|oops))`,
      ].join('|'),
      'gi',
    ),
    severity: 'high',
    tie: 'patient',
  },
];

const spec: ConductSpec = { id: 'harm', rule: 'conduct.harm', patterns: PATTERNS, mentions: true, negation: true };

export const harm: CustomRecognizer = {
  kind: 'custom',
  id: 'harm',
  rule: 'conduct.harm',
  find: (doc: Doc) => onePerSentence(doc, withFrames(doc, CONDUCT_FRAMES, HARM_FRAMES, runConductPatterns(doc, spec))),
};
