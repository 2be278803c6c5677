import { anyOf, longestWord } from './conduct';
import { phraseRegex } from '../words';

const phraseRegexSource = (phrases: readonly string[]) => phraseRegex(phrases).source;

/**
 * Groups people are discriminated against by (nationality, race, religion, disability, weight,
 * sex, orientation, age, class), and the predicates that turn naming a group into hostility.
 */
/** Adjectives that define a group: "Haitian families", "Muslim patients", "trans patients". */
const GROUP_ADJECTIVE = String.raw`(?:haitian|mexican|muslim|jewish|black|white|brown|asian|chinese|indian|hispanic|latino|latina|latinx|arab|african|somali|native|indigenous|aboriginal|trans|transgender|gay|lesbian|queer|esl|non-english[\s-]speaking|spanish[\s-]speaking|immigrant|foreign|filipino|russian|polish|romanian|nigerian|pakistani|middle\s+eastern|hindu|sikh|catholic|mormon|amish|religious|jw|christian|evangelical|orthodox|fat|obese|old|elderly|disabled|deaf|autistic|homeless|medicaid|welfare|illegal|undocumented|section\s+8|ghetto|redneck|hood|gypsy|roma)`;
const GROUP_NOUN = String.raw`(?:people|patients|pts|families|family|folks|moms|mothers|dads|fathers|men|women|guys|girls|ladies|kids|teens|visitors|drivers|ones|crowd|community|population|immigrants|parents|doctors|docs|nurses|residents|staff|workers|coworkers|techs|students|grads)`;

/** Groups named in a word or a phrase: "mexicans", "the homeless", "those people". */
const GROUP_PHRASES = [
  'mexicans', 'hispanics', 'latinos', 'latinas', 'asians', 'the chinese', 'indians', 'filipinos', 'africans', 'arabs',
  'muslims', 'jews', 'christians', 'catholics', 'hindus', 'sikhs', 'immigrants', 'migrants', 'foreigners', 'refugees',
  'blacks', 'whites', 'gypsies', 'haitians', 'somalis', 'russians', 'women', 'females', 'men', 'males', 'gays', 'lesbians',
  'queers', 'the disabled', 'fatties', 'the elderly', 'boomers', 'homeless', 'the homeless', 'welfare', 'medicaid',
  'uninsured', 'addicts', 'drug addicts', 'alcoholics', 'smokers', 'rednecks', 'people from the projects', 'junkies', 'crackheads',
  'druggies', 'tweakers', 'methheads', 'pillheads', 'drunks', 'the obese', 'overdoses', 'ods', 'frequent flyers', 'psych patients',
  'that side of town', 'the projects', 'the ghetto', 'illegals', 'undocumented', 'aliens', 'those people', 'these people',
  'the mentally ill', 'schizophrenics', 'autistics', 'natives', 'aboriginals', 'pakistanis', 'nigerians',
  'eastern europeans', 'travellers', 'roma', 'trans', 'trans folks', 'people who don\'t speak english', 'these types',
  'those types', 'this type', 'that type', 'their kind', 'this demographic', 'that demographic', 'these folks', 'that crowd',
  'that neighborhood', 'that neighbourhood', 'that part of town', 'the hood', 'people like them', 'people like that',
];

/** A group of people: "fat people", "Muslim patients", "immigrants", "those people". */
export const GROUP_SOURCE = [
  String.raw`\b${GROUP_ADJECTIVE}\s+${GROUP_NOUN}\b`,
  // "a patient with a Spanish accent": a group marked by how it speaks.
  String.raw`\b(?:spanish|foreign|indian|asian|african|mexican|chinese|arabic|russian|jamaican|haitian|filipino|nigerian|pakistani|middle\s+eastern|thick|heavy)\s+accents?\b`,
  phraseRegexSource(GROUP_PHRASES),
].join('|');
export const GROUP = new RegExp(GROUP_SOURCE, 'gi');

