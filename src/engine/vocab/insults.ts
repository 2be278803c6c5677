import { anyOf, longestWord } from './conduct';

/**
 * Insults, shared by the rules about patients, colleagues and the employer: the target decides
 * which rule a "moron" breaks (conduct/targets.ts).
 */

/** Insults whatever they follow: only people are called these. */
const STRONG_INSULT_PHRASES = [
  'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'imbecile', 'imbeciles', 'dumbass', 'dumbasses', 'dipshit',
  'numbskull', 'nitwit', 'halfwit', 'dimwit', 'dimwits', 'incompetent', 'spineless', 'brainless', 'loser', 'losers',
  'scumbag', 'scumbags', 'scum', 'dirtbag', 'dirtbags', 'lowlife', 'lowlifes', 'low-life', 'nutjob', 'nut job', 'nutjobs',
  'lunatic', 'lunatics', 'whiner', 'whiners', 'crybaby', 'crybabies', 'backstabber', 'backstabbers', 'backstabbing',
  'two-faced', 'disgrace', 'savages', 'leeches', 'parasites', 'freeloaders', 'human garbage', 'human trash',
  'room temperature iq', 'two brain cells', 'hag', 'bimbo', 'airhead', 'jackass', 'asshole', 'assholes', 'a-hole',
  'pathetic little man', 'pathetic little woman', 'greedy pigs', 'pigs', 'butcher', 'butchers', 'diva', 'divas',
  'dumbest', 'stupidest', 'laziest', 'most useless', 'most incompetent', 'waste of a license', 'tyrant', 'tyrants',
  'dictator', 'dead weight', 'deadweight', 'walking lawsuit', 'bully', 'bullies', 'menace', 'hack', 'hacks', 'quack',
  'bloodsuckers', 'leeches', 'waste of a salary', 'waste of a paycheck', 'nutcase', 'nutcases',
  'whack job', 'wackjob', 'whackjob', 'psycho', 'psychos', 'looney', 'loony', 'heifer', 'crooks', 'thieves', 'cowboys',
  'pompous jerk', 'arrogant jerk', 'jerks', 'little demon', 'demon spawn', 'spawn of satan',
];
export const STRONG_INSULT = anyOf(
  STRONG_INSULT_PHRASES,
  String.raw`\bwaste\s+of\s+(?:space|oxygen|air|skin|scrubs|a\s+licen[cs]e|a\s+bed|a\s+human)\b`,
  // "the most annoying human alive", "the rudest family I've ever had".
  String.raw`\b(?:most\s+(?:annoying|irritating|obnoxious|entitled|demanding|needy|dramatic|useless|pathetic|disgusting|miserable|insufferable)|dumbest|whiniest|rudest|neediest|nastiest|meanest|ugliest|smelliest)\s+(?:[\w-]+\s+)?(?:human|humans|person|people|patient|pt|family|man|woman|lady|guy|creature|being)\s+(?:alive|ever|on\s+earth|in\s+existence|on\s+the\s+planet|i(?:'ve|\s+have)\s+ever)\b`,
  // "the entitlement of these people".
  String.raw`\bthe\s+entitlement\s+(?:of\s+(?:these|some|those)\s+people|(?:is|was)\s+(?:real|unreal|insane|astounding|staggering))\b`,
  String.raw`\b(?:such\s+a|big|whiny)\s+(?:cry)?baby\b`,
  // "smells like a dumpster", "looks like a troll": a person likened to refuse or an animal.
  String.raw`\b(?:smells?|smelled|stinks?|stank|reeks?|reeked|looks?|looked)\s+like\s+(?:a\s+|an\s+)?(?:dumpster|garbage|trash|sewer|toilet|skunk|pig|zoo|barn|ashtray|landfill|hobo|bum|wet\s+dog|corpse|troll|hippo|whale|gremlin|goblin|walrus|rat|roadkill|dead\s+fish|porta[\s-]?potty)\b`,
  // "worked like animals" is praise for effort, not contempt.
  String.raw`\b(?:acts?|acting|behave|behaving|(?<!\b(?:work|works|worked|working|ran|running|hustled|hustling|fought|fighting|grinding|toiled|toiling)\s)like|bunch\s+of|are|are\s+all)\s+(?:like\s+)?animals\b`,
  String.raw`\bdumb\s+as\s+(?:a\s+)?(?:rocks?|bricks?|a\s+box\s+of\s+rocks|a\s+post|dirt|a\s+doorknob)\b`,
  String.raw`\biq\s+of\s+(?:a|an)\s+\w+`,
  String.raw`\bbrains?\s+of\s+(?:a|an)\s+\w+`,
  String.raw`\b(?:couldn't|can't|cannot|can\s+not)\s+\w+\s+(?:[\w-]+\s+){0,5}?to\s+save\s+(?:her|his|their)\s+(?:life|lives)\b`,
  String.raw`\bcouldn't\s+teach\s+(?:a|an)\s+\w+\s+to\s+\w+`,
  String.raw`(?<!knee-)\bjerk\b(?!\s+(?:chicken|pork|seasoning|reflex))`,
  String.raw`\b(?:lazy|fat|stupid|dumb|old|useless|miserable|nasty)\s+(?:cow|cows|hag|witch|pig|slob|bag)\b`,
  String.raw`\bpiece\s+of\s+(?:crap|garbage|trash|work|sh[i*!1]t)\b`,
  String.raw`\bjoke\s+of\s+an?\s+(?:[\w-]+\s+)?(?:nurse|doctor|doc|surgeon|human|human\s+being|person|manager|charge\s+nurse|resident|attending|provider|np|pa|md|rn|preceptor|supervisor|director|colleague|coworker|co-worker|tech|pharmacist)\b`,
);

