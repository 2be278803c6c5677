import { PATIENT_COMPOUND } from '../cues';
import { phraseRegex } from '../words';

/**
 * The vocabulary of patient stories: how clinicians refer to a specific encounter, and the kinds
 * of detail (when, where, what happened, who they are) that let others recognise the patient.
 */

/** A specific encounter: "my patient", "came in", "we lost her", "the guy in bay 3". */
export const ENCOUNTER: { regex: RegExp; strong: boolean }[] = [
  { regex: new RegExp(String.raw`\b(?:my|our|this|that)\s+(?:[A-Za-z\u00C0-\u024F-]+\s+){0,2}?(?:patient|pt)\b(?!s)(?!\s+(?:${PATIENT_COMPOUND})\b)`, 'gi'), strong: true },
  // A sentence that starts "Pt ...". Only the first newline of a blank stretch starts a match
  // (the lookbehind): "\n\s*" tried from every newline of a paste of blank lines is quadratic.
  { regex: /(?:^|[.!?]\s|\n(?<!\n[^\S\n]*\n))\s*pt\.?\s+(?=[A-Za-z\u00DF-\u00FF\u0100-\u024F])/gi, strong: true },
  { regex: /\b(?:came|come|rolled|wheeled|brought|walked|flown|flew|airlifted|life-?flighted|carried)\s+in\b/gi, strong: true },
  { regex: /\b(?:got|just got|was|been)\s+(?:wheeled|brought|rolled|admitted|airlifted|transferred)\b/gi, strong: true },
  { regex: /\b(?:in|on|to)\s+(?:our|my)\s+(?:icu|picu|nicu|micu|sicu|ccu|er|ed|unit|floor|ward|trauma bay|cath lab|l&d|waiting room|resus bay)\b/gi, strong: true },
  { regex: /\b(?:arrived|showed up|is back|came back|d\/c'?d|extubated|time of death|he's ours|she's ours|transferred to us|flown to us|in the or now|sent back to)\b/gi, strong: true },
  { regex: /\b(?:brought|squad brought|ems brought|medics brought)\s+(?:a|an|the|my|our|this|her|him|pt|patient)\b/gi, strong: true },
  { regex: /\b(?:had|have|got|saw|seeing|seen)\s+(?:a|an|this|my)\s+(?:[A-Za-z\u00C0-\u024F-]+\s+){0,2}?(?:pt|patient)\b(?!s)/gi, strong: true },
  { regex: /\b(?:the|that|this)\s+(?:guy|woman|man|kid|lady|girl|boy|baby|teen|gentleman|dude|child|toddler|mom|dad|vet|driver|family)\s+(?:who|from|with|that)\b/gi, strong: true },
  { regex: /\b(?:my|our)\s+(?:[A-Za-z\u00C0-\u024F-]+\s+){0,2}?resident\b(?!s)/gi, strong: true },
  { regex: /(?:^|[.!?]\s|\n(?<!\n[^\S\n]*\n))\s*\d{1,3}\s?(?:yo|y\/o|[MF])\b/g, strong: true },
  { regex: /\b(?:admitted|discharged|coded|intubated|delivered|resuscitated|transferred|treated|triaged|admitting)\s+(?:a|an|the|my|our|this|her|him|them)\b/gi, strong: true },
  // "Lost a 22 year old tonight", "we lost our patient" — not "lost my badge".
  { regex: /\blost\s+(?:(?:a|an|our|my|the)\s+(?:\d{1,3}[\s-]?(?:year|yr|y)[\s-]?old|young|patient|pt|kid|child|baby|infant|mom|dad|man|woman|lady|guy|teen|toddler|gentleman|girl|boy|mother|father)|her|him)\b/gi, strong: true },
  { regex: /\b(?:admitted|readmitted)\s+(?:on|for|with|last|this|yesterday|today)\b/gi, strong: true },
  { regex: /\b(?:picked|found)\s+(?:her|him)\s+(?:up|down)\b/gi, strong: true },
  { regex: /\bwe\s+lost\s+(?:her|him)\b/gi, strong: true },
  { regex: /\b(?:caring\s+for|cared\s+for|took\s+care\s+of|taking\s+care\s+of|looked\s+after|looking\s+after|supported)\s+(?:a|an|the|my|our|this|that)\b/gi, strong: true },
  { regex: /\bguess\s+(?:who|which)\b/gi, strong: true },
  { regex: /\b(?:the|a|this|that)\s+(?:guy|lady|woman|man|kid|baby|girl|boy|gentleman|grandma|grandpa|teen|toddler|dude)\s+in\s+(?:room|rm|bed|bay|trauma|\d)/gi, strong: true },
  { regex: /\b(?:kid|guy|lady|woman|man|baby|girl|boy|gentleman|grandma|grandpa|teen|toddler)\s+in\s+(?:room|rm|bed|bay|trauma)\s*\d/gi, strong: true },
  { regex: new RegExp(String.raw`\b(?:a|one)\s+(?:[A-Za-z\u00C0-\u024F-]+\s+){0,2}?(?:patient|pt)\b(?!s)(?!\s+(?:${PATIENT_COMPOUND})\b)`, 'gi'), strong: false },
];

/** Words that mark a teaching case or a rule, not an encounter. */
export const TEACHING = phraseRegex([
  'presents with', 'presented with', 'presenting with', 'case study', 'case report', 'quiz', 'teaching point',
  'hypothetical', 'scenario', 'vignette', 'nclex', 'board question', 'imagine', 'what would you do', 'pop quiz',
  'differential', 'never post', 'reminder', 'psa', "don't post", 'do not post', 'is identifiable', 'tip:', 'pro tip', 'learning point', 'pearl',
]);

export const TIME = phraseRegex([
  'today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'last night', 'yesterday', 'this week',
  'last week', 'earlier', 'just now', 'overnight', 'on nights', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's",
  'this year', 'new year', 'christmas', 'thanksgiving', 'halloween', 'fourth of july', 'memorial day', 'labor day',
  'morning', 'this month', 'last month', 'this weekend', 'last weekend', 'right now', 'rn', 'this am', 'this shift',
  'last shift', 'christmas eve', 'new year\'s eve', 'this wk', 'last tuesday', 'last friday',
]);
export const CLOCK = /\b(?:at\s+)?\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![A-Za-z\u00C0-\u024F])|\b(?:day|pod|hd)\s+\d{1,3}\b/gi;
export const EVENT = phraseRegex([
  'crash', 'car crash', 'accident', 'mvc', 'mva', 'rollover', 'shooting', 'shot', 'stabbing', 'stabbed', 'fire',
  'house fire', 'game', 'concert', 'festival', 'parade', 'wedding', 'prom', 'graduation', 'tournament', 'drowning',
  'drowned', 'overdose', 'od', 'ods', 'found down', 'dog bite', 'fireworks', 'explosion', 'bar fight', 'fight',
  'hit and run', 'pileup', 'pile-up', 'wreck', 'collision', 'motorcycle', 'skydiving', 'hunting accident', 'fell off', 'fell from', 'race', 'marathon', 'fall', 'fell', 'unwitnessed fall', 'fell through',
  'swallowed', 'bitten', 'burned', 'electrocuted', 'stuck in',
]);
export const NOTABLE = phraseRegex([
  'celebrity', 'famous', 'news anchor', 'anchor', 'reporter', 'weatherman', 'councilman', 'councilwoman',
  'council member', 'mayor', 'senator', 'governor', 'congressman', 'congresswoman', 'judge', 'sheriff', 'pastor',
  'priest', 'rabbi', 'imam', 'principal', 'coach', 'quarterback', 'qb', 'pitcher', 'nfl', 'nba', 'mlb', 'nhl', 'olympian',
  'pro athlete', 'actor', 'actress', 'singer', 'rapper', 'influencer', 'reality star', 'tiktoker', 'youtuber',
  'local news', 'the news', 'on the news', 'in the news', 'news story', 'went viral', 'high school', 'star player', 'ceo', 'billionaire', 'royalty', 'politician', 'a-lister',
  'linebacker', 'point guard', 'goalie', 'striker', 'medalist', 'olympic', 'bengals', 'celebrity chef', 'news', 'channel',
  'tv', 'famous', 'councilor', 'superintendent', 'bishop', 'alderman', 'state rep', 'commissioner', 'police chief',
  'fire chief', 'teacher at', 'the coach',
]);
export const RARE = phraseRegex([
  'rare', 'one in a million', '1 in a million', 'never seen', 'first case', 'only case', 'conjoined', 'progeria',
  'textbook', 'zebra', 'medical mystery', 'the only', 'only one', 'longest', 'youngest', 'oldest', 'tallest', 'first ever', 'quintuplets', 'sextuplets', 'octuplets', 'triplets', 'quadruplets',
]);
export const REPEAT = phraseRegex(['again', 'third time', 'fourth time', 'fifth time', 'every week', 'every month', 'same one', 'back again', 'regular', 'is back', 'back on']);
/** "3rd time this wk", "1 in 2 million": counts and odds that single someone out. */
export const ODDS = /\b\d{1,2}(?:st|nd|rd|th)\s+time\b|\b1\s+in\s+\d[\d,]*(?:\s*(?:million|thousand|k))?\b/gi;
/** "from our hometown", "local": ties the patient to a community that can recognise them. */
export const LOCAL = phraseRegex(['local', 'hometown', 'our town', 'our community', 'our little town', 'small town']);
export const AGE = /\b\d{1,3}[- ]?(?:years?|yrs?|y)[- ]?old\b|\b\d{1,3}\s?(?:yo|y\/o)\b|\b\d{1,3}\s?(?:[MF])\b/g;
/** Capitalised places after a preposition: "at the Walmart", "on Route 30", "in Springfield". */
export const PLACE = /\b(?:at|on|from|near|outside|behind|in)\s+(?:the\s+)?((?:[A-Z][A-Za-z\u00C0-\u024F'’&-]+|[A-Z]{2,})(?:\s+(?:[A-Z][A-Za-z\u00C0-\u024F'’&-]+|\d{1,4}))*)/g;
export const NOT_PLACES = new Set(['I', 'The', 'A', 'Our', 'My', 'We', 'He', 'She', 'They', 'It', 'This', 'That', 'Christmas', 'Thanksgiving', 'Halloween', 'ICU', 'ER', 'ED', 'PICU', 'NICU', 'CT', 'MRI', 'OR', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'English', 'Spanish', 'Epic', 'Cerner', 'God', 'Jesus', 'Pt', 'Patient', 'Room', 'Bed', 'Bay', 'Trauma', 'IV', 'L&D', 'SNF', 'ALF', 'NH', 'PACU', 'OB', 'Peds', 'Psych']);