/** Generalising hostility after a group: "... don't deserve new knees", "... should stop getting ICU beds". */
export const GROUP_HOSTILITY = new RegExp(
  [
    String.raw`\b(?:don't|do\s+not|doesn't|does\s+not)\s+deserve\b`,
    String.raw`\b(?:aren't|are\s+not|isn't|is\s+not|not)\s+worth\s+(?:the|saving|it|treating|a\s+bed|resources)`,
    String.raw`\bshould(?:n't|\s+not)\s+(?:even\s+)?(?:get|have|receive|be\s+given|be\s+treated|be\s+here)\b`,
    String.raw`\bshould(?:n't|\s+not)?\s+(?:just\s+)?(?:stop\s+getting|not\s+get|not\s+be\s+allowed|be\s+allowed|be\s+denied|be\s+banned|go\s+back|pay|be\s+sent\s+back|get\s+nothing|die|be\s+left|have\s+to\s+wait|go\s+last|be\s+last)`,
    String.raw`\b(?:are|r)\s+(?:all\s+|always\s+|just\s+|so\s+|such\s+)?(?:lazy|dirty|filthy|stupid|criminals|liars|drug\s+seekers|entitled|violent|dangerous|freeloaders|a\s+drain|the\s+worst|useless|disgusting|ignorant|noncompliant|non-compliant|frauds|scammers|thieves|animals|demanding|dramatic|rude|loud|difficult|a\s+nightmare|the\s+problem|ruining)`,
    String.raw`\ball\s+(?:the\s+)?same\b`,
    String.raw`\b(?:are|is|r)\s+(?:(?:pure|absolute|total|such\s+a|a(?:\s+living)?)\s+)?(?:hell|nightmares?|menaces?|plague|curse)\b`,
    String.raw`\bshould\s+(?:keep\s+them|stay|be\s+kept)\s+(?:home|away|out|locked\s+up)\b`,
    String.raw`\bshould\s+(?:have\s+to\s+)?pay\s+for\s+(?:their|his|her)\s+own\b`,
    String.raw`\bwast(?:e|ing|ed)\s+(?:it|narcan|resources|money|beds?|time|blood|meds)\s+on\s+(?:them|these\s+people|those\s+people|people\s+like)\b`,
    String.raw`\b(?:are|is|r)\s+(?:all\s+|just\s+|clearly\s+|obviously\s+)?(?:confused|mentally\s+ill|sick\s+in\s+the\s+head|delusional|going\s+through\s+a\s+phase|a\s+phase|an\s+abomination|unnatural|perverts|groomers|a\s+burden|parasites)\b`,
    String.raw`\b(?:shouldn't|should\s+not|won't|don't|stop)\s+(?:indulge|indulging|enable|enabling|humou?r|humou?ring|cater(?:ing)?\s+to|coddl(?:e|ing))\s+(?:them|these\s+people|those\s+people|it)\b`,
    String.raw`\b(?:clog|clogs|clogging)\s+(?:up\s+)?(?:our|the)\b`,
    String.raw`\bwaste\s+of\s+(?:[\w-]+\s+)?(?:resources|money|beds?|time|taxpayer\w*|space|oxygen)`,
    String.raw`\bdeserve\s+whatever\s+(?:they|he|she)\s+gets?\b`,
    String.raw`\bdid\s+(?:this|it)\s+to\s+themselves\b`,
    String.raw`\bcan't\s+(?:even\s+)?speak\s+english\b`,
    String.raw`\bgo\s+back\s+to\s+(?:your|their)\s+(?:own\s+)?country\b`,
    String.raw`\b(?:milk|milking|abuse|abusing|game|gaming|scam|scamming)\s+the\s+system\b`,
    String.raw`\b(?:we|taxpayers|i)\s+pay\s+for\s+(?:it|them|their)\b`,
    String.raw`\bfor\s+free\s+(?:stuff|sandwiches|food|meds|care)\b|\bfree\s+(?:stuff|sandwiches|ride|handouts?)\b`,
    String.raw`\bruin(?:s|ing|ed)?\s+(?:everything|the|our|this)\b`,
    String.raw`\bshow\s+up\s+with\s+(?:\d+|the\s+whole|everyone|their\s+whole)`,
    String.raw`\btake\s+over\s+the\s+(?:waiting\s+room|unit|room|er|ed|lobby)`,
    String.raw`\bbring\s+(?:\d+\s+people|the\s+whole\s+(?:family|clan|village|tribe))`,
    String.raw`\bexpect\s+(?:us|everyone|nurses)\s+to\s+wait\s+on\s+them`,
    String.raw`\bcan't\s+(?:communicate|be\s+trusted|be\s+bothered|follow\s+instructions|understand\s+anything|drive)\b`,
    String.raw`\b(?:cause|causes|causing|make|makes|making)\s+a\s+scene\b`,
    String.raw`\b(?:always|never|all)\s+(?:\w+\s+)?(?:lowball|exaggerate|overreact|lie\s+about|fake|abuse|scam|game|milk|complain|whine|argue|fight)\w*`,
    String.raw`\bact(?:s|ing)?\s+like\s+(?:animals|savages|children)\b`,
    String.raw`\b(?:are\s+|r\s+)?(?:always|all|every\s+single\s+time)\s+(?:so\s+)?(?:show\s+up|come\s+in|lie|lying|liars|want\s+(?:free|everything|more|special)|expect|complain|complaining|faking|fake|drunk|high|demanding|rude|loud|lazy|dirty|dramatic|violent|difficult|entitled|noncompliant|non-compliant|whining|screaming|late|bring\s+(?:\d+|the\s+whole|everyone)|drug[\s-]seek\w*|abusing|scamming|the\s+worst|a\s+nightmare|a\s+problem)\b`,
    String.raw`\bnever\s+(?:listen|learn|follow|comply|pay|bathe|shower|work|show\s+up\s+on\s+time|take\s+(?:their|the)\s+meds|speak\s+english|say\s+thank\s+you)\b`,
  ].join('|'),
  'gi',
);

