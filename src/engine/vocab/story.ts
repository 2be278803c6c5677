import { PATIENT_COMPOUND } from '../cues';
import { phraseRegex } from '../words';
import { declareLetters } from '../letters';

/**
 * The vocabulary of patient stories: how clinicians refer to a specific encounter, and the kinds
 * of detail (when, where, what happened, who they are) that let others recognise the patient.
 */

/** A specific encounter: "my patient", "came in", "we lost her", "the guy in bay 3". */
export const ENCOUNTER: { regex: RegExp; strong: boolean; tells?: boolean }[] = [
  { regex: new RegExp(String.raw`\b(?:my|our|this|that)\s+(?:[A-Za-z\u00C0-\u024F-]+\s+){0,2}?(?:patient|pt)\b(?!s)(?!\s+(?:${PATIENT_COMPOUND})\b)`, 'gi'), strong: true },
  // A sentence that starts "Pt ...". Only the first newline of a blank stretch starts a match
  // (the lookbehind): "\n\s*" tried from every newline of a paste of blank lines is quadratic.
  { regex: /(?:^|[.!?]\s|\n(?<!\n[^\S\n]*\n))\s*pt\.?\s+(?=[A-Za-z\u00DF-\u00FF\u0100-\u024F])/gi, strong: true },
  { regex: /\b(?:came|come|rolled|wheeled|brought|walked|flown|flew|airlifted|life-?flighted|carried)\s+in\b/gi, strong: true },
  { regex: /\b(?:got|just got|was|been)\s+(?:wheeled|brought|rolled|admitted|airlifted|transferred)\b/gi, strong: true },
  { regex: /\b(?:in|on|to)\s+(?:our|my)\s+(?:icu|picu|nicu|micu|sicu|ccu|er|ed|trauma bay|cath lab|l&d|waiting room|resus bay)\b/gi, strong: true },
  // "on our unit" is where the staff are too ("the word quiet is banned on our unit"): weaker.
  { regex: /\b(?:in|on|to)\s+(?:our|my)\s+(?:unit|floor|ward)\b/gi, strong: false },
  // "is back on nights", "came back to work": a colleague's return, not a patient's.
  { regex: /\b(?:arrived|showed up|(?:is|came) back(?!\s+(?:at|to)\s+work\b|\s+on\s+(?:nights|days|shift)\b)|d\/c'?d|extubated|time of death|he's ours|she's ours|transferred to us|flown to us|in the or now|sent back to)\b/gi, strong: true },
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
  // "caring for the sick" is nobody: a group named by an adjective is not one patient.
  { regex: /\b(?:caring\s+for|cared\s+for|took\s+care\s+of|taking\s+care\s+of|looked\s+after|looking\s+after|supported)\s+(?:a|an|the|my|our|this|that)\b(?!\s+(?:sick|elderly|dying|poor|homeless|injured|wounded|vulnerable|needy|young|old|living|dead|unborn)\b)/gi, strong: true },
  { regex: /\bguess\s+(?:who|which)\b/gi, strong: true },
  { regex: /\b(?:the|a|this|that)\s+(?:guy|lady|woman|man|kid|baby|girl|boy|gentleman|grandma|grandpa|teen|toddler|dude)\s+in\s+(?:room|rm|bed|bay|trauma|\d)/gi, strong: true },
  { regex: /\b(?:kid|guy|lady|woman|man|baby|girl|boy|gentleman|grandma|grandpa|teen|toddler)\s+in\s+(?:room|rm|bed|bay|trauma)\s*\d/gi, strong: true },
  { regex: new RegExp(String.raw`\b(?:a|one)\s+(?:[A-Za-z\u00C0-\u024F-]+\s+){0,2}?(?:patient|pt)\b(?!s)(?!\s+(?:${PATIENT_COMPOUND})\b)`, 'gi'), strong: false },
  // "our guy in trauma bay 2", "my sweet 91 y/o", "our 94 y/o": a patient by a person word.
  // Not "my kid", "my grandma", "my 6 y/o", "my 80 year old neighbor": the poster's own people.
  { regex: /\b(?:our|my)\s+(?:sweet\s+|favou?rite\s+|old\s+)?(?:guy|lady|gentleman|gent|dude|man|woman|frequent\s+fl[iy]er|(?:1[89]|[2-9]\d|1[01]\d)\s?(?:yo|y\/o|yr\s?old|year\s?old))\b(?!\s+(?:friends?|coworkers?|colleagues?|neighbou?rs?|landlord|landlady|boss|roommate|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|sister|brother|son|daughter|husband|wife|self)\b)/gi, strong: true },
  // "the lady we lost in trauma 2", "the guy I intubated".
  { regex: /\b(?:the|a|that|this)\s+(?:guy|lady|woman|man|kid|baby|girl|boy|gentleman|dude|teen|toddler|grandma|grandpa|mom|dad|family)\s+(?:we|i)\s+(?:just\s+)?(?:lost|coded|admitted|treated|had|saw|intubated|transferred|discharged|took\s+care\s+of|cared\s+for|pulled|found|transported|picked\s+up)\b/gi, strong: true },
  // "lost an 86yo at 0347".
  { regex: /\blost\s+(?:a|an|our|my)\s+\d{1,3}\s?(?:yo|y\/o)\b/gi, strong: true },
  // "taking care of their dad", "took care of my landlord's mom".
  { regex: /\b(?:taking|took|take|takes)\s+care\s+of\s+(?:their\s+(?:dad|mom|father|mother|grandma|grandpa|son|daughter|baby|kid)|my\s+[a-z]+(?:'s|’s)\s+[a-z]+)\b/gi, strong: true },
  // "on our hospice unit", "to our cardiac ICU".
  { regex: /\b(?:in|on|to)\s+(?:our|my)\s+[a-z-]+\s+(?:unit|floor|ward|icu)\b/gi, strong: true },
  // "Today's pt was my old teacher", "tonight's first patient": the shift names one patient.
  { regex: /\b(?:today['’]?s|tonight['’]?s|yesterday['’]?s|this\s+morning['’]s|last\s+night['’]s)\s+(?:(?:first|last|\d{1,2}(?:am|pm)?)\s+)?(?:pt|patient)\b(?!s)/gi, strong: true },
  // "One of my patients tonight was a country singer": one of them, singled out.
  { regex: /\bone\s+of\s+(?:my|our)\s+(?:patients|pts)\b/gi, strong: true },
  // `tells`: the reference says what happened to the patient (its own words are no detail, but
  // like a composite's described reference, one more detail makes the story).
  // A patient named by what brought them, at a sentence's start: "ETOH pt from the wedding", "GSW pt
  // last night", "MVC from the pileup". Only the first newline of a blank stretch starts a match.
  { regex: /(?:^|[.!?]\s|\n(?<!\n[^\S\n]*\n))\s*(?:(?:etoh|gsw|mvc|mva|od|psych|trauma|stemi|detox|dka|septic|ortho|peds|post-?op|drunk|intox)\s+(?:pt|patient)\b(?!s)|(?:mvc|mva|gsw|od|stabbing|rollover)\s+(?:from|at)\s+the\b)/gi, strong: true, tells: true },
  // "the GSW from the park", "our OD at the fair": the case word stands for the patient.
  { regex: /\b(?:the|that|our|my)\s+(?:mvc|mva|gsw|od|stabbing|rollover)\s+(?:from|at)\s+the\b/gi, strong: true, tells: true },
  // "I was his nurse", "I'm her medic": the poster cared for that one person.
  { regex: /\b(?:i\s+(?:was|am)|i['’]m|we\s+(?:were|are))\s+(?:his|her|their)\s+(?:(?:primary|night|day|charge|float|admitting)\s+)?(?:nurse|rn|lpn|cna|doctor|doc|medic|paramedic|emt|surgeon|np|pa|resident|intern|therapist|rt|midwife|crna)\b/gi, strong: true },
  // "ran a STEMI on the weatherman", "called a code on a toddler": an alert run on one person.
  { regex: /\b(?:ran|called|activated|paged)\s+(?:a|the)\s+(?:stemi|code|code\s+blue|stroke|stroke\s+alert|trauma|trauma\s+alert|rapid|rapid\s+response|sepsis\s+alert)\s+on\b/gi, strong: true },
  // "had the pastor of first baptist in for detox": someone had in for care.
  // The reference ends at its article: the words after it ("the pastor") are its details. Not
  // "in for the inspection", "in for lunch": a visit, no care.
  { regex: /\b(?:had|got)\s+(?:the|a|an|this|that)\b(?=\s+(?:[A-Za-z\u00C0-\u024F'’-]+\s){1,4}?in\s+(?:for\s+(?!(?:the|our|my|their|lunch|dinner|coffee|drinks|training|inspection|orientation|interviews?|a\s+(?:meeting|visit|tour|talk|lecture))\b)|again\b))/gi, strong: true },
  // "same guy twice", "that lady again": a weak reference a story can still lean on.
  { regex: /\b(?:same|this|that)\s+(?:\d{1,3}\s?(?:yo|y\/o)\s+)?(?:guy|lady|woman|man|kid|girl|boy|gentleman|dude|patient|pt|family)\b/gi, strong: false },
];

/** Words that mark a teaching case or a rule, not an encounter. */
export const TEACHING = phraseRegex([
  'presents with', 'presented with', 'presenting with', 'case study', 'case report', 'quiz', 'teaching point',
  'hypothetical', 'scenario', 'vignette', 'nclex', 'board question', 'imagine', 'what would you do', 'pop quiz',
  'differential', 'never post', "don't post", 'do not post', 'is identifiable', 'learning point', 'pearl',
  'classic case', 'classic presentation', 'until proven otherwise', 'next step', 'next best step', 'most likely', 'which of the following',
  'board review', 'case of the day', 'test question', 'exam question', 'ddx', 'rule out', 'presents to', 'presenting to',
  "what's your", 'what is your', 'first test',
]);

/**
 * Advice tacked on to a post: in the encounter's own sentence it makes the encounter an example
 * ("Reminder: the lady in room 12 is identifiable"); after a story ("...at daycare. Reminder: keep
 * them locked up!") the story is still told.
 */
export const ADVICE = phraseRegex(['reminder', 'psa', 'tip:', 'pro tip']);

export const TIME = phraseRegex([
  'today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'last night', 'yesterday', 'this week',
  'last week', 'earlier', 'just now', 'overnight', 'on nights', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's",
  'this year', 'new year', 'christmas', 'thanksgiving', 'halloween', 'fourth of july', 'memorial day', 'labor day',
  'morning', 'this month', 'last month', 'this weekend', 'last weekend', 'right now', 'rn', 'this am', 'this shift',
  'last shift', 'christmas eve', 'new year\'s eve', 'this wk', 'last tuesday', 'last friday', 'midnight', 'at noon',
  'tonite', 'last nite', 'tues', 'thurs', 'weds', 'last wk',
]);
export const CLOCK = /\b(?:at\s+)?\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![A-Za-z\u00C0-\u024F])|\b(?:day|pod|hd)\s+\d{1,3}\b|\b(?:at|by|since|around|until|till|@)\s+(?:[01]\d|2[0-3])[0-5]\d(?:\s?hrs?)?\b|(?<![\w.:/-])0\d[0-5]\d(?=\.\s|\s+(?:we|i|he|she|they|and)\b)/gi;
export const EVENT = phraseRegex([
  'crash', 'car crash', 'accident', 'mvc', 'mva', 'rollover', 'shooting', 'shot', 'stabbing', 'stabbed', 'fire',
  'house fire', 'game', 'concert', 'festival', 'parade', 'wedding', 'prom', 'graduation', 'tournament', 'drowning',
  'drowned', 'overdose', 'od', 'ods', 'found down', 'dog bite', 'fireworks', 'explosion', 'bar fight', 'fight',
  'hit and run', 'pileup', 'pile-up', 'wreck', 'collision', 'motorcycle', 'skydiving', 'hunting accident', 'fell off', 'fell from', 'race', 'marathon', 'fall', 'fell', 'unwitnessed fall', 'fell through',
  'swallowed', 'bitten', 'burned', 'electrocuted', 'stuck in', 'gsw', 'gunshot', 'narcan', 'coded', 'transplant',
  'new heart', 'new liver', 'new kidney', 'passed', 'passed away', 'died', 'born', 'delivered', 'came off', 'dropped at',
  'dropped off', 'birthday', 'called 911', 'detox', 'extubated', 'intubated', 'discharged', 'went home', 'left ama', 'ama', 'eloped', 'missing',
]);
export const NOTABLE = phraseRegex([
  'celebrity', 'famous', 'news anchor', 'anchor', 'reporter', 'weatherman', 'councilman', 'councilwoman',
  'council member', 'mayor', 'senator', 'governor', 'congressman', 'congresswoman', 'judge', 'sheriff', 'pastor',
  'priest', 'rabbi', 'imam', 'principal', 'coach', 'quarterback', 'qb', 'pitcher', 'nfl', 'nba', 'mlb', 'nhl', 'olympian',
  'pro athlete', 'actor', 'actress', 'singer', 'rapper', 'influencer', 'reality star', 'tiktoker', 'youtuber',
  'local news', 'the news', 'on the news', 'in the news', 'news story', 'went viral', 'high school', 'star player', 'ceo', 'billionaire', 'royalty', 'politician', 'a-lister',
  'linebacker', 'point guard', 'goalie', 'striker', 'medalist', 'olympic', 'bengals', 'celebrity chef', 'news', 'channel',
  'tv', 'famous', 'councilor', 'superintendent', 'bishop', 'alderman', 'state rep', 'commissioner', 'police chief',
  'fire chief', 'teacher at', 'the coach', 'you know who you are',
]);
export const RARE = phraseRegex([
  'rare', 'one in a million', 'second case', 'third case', 'fourth case', 'fifth case', '1 in a million', 'never seen', 'first case', 'only case', 'conjoined', 'progeria',
  'textbook', 'zebra', 'medical mystery', 'the only', 'only one', 'longest', 'youngest', 'oldest', 'tallest', 'first ever', 'quintuplets', 'sextuplets', 'octuplets', 'triplets', 'quadruplets',
]);
export const REPEAT = phraseRegex(['again', 'third time', 'fourth time', 'fifth time', 'every week', 'every month', 'same one', 'back again', 'regular', 'is back', 'back on', 'twice', 'every time', 'every single', 'frequent flyer', 'frequent flier']);
/**
 * Who the patient is to someone the reader knows: "my landlord's sister", "the father of my kid's
 * teacher", "my neighbour's mom". Such a chain names the patient to a whole circle of people.
 */
export const RELATION_CHAIN =
  /\b(?:my|our)\s+(?:[a-z]+\s+)?(?:landlord|landlady|neighbou?r|coworker|co-worker|colleague|boss|friend|teacher|pastor|coach|dentist|mechanic|hairdresser|barber|roommate|ex|ex-(?:boyfriend|girlfriend|husband|wife|bf|gf)|boyfriend|girlfriend|kid|son|daughter|husband|wife|cousin|sister|brother)(?:'s|’s)\s+(?:[a-z]+(?:'s|’s)\s+)?(?:mom|mother|dad|father|sister|brother|son|daughter|wife|husband|kid|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|teacher|boss|girlfriend|boyfriend)\b|\b(?:the\s+)?(?:mom|mother|dad|father|sister|brother|son|daughter|wife|husband)\s+of\s+(?:my|our)\s+(?:[a-z]+(?:'s|’s)\s+)?[a-z]+\b/gi;
// Every match says "my" or "our" (letters.ts): a post without either never compiles it.
declareLetters(RELATION_CHAIN, ['my', 'our']);
/** "see pic of his chart", "photo of the x-ray": a record of the patient, posted. */
export const RECORD_SHOWN =
  /\b(?:pic|pics|photo|photos|picture|screenshot|snap|image)\s+of\s+(?:his|her|their|the|this|a|my\s+pt's|our\s+pt's)\s+(?:chart|x-?ray|xray|scan|ct|mri|face|wound|ekg|ecg|labs?|armband|wristband|facesheet|face\s+sheet|tattoo)\b|\bpic\s+of\s+the\s+x-?ray\b|\b(?:took|take|taking|posted|snapped)\s+a\s+(?:pic|photo|picture|selfie)\s+(?=(?:w\/|with)\s+(?:my|our|this|the|a)\s+(?:pt|patient)\b)/gi;
/** "3rd time this wk", "the 4th case I have seen", "1 in 2 million": counts and odds that single someone out. */
export const ODDS = /\b\d{1,3}(?:st|nd|rd|th)\s+(?:time|case|one|round|visit|admission|od|overdose|chemo|surgery|transplant)\b|\b1\s+in\s+\d[\d,]*(?:\s*(?:million|thousand|k))?\b/gi;
/**
 * Someone the poster knows turned out to be the patient: "my neighbor was my pt", "my pt today was
 * my old landlord". The circle that knows them both can tell who it was.
 */
export const KNOWN_AS_PATIENT =
  /\b(?:neighbou?r|landlord|landlady|coworker|co-worker|ex|boss|teacher|pastor|dentist|friend|classmate|roommate|mailman|barber|hairdresser|babysitter|coach|crush)(?=\s+(?:was|is|became)\s+(?:my|our)\s+(?:pt|patient)\b)|(?<=\b(?:pt|patient)(?:\s(?:today|tonight|yesterday))?\s)(?:was|is)\s+(?:my|our)\s+(?:old\s+|former\s+)?(?:neighbou?r|landlord|landlady|coworker|co-worker|ex|boss|teacher|pastor|dentist|friend|classmate|roommate|mailman|barber|hairdresser|babysitter|coach|crush)\b/gi;
// Every match names the acquaintance (letters.ts).
declareLetters(KNOWN_AS_PATIENT, ['neighbo', 'landlord', 'landlady', 'coworker', 'co-worker', 'ex', 'boss', 'teacher', 'pastor', 'dentist', 'friend', 'classmate', 'roommate', 'mailman', 'barber', 'hairdresser', 'babysitter', 'coach', 'crush']);
/** "from our hometown", "local": ties the patient to a community that can recognise them. */
export const LOCAL = phraseRegex(['local', 'hometown', 'our town', 'our community', 'our little town', 'small town']);
export const AGE = /\b\d{1,3}[- ]?(?:years?|yrs?|y)[- ]?old\b|\b\d{1,3}\s?(?:yo|y\/o)\b|\b\d{1,3}\s?(?:[MF])\b|\b\d{1,2}\s+(?:months?|weeks?|days?)\s+old\b/g;
/** Capitalised places after a preposition: "at the Walmart", "on Route 30", "in Springfield". */
export const PLACE = /\b(?:at|on|from|near|outside|behind|in)\s+(?:the\s+)?((?:[A-Z][A-Za-z\u00C0-\u024F'’&-]+|[A-Z]{2,})(?:\s+(?:[A-Z][A-Za-z\u00C0-\u024F'’&-]+|\d{1,4}))*)/g;
export const NOT_PLACES = new Set(['I', 'The', 'A', 'Our', 'My', 'We', 'He', 'She', 'They', 'It', 'This', 'That', 'Christmas', 'Thanksgiving', 'Halloween', 'ICU', 'ER', 'ED', 'PICU', 'NICU', 'CT', 'MRI', 'OR', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'English', 'Spanish', 'Epic', 'Cerner', 'God', 'Jesus', 'Pt', 'Patient', 'Room', 'Bed', 'Bay', 'Trauma', 'IV', 'L&D', 'SNF', 'ALF', 'NH', 'PACU', 'OB', 'Peds', 'Psych']);

