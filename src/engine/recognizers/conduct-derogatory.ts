import type { Doc } from '../doc';
import { withInsultsAimedAt } from '../conduct/insults';
import { withFrames } from '../conduct/frames';
import { disguisedWords } from '../conduct/disguised';
import { nearby, onePerSentence } from '../conduct/frame';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { DEROGATORY_FRAMES } from '../conduct/frames-patients';
import { runConductPatterns, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { messageFor } from '../rules';
import { CARE, PATIENT, anyOf, near } from '../vocab/conduct';
import { WEIGHT, WEIGHT_CONTEMPT, WEIGHT_LETTERS } from '../vocab/groups';

/**
 * Disparaging patients (ANA Code of Ethics provision 1, AMA 2.3.2): derogatory medical slang
 * ("gomer", "frequent flyer", "drug seeker"), insults aimed at patients, and mocking their weight,
 * pain or appearance. Slang that only ever describes patients is a finding on its own; words with
 * everyday meanings ("train wreck", "junkie") need a patient nearby; a patient reference raises
 * any of them to high. Teaching posts that name the slang ("never call patients frequent flyers")
 * are not findings.
 */
const patient = near('patient', PATIENT, 10);
/** Mocking markers: eye-rolls, laughter, sarcasm. */
const MOCKING = anyOf(['lol', 'lmao', 'lmfao', 'rofl', 'sure', 'riiight', 'yeah right', 'again', 'smh', 'ugh', 'eye roll'], '🙄|😂|🤣|🤡|🤮|🐳|🐋|🐷|🐖');

/** Care around a patient: where a label or a mocked body belongs to someone being treated. */
const careNear = (words: number) => near('patient or care', new RegExp(`${PATIENT.source}|${CARE.source}|\\b(?:triage|er|ed|bed|room|brought\\s+in|came\\s+in|rolled\\s+in|punched|spit|swung|bit|kicked|admits?|bariatric|transport)\\b`, 'gi'), words);

const PATTERNS: ConductPattern[] = [
  {
    name: 'a patient named by a label',
    why: "names a patient by a label (the drunk, the addict) instead of as a person",
    // "the drunk who punched Tasha in triage": a person called by what they have, in a care setting.
    gate: [['drunk', 'drunks', 'junkie', 'junkies', 'addict', 'addicts', 'alcoholic', 'alcoholics', 'crackhead', 'crackheads', 'druggie', 'druggies', 'tweaker', 'tweakers', 'psycho', 'psychos', 'seeker', 'seekers', 'crazies', 'schizo', 'schizos', 'retard', 'retards']],
    regex: /\b(?:the|that|this|another|our|my|a)\s+(?:[\w-]+\s+)?(?<hit>drunks?|junkies?|addicts?|alcoholics?|crackheads?|druggies?|tweakers?|psychos?|seekers?|crazies|schizos?|retards?)\s+(?:who|in|from|that|at|on|with|we|i|just|again|is|was)\b/gi,
    severity: 'medium',
    needs: [careNear(14)],
    // "the drunk who hit the family in trauma 2 ... call a ride": a road-safety message.
    unless: [near('road safety', anyOf(['drive', 'driving', 'driver', 'drivers', 'drink and drive', 'behind the wheel', 'designated driver', 'get a ride', 'call a ride', 'uber', 'lyft', 'cab', 'sober ride', 'seatbelt']), 25)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'mocking a patient\'s body',
    why: "mocks a patient's body or weight",
    // "3 bariatric admits tonight ... put the fork down 🐷": contempt for a patient's weight.
    regex: WEIGHT,
    letters: WEIGHT_LETTERS,
    aroundLetters: true,
    severity: 'medium',
    needs: [near('contempt', WEIGHT_CONTEMPT, 25), careNear(25)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'scare-quoted inability',
    why: "puts a patient's symptoms in scare quotes, saying they are faking",
    // 'she "can't" walk to the bathroom, but she can walk to the vending machine': the quotes say
    // the patient is faking.
    gate: [["can't", 'cannot', "couldn't", 'unable', "won't", 'cant']],
    regex: /["'“‘](?:can't|cant|cannot|couldn't|unable\s+to|won't)["'”’]\s+(?:even\s+)?(?:walk|breathe|move|stand|eat|talk|feel|get\s+up|lift|sit\s+up|turn|swallow|pee|void|remember|see|hear)\b/gi,
    severity: 'medium',
    needs: [near('person', new RegExp(`${PATIENT.source}|\\b(?:she|he|they|she's|he's|they're|shes|hes)\\b`, 'gi'), 6, 'before')],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'inviting others to look a patient up',
    why: "invites others to look up and laugh at a patient",
    // "go look up the guy from bed 3 ... facebook.com/..., same gas station sunglasses in every pic 💀"
    gate: [['look', 'looked', 'check', 'google', 'googled', 'stalk', 'stalked', 'find', 'found', 'search', 'searched']],
    regex: /\b(?:go\s+)?(?:look(?:ed)?\s+up|check\s+out|googled?|stalk(?:ed)?|find|found|search(?:ed)?\s+for)\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:guy|lady|man|woman|dude|girl|boy|pt|patient|kid|family|mom|dad|mama)\s+(?:from|in)\s+(?:bed|room|bay|trauma|rm|the\s+er|the\s+ed|triage|\d)/gi,
    severity: 'medium',
    needs: [near('profile', anyOf(['facebook', 'insta', 'instagram', 'tiktok', 'snapchat', 'profile', 'page', 'pic', 'pics', 'photo', 'photos', 'selfies', 'mugshot', 'wearing', 'looks like'], String.raw`\.com\/|💀|😂|🤣`), 30)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'derogatory slang',
    why: "is derogatory slang for patients",
    gate: [['bed', 'bed-blocker', 'bed-blockers', 'dump', 'gomer', 'gomers', 'gork', 'gorked', 'gorks', 'lol', 'lolinad', 'little', 'failure', 'status', 'shpos', 'crackhead', 'crackheads', 'methhead', 'methheads', 'tweaker', 'tweakers', 'crackwhore', 'pillhead', 'pillheads', 'dirtbag', 'dirtbags', 'scumbag', 'scumbags', 'drug', 'drug-seeker', 'drug-seekers', 'drug-seeking', 'dilaudid', 'narc', 'pill', 'pill-seeking', 'pill-seeker', 'pill-seekers', 'narc-seeking', 'med-seeking', 'opioid-seeking', 'dilaudid-seeking', 'attention', 'attention-seeker', 'attention-seekers', 'attention-seeking', 'hambeast', 'land', 'beached', 'fatass', 'lardass', 'abuser', 'abusers', 'taxi']],
    regex: anyOf([
      'gomer', 'gomers', 'gork', 'gorked', 'gorks', 'lol in nad', 'lolinad', 'little old lady in no apparent distress',
      'failure to die', 'status dramaticus', 'shpos', 'crackhead', 'crackheads', 'methhead', 'methheads', 'tweaker', 'tweakers',
      'crackwhore', 'pillhead', 'pillheads', 'dirtbag', 'dirtbags', 'scumbag', 'scumbags', 'drug seeker', 'drug seekers',
      'drug-seeker', 'drug-seekers', 'drug seeking', 'drug-seeking', 'dilaudid seeker', 'dilaudid seekers', 'narc seeker', 'narc seekers', 'pill seeker', 'pill seekers', 'pill-seekers', 'pill-seeking',
      'pill seeking', 'pill-seeker', 'narc-seeking', 'narc seeking', 'med-seeking', 'opioid-seeking', 'dilaudid-seeking',
      'attention seeker', 'attention seekers', 'attention-seeker', 'attention-seekers', 'attention-seeking', 'hambeast', 'land whale', 'beached whale', 'fatass', 'lardass',
      'allergic to everything except', 'allergic to everything but', 'allergic to everything but dilaudid', 'bed blocker',
      'bed blockers', 'bed-blocker', 'bed-blockers', 'nursing home dump', 'dump job', 'shpos',
      // Patients blamed for using care: "ER abusers", "uses the ambulance as a taxi".
      'er abuser', 'er abusers', 'ed abuser', 'ed abusers', '911 abuser', '911 abusers', 'ambulance abuser', 'ambulance abusers',
      'system abusers', 'ambulance as a taxi', 'ambulance like a taxi',
    ]),
    severity: 'medium',
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'an animal name for a patient',
    why: 'calls a patient an animal',
    // "the whale in 12", "another hippo for the bariatric bed": a patient, in a post about care.
    // "whale watching", "a whale of a time" and a trip to the aquarium are about animals.
    gate: [['whale', 'whales', 'hippo', 'hippos', 'walrus', 'walruses', 'heifer', 'heifers', 'orca', 'orcas', 'manatee', 'manatees', 'hog', 'hogs']],
    regex: /\b(?:the|that|this|a|an|another|our|my|some|absolute|total|giant|huge|fat|big)\s+(?<hit>whales?|hippos?|walrus(?:es)?|heifers?|orcas?|manatees?|hogs?)\b(?!\s+(?:watching|watch|watchers|songs?|sharks?|tails?|tales?|oil|sanctuary|tours?|sightings?|of\s+a\b))/gi,
    severity: 'medium',
    needs: [careNear(14)],
    unless: [near('animals', anyOf(['watching', 'ocean', 'sea', 'beach', 'boat', 'aquarium', 'zoo', 'museum', 'safari', 'humpback', 'documentary', 'tour', 'cruise', 'wildlife', 'farm', 'pod']), 14)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'frequent flyer',
    why: "is derogatory slang for patients who come back often",
    gate: [['frequent']],
    regex: /\bfrequent[\s-]+fl(?:y|i)ers?\b(?!["'”’]?\s+(?:miles?|points?|programs?|status|cards?|numbers?|clubs?|lounges?|rewards?|accounts?))/gi,
    severity: 'medium',
    // "bumped me to frequent flyer gold": the airline's programme, not a patient.
    unless: [near('travel', anyOf(['airline', 'airlines', 'miles', 'mileage', 'flight', 'flights', 'flying', 'fly', 'gold', 'silver', 'platinum', 'diamond', 'status', 'lounge', 'points', 'upgrade', 'upgraded', 'airport', 'boarding', 'tsa', 'delta', 'united', 'southwest', 'jetblue', 'alaska', 'lufthansa', 'emirates', 'qantas', 'trip', 'travel', 'vacation', 'congress', 'conference'], '✈️|🛫|🛬|✈'), 8)],
    raise: [near('mocking', MOCKING, 10), near('patient', PATIENT, 6)],
    tie: 'patient',
  },
  {
    name: 'junkie',
    gate: [['junkie', 'junkies']],
    regex: /(?<!\b(?:adrenaline|coffee|caffeine|news|gym|fitness|sugar|data|research|podcast|book|chocolate|travel|ce|education|politics|sports|puzzle|hockey|football|soccer|running|music|tech|audio|policy|stats|trauma|er|icu)\s)\bjunkies?\b/gi,
    severity: 'medium',
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'derogatory slang (with a patient)',
    gate: [['train', 'trainwreck', 'circling', 'ctd', 'gpo', 'good', 'crock', 'flk', 'veg', 'vegetable', 'turnip', 'hypochondriac', 'faker', 'faking', 'noncompliant']],
    regex: anyOf(['train wreck', 'trainwreck', 'circling the drain', 'ctd', 'gpo', 'good for parts only', 'crock', 'flk', 'veg', 'vegetable', 'turnip', 'hypochondriac', 'faker', 'faking it', 'noncompliant whiners']),
    severity: 'medium',
    needs: [near('patient', anyOf(['patient', 'pt', 'pts', "patient's", 'bed', 'room', 'bay', 'admit', 'frequent flyer', 'she', 'he', "she's", "he's", 'her', 'his', 'is back', 'visit', 'visits', 'came in', 'comes in'], String.raw`\bin\s+\d{1,3}\b`), 10)],
    unless: [near('self', anyOf(['my life', 'my career', 'my sanity', 'my week', 'my day', 'my shift', 'my schedule', 'my budget', 'my marriage', 'my kitchen', 'this shift', 'the shift', 'this unit', 'the unit', 'the schedule', 'the economy', 'my body', "i'm", 'i am', 'i feel', 'pot', 'crock pot', 'crockpot', 'the game', 'season', 'team'], 'crock-?pot'), 5)],
    tie: 'patient',
  },
  {
    name: 'mocking symptoms',
    gate: [['pain', 'allergic', 'allergy', 'allergies', 'seizure', 'seizures', 'sick', 'disabled', 'breath', 'sob', 'walk', 'migraine', 'anxiety', 'withdrawal', 'suicidal']],
    // "9th visit this month for 'chest pain' 🙄", "her 10/10 pain and a bag of Cheetos".
    regex: /["'“‘](?:chest pain|pain|allergic|allergy|allergies|seizures?|sick|disabled|short of breath|sob|can't walk|migraine|anxiety|withdrawal|suicidal)["'”’]|\b(?:10|11|12|15|20|100)\s?\/\s?10\s+(?:[\w-]+\s+)?pain\b|\bpain\s+(?:is\s+)?(?:a\s+)?(?:1\d|20|100)\s?\/\s?10\b/gi,
    severity: 'medium',
    needs: [near('mocking', anyOf(['lol', 'lmao', 'sure', 'riiight', 'yeah right', 'cheetos', 'chips', 'doritos', 'eating', 'texting', 'on her phone', 'on his phone', 'snapchat', 'tiktok', 'laughing', 'bag of', 'again', 'smh'], '🙄|😂|🤣|🤡'), 12)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'patient of the month',
    // "Seeker of the month", "drama queen of the year": a patient given a mocking title.
    gate: [['week', 'month', 'year', 'night', 'shift', 'day']],
    regex: /\b(?:drama\s+(?:queen|king|llama)|diva|princess|karen|genius|winner|champ|nutcase|whiner|complainer)\s+of\s+the\s+(?:week|month|year|night|shift|day)\b/gi,
    severity: 'medium',
    needs: [near('patient or care', new RegExp(`${PATIENT.source}|${CARE.source}|\\b(?:came\\s+in|triage|er|ed|sternal\\s+rub|dose|dilaudid|opioids?|unresponsive|psych|consult|admission|h&p)\\b`, 'gi'), 20)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'patient-only title',
    // Titles only patients get: "seeker of the month", "escape artist of the week".
    gate: [['week', 'month', 'year', 'night', 'shift', 'day']],
    regex: /\b(?:seeker|faker|frequent\s+fl[yi]er|gomer|screamer|biter|spitter|escape\s+artist|pee[\s-]?er|pooper|eloper|call\s+light\s+abuser)\s+of\s+the\s+(?:week|month|year|night|shift|day)\b/gi,
    severity: 'medium',
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'scare-quoted complaint',
    why: "puts a patient's symptoms in scare quotes, saying they are faking",
    // "Another 'unresponsive' teenager", "came in for 'back pain'": the quotes say the patient is faking.
    gate: [['unresponsive', 'pain', 'crisis', 'flare', 'fibro', 'fibromyalgia', 'lyme', 'withdrawal', 'withdrawals', 'teething', 'pseudoseizure', 'pseudoseizures', 'pseudo-seizures', 'headache', 'migraine', 'seizure', 'seizures', 'allergy', 'allergies', 'allergic', 'sick', 'disabled', 'suicidal', 'sob', 'breath', 'dizzy', 'dizziness', 'anxiety', 'panic', 'breathe', 'passed', 'fainted', '10']],
    regex: /\b(?:another|the|this|a|our|for|with|her|his|who|he|she|they|pt|patient|guy|lady|teen|kid|man|woman|dude|girl|boy|mom|dad|grandma|grandpa)\s+(?:(?:says|said|claims|claimed|is|was|keeps|kept|suddenly)\s+)?["'“‘](?:unresponsive|chest\s+pain|back\s+pain|abdominal\s+pain|belly\s+pain|chronic\s+pain|pain\s+crisis|sickle\s+cell\s+crisis|crisis|flare|fibro\w*|chronic\s+lyme|withdrawals?|teething|pseudo-?seizures?|headache|migraine|seizures?|allerg(?:y|ies|ic)|pain|sick|disabled|suicidal|sob|short\s+of\s+breath|dizzy|dizziness|anxiety|panic\s+attack|can't\s+breathe|passed\s+out|fainted|10\/10)["'”’]/gi,
    severity: 'medium',
    needs: [near('patient or care', new RegExp(`${PATIENT.source}|${CARE.source}|\\b(?:teenager|teen|guy|lady|man|woman|dude|kid|came\\s+in|comes\\s+in|dilaudid|dose|sternal\\s+rub|seeker|lol|again)\\b|🙄|😂|🤣`, 'gi'), 16)],
    unless: [near('teaching', anyOf(['document', 'chart', 'assess', 'never', "don't", 'teaching', 'believe', 'take seriously']), 10)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'heavy-lifting jokes',
    gate: [['forklift', 'crane', 'winch', 'tow']],
    regex: /\b(?:forklift|crane|winch|tow\s+truck)\b/gi,
    severity: 'medium',
    needs: [near('weight', anyOf(['bariatric', 'lbs', 'lb', 'pound', 'pounds', 'weight', 'obese', 'fat', 'heavy', 'big', 'huge', 'giant', 'bed frame', 'lift team'], '\\d{3}\\s?(?:lbs?|pounds)'), 16)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'mocking mental illness',
    // "Psych just sent up another nutcase": the slur is aimed at whoever was sent up.
    gate: [['nutcase', 'nutcases', 'nutjob', 'nut', 'whack', 'whackjob', 'wackjob', 'psycho', 'psychos', 'lunatic', 'lunatics', 'looney', 'loony', 'crazy', 'crazies']],
    regex: /\b(?:another|the|this|that|our|a|my)\s+(?:[\w-]+\s+)?(?<hit>nutcases?|nut\s?jobs?|whack\s?jobs?|wack\s?jobs?|psychos?|lunatics?|looney|loony|crazies|crazy\s+(?:lady|guy|man|woman|one|dude|chick))\b/gi,
    severity: 'medium',
    needs: [near('care', new RegExp(`${PATIENT.source}|${CARE.source}|\\b(?:psych|sent\\s+up|sent\\s+us|admit|admitted|er|ed|unit|floor|triage|ward)\\b`, 'gi'), 16)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'dehumanising a patient',
    // "they're basically furniture at this point", "she's a vegetable".
    gate: [['furniture', 'vegetable', 'vegetables', 'veggie', 'plant', 'plants', 'turnip', 'meat', 'potato']],
    regex: /\b(?:they're|theyre|they\s+are|she's|shes|she\s+is|he's|hes|he\s+is|pt\s+is|basically|just|practically)\s+(?:basically\s+|just\s+|practically\s+|a\s+)*(?:furniture|(?:a\s+)?vegetables?|(?:a\s+)?veggie|(?:a\s+)?(?:potted\s+)?plants?|(?:a\s+)?turnip|(?:a\s+)?couch\s+potato|dead\s+meat|a\s+sack\s+of\s+potatoes)\b/gi,
    severity: 'medium',
    needs: [near('patient', anyOf(['patient', 'patients', 'pt', 'pts', 'nursing home', 'bed', 'room', 'send', 'dump', 'admit', 'icu', 'vent', 'trach', 'peg', 'uti', 'dementia'], 'in\\s+\\d'), 16)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'faking it',
    // "so-called seizure patients", "pseudoseizure guy deserves an Oscar": symptoms mocked as acting.
    gate: [['so-called', 'oscar', 'oscars', 'oscar-worthy', 'oscar-nominee', 'oscar-winning', 'emmy-worthy', 'academy', 'actor', 'actors', 'actress', 'emmy', 'performance']],
    regex: /\bso[\s-]called\s+["'“‘]?(?:[\w-]+\s+){0,2}?(?:patients?|pts?|pain|seizures?|allerg\w*|sick|disabled|emergenc\w*|symptoms|chest\s+pain)\b|\b(?:deserves?\s+an?\s+(?:oscar|emmy|award)|oscar[\s-](?:worthy|nominee|nomination|winning)|emmy[\s-]worthy|academy\s+award|best\s+(?:actors?|actress(?:es)?|performance))\b/gi,
    severity: 'medium',
    needs: [near('patient or symptom', anyOf(['patient', 'patients', 'pt', 'pts', 'guy', 'lady', 'seizure', 'seizures', 'pseudoseizure', 'pseudoseizures', 'pain', 'allergic', 'symptoms', 'chest pain', 'the er', 'the ed'], 'pseudo[\\s-]?seizure'), 12)],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'insulting a patient back',
    gate: [['called']],
    // "so I called her one right back": the patient's insult is theirs, the reply is ours.
    regex: /\bi\s+(?<hit>called\s+(?:him|her|them|the\s+(?:pt|patient|family))\s+(?:one|a\s+[\w*$@!]+|an\s+[\w*$@!]+)(?:\s+(?:right\s+)?back)?)/gi,
    severity: 'medium',
    needs: [patient],
    raise: [patient],
    tie: 'patient',
  },
  {
    name: 'mocking weight',
    // No gate: "500-pounder" is one word to the gate (and "300lbs" one word); the unit's letters stand in for it.
    regex: /\b\d{3}\s?(?:lbs?|pounds|kg|-?pounders?)\b/gi,
    letters: ['lb', 'pound', 'kg'],
    aroundLetters: true,
    severity: 'medium',
    needs: [near('mocking', anyOf(['personality to match', 'whale', 'hippo', 'buffet', 'lol', 'lmao', 'fatass', 'couldn\'t fit', 'needed two', 'of pure', 'bariatric bed broke', 'lay off', 'big macs', 'cheeseburgers', 'life choices', 'room service'], '🤮|🐳|🐋|🐷|🐖|😂|🤣|🙄|🍔|🍩|🍕'), 20)],
    raise: [patient],
    tie: 'patient',
  },
];

const spec: ConductSpec = { id: 'derogatory-slang', rule: 'conduct.derogatory', patterns: PATTERNS, mentions: true, negation: true };

/** Slang and insults for patients, looked for in disguise ("g0mer", "cr@ckhead", "wh4le in 7"). */
const DISGUISED_SLANG = [
  'gomer', 'gomers', 'crackhead', 'crackheads', 'junkie', 'junkies', 'methhead', 'methheads', 'tweaker', 'tweakers', 'druggie',
  'druggies', 'retard', 'retards', 'retarded', 'whale', 'idiot', 'idiots', 'moron', 'morons', 'psycho', 'psychos', 'dirtbag', 'scumbag',
  'fatass', 'lardass', 'hambeast', 'seeker', 'seekers', 'frequent', 'stupid', 'dumb', 'dumbass',
];
const FLYER_AFTER = /^[\s-]+fl[iy]ers?\b/i;
const careAround = careNear(20);

/** A disguised slang word in a post about care: the disguise says the poster knows the word. */
function disguisedSlang(doc: Doc, found: Candidate[]): Candidate[] {
  for (const d of disguisedWords(doc, DISGUISED_SLANG)) {
    let end = d.end;
    if (d.word === 'frequent') {
      const flyer = FLYER_AFTER.exec(doc.text.slice(end, end + 12));
      if (!flyer) continue;
      end += flyer[0].length;
    }
    if (found.some((c) => c.start < end && d.start < c.end)) continue;
    const care = nearby(doc, d.start, end, careAround.regex, careAround.words);
    if (care === undefined) continue;
    const explicit = nearby(doc, d.start, end, PATIENT, 10) !== undefined;
    found.push({
      rule: 'conduct.derogatory',
      start: d.start,
      end,
      score: explicit ? 0.9 : 0.7,
      recognizer: 'derogatory',
      pattern: 'disguised slang',
      context: [`spells '${d.word}'`, `patient or care '${care}'`],
      tie: 'patient',
      severity: explicit ? 'high' : 'medium',
      message: messageFor('conduct.derogatory', doc.text.slice(d.start, end), 'is derogatory slang for a patient, however it is spelled'),
    });
  }
  return found;
}

export const derogatory: CustomRecognizer = {
  kind: 'custom',
  id: 'derogatory',
  rule: 'conduct.derogatory',
  find(doc: Doc): Candidate[] {
    const found = withInsultsAimedAt(doc, runConductPatterns(doc, spec), 'patient', (i) => {
      const explicit = PATIENT_WORD.test(i.word);
      return {
        rule: 'conduct.derogatory',
        start: i.start,
        end: i.end,
        score: explicit ? 0.9 : 0.7,
        recognizer: 'derogatory',
        pattern: i.strong ? 'insult aimed at a patient' : 'insult said of a patient',
        context: [`patient '${i.word}'`],
        tie: 'patient',
        severity: explicit ? 'high' : 'medium',
        message: messageFor('conduct.derogatory', doc.text.slice(i.start, i.end), 'calls a patient names; patients and families read these posts, named or not'),
      };
    });
    return onePerSentence(doc, withFrames(doc, CONDUCT_FRAMES, DEROGATORY_FRAMES, disguisedSlang(doc, found)));
  },
};

const PATIENT_WORD = /pt|patient|bed|room|rm|bay|trauma|flyer|flier|\bin\s+\d/i;