/** Letters every match of GROUP_HOSTILITY holds (conduct/frame.ts Letters), by its alternatives in order. */
export const GROUP_HOSTILITY_LETTERS = [
  'deserve', 'worth', 'should',
  'lazy', 'dirty', 'filthy', 'stupid', 'criminals', 'liars', 'drug', 'entitled', 'violent', 'dangerous', 'freeloaders', 'drain', 'worst',
  'useless', 'disgusting', 'ignorant', 'compliant', 'frauds', 'scammers', 'thieves', 'animals', 'demanding', 'dramatic', 'rude', 'loud',
  'difficult', 'nightmare', 'problem', 'ruining',
  'same', 'hell', 'menace', 'plague', 'curse', 'wast',
  'confused', 'mentally', 'sick', 'delusional', 'phase', 'abomination', 'unnatural', 'perverts', 'groomers', 'burden', 'parasites',
  'indulg', 'enabl', 'humo', 'cater', 'coddl', 'clog', 'whatever', 'themselves', 'english', 'country', 'system', 'pay', 'free', 'ruin',
  'show', 'take', 'bring', 'expect', "can't", 'scene',
  'lowball', 'exaggerate', 'overreact', 'lie', 'fake', 'abuse', 'scam', 'game', 'milk', 'complain', 'whine', 'argue', 'fight',
  'savages', 'children',
  'come', 'lying', 'want', 'fak', 'drunk', 'high', 'whining', 'screaming', 'late', 'abusing',
  'never',
];

/**
 * Telling people to leave the country: a finding whoever "they" are ("they should go back where
 * they came from", "send them all back").
 */