/**
 * Letters every match of STRONG_INSULT holds (conduct/frame.ts Letters): a word of each phrase,
 * then one set per extra source, in order.
 */
export const STRONG_INSULT_LETTERS = [
  ...new Set([
    ...STRONG_INSULT_PHRASES.map(longestWord),
    'waste', 'most', 'dumbest', 'whiniest', 'rudest', 'neediest', 'nastiest', 'meanest', 'ugliest', 'smelliest',
    'entitlement', 'baby', 'smell', 'stink', 'stank', 'reek', 'look', 'animals', 'dumb', 'iq', 'brain', 'save', 'teach', 'jerk',
    'cow', 'hag', 'witch', 'pig', 'slob', 'bag', 'piece', 'joke',
  ]),
];

/** Words that insult only when said of someone: "the pyxis is useless" is not an insult. */
const WEAK_INSULT_PHRASES = [
  'stupid', 'dumb', 'useless', 'lazy', 'clueless', 'worthless', 'pathetic', 'trash', 'garbage', 'clown', 'clowns', 'a joke', 'joke',
  'the worst', 'entitled', 'toxic', 'psycho', 'psychos', 'crazy', 'batshit crazy', 'gross', 'disgusting', 'whiny', 'fat',
  'ugly', 'smelly', 'witch', 'cow', 'snake', 'snakes', 'greedy', 'heartless', 'cowards', 'coward', 'liars', 'liar',
  'condescending', 'arrogant', 'needy', 'princess', 'petty', 'spiteful', 'vindictive', 'dishonest', 'shameless', 'pompous',
  'incapable', 'lazy as hell', 'useless as hell', 'dumb as hell', 'worst nurse', 'worst doctor',
  'worst nurses', 'worst doctors', 'worst charge nurse', 'worst preceptor', 'bunch of idiots',
];
export const WEAK_INSULT = anyOf(WEAK_INSULT_PHRASES);
/** Letters every match of WEAK_INSULT holds (conduct/frame.ts Letters). */
export const WEAK_INSULT_LETTERS = [...new Set(WEAK_INSULT_PHRASES.map(longestWord))];

/**
 * Modifiers that may sit between a copula and the insult: "is such a total", "are so freaking".
 * Always repeated with whitespace between, so "the most" is "the" then "most": listed whole too,
 * it could be read two ways, and a run of them 2^n ways (exponential backtracking).
 */
const MODIFIERS = String.raw`(?:so|such|a|an|the|most|total|totally|complete|completely|absolute|absolutely|literally|truly|really|just|utterly|freaking|fucking|f\*+cking|effing|damn|all|always|sooo+|too|more|of|as|little|lil|bunch|straight\s+up|honestly|genuinely|actually|kinda|pretty|very|super|beyond)`;

/**
 * Between a target and a weak insult: "the charge nurse is a total", "RTs are so", "the travel
 * nurse on my unit is", "our coordinator Brenda is a". The target must be the subject of the
 * copula: a name in apposition, a modifier that starts with a preposition or a relative ("on my
 * unit", "who trained me") or a few lowercase words ("drunk every weekend") may sit between, but not another noun phrase ("@x Johnny football is
 * trash" is about Johnny football) nor a new clause ("4 admits bc our coordinator is useless").
 */
const SUBJECT_MODIFIER = String.raw`(?:\s+[A-Z][a-z]+)?(?:\s+(?:on|in|from|at|of|with|for|who|that|which|we|i|they|today|tonight|here|there|again|honestly|lately|always|still|now|rn|just|really|literally|seriously)\b(?:(?!\b(?:bc|because|cuz|cause|and|so|but|when|while|since|if)\b)[^.!?\n]){0,56}?|(?:\s+(?!(?:the|a|an|my|our|his|her|their|your|this|that|these|those|bc|because|and|so|but)\b)[a-z][\w'-]*){1,3})?`;
export const ATTACH = new RegExp(
  String.raw`^(?:${SUBJECT_MODIFIER}\s*(?:\b(?:is|are|was|were|being|been|acts?|acting|seems?|looks?|sounds?|gets?|stays?)\b|'s|'re))?(?:\s+${MODIFIERS})*\s*$`,
  'i',
);

/**
 * A weak insult said as an exclamation about whoever the post is about: "You absolute clown."
 * Only the last sentence end is tried (the lookahead): if an earlier one fits, so does it, and
 * from every one the modifiers would be read to the end. Likewise at most eight modifiers are read
 * after each "you" or "bunch of" ("bunch" and "of" are modifiers too).
 */
export const EXCLAIM_BEFORE = new RegExp(String.raw`(?:^|[.!?\n](?=[^.!?\n]*$)\s*|\b(?:you|what\s+an?|such\s+an?|bunch\s+of|these|those|y'all|ya)\s+)(?:${MODIFIERS}\s+){0,8}$`, 'i');