export const GO_BACK = /\bgo\s+back\s+(?:to\s+)?(?:where(?:ever)?|to\s+where)\s+(?:they|you|he|she|y'all|u)\s+came\s+from\b|\bgo\s+back\s+to\s+(?:your|their|his|her|ur)\s+(?:own\s+)?(?:country|countries|village|desert|jungle|shithole)\b|\bsend\s+(?:them|'?em|these\s+people|those\s+people)\s+(?:all\s+)?back\s+(?:home|to\s+(?:their|where))/gi;

/**
 * A stereotype needs three things near each other: a group, a generalising word ("always", "every
 * time", "you can always tell") and something bad said of it. Health statistics name groups and
 * even say "often", but they say nothing bad of the people in them.
 */
export const GENERALISING = anyOf([
  'always', 'every time', 'every. time', 'everytime', 'every single time', 'never fails', 'without fail', 'all of them', 'every one of them',
  'you can always tell', 'of course it', "it's always", 'its always', 'typical', 'guess which', 'shocker', 'go figure', 'as usual',
  "it's the", 'its the', 'every last one', 'every single one', 'every one of em', 'every weekend', 'every week', 'every night',
  'every shift', 'all the time', 'constantly', 'never', 'i can tell', 'i know they', 'without exception', 'all of em',
]);
export const BAD_TRAIT = anyOf([
  'noncompliant', 'non-compliant', 'lazy', 'loud', 'rude', 'dirty', 'filthy', 'smell', 'smelly', 'lie', 'lying', 'liars', 'drug seekers',
  'drug seeking', 'seekers', 'demanding', 'violent', 'aggressive', 'drunk', 'high', 'entitled', 'complain', 'complaining', 'stupid',
  'dumb', 'difficult', 'trouble', 'problem', 'problems', 'nightmare', 'crazy', 'dramatic', 'scam', 'scamming', 'freeloaders',
  'never pay', "don't pay", 'abuse', 'abusing', 'fake', 'faking', 'criminals', 'thieves', 'steal', 'ignorant', 'worst',
  'won\'t listen', "don't listen", 'never listen', 'late', 'no-show', 'no shows', 'uncooperative', 'cheap',
  'never show', "don't show", 'arrogant', 'disgusting', 'gross', 'annoying', "won't understand", "can't understand",
  "don't understand", 'std', 'stds', 'greedy', 'cheat', 'cheaters', 'unclean', 'primitive', 'backwards',
  'mess', 'messy', 'unvaccinated', 'taxpayers', 'footing the bill', 'handouts', 'freebies', 'free stuff', 'most expensive', 'nutjobs',
  'nuts', 'idiots', 'morons', 'freaks', 'lunatics', 'zealots', 'savages', 'bully', 'think they can', 'think they own', 'think they deserve', 'think they are above', 'take advantage',
]);
/** A group in a stereotype also includes "the Black ones", "those Muslim pts". */
export const STEREOTYPED_GROUP = new RegExp(String.raw`\bthe\s+${GROUP_ADJECTIVE}\s+ones\b|${GROUP_SOURCE}`, 'gi');
/**
 * Letters every match of STEREOTYPED_GROUP holds (conduct/frame.ts Letters): "ones", a group
 * adjective (rarer in posts than the nouns after it), "accent", or a word of a group phrase.
 */
export const STEREOTYPED_GROUP_LETTERS = [
  ...new Set(['ones', ...GROUP_ADJECTIVE.slice(3, -1).split('|').map(longestWord), 'accent', ...GROUP_PHRASES.map(longestWord)]),
];

/**
 * Weight stigma: contempt for a body ("put the fork down", a pig emoji) next to a weight. Said of
 * a patient it disparages them; said of everyone that weight ("if you're 400 lbs you...") it is
 * discrimination too.
 */
export const WEIGHT = /\b\d{3}\s?(?:lbs?|pounds|kg)\b|\b(?:bariatric|obese|morbidly|fat|fatties|fatass|overweight|big[\s-]boned)\b/gi;
/** Letters every match of WEIGHT holds (a unit, or the word's start): where it is looked for in a long draft. */
export const WEIGHT_LETTERS = ['lb', 'pound', 'kg', 'bariatric', 'obese', 'morbidly', 'fat', 'overweight', 'big'];
export const WEIGHT_CONTEMPT = anyOf(
  [
    'put the fork down', 'put down the fork', 'drop the fork', 'lay off the', 'push away from the table', 'stop eating', 'skip a meal',
    'skip dessert', 'lay off the donuts', "don't get to complain", 'dont get to complain', 'no right to complain', 'did this to',
    'did it to', 'their own fault', 'your own fault', 'his own fault', 'her own fault', 'disgusting', 'gross', 'lard', 'whale', 'hippo',
    'cow', 'pig', 'piggy', 'oink', 'buffet', 'forklift', 'crane', 'heifer', 'walrus', 'jabba', 'two seats', 'lazy',
  ],
  '🐷|🐖|🐳|🐋|🐄|🐘|🤮',
);
export const WEIGHT_GENERALISED = /\bif\s+(?:you(?:'re|\s+are)|ur|they(?:'re|\s+are)|people\s+are|someone\s+is)\s+(?:\d{3}\s?(?:lbs?|pounds|kg)|fat|obese|that\s+(?:big|fat|heavy)|morbidly\s+obese)\b|\b(?:fat|obese|overweight)\s+people\b/gi;

/**
 * Denying a transgender person's gender: refusing their pronouns or name, or insisting on the sex
 * they were assigned at birth. Looked for only where trans people are being talked about.
 */
export const TRANS_CONTEXT = anyOf(['trans', 'transgender', 'nonbinary', 'non-binary', 'pronouns', 'they/them', 'she/her', 'he/him', 'transitioning', 'transitioned', 'gender identity', 'identifies as', 'preferred name']);
export const MISGENDERING = /\b(?:not|won't|wont|refuse\s+to|refused\s+to|refusing\s+to|never|ain't|i'm\s+not)\s+(?:be\s+)?(?:call(?:ing)?|us(?:e|ing)|say(?:ing)?|chart(?:ing)?)\s+(?:(?:him|her|them|it)\s+)?(?:["'“‘]?(?:she|he|her|him|they|them|ma'am|sir|miss|mr|ms)\b|(?:his|her|their)\s+(?:new\s+|preferred\s+|chosen\s+)?(?:name|pronouns?)\b|pronouns?\b|(?:[\w']+\s+){1,4}?pronouns?\b|(?:[\w']+\s+){1,6}?["'“‘](?:she|he|her|him|they|them)\b)|\b(?:he's|she's|he\s+is|she\s+is|they're|it's|it\s+is|that's)\s+(?:really\s+|actually\s+|still\s+|just\s+|biologically\s+|obviously\s+|clearly\s+)?(?:a\s+)?(?:man|woman|male|female|dude|guy|boy|girl|bloke)\b(?![\s-]+(?:of|who|with|in\s+(?:bed|room)))|\b(?:biological(?:ly)?\s+(?:male|female|man|woman)|born\s+(?:a\s+)?(?:male|female|man|woman)|real\s+(?:woman|man|women|men))\b|\bcalling\s+(?:him|her)\s+["'“‘]?it\b|\b(?:there\s+are|there's|theres)\s+only\s+(?:two|2)\s+genders\b/gi;
/** Letters every match of MISGENDERING holds (conduct/frame.ts Letters), by its alternatives in order. */
export const MISGENDERING_LETTERS = ['not', "won't", 'wont', 'refus', 'never', "ain't", 'man', 'male', 'dude', 'guy', 'boy', 'girl', 'bloke', 'biological', 'born', 'real', 'calling', 'genders'];

/** A person named by a disability ("the deaf guy in 5"): mocked, it is discrimination. */
export const DISABLED_PERSON = /\b(?:deaf|blind|autistic|disabled|handicapped|wheelchair|amputee|one[\s-]legged|down\s+syndrome|downs|stuttering|mute|paraplegic|quadriplegic|special[\s-]needs|cp|dwarf|little\s+person)\s+(?:[\w-]+\s+)?(?:guy|lady|kid|pt|patient|man|woman|dude|girl|boy|one|dad|mom|teen|people|patients|kids|folks)\b/gi;
export const MOCKING = anyOf(['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'rofl', 'sure jan', 'imagine', 'like sir', "like ma'am", 'bless his heart', 'bless her heart'], '😂|🤣|🙄|💀|🤡');

/** Words that deny a group's humanity: a finding next to any group. */
export const DEHUMANIZING = anyOf(['animals', 'savages', 'vermin', 'cockroaches', 'parasites', 'subhuman', 'breed like rabbits', 'breed like', 'infestation', 'invaders']);

/**
 * A slur that is also an everyday word in some settings: "redskins" is a football team's old
 * name, "tranny" a car's transmission. Each is a finding unless that setting is in the sentence.
 */
export const SETTING_DEPENDENT_SLURS = /\bredskins?\b/gi;
export const SLUR_SETTINGS: Readonly<Record<string, RegExp>> = {
  redskins: anyOf(['vs', 'win', 'won', 'wins', 'lose', 'lost', 'game', 'games', 'play', 'played', 'playing', 'season', 'nfl', 'football', 'fans', 'beat', 'score', 'team', 'cowboys', 'giants', 'eagles', 'qb', 'httr', 'stadium', 'playoffs', 'draft', 'coach', 'oak cliff', 'washington', 'dc', 'the term', 'changethename', 'name change', 'mascot', 'jersey']),
  tranny: anyOf(['motor', 'engine', 'transmission', 'car', 'truck', 'fluid', 'rebuilt', 'rebuild', 'gearbox', 'clutch', 'miles', 'mileage', 'mechanic', 'manual', 'automatic', '4x4', 'v6', 'v8', 'went out', 'shifting', 'gears', 'maxima', 'dragons']),
};

/**
 * Loaded political terms for people ("illegals", "anchor babies"): unkind, but also the words of
 * news headlines. Alone they are a low finding (shown under strict); with a hostile predicate
 * the group patterns make them a warning ("illegals clog up our ED").
 */
export const LOADED_TERMS = /\b(?:illegals|illegal\s+aliens?|anchor\s+bab(?:y|ies))\b/gi;

/** Slurs outside obscenity's dataset, and group insults that are slurs in effect. */
export const SLURS = new RegExp(
  [
    String.raw`\b(?:tard|tards|spaz|spazz|spic|spics|wetbacks?|beaners?|ragheads?|towelheads?|towel\s+heads?|sand\s?n[i*1!]gg\w*|shemales?|mongoloids?|midgets?|squaws?|half[\s-]breeds?|chinamen|chinaman|pakis?|coolies?|kaffirs?|welfare\s+queens?|trailer\s+(?:park\s+)?trash|white\s+trash|ghetto\s+trash|gyppos?|honk(?:y|ey|ies|eys)|(?<!\btight(?:e?y|ie)\s)whitey|muzzies?|jiggaboos?|jigaboos?|porch\s+monkeys?|jungle\s+bunn(?:y|ies)|zipperheads?|wiggers?|wiggas?|peckerwoods?|dagos?|polacks?|sand\s+monkeys?|heebs?|hymies?|ginzos?|kikes?|islamofascists?)\b`,
    // "Gook" is also goo ("gobbledy gook", "some gook on my shoe"): a slur when said of people.
    String.raw`\b(?:you|ya|u|dirty|fucking|stupid|damn|those|these|them|filthy|little|bunch\s+of)\s+gooks?\b|\bgooks\s+(?:are|who|that|should|all)\b`,
    String.raw`\bchinks?\b(?!\s+in\b)`,
  ].join('|'),
  'gi',
);
