import type { Lexicon } from '../conduct/tagger';

/**
 * Word classes the conduct frames are built from (conduct/frames.ts). Each class is a kind of word
 * — a target, an evaluation, an act, an intent, a benign reading — not a list of sentences: a new
 * post is caught when it uses any member of each class in the frame's order. "#" is a number,
 * "stem*" any word starting with the stem; two-word phrases also match hyphenated and joined.
 */

/** Who: a patient, a colleague, people in general. */
const TARGETS: Lexicon = {
  PATIENT: [
    'patient', 'patients', 'pt', 'pts', "pt's", "patient's", "patients'", 'my assignment', 'frequent flyer', 'frequent flyers',
    'frequent flier', 'frequent fliers', 'psych holds', 'ed regulars', 'er regulars', 'dialysis regulars', 'the family', 'this family', 'that family', 'these families', 'the families', 'admits',
    'these people', 'those people', 'no-shows', 'no shows', 'vip patient', 'vip patients', 'vip pt',
    // "room 4", "bed 12": a patient by where they lie; "the guy in 9" below.
    'room #', 'rm #', 'bed #', 'bay #', 'trauma #', 'people in the waiting room', 'people in our waiting room', 'everyone in the waiting room',
    ...['guy', 'lady', 'man', 'woman', 'dude', 'kid', 'gentleman', 'grandpa', 'grandma', 'family', 'mom', 'dad', 'girl', 'boy', 'one', 'drunk', 'teen', 'pt', 'patient', 'wife', 'husband', 'son', 'daughter'].flatMap(
      (who) => ['in #', 'in room #', 'in bed #', 'in bay #', 'in rm #', 'from #', 'from room #', 'from bed #'].map((where) => `${who} ${where}`),
    ),
  ],
  /** Person nouns and object pronouns: who a harm or a permission is aimed at. */
  PERSON: [
    'him', 'her', 'them', "'em", 'em', 'he', 'she', 'they', 'guy', 'lady', 'man', 'woman', 'dude', 'kid', 'gentleman', 'grandpa',
    'grandma', 'granny', 'drunk', 'drunks', 'addict', 'addicts', 'junkie', 'junkies', 'overdoses', 'ods', 'patient', 'patients',
    'pt', 'pts', 'frequent flyer', 'frequent flyers', 'screamer', 'biter', 'old man', 'old lady', 'family', 'people', 'this one',
    'that one', 'someone', 'somebody', 'anyone', 'seeker', 'seekers', 'bed #', 'room #',
  ],
  COLLEAGUE: [
    'nurse', 'nurses', 'rn', 'rns', 'charge nurse', 'charge', 'new grad', 'new grads', 'doctor', 'doctors', 'doc', 'docs',
    'attending', 'attendings', 'resident', 'residents', 'intern', 'interns', 'surgeon', 'surgeons', 'hospitalist', 'pharmacist',
    'pharmacists', 'tech', 'techs', 'cna', 'cnas', 'aide', 'aides', 'preceptor', 'preceptors', 'orientee', 'manager', 'unit manager',
    'nurse manager', 'supervisor', 'director', 'educator', 'coworker', 'coworkers', 'co-worker', 'co-workers', 'colleague',
    'colleagues', 'traveler', 'travelers', 'traveller', 'travel nurse', 'agency nurse', 'float', 'day shift', 'night shift',
    'dayshift', 'nightshift', 'days', 'nights', 'np', 'nps', 'pa', 'anesthesia', 'anesthesiologist', 'crna', 'rt', 'rts', 'medic',
    'medics', 'paramedic', 'scheduler', 'secretary', 'unit clerk', 'provider', 'providers', 'fellow', 'registrar', 'consultant',
    'midwife', 'therapist', 'dr', 'dr.', 'physician', 'physicians',
  ],
  /** Leadership and the organisation as words; names of hospitals come from conduct.ts's EMPLOYER. */
  LEADERSHIP: [
    'admin', 'administration', 'management', 'leadership', 'corporate', 'c-suite', 'hr', 'ceo', 'cno', 'execs', 'executives',
    'the board', 'higher ups', 'this hospital', 'our hospital', 'my hospital', 'the hospital', 'this place', 'this company',
    'health system', 'the system', 'my employer', 'our employer',
  ],
  /** Groups people are stereotyped by, named without slurs. */
  GROUP: [
    'immigrants', 'immigrant', 'migrants', 'foreigners', 'refugees', 'gay', 'gays', 'lesbian', 'lesbians', 'queer', 'trans',
    'transgender', 'asian', 'asians', 'indian', 'indians', 'chinese', 'jewish', 'jews', 'muslim', 'muslims', 'arab', 'arabs',
    'black', 'blacks', 'hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'mexican', 'mexicans', 'filipino',
    'filipinos', 'filipina', 'filipinas', 'african', 'africans', 'haitian', 'haitians', 'somali', 'somalis', 'nigerian',
    'nigerians', 'russian', 'russians', 'middle eastern', 'arabic', 'pakistani', 'pakistanis', 'korean', 'koreans', 'vietnamese',
    'puerto rican', 'puerto ricans', 'native', 'natives', 'indigenous', 'catholic', 'catholics', 'christian', 'christians', 'hindu',
    'hindus', 'sikh', 'sikhs', 'mormon', 'mormons', 'amish', 'jehovah\'s witnesses', 'jw', 'religious', 'medicaid', 'medi-cal',
    'welfare', 'uninsured', 'homeless', 'elderly', 'old people', 'old folks', 'boomers', 'geriatric', 'deaf', 'blind', 'disabled',
    'autistic', 'bipolar', 'schizophrenic', 'schizophrenics', 'borderline', 'borderlines', 'psych patients', 'bpd',
    'sickle cell', 'sicklers', 'obese', 'fat people', 'overweight', 'smokers', 'addicts', 'alcoholics', 'women', 'men', 'females',
    'males', 'foreign', 'esl', 'non-english', 'undocumented', 'illegals', 'unvaccinated', 'anti-vaxxers', 'antivaxxers',
    'rural', 'ghetto', 'inner city', 'trailer park', 'antivaxxer', 'anti-vaxxer', 'smoker', 'alcoholic',
  ],
  /** An age bound that marks a group: "anyone over 85", "people over 80", "90-year-olds". */
  AGE_GROUP: [
    'anyone over #', 'anybody over #', 'people over #', 'patients over #', 'pts over #', 'everyone over #', 'nobody over #',
    'over the age of #', '#-year-olds', '# year olds', 'nonagenarians', 'octogenarians', 'centenarians',
    'old people', 'elderly', 'the elderly', 'geriatric patients', 'nursing home patients', 'the old',
  ],
  FIRST: ['i', "i'm", 'im', "i've", "i'll", "i'd", 'me', 'my', 'myself', 'mine', 'we', "we're", "we've", 'us', 'our'],
};

/** How: evaluations of people, copulas, the poster's attitude. */
const EVALUATIONS: Lexicon = {
  /** Contempt for a person's character (not their state: scared, confused, sick and angry are not here). */
  CONTEMPT: [
    'pill seekers', 'pill seeker', 'walking landfill', 'landfill', 'walking biohazard', 'cesspool', 'genetic cesspool', 'trashy',
    'ungrateful', 'entitled', 'lazy', 'laziest', 'whiny', 'whiniest', 'whiner', 'whiners', 'whining', 'manipulat*', 'disgusting',
    'fakers', 'faker', 'liars', 'liar', 'lying', 'pathetic', 'worthless', 'useless', 'stupid', 'stupidest', 'dumb', 'dumbest',
    'idiot', 'idiots', 'idiotic', 'moron', 'morons', 'imbecile', 'imbeciles', 'animals', 'savages', 'brats', 'spoiled brats',
    'spoiled', 'miserable', 'vile', 'nasty', 'nastiest', 'weasel', 'weasels', 'leeches', 'parasites', 'scum', 'lowlifes', 'losers',
    'loser', 'creeps', 'freaks', 'pigs', 'pig', 'slobs', 'slob', 'degenerates', 'dregs', 'crybabies', 'crybaby', 'whiny babies',
    'big babies', 'toddlers', 'clowns', 'clown', 'incompetent', 'incompetence', 'clueless', 'ignorant', 'hypochondriacs',
    'drama queens', 'drama queen', 'divas', 'diva', 'pain in the ass', 'waste of space', 'waste of oxygen', 'piece of work',
    'sexist pig', 'racist pig', 'human garbage', 'disgrace', 'hack', 'hacks', 'quack', 'arrogant', 'psycho',
    'psychos', 'nutcase', 'nutcases', 'lunatic', 'lunatics', 'snake', 'snakes', 'backstabber', 'backstabbers', 'gross people',
    'dirtbag', 'dirtbags', 'scumbag', 'scumbags', 'jerk', 'jerks', 'creature', 'cheapskates', 'thieves', 'crooks', 'frauds',
    'con artists', 'con artist', 'users', 'abusers', 'bums', 'slackers', 'deadbeats', 'freeloaders', 'mooches', 'moochers',
    'exhausting', 'insufferable', 'obnoxious', 'drug seekers', 'drug seeker', 'seekers', 'worst people',
    'horrible people', 'awful people', 'terrible people', 'the worst humans', 'bad people', 'bad humans', 'terrible humans',
    'awful humans', 'horrible humans', 'evil people', 'the worst kind of people', 'whiny little baby', 'little brat', 'brat', 'a nightmare', 'nightmares', 'cowards', 'coward',
    'spineless', 'two-faced', 'heartless', 'pompous', 'condescending', 'bully', 'bullies', 'tyrant', 'witch', 'hag', 'cow',
    'rudest', 'meanest', 'most annoying', 'grossest', 'nastiest', 'human disaster', 'walking disaster', 'walking liability',
    'a menace', 'hot mess', 'train wreck of a',
    // Dehumanising and class contempt, and mocked intelligence: "cockroaches", "trailer trash", "dumber than a bag of hammers".
    'cockroaches', 'vermin', 'rats', 'inbred', 'inbreds', 'trailer trash', 'white trash', 'welfare queen', 'welfare queens',
    'attention whore', 'attention whores', 'sack of potatoes', 'sack of shit', 'waste of skin', 'waste of air', 'oxygen thief',
    'oxygen thieves', 'mouth breather', 'mouth breathers', 'knuckle dragger', 'knuckle draggers', 'neanderthal', 'neanderthals',
    'troglodyte', 'troglodytes', 'subhuman', 'dumber than', 'stupider than', 'dumb as', 'thick as', 'dense as', 'fat slob',
    'zombies', 'zoo animals', 'creatures', 'pincushion', 'human pincushion', 'cattle', 'livestock', 'feral animals', 'wild animals',
    'pure evil', 'the devil', 'spawn of satan', 'demon spawn', 'old bat', 'old goat', 'old coot', 'old hag', 'drama llama',
    'potato', 'whole potato', 'absolute potato', 'giant toddler', 'overgrown toddler', 'grown toddler', 'little demon',
  ],
  /** After a number: a time, not a bed ("in 3 days"). */
  TIME_UNIT: [
    'day', 'days', 'hour', 'hours', 'hrs', 'hr', 'minute', 'minutes', 'mins', 'min', 'week', 'weeks', 'month', 'months', 'year',
    'years', 'yrs', 'seconds', 'secs', 'shifts', 'nights', 'am', 'pm', 'a.m.', 'p.m.', 'percent', '%',
  ],
  /** Mocked intelligence, said of someone: "two brain cells between them", "room temperature IQ". */
  DIM_WIT: [
    'could not boil an egg', "couldn't boil an egg", 'boil an egg', "couldn't boil water", 'could not boil water', "can't tie their shoes", "couldn't tie their shoes",
    'two brain cells', 'one brain cell', 'brain cells between', 'single brain cell', 'room temperature iq', 'iq of a', 'smooth brain',
    'smooth brained', 'not the sharpest tool', 'not the sharpest knife', 'not the brightest bulb', 'lights are on but nobody',
    'few fries short', 'few sandwiches short', 'rocks for brains', 'head full of rocks', 'dumb as rocks', 'dumb as a rock',
    'dumb as a box of rocks', 'dumber than a box of rocks', 'dumber than a bag of hammers', 'dumb as a bag of hammers',
    'brain of a', 'brains of a', 'memory of a goldfish', 'attention span of a', 'dumber than a', 'sharp as a marble', 'sharp as a bowling ball',
  ],
  /**
   * Names that pin a patient to a condition, a body or how often they come: "our favorite repeat
   * customer", "the borderline in 4", "sicklers", "the COPDer". Mocking only with a mocking marker.
   */
  PATIENT_LABEL: [
    'dialysis dodger', 'dialysis dodgers', 'appointment dodger',
    'repeat customer', 'repeat customers', 'loyalty card', 'punch card', 'frequent visitor', 'own parking spot', 'own parking space',
    'usual suspects', 'friday night crew', 'saturday night crew', 'the regulars', 'our regular', 'our regulars', 'ed regular',
    'er regular', 'regular #', 'usual room', 'reserved seat', 'season pass', 'season ticket', 'the borderline', 'a borderline',
    'our borderline', 'the bipolar', 'psych case', 'psych cases', 'head case', 'sickler', 'sicklers', 'copder', 'copders',
    'noncompliant diabetic', 'non-compliant diabetic', 'noncompliant diabetics', 'non-compliant diabetics', 'the diabetic', 'dialysis no-show',
    'at it again', 'strikes again', 'for attention', 'thinks he\'s jesus', "thinks she's the queen", 'professional patient',
  ],
  /** Mocking, said over a patient: an eye-roll, "shocker", "love that for me". */
  MOCK_MARK: [
    'lol', 'lmao', 'lmfao', 'shocker', 'sure jan', 'love that for me', 'smh', 'riiight', 'surprise surprise', 'cool cool cool',
    'here we go again', 'like clockwork', 'every single time', 'eye roll', 'the audacity', "can't make this up", 'cant make this up',
    'make it make sense', 'bless her heart', 'bless his heart', 'girl you are fine', 'sir you are fine', 'ma\'am you are fine',
  ],
  /** What patients are mocked for expecting: the ED as a spa, nurses as maids. */
  PATIENT_TRAIT: [
    'never learn', "won't learn", 'never listen', 'treat the ed like', 'treat the er like', 'treats the ed like', 'treats the er like',
    'treat us like waitstaff', 'treat us like maids', 'treat us like servants', 'treats us like waitstaff', 'treats us like maids',
    'treats us like servants', 'like a spa', 'like a hotel', 'like a resort', 'like burger king', 'room service', 'think this is a hotel',
    'thinks this is a hotel', 'think this is a spa', 'thinks this is a spa', 'thinks i am her maid', "thinks i'm her maid", "thinks i'm his maid",
    'personal maid', 'personal servant', 'personal butler', 'his maid', 'her maid', 'their maid', 'his servant', 'her servant',
    'abuse the system', 'abuses the system', 'milk the system', 'milks the system', 'here for the dilaudid', 'here for the narcs',
    'here for the good stuff', 'here for a sandwich', 'here for the sandwich', 'here for a turkey sandwich',
  ],
  /** Mocked weight: "weighs more than my car", "needs their own zip code". */
  WEIGHT_MOCK: [
    'weighs more than my car', 'weighs more than a car', 'weighs more than my truck', 'weighs as much as a car', 'size of a house',
    'size of a small car', 'own zip code', 'own gravitational pull', 'gravitational pull', 'put the fork down', 'put down the fork',
    'step away from the buffet', 'push away from the table', 'eaten the whole', 'ate the whole buffet', 'two of everything',
    'lay off the', 'your life choices', 'her life choices', 'his life choices', 'their life choices', 'skip a meal', 'skip dessert',
    'pounder', 'pounders', 'needed 8 of us', 'took 8 of us', 'needed six of us', 'took six of us',
  ],
  /** Smelled far off: "could smell bed 12 from the nurses station". */
  SMELL: ['smell', 'smelled', 'smelt', 'smelling', 'smells', 'stink', 'stinks', 'reek', 'reeks', 'reeking', 'stench', 'odor', 'odour', 'whiff'],
  FROM_AFAR: [
    'from the nurses station', "from the nurses' station", 'from the nurse station', 'from the hall', 'from the hallway', 'from down the hall',
    'from the parking lot', 'from the elevator', 'a mile away', 'from triage', 'from the desk', 'from the next room', 'from outside the room',
  ],
  /** Mocking hygiene: "never met a shower", "allergic to soap". */
  HYGIENE_MOCK: [
    'never met a shower', 'never met soap', 'allergic to soap', 'allergic to showers', 'allergic to water', 'allergic to deodorant',
    'what soap is', 'heard of soap', 'heard of a shower', 'heard of deodorant', 'never seen soap', 'hose him down', 'hose her down',
    'hose them down', 'fumigate', 'fumigated', 'hazmat suit',
  ],
  /** Smells that are clinical findings, not mockery: "could smell the c diff from the hall". */
  CLINICAL_ODOR: [
    'c diff', 'cdiff', 'c. diff', 'melena', 'gi bleed', 'pseudomonas', 'anaerobe', 'anaerobes', 'dka', 'ketones', 'fruity',
    'wound', 'necrotic', 'necrosis', 'infection', 'infected', 'gangrene', 'abscess', 'fungating', 'osteomyelitis', 'assessment',
  ],
  /** Support cut off: "turn off his oxygen", "unplug the vent". */
  CUT_OFF: ['turn off', 'turned off', 'shut off', 'unplug', 'unplugged', 'disconnect', 'disconnected', 'clamp', 'clamped', 'pull the plug on', 'pulled the plug on'],
  /** Ending a life, in idiom: "pull the plug on the old lady in 4". */
  PULL_PLUG: ['pull the plug on', 'pulls the plug on', 'pulling the plug on', 'just pull the plug on'],
  LIFE_SUPPORT: ['oxygen', 'o2', 'vent', 'ventilator', 'bipap', 'cpap', 'pressors', 'drip', 'pacemaker', 'tube feeds', 'feeding tube', 'monitor', 'heat'],
  /** Contempt that names a person, not a mood: read before a bed or room ("the slob in 6"). */
  CONTEMPT_NOUN: [
    'idiot', 'moron', 'imbecile', 'animal', 'savage', 'brat', 'weasel', 'leech', 'parasite', 'scumbag', 'dirtbag', 'lowlife',
    'loser', 'creep', 'freak', 'pig', 'slob', 'degenerate', 'crybaby', 'clown', 'hypochondriac', 'drama queen', 'diva', 'jerk',
    'creature', 'bum', 'deadbeat', 'freeloader', 'moocher', 'witch', 'hag', 'cow', 'inbred', 'trailer trash', 'white trash',
    'welfare queen', 'attention whore', 'cockroach', 'mouth breather', 'knuckle dragger', 'neanderthal', 'troglodyte', 'whiner',
    'complainer', 'faker', 'nutjob', 'nutcase', 'lunatic', 'psycho', 'weirdo', 'slug', 'blob', 'lump', 'princess', 'karen', 'retard',
    'old bat', 'old goat', 'old coot', 'drama llama', 'geezer', 'old geezer', 'old fart', 'codger', 'schizo', 'crackhead', 'methhead', 'junkie',
  ],
  /** Patients' relatives and visitors as a target of contempt ("entitled families"); PATIENT holds only "the family" and the like. */
  FAMILIES: ['families', 'family', 'family members', 'visitors', 'moms', 'dads', 'mothers'],
  /** Said only before a person it condemns: "the worst patient", "nightmare family", "the patient from hell". */
  ATTR_CONTEMPT: ['trashy', 'worst', 'nightmare', 'whiny', 'whiniest', 'rudest'],
  /**
   * A patient named by what they do to staff: "the screamer", "our biter is back". Keyed on the
   * nickname, not on its article: phrases that start with "the" are tried at every "the" of a draft.
   */
  BEHAVIOR_NICK: ['screamer', 'screamers', 'biter', 'biters', 'spitter', 'spitters', 'kicker', 'kickers', 'grabber', 'grabbers', 'yeller', 'puker'],
  /** A swear word used as an adjective on a person: "this f*cking drunk in bay 2" ("f*cking" reads as "f" "cking"). */
  SWEAR_ADJ: ['fucking', 'fuckin', 'f cking', 'f ckin', 'f king', 'fkn', 'effing', 'effin', 'goddamn', 'goddamned', 'motherfucking'],
  /** Films, shows and games: "The Screamer is playing at the drive-in", "the kicker missed a field goal". */
  MEDIA: [
    'movie', 'movies', 'film', 'films', 'tv', 'show', 'series', 'episode', 'season', 'netflix', 'hulu', 'drive-in', 'theater', 'theatre',
    'horror', 'trailer', 'documentary', 'shark week', 'game', 'games', 'team', 'coach', 'field goal', 'nfl', 'football', 'soccer', 'band',
    'album', 'song', 'wrestling', 'wrestler', 'roller coaster', 'ride',
  ],
  /** "the fat ones", "the deaf ones": people sorted into a kind. */
  ONES: ['ones'],
  /** A ranking of people by a trait: "are the worst", "are the most annoying". */
  /** A ranking of people by a trait: "are the worst", "are the most annoying" (keyed past "the", which every draft is full of). */
  RANKED_WORST: ['worst', 'hardest', 'most annoying', 'most exhausting', 'most difficult', 'annoying', 'exhausting', 'insufferable', 'biggest pain', 'laziest', 'dumbest', 'rudest', 'nightmare'],
  FROM_HELL: ['from hell', 'from the depths of hell', 'straight from hell'],
  /** Linking a target to what is said of it: "are", "acting like", "behave like". */
  COPULA: [
    'is', 'are', 'was', 'were', "'s", "'re", 'be', 'being', 'been', 'seem', 'seems', 'act', 'acts', 'acting', 'behave', 'behaves',
    'behaving', 'get', 'gets', 'become', 'becomes', 'turn into', 'like', 'look like', 'looks like', 'sound like', 'sounds like',
    "he's", "she's", "they're", "it's", 'hes', 'shes', 'theyre', 'is just', 'are just', 'are all', 'r',
  ],
  /** The poster's contempt for whoever follows: "I hate these patients", "can't stand my pts". */
  HATE: [
    'hate', 'hates', 'despise', 'despises', 'loathe', 'loathes', "can't stand", 'cannot stand', 'cant stand', 'sick of', 'done with',
    'tired of', 'fed up with', 'so over', 'disgusted by', 'sick and tired of', 'no patience for', 'zero patience for',
  ],
  /** What follows "I hate": a thing about the target, not the target ("I hate that patients wait"). */
  HATE_SITUATION: ['that', 'when', 'how', 'seeing', 'watching', 'having', 'it', 'for', 'to', 'the way', 'what'],
  /** A generalisation: "always", "all of them", "every single one". */
  GENERALISER: [
    'always', 'all', 'every', 'never', 'all the same', 'every time', 'everytime', 'without fail', 'typical', 'of course',
    'every single', 'each and every', 'constantly', 'only', 'just', 'such', 'so', 'tend to', 'are known for', 'notorious',
    'guaranteed', 'inevitably', 'honestly', 'most', 'these', 'those', 'too', 'sorry not sorry', 'change my mind', 'fact',
  ],
  /** Negative traits pinned on a group (besides contempt): behaviour said of every member. */
  TRAIT: [
    'dramatic', 'drama', 'loud', 'rude', 'dirty', 'smell', 'smelly', 'violent', 'aggressive', 'dangerous', 'drain', 'burden',
    'noncompliant', 'non-compliant', 'difficult', 'demanding', 'cheap', 'hover', 'argue', "can't communicate", 'cannot communicate',
    "can't speak english", "won't learn", 'never learn', 'never bother', "don't bother", 'pretend', 'exaggerate', 'overreact',
    'complain', 'complainers', 'abuse the system', 'milk the system', 'scam', 'scammers', 'criminals', 'crazy', 'unstable',
    'unreliable', "can't be trusted", "don't trust", 'untrustworthy', 'sneaky', 'clannish', 'stick together', 'look out for each other',
    'take over', 'trash the', 'treat the', 'like their personal', 'expect', 'waste', 'faking', 'fake', 'lie', 'lies', 'steal',
    'drug-seeking', 'seeking', 'entitled', 'needy', 'emotional', 'too emotional', 'hysterical', 'weak', 'inferior', "can't handle", 'clingy', 'stubborn', 'primitive', 'backwards', 'ignorant', 'promiscuous',
    'perverts', 'predators', 'confused', 'delusional', 'mentally ill', 'sick in the head', 'a phase', 'attention seeking',
    'attention-seeking', 'unnatural', 'sinful', 'abomination',
  ],
  /** Readings that fight a bias rather than voice it. */
  AGAINST_BIAS: [
    'bias', 'biased', 'biases', 'stereotype', 'stereotypes', 'stereotyping', 'assumption', 'assumptions', 'ageist', 'ageism',
    'racism', 'racist', 'undertreated', 'disparity', 'disparities', 'equity', 'barriers', 'deserve', 'deserves', 'myth', 'not true',
    'stigma', 'discrimination', 'discriminate', 'respect', 'respecting', 'interpreter', 'advocate', 'advocacy', 'underserved',
    'deserve an', 'deserves an', 'deserve better', 'deserve the same', 'deserve respect', 'deserve care', 'face', 'wait longer',
  ],
  /** Warmth: a group named with love or pride is celebrated, not stereotyped. */
  WARMTH: ['love', 'loved', 'proud', 'pride', 'fabulous', 'beautiful', 'amazing', 'celebrate', 'celebrating', 'grateful', 'thankful', 'blessed', 'adore', 'awesome', 'brilliant', 'shoutout', 'shout out'],
  /** Words between a target and a judgement that make it someone's view or fear, not the poster's judgement. */
  PERSPECTIVE: [
    'me', 'us', 'i', 'we', 'you', 'called', 'call', 'calls', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'say', 'says',
    'said', 'scared', 'afraid', 'worried', 'labeled', 'labelled', 'judged', 'seen as', 'treated', 'fear', 'feared', 'accused',
    'assume', 'assumed', 'told', 'worry', 'dismissed as', 'written off as', 'where', 'whose', 'talk', 'talks', 'talking',
  ],
  /** Someone told or telling: "patients tell us it is like a hotel" is their praise, not the poster's mockery. */
  SAID_TO: ['me', 'us', 'i', 'we', 'you', 'say', 'says', 'said', 'told', 'tell', 'tells', 'called'],
  /** Effort before a simile: "worked like animals", "ran like dogs" praise the work, not judge the people. */
  EFFORT: ['work', 'works', 'worked', 'working', 'ran', 'running', 'hustled', 'hustling', 'fought', 'fighting', 'grinding', 'toiled', 'toiling', 'slaved', 'busted'],
  /** Strain put on people: "so overworked they're basically zombies" pities them, it does not judge them. */
  STRAIN: [
    'overworked', 'exhausted', 'burnt out', 'burned out', 'burning out', 'sleep deprived', 'sleep-deprived', 'underpaid', 'understaffed',
    'drowning', 'worn out', 'worn down', 'stretched thin', 'running on fumes', 'no sleep', 'no break', 'no breaks', 'hour 20', 'hour 24',
    'post-call', 'post call', 'short staffed', 'short-staffed',
  ],
  /** After a patient word, what makes it about the work, not a person ("patient safety"). */
  CARE_NOUN_AFTER: [
    'safety', 'care', 'education', 'experience', 'satisfaction', 'portal', 'advocate', 'advocacy', 'flow', 'outcomes', 'ratios',
    'ratio', 'load', 'scores', 'surveys', 'transport', 'population', 'centered', 'centred', 'rooms', 'handouts', 'charts',
    'diagnosis', 'disorder', 'personality',
  ],
  /** After "I hate <patients>": the situation is hated, not the people. */
  SITUATION_AFTER: [
    'dying', 'waiting', 'suffering', 'being', 'getting', 'having', 'boarding', 'stuck', 'in pain', 'going', 'left', 'wait',
    'have to', 'die', 'suffer', 'struggle', 'struggling', 'sitting', 'lying', 'laying', 'sent', 'discharged',
  ],
  TELL: ['told', 'tell', 'telling', 'tells', 'yelled at', 'snapped at', 'screamed at', 'barked at'],
  /** Shutting someone up, said to them. */
  /** "shut the pt in 4 up": the verb and its particle around the person. */
  SHUT: ['shut', 'shutting'],
  UP: ['up'],
  SHUT_UP: ['to shut up', 'shut up', 'shut your mouth', 'shut your trap', 'zip it', 'put a sock in it', 'to zip it', 'to shut her mouth', 'to shut his mouth', 'to shut their mouths', 'to shut it', 'stfu', 'to stfu', 'to shut the hell up', 'to shut the f up'],
  /** A subject pronoun with its verb: "she's", "they are". */
  PRONOUN_SUBJ: ["he's", "she's", "they're", 'hes', 'shes', 'theyre', 'he is', 'she is', 'they are', 'he was', 'she was', 'they were', 'he acts', 'she acts'],
  /** The poster's own family: contempt for them is not about patients. */
  FAMILY_OWN: ['my mom', 'my dad', 'my kid', 'my son', 'my daughter', 'my husband', 'my wife', 'my sister', 'my brother', 'my mother', 'my father', 'my ex', 'my toddler', 'my teenager', 'my boyfriend', 'my girlfriend', 'my cat', 'my dog'],
  /** Soiled, left so: what a patient is left in. */
  SOILED: ['soiled', 'wet sheets', 'wet bed', 'wet brief', 'soaked', 'poopy', 'covered in', 'his own mess', 'her own mess', 'own urine', 'own poop', 'own filth', 'own stool', 'dirty brief', 'dirty diaper', 'in his own', 'in her own', 'in their own',
    'sitting in it', 'lying in it', 'laying in it', 'sit in it', 'lie in it', 'lay in it', 'stew in it', 'left him in it', 'left her in it', 'left them in it'],
  /** Weight words: where a nickname mocks a body. */
  WEIGHT_WORD: ['lb', 'lbs', 'pounds', 'bariatric', 'tray', 'trays', 'dinner', 'chair', 'scale', 'commode', 'weight', 'fat', 'obese', 'huge', 'big', 'bed', 'lift'],
  CANT_FIX: [
    'too dumb to', 'too stupid to', 'too dumb for', 'too stupid for',
    "can't fix stupid", 'cannot fix stupid', 'cant fix stupid', "can't cure stupid", "can't fix dumb", 'stupid is forever', 'no cure for stupid',
    // Idioms that only ever mock someone's intelligence: "the gene pool needs a lifeguard".
    'gene pool', 'shallow end of the gene pool', 'darwin award', 'darwin awards',
    'natural selection is asleep', 'natural selection is sleeping', 'natural selection is slacking', 'natural selection has failed',
    'level of stupid', 'levels of stupid', 'level of dumb', 'peak stupidity', 'brain cells to rub together',
    'not playing with a full deck', 'elevator does not go', "elevator doesn't go",
  ],
  /** Labels for people who use drugs, in any spelling. */
  DRUG_LABEL: [
    'crackhead', 'crackheads', 'crack head', 'crack heads', 'methhead', 'methheads', 'meth head', 'meth heads', 'junkie', 'junkies',
    'junky', 'pillhead', 'pillheads', 'pill head', 'cokehead', 'coke head', 'tweaker', 'tweakers', 'tweeker', 'tweekers', 'druggie',
    'druggies', 'dope fiend', 'dope fiends', 'smackhead', 'crackwhore', 'crack whore', 'pothead', 'stoner', 'stoners', 'meth mouth',
    'heroin addict', 'drug addict', 'drug addicts', 'crackie', 'crackies', 'fiend', 'fiends',
    // Plural nouns only: "drunk" is also a state ("I was drunk at the party"), "the drunks" a label.
    'drunks', 'winos', 'boozers', 'lushes', 'seekers', 'pill seekers', 'narc seekers',
  ],
  /** "adrenaline junkie", "coffee junkie": a fan, not a drug user. */
  HOBBY: [
    'adrenaline', 'coffee', 'caffeine', 'news', 'gym', 'fitness', 'sugar', 'data', 'research', 'podcast', 'book', 'chocolate',
    'travel', 'ce', 'education', 'politics', 'sports', 'puzzle', 'hockey', 'football', 'soccer', 'running', 'music', 'tech', 'audio',
    'policy', 'stats', 'trauma', 'er', 'icu', 'code', 'adrenalin', 'nerd', 'caffeine-addicted', 'diet coke', 'starbucks', 'netflix',
    'job', 'asylum', 'thrill', 'help', 'truth', 'treasure', 'attention', 'knowledge', 'sensation',
  ],
  /** A post about care: where a label names a patient. */
  CARE_CONTEXT: [
    'patient', 'patients', 'pt', 'pts', 'ems', 'brought in', 'er', 'ed', 'waiting room', 'triage', 'admitted', 'admit', 'bed', 'room',
    'shift', 'narcan', 'discharge', 'discharged', 'ambulance', 'is back', 'back again', 'back in', 'rolled in', 'came in', 'unit',
    'floor', 'icu', 'dilaudid', 'meds', 'sandwich', 'tray', 'call light', 'nurse', 'nurses', 'bay', 'visit', 'this month', 'tonight',
    'fever', 'flu shot', 'iv', 'needle', 'blood draw', 'suppository', 'discharge instructions', 'brought her', 'brought him', 'brought his',
    'dumped on us', 'sent us', 'sent up', 'transferred',
  ],
  /** The road: "drunk drivers", "the drunks and the people they crash into" are a road-safety message, not a patient. */
  ROAD: [
    'drive', 'drives', 'driving', 'driver', 'drivers', 'drunk driving', 'drink and drive', 'crash into', 'crashed into', 'they crash',
    'behind the wheel', 'dui', 'duis', 'get a ride', 'a ride', 'uber', 'lyft', 'cab', 'taxi', 'designated driver', 'sober ride', 'wreck',
    'road', 'roads', 'the highway', 'seatbelt', 'seatbelts',
  ],
  /** Talking about a label, not using it. */
  STIGMA_TALK: [
    'stigma', 'stigmatizing', 'label', 'labels', 'term', 'terms', 'word', 'words', 'person with', 'people who use', 'say', 'call',
    'calling', 'language', 'substance use disorder', 'sud', 'recovery', 'person-first', 'people-first', 'dehumanizing', 'stop saying',
  ],
  NICKNAME_VERB: ['call', 'calls', 'called', 'calling', 'nicknamed', 'dubbed', 'aka', 'a.k.a', 'named', 'known as', 'nickname'],
  /** Body-shaming nicknames. */
  BODY_NICK: [
    'jabba', 'jabba the hutt', 'bertha', "bertha's", 'big bertha', 'shamu', 'moby', 'moby dick', 'miss piggy', 'piggy', 'hippo',
    'whale', 'walrus', 'blob', 'the blob', 'tubby', 'fatso', 'lardo', 'lard ass', 'chunky', 'chunk', 'jumbo', 'dumbo', 'orca',
    'beached whale', 'land whale', 'heifer', 'sasquatch', 'bigfoot', 'stretch', 'tiny', 'porky', 'butterball', 'pillsbury',
    'baby huey', 'free willy',
  ],
  TITLE: ['mr', 'mrs', 'miss', 'ms', 'mister', 'mr.', 'mrs.', 'lady', 'sir', 'captain', 'big'],
  LOCATOR: ['in #', 'in room #', 'in bed #', 'in bay #', 'from #', 'from room #', 'from bed #'],
  /** "let her fall asleep": not a harm. */
  SUFFER_NOT: ['asleep', 'back asleep', 'into', 'in love', 'apart', 'off to sleep', 'sleep'],
  REFUSE: ['refuse', 'refused', 'refusing', "won't take", 'not taking', "don't want", 'never take', 'request a different', 'swap'],
  SHOULDNT_GET: [
    "shouldn't get", 'should not get', "shouldn't be given", "shouldn't receive", "shouldn't qualify", "don't deserve", "doesn't deserve",
    'do not deserve', 'should be denied', "shouldn't be on", "shouldn't be allowed", 'should be refused', 'waste of a', 'not worth',
    "aren't worth", "isn't worth", 'should go last', 'go to the back', "shouldn't even get", "shouldn't be getting", 'should not be given',
    'waste of', 'wasting', "shouldn't have access",
  ],
  NB_TERM: [
    'non-binary', 'nonbinary', 'non binary', 'enby', 'genderfluid', 'gender fluid', 'genderqueer', 'they them', 'pronouns',
    'neopronouns', 'xe', 'ze', 'preferred pronouns', 'gender identity', 'identifies as', 'identify as', 'transgender', 'trans',
  ],
  NB_DENIAL: [
    'not a real thing', "isn't real", 'is not real', 'not real', "isn't a thing", 'not a thing', "doesn't exist", 'does not exist',
    'made up', 'a phase', 'a trend', 'nonsense', 'mental illness', 'delusion', 'delusional', 'attention seeking', 'only two genders',
    'two genders', 'male or female', 'biology', 'play along', 'grammatically wrong', 'ridiculous', 'a joke', 'fake', 'no such thing as',
    'snowflake', 'snowflakes', 'special snowflakes', 'confused', 'a fad', 'brainwashed', 'playing pretend', 'make believe', 'garbage',
  ],
  REFUSE_USE: [
    'not using', "won't use", 'refuse to use', 'not calling', "won't call", 'refuse to call', 'not gonna use', 'not going to use',
    "won't say", 'not saying', "won't chart", 'not charting', 'never use', "i'll never call", 'not about to call', 'not about to use',
  ],
  PRONOUN_WORD: ['they', 'them', 'she', 'he', 'her', 'him', 'pronouns', 'ze', 'xe', 'their pronouns', 'preferred name', 'new name', 'they them'],
  GENDER_CTX: [
    'pronouns', 'single patient', 'one person', 'grammatically', 'grammar', 'play along', 'nonbinary', 'non-binary', 'trans',
    'gender', 'identifies', 'preferred', 'biologically', 'male or female', 'a man', 'a woman', 'born', 'period',
  ],
};

/** What: acts of harm, neglect, and what is said about death. */
const HARM: Lexicon = {
  LET: ['let', 'lets', 'letting', 'allow', 'allowing', 'leave', 'leaving', 'left'],
  LET_PASSIVE: ['be allowed to', 'be left to', 'just be allowed to', 'be let to', 'be allowed to just'],
  SUFFER: [
    'bleed', 'bleed out', 'crash', 'crash and burn', 'die', 'suffer', 'rot', 'fall', 'code', 'aspirate', 'choke', 'seize', 'starve',
    'withdraw', 'sit in it', 'sit in his own', 'sit in her own', 'lie in it', 'lay in it', 'lie there', 'lay there', 'marinate', 'stew',
    'hurt', 'burn', 'desat', 'drown',
  ],
  /** What is harm only when done to punish: "let her cry it out all night" after she pulled her NG. */
  SUFFER_MILD: ['dry out', 'scream', 'cry it out', 'ride it out', 'wait', 'sit there', 'yell', 'beg', 'sweat it out', 'sit', 'lie', 'lay', 'stay wet', 'go without'],
  /** Palliative and ethical readings of letting someone die. */
  PEACEFUL: [
    'peacefully', 'peaceful', 'peace', 'comfortably', 'comfortable', 'comfort', 'dignity', 'hospice', 'palliative', 'wishes',
    'dnr', 'natural death', 'on their own terms', 'on his own terms', 'on her own terms', 'surrounded by', 'pain-free',
    'pain free', 'gently', 'goals of care', 'grieve', 'grieving', 'grief', 'allow natural death', 'compassionate', 'their choice', 'her choice', 'his choice',
  ],
  /** Something bad happening to a patient. */
  HARM_EVENT: [
    'dies', 'die', 'died', 'codes', 'coded', 'crashes', 'crashed', 'falls', 'fell', 'falls out', 'bleeds', 'bleeds out', 'aspirates',
    'chokes', "doesn't make it", "does not make it", "didn't make it", "won't make it", 'stops breathing', 'croaks', 'croak',
    'kicks the bucket', 'flatlines', 'ods', "od's", 'overdoses', 'seizes', 'goes down', 'drops dead', 'passes', 'passed', "doesn't wake up",
    "does not wake up", 'never wakes up', "doesn't survive", 'stroke out', 'strokes out', 'desats', 'goes septic', 'gets hurt',
  ],
  CONDITION: ['if', 'when', 'whether', 'once', 'next time'],
  /** Answering an emergency slowly on purpose: "if he codes I'm walking slow". */
  SLOW_RESPONSE: [
    'not gonna rush', 'not going to rush', 'not gonna hurry', 'not going to hurry',
    'walking slow', 'walk slow', 'walking slowly', 'walk slowly', 'walking very slowly', 'taking my time', 'take my time',
    'taking my sweet time', 'take my sweet time', 'strolling', 'stroll', 'moseying', 'mosey', 'not running', 'not rushing',
    'in no rush', 'in no hurry', 'no rush', 'finishing my coffee', 'finish my coffee', 'finish my lunch', 'finishing my lunch',
    'slow walk', 'slow-walk', 'slow walking', 'crawl there', 'crawling', '🐢', '🐌', 'extra slow', 'real slow', 'be slow', 'take our time',
    'taking our time', 'our sweet time',
  ],
  /** Betting on a patient's death: "a pool on which of them goes first". */
  DEATH_BET: [
    'bet you', 'betcha', "i'll bet you",
    'death pool', 'betting pool', 'pool on who', 'pool on which', 'bet on who', 'bets on who', 'bet on which', 'bets on which',
    'betting on who', 'betting on which', 'wager on who', 'odds on who', 'odds on which', 'over under on', 'over/under on',
    'taking bets', 'place your bets',
  ],
  GOES_FIRST: ['goes first', 'dies first', 'die first', 'go first', 'croaks first', 'codes first', 'passes first', 'kicks it first', 'lasts longest', 'makes it to'],
  /** Indifference to a harm: "who cares", "one less", "nobody will cry". */
  INDIFFERENCE: [
    'who cares', 'nobody cares', 'no one cares', 'one less', 'good riddance', 'no loss', 'oh well', 'so what', 'not my problem',
    "won't lose sleep", "won't lose any sleep", "wouldn't lose sleep", "couldn't care less", 'could care less', 'no tears',
    'not my circus', 'shrug', 'natural selection', 'darwin', 'saves us', 'less work', 'free bed', 'free up the bed', 'free up a bed',
    'one fewer', 'problem solved', 'whatever', 'for all i care', 'for all i give a', 'for all we care',
  ],
  NOBODY: ['nobody', 'no one', 'noone', 'not a soul', 'not one person', 'none of us'],
  MOURN: ['cry', 'care', 'miss', 'mourn', 'notice', 'shed', 'grieve', 'sad', 'lose sleep'],
  /** Pain said to be deserved: "some patients need a little pain to learn". */
  DESERVE_PAIN: [
    'need a little pain', 'needs a little pain', 'deserve the pain', 'deserves the pain', 'deserve to hurt', 'deserves to hurt',
    'deserve to suffer', 'deserves to suffer', 'deserved to suffer', 'deserve to die', 'deserves to die', 'deserved to die',
    'deserve whatever they get', 'deserves whatever he gets', 'deserves whatever she gets', 'had it coming', 'has it coming',
    'needs to suffer', 'need to suffer', 'should suffer', 'should hurt',
  ],
  /** Restraints left on past their need. */
  KEPT_ON: [
    'staying on', 'stay on', 'stayed on', 'left on', 'all night', 'until morning', 'until he learns', 'until she learns',
    'whether he calms', 'whether she calms', 'a little longer', 'extra hour', 'extra hours', 'stay tight',
  ],
  SILENCE: ['turned', 'turn', 'turning', 'turned down', 'turn down', 'turning down', 'silenced', 'silence', 'muted', 'mute', 'paused'],
  ALARM: ['vent alarms', 'vent alarm', 'the monitor', 'his monitor', 'her monitor', 'sat alarm', 'sat alarms', 'pulse ox', 'bed alarm', 'chair alarm', 'tele alarms', 'vent'],
  /** Pain wished on someone: "hope he feels every bit of that fracture". */
  SUFFER_WISH: [
    'feels every', 'feel every', 'feels all of it', 'suffers', 'suffer', 'suffering', 'hurts', 'hurts like hell',
    'gets what he deserves', 'gets what she deserves', 'gets what they deserve', 'withdraws hard', 'never walks again', 'loses the leg',
    'screams', 'in agony', 'in pain all night', 'cries all night',
  ],
  WISH: ['hope', 'hoping', 'hopefully', 'pray', 'praying', 'wish', 'wishing', 'fingers crossed', "here's hoping", 'make you wish'],
  DEATH_EVENT: [
    'die', 'dies', 'just die', "doesn't make it", 'does not make it', "won't make it", 'never wakes up', "doesn't wake up",
    "does not wake up", 'croaks', 'croak', 'kicks the bucket', 'drops dead', 'stops breathing', 'bleeds out', 'dead', 'gone',
    "doesn't survive", 'chokes', 'codes and', 'finally passes', 'in the morgue', 'ends up dead', 'ends up in the morgue', 'six feet under',
    'in a body bag', 'bites it', 'bites the dust', 'kicks it', 'flatlines', 'rots',
  ],
  /**
   * The poster's will to act, before a violent verb: "wanted to smother him", "I'm gonna punch the
   * next pt". Reported threats ("he said he was going to ...") are the REPORTED class's.
   */
  WANT_TO: [
    'want to', 'wanna', 'wanted to', 'going to', 'gonna', "i'll", 'i will', 'tempted to', 'about to', 'ready to', "i'd", 'i would',
    'i could', 'could have', 'could of', 'coulda', 'felt like', 'urge to', 'itching to', 'love to', 'like to', 'swear to god i',
    'someone should', 'somebody should', 'someone please', 'somebody please', 'someone needs to', 'somebody needs to', 'someone is going to', "someone's gonna",
  ],
  /** A subject other than the poster right before "going to": "the new policy is going to kill our patients". */
  OTHER_SUBJECT: [
    'is', 'are', 'was', 'were', "it's", 'its', "he's", "she's", "they're", "that's", "you're", 'he', 'she', 'they', 'it', 'this',
    'that', 'which', 'who', 'you', 'u', 'policy', 'staffing', 'ratios',
  ],
  /** Violence to a person: threatened, not described ("punch", not "punched"). */
  VIOLENCE: [
    'smother', 'suffocate', 'strangle', 'throttle', 'choke', 'punch', 'slap', 'smack', 'deck', 'stab', 'shoot', 'murder', 'kill',
    'beat', 'beat up', 'throat punch', 'bitch slap', 'b slap', 'pistol whip', 'curb stomp', 'drown', 'shank', 'body slam',
    'suplex', 'dropkick', 'pillow him', 'pillow her', 'run over', 'knock out', 'knock the teeth out of', 'wring the neck of', 'wring',
  ],
  /** Who a threat is aimed at when it names no patient: a pronoun or a person near care words. */
  VICTIM: [
    'him', 'her', 'them', "'em", 'em', 'this guy', 'that guy', 'this lady', 'that lady', 'this man', 'that man', 'this woman',
    'that woman', 'this dude', 'that dude', 'the guy', 'the lady', 'the next person', 'the next one', 'the next family',
    'the next visitor', 'the family', 'the wife', 'the husband', 'the son', 'the daughter', 'his wife', 'his son', 'his daughter',
    'her husband', 'her son', 'her daughter', 'grandpa', 'grandma',
  ],
  /** Threats in idiom: "better watch their backs", "I know where they park". */
  THREAT_IDIOM: [
    ...['their backs', 'their back', 'his back', 'her back', 'your back', 'your backs', 'out'].map((w) => `better watch ${w}`),
    ...['they live', 'he lives', 'she lives', 'you live', 'they park', 'he parks', 'she parks', 'you park'].map((w) => `i know where ${w}`),
    'sleep with one eye open', 'gonna pay for this', 'going to pay for this', 'will pay for this', "they'll pay for this",
    "he'll pay for this", "she'll pay for this", "you'll pay for this", 'days are numbered', 'is a dead man', 'a dead woman',
  ],
  /** Destroying a place: "burn this hospital to the ground". */
  DESTROY: ['burn down', 'torch', 'shoot up', 'set fire to', 'nuke', 'firebomb', 'raze'],
  /** "burn ... to the ground": burning that only destroys ("burn out at this hospital" is not). */
  BURN: ['burn', 'torch'],
  TO_THE_GROUND: ['to the ground', 'down'],
  /** A sedative, or sedating: what a chemical restraint is given with. */
  SEDATIVE: [
    'sedation', 'the sedation',
    'ativan', 'haldol', 'benadryl', 'versed', 'propofol', 'ketamine', 'zyprexa', 'seroquel', 'geodon', 'precedex', 'b52', 'b-52',
    'sedate', 'sedated', 'sedating', 'snow', 'snowed', 'knock him out', 'knock her out', 'knocked him out', 'knocked her out',
  ],
  /** Quiet for the poster's sake, not the patient's: "so he finally shuts up", "into next week". */
  FOR_QUIET: [
    'so i could chart', 'so i could actually chart', 'so i can actually chart', 'so i could eat', 'so i could actually eat',
    'so he shuts up', 'so she shuts up', 'so they shut up', 'so he finally shuts up', 'so she finally shuts up', 'shut him up',
    'shut her up', 'shut them up', 'to shut him up', 'to shut her up', 'into next week', 'into next tuesday', 'into next year',
    'into oblivion', 'into a coma', 'peace and quiet', 'a quiet night', 'some quiet', 'so i can chart', 'so i can eat',
    'so i can sleep', 'so he stops talking', 'so she stops talking', 'so he stops calling', 'so she stops calling',
    'so i could sit', 'so i could finally sit', 'finally sit', 'so i could nap', 'so i could sleep',
    "won't be yelling", "won't be screaming", "won't be calling", 'no more yelling', 'no more screaming', 'stopped yelling',
    'got to eat', 'finally got to eat', 'could eat', 'could chart', 'could finally chart', 'could sleep', 'finally quiet', 'finally shut up',
    'finally shuts up', 'nice and quiet', 'quiet night', 'quiet shift', 'some peace', 'out cold', 'stops ringing', 'stopped ringing',
  ],
  /** Acts that make care worse when there is a reason to punish. */
  NEGLECT_ACT: [
    'left', 'leave', 'leaving', 'hold', 'held', 'holding', 'withhold', 'withheld', 'withholding', 'skip', 'skipped', 'skipping',
    'ignore', 'ignored', 'ignoring', 'delay', 'delayed', 'delaying', 'hid', 'hide', 'hiding', 'unplug', 'unplugged', 'put',
    'moved', 'move', 'took away', 'take away', 'let', 'made', 'make', 'forgot', 'forget', 'turned off', 'silenced', 'muted',
    'not answering', 'stopped answering', 'kept', 'keep', 'making', "didn't give", 'did not give', "wouldn't give", "won't give",
    'refused to give', 'not giving', 'not to bother', "don't bother", "didn't bother with", "didn't bother giving", 'did not bother with', 'never bothered with', 'no need to', 'slow-walk', 'slow walked', 'slow-walked', 'no more', 'cut off', 'cut him off', 'cut her off',
  ],
  CARE_OBJECT: [
    'call light', 'call bell', 'call button', 'button', 'meds', 'med', 'pain meds', 'pain med', 'pain medicine', 'medication',
    'medications', 'dose', 'doses', 'prn', 'ativan', 'dilaudid', 'morphine', 'oxy', 'oxycodone', 'norco', 'percocet', 'fentanyl',
    'tylenol', 'toradol', 'insulin', 'water', 'ice', 'ice chips', 'blanket', 'turns', 'turning', 'turn', 'bath', 'brief', 'sheets',
    'linens', 'bed', 'bedpan', 'food', 'tray', 'dinner', 'iv', 'pump', 'fluids', 'o2', 'oxygen', 'suction', 'repositioning',
    'vitals', 'wait', 'waiting', 'update', 'pillow', 'phone', 'glasses', 'dentures', 'hearing aids', 'urinal', 'commode',
  ],
  /** A reason to punish, or a wink at it: "he bit me", "maybe next time", "she can wait", 😈. */
  INTENT: [
    'one more time', "when they're mean", 'mean to me', 'rude to me', 'back of the line', 'not sorry',
    'lesson', 'learn', 'learns', 'learned', 'teach', 'taught', 'manners', 'earned', 'deserve', 'deserves', 'deserved', 'payback',
    'karma', 'punish', 'punishment', 'think about', 'next time', 'maybe next time', 'so she would stop', "so she'd stop",
    "so he'd stop", "so they'd stop", 'so he would stop', 'so she stops', 'so he stops', 'stop pressing', 'stop ringing',
    'on purpose', 'to spite', 'spite', 'petty', 'bit me', 'spit on me', 'spat on me', 'hit me', 'kicked me', 'swung at me',
    'called me', 'can lie there', 'can lay there', 'can wait', 'can sit in it', 'can suffer', 'his choices', 'her choices',
    'their choices', 'accidentally', 'oops', 'whoops', 'attitude', 'cussed', 'screamed at me', 'yelled at me', 'until she learns',
    'until he learns', 'behaves', 'behave', 'be nice', 'nicer', 'earn it', 'my rules', 'not my problem', 'mean', "she's mean",
    "he's mean", 'rude', 'said please', 'says please', 'manners matter', 'see how she likes', 'see how he likes',
    'see how they like', 'how she likes that', 'how he likes that', 'how they like that', 'how it feels',
    'feel that', 'enjoy that', 'kept pulling', 'kept grabbing', 'kept hitting', 'kept pressing', 'kept ringing', 'kept calling',
    'kept spitting', 'bit my', 'bit our', 'at me', 'consequences', 'tried to bite', 'tried to hit', 'tried to kick', 'bite me', 'grabbed me', 'spat at me', 'spit at me', 'swore at me', 'cursed at me', 'threatened me', 'threatened our',
  ],
  /** The poster decides when care happens. */
  MY_WHIM: [
    ...['decide', 'feel like it', 'get around to it', 'am good and ready', 'want', 'say so', 'damn well please', 'feel like getting up'].flatMap(
      (whim) => [`when i ${whim}`, `whenever i ${whim}`],
    ),
    'on my schedule', 'on my time', 'my sweet time', "when i'm good and ready", "whenever i'm good and ready", 'not a minute before',
  ],
  /** "not ... till I feel like it": a negation before "till" delays the care, it does not deny it. */
  MY_WHIM_UNTIL: ['decide', 'feel like it', 'get around to it', 'am good and ready', 'say so', 'damn well please', 'feel like getting up'].flatMap(
    (whim) => [`till i ${whim}`, `until i ${whim}`, `til i ${whim}`],
  ),
  /** Putting a call device out of use; not "turned off" (answering a call light turns it off). */
  DISABLE: ['unplugged', 'unplug', 'unplugging', 'disconnected', 'disconnect', 'unhooked', 'unhook', 'took away', 'take away', 'hid', 'hide'],
  /** A call device put on silent: the calls go on, nobody hears them ("it's on silent now"). */
  SILENCED: ['on silent', 'on mute', 'silenced it', 'muted it', 'muted the', 'silenced the', 'turned the volume off', 'volume all the way down'],
  /** The device was broken or found so, and repaired: not the poster's act. */
  CALL_FIX: ['fell', 'taped', 'clipped', 'fixed', 'fix', 'broken', 'maintenance', 'repair', 'repaired', 'work order', 'ticket', 'plugged it back', 'found it', 'was unplugged', 'came in'],
  CALL_DEVICE: ['call light', 'call bell', 'call button', 'call lights', 'call bells', 'bell', 'buzzer', 'button'],
  OUT_OF_REACH: [
    'out of reach', 'out of her reach', 'out of his reach', 'far side', 'other side of the room', 'across the room',
    "where she can't reach", "where he can't reach", "can't reach it", 'cannot reach', 'behind the bed', 'out of the way',
    "couldn't reach", "where she couldn't reach", "where he couldn't reach", 'just out of reach', 'on the floor',
  ],
  PRETEND: ['act like', 'acted like', 'acting like', 'pretend', 'pretended', 'pretending', 'play deaf', 'played deaf', 'playing deaf', 'conveniently'],
  NOT_PERCEIVE: [
    "can't hear", "didn't hear", "don't hear", 'not to hear', 'not hear', "can't see", "didn't see", 'not to see', 'not see',
    'deaf', "don't notice", "didn't notice", 'not to notice', "couldn't hear",
  ],
  RESTRAINT: ['restrained', 'restrain', 'restraining', 'strapped', 'strapped down', 'tied down', 'tied him down', 'tied her down', 'restraints', 'restraint', 'soft wrists', 'wrist restraints', 'posey', 'straps', 'four point', '4 point', 'four-point', '4-point'],
  TIGHT: ['tightened', 'tighten', 'tightening', 'tight', 'tighter', 'extra tight', 'too tight', 'tightest', 'cinched', 'cranked', 'as tight as'],
  RESTRAINT_CARE: ['car seat', 'seatbelt', 'seat belt', 'stroller', 'carrier', 'suitcase', 'luggage', 'check', 'checks', 'ensure', 'make sure', 'assess', 'policy', 'release', 'circulation', 'two fingers', 'q2', 'skin checks'],
  SALINE: ['saline', 'ns', 'normal saline', 'ns flush', 'saline flush', 'sterile water', 'placebo', 'tic tac', 'tic tacs', 'sugar pill', 'water'],
  DECEIVE: [
    'told her it was', 'told him it was', 'told them it was', 'said it was', 'pretended it was', 'called it', 'labeled it',
    'told her', 'told him', 'as if it was', 'and she thought', 'and he thought', 'instead of',
  ],
  PAIN_DRUG: [
    'morphine', 'dilaudid', 'fentanyl', 'pain med', 'pain meds', 'pain medicine', 'painkiller', 'painkillers', 'oxy', 'ativan',
    'narcotics', 'opioids', 'the good stuff', 'toradol', 'ketorolac', 'hydromorphone',
  ],
  ETHICS: ['unethical', 'reported', 'report', 'illegal', 'never', 'fired', 'investigation', 'board', 'abuse', 'neglect', 'reportable'],
  /** ETHICS for charting: a bare "never" is the confession itself there ("vitals I never took"), so only the rule's wording. */
  CHART_ETHICS: [
    'unethical', 'reported', 'report', 'illegal', 'fired', 'investigation', 'board', 'abuse', 'neglect', 'reportable', 'fraud',
    'falsification', 'falsifying', 'never chart', 'never document', 'should never', 'must never', "don't ever", 'do not ever',
  ],
  // "chart" alone only as the poster's own plan: "you chart vitals you never took" accuses a colleague.
  CHART: ["i'll chart", 'i will chart', 'gonna chart', 'going to chart', 'just chart', 'i chart', 'charted', 'charting', 'documented', 'documenting', 'signed off', 'wrote down', 'put in', 'entered', 'recorded', 'filled in'],
  ASSESS_ITEM: [
    'sugars', 'blood sugars', 'accuchecks',
    'vitals', 'vital signs', 'set of vitals', 'assessment', 'assessments', 'neuro checks', 'neuro check', 'i&os', 'blood sugar',
    'fingerstick', 'pain score', 'pain scores', 'turns', 'rounds', 'rounding', 'hourly rounding', 'q2', 'q1', 'checks', 'skin check',
    'sats', 'bp', 'safety checks', 'i&o', 'intake',
  ],
  NOT_DONE: [
    'without going in', 'without checking', 'without seeing', 'without looking', 'without taking', 'never went in',
    "didn't go in", "didn't take", 'never took', "didn't check", 'never checked', 'made up', 'from the door', 'from the hallway',
    'close enough', 'guessed', 'eyeballed', 'never saw', "didn't see", "didn't actually", 'never actually', 'without actually',
    'from memory', 'copied forward', 'copy forward', 'from yesterday', 'not taken', 'never taken', 'not done', 'never done',
    'without doing', 'but not', 'never did', "didn't do",
    'never even went in', "didn't even go in", 'never even checked', "didn't even check", 'never even saw', "haven't turned",
    "hadn't turned", "didn't turn", 'never turned', "haven't seen", "haven't checked", "haven't been in",
  ],
  CARE_TASK: [
    'turning', 'turns', 'turn', 'bath', 'baths', 'meds', 'vitals', 'feeding', 'his meds', 'her meds', 'rounds', 'checks', 'mouth care', 'peri care',
    'reposition', 'repositioning', 'transfer', 'transfers', 'boost', 'lift', 'bathe', 'clean up', 'ambulate', 'toilet',
  ],
  /** Counting on no one checking the chart: "who's gonna know", "nobody checks anyway". */
  NO_ONE_CHECKS: [
    "who's checking", 'whos checking', "nobody's checking", "no one's checking", 'who checks',
    "who's gonna know", 'whos gonna know', "who's going to know", 'who would know', "who'd know", 'nobody checks', 'no one checks',
    'nobody will know', 'no one will know', 'nobody would know', 'no one would know', 'nobody reads', 'no one reads', 'never gets audited',
    'nobody audits', 'no one audits', 'nobody ever checks', 'no one ever checks', 'nobody looks', 'no one looks',
  ],
  /** Charting by shortcut: copied from an earlier entry, made up, or put in later ("I'll chart it later"). */
  CHART_SHORTCUT: [
    'chart', 'copied', 'copy', 'copying', 'copy pasted', 'copy-pasted', 'carried forward', 'pulled forward', 'reused', 'duplicated',
    'fudged', 'fudge', 'made up', 'make up', 'filled out', 'document', 'documented',
  ],
  /** What gets charted without being done; ASSESS_ITEM without "checks", which "nobody checks" holds itself. */
  CHARTED_ITEM: [
    'turned him', 'turned her', 'turned them', 'repositioned', 'q2h', 'q1h', 'q2 turns', 'every 2 hrs', 'every 2 hours',
    'vitals', 'vital signs', 'set of vitals', 'assessment', 'assessments', 'neuro checks', 'neuro check', 'blood sugar', 'blood sugars',
    'fingerstick', 'fingersticks', 'pain score', 'pain scores', 'i&os', 'i&o', 'sats', 'turns', 'hourly rounding', 'skin check',
    'safety checks', 'restraint checks', 'q2 checks', 'q1 checks',
  ],
  /** What a patient is left to, said as a permission: "she can marinate", "he can sit in it". */
  CAN_SUFFER: [
    'can marinate', 'can rot', 'can stew in it', 'can sit in it', 'can lie in it', 'can lay in it', 'can starve',
    'can wait all night', 'can cry it out', 'can scream into the void', 'can yell into the void', 'can dry out', 'can sit in his own',
    'can sit in her own', 'can just marinate', 'can just rot', 'can just sit in it', 'gets to marinate', 'gets to sit in it',
  ],
  /** An object after "can marinate": cooking, not a patient left to suffer ("her kid can marinate it"). */
  COOK_OBJECT: ['it', 'the', 'them', 'that', 'overnight', 'in the fridge', 'chicken', 'steak', 'meat', 'tofu', 'ribs'],
  /** Refusing to go to a patient: "not going in again", "not answering that one". */
  NOT_GOING_IN: [
    'not going in', 'not going back in', 'not going in there', "ain't going in", 'not gonna go in', 'not going to go in',
    'not answering that', 'not answering it', "i'm not answering", 'not checking on', 'not going to check', 'not gonna check',
  ],
  /** A patient saying they are in danger: what "not going in" ignores. */
  DISTRESS_CLAIM: [
    "can't breathe", 'cant breathe', 'cannot breathe', 'chest pain', 'short of breath', "he's dying", "she's dying", 'in pain',
    'calling for help', 'crying for help', 'screaming for help', 'yelling for help', 'help me',
  ],
  /** Care judged not worth doing: "she's DNR anyway so what's the point". */
  POINTLESS: ["what's the point", 'whats the point', 'dnr anyway', 'dying anyway', 'why bother', 'no point', 'pointless'],
  /** Care goals that stop routine checks on purpose: skipping vitals there is the plan, not neglect ("DNR" is not one). */
  COMFORT_GOALS: ['comfort care', 'comfort measures', 'comfort only', 'cmo', 'hospice', 'palliative', 'peacefully', 'sleeping peacefully', 'let her sleep', 'let him sleep'],
  /** Care rationed to a patient by the poster: "they get the bare minimum from me". */
  RATION: [
    'bare minimum from me', 'the minimum from me', 'nothing extra from me', "don't do extra for", 'dont do extra for', 'do not do extra for',
    'do the bare minimum for', 'no extras for', 'nothing extra for',
  ],
  /** A wish that death come soon: "would just OD already". */
  DEATH_SOON: ['just die already', 'die already', 'od already', 'just od already', 'croak already', 'hurry up and die', 'kick the bucket already', 'overdose already'],
  /** A request met late: "the ice water takes 45 minutes". */
  DELAYED: [
    'takes # minutes', 'takes # hours', 'takes an hour', 'takes forever', 'somehow takes', 'mysteriously takes', 'gets lost', 'takes a while',
    'take # minutes', 'take # hours', 'take an hour', 'take forever', 'somehow take', 'mysteriously take', 'get lost',
  ],
  /** Mocking what a person does or says: "did an impression of him". */
  MOCK_ACT: [
    'did an impression of', 'doing an impression of', 'do an impression of', 'impersonated', 'impersonating', 'imitated', 'imitating',
    'mimicked', 'mimicking', 'made fun of', 'making fun of', 'mocked', 'mocking',
  ],
  /** A patient at the end of life. */
  DYING: ['dying', 'actively dying', 'death rattle', 'last breaths', 'last breath', 'comfort care', 'on hospice'],
  /** Weight slurs as plural or bare nouns: "fatties who can't stop eating". */
  WEIGHT_SLUR: ['fatties', 'fatty', 'fatasses', 'fat ass', 'fatass', 'lardass', 'lardasses', 'landwhale', 'hambeast'],
  /** Words that make "fatty" a tissue or a food: "fatty liver", "fatty foods". */
  FATTY_NOUN: ['liver', 'livers', 'acid', 'acids', 'tissue', 'deposit', 'deposits', 'streak', 'streaks', 'food', 'foods', 'meal', 'meals', 'diet', 'lump', 'lumps', 'infiltration', 'change', 'changes'],
  /** Diabetes and sugar talk: where a weight slur is aimed at a patient. */
  METABOLIC: ['sugar', 'sugars', 'a1c', 'diabetic', 'diabetics', 'diabetes', 'insulin', 'dka', 'glucose'],
  /** An unresponsive patient called a vegetable: "a 90 yo vegetable on full code". */
  VEGETABLE_LABEL: ['vegetable', 'veggie', 'human vegetable', 'turnip', 'houseplant'],
  /** "vegetable puree", "veggie tray": food after the word. */
  FOOD_AFTER: ['puree', 'purees', 'pureed', 'soup', 'broth', 'tray', 'trays', 'salad', 'garden', 'oil', 'juice', 'smoothie', 'side', 'sides', 'plate', 'servings', 'serving', 'intake', 'diet', 'burger', 'lasagna', 'pizza', 'and fruit', 'or fruit', 'chips', 'platter'],
  /** Code status and life support: the care a "vegetable" label mocks. */
  CODE_STATUS: [
    'full code', 'on the vent', 'vented', 'ventilator', 'trach and peg', 'trach/peg', 'trach', 'peg tube', 'feeding tube',
    'life support', 'no brain activity', 'specialists', 'consulting',
  ],
  /** "cesspool of a family": an insult put before the person it names. */
  OF_A_PERSON: ['of a family', 'of a patient', 'of a pt', 'of a man', 'of a woman', 'of a human', 'of a human being', 'of a person'],
  /** Bringing a patient back: the care a cost complaint is about ("the guy we keep reviving"). */
  REVIVE: ['reviving', 'revive', 'revived', 'resuscitate', 'resuscitating', 'resuscitated', 'narcan', 'narcanned', 'coding', 'intubating', 'saving', 'bringing back'],
  /** A patient weighed as a cost: "costs more than my salary", "a waste of an ICU bed". */
  COST_JUDGE: [
    'costs more than', 'cost more than', 'costs us more', 'costs the taxpayers', 'cost the taxpayers', 'costs taxpayers', 'costs the system',
    'waste of money', 'waste of resources', 'waste of a bed', 'waste of an icu bed', 'waste of a vent', 'drain on the system', 'drain on society',
    'not worth the money',
  ],
};

/** Framing shared by every frame: negation, idioms that negate nothing, reporting and debunking. */
const FRAMING: Lexicon = {
  NEG: [
    'not', 'no', 'never', "don't", 'dont', "didn't", 'didnt', "doesn't", 'doesnt', "won't", 'wont', "wouldn't", "shouldn't",
    "can't", 'cant', 'cannot', "isn't", "aren't", "wasn't", "weren't", 'nobody', 'no one', 'none', 'neither', 'nor', 'without',
    'least', 'hardly', 'stop', 'quit', 'avoid', 'nothing', 'less',
  ],
  NOT_DENIAL: [
    'not gonna lie', 'not going to lie', 'no lie', 'not to brag', 'no offense', 'no offence', 'not kidding', 'not even kidding',
    'no joke', 'no cap', 'not sorry', "can't lie", "don't judge", "can't believe", 'cannot believe', "can't wait", 'no regrets',
    'not even joking', 'not joking', 'no shame', "won't lie", 'no judgement', 'no judgment', 'not saying', "i'm not saying", 'no shade', 'not to be mean',
    "can't stand", 'cant stand', 'cannot stand', "can't stop", 'cant stop',
  ],
  /** Claims framed as false, asked about, or reported. */
  DEBUNK: [
    'myth', 'myths', 'debunk', 'debunked', 'debunking', 'false', 'fact check', 'not true', 'untrue', 'no evidence', 'misinformation',
    'disinformation', 'conspiracy', 'rumor', 'rumors', 'rumour', 'hoax', 'stop sharing', 'stop sending', "don't buy it", 'reported',
    'reporting', 'scam', 'scams', 'quackery', 'snake oil', 'please stop', 'people believe', 'people think',
    'sent him the', 'sent her the', 'sent them the', 'say otherwise', 'says otherwise', 'evidence says', 'data says',
    'studies say', "here's the study", "that's not how", "don't share", 'do not share',
    'patients ask', 'asked me if', 'believed', 'thinks', 'believes', 'is convinced', 'swears that', 'insists', 'history', 'in the 1800s', 'in 1918', 'used to believe', 'claims', 'claim', 'fake news',
  ],
  REPORTED: [
    // "my cousin says ...", "my aunt keeps posting ...": someone else's claim, passed on.
    ...['cousin', 'aunt', 'uncle', 'mom', 'dad', 'mother', 'father', 'brother', 'sister', 'friend', 'neighbor', 'neighbour', 'coworker',
      'boss', 'husband', 'wife', 'grandma', 'grandpa', 'in-law', 'relative', 'feed', 'influencer', 'video', 'article'].flatMap((who) =>
      ['says', 'said', 'thinks', 'claims', 'believes', 'insists', 'swears', 'posted', 'keeps saying', 'keeps posting', 'told me'].map((verb) => `${who} ${verb}`),
    ),
    'he said', 'she said', 'they said', 'someone said', 'people say', 'people said', 'told me', 'asked me', 'according to', 'quote',
    'heard someone', 'claimed', 'patient said', 'pt said', 'family said', 'he says', 'she says', 'they say', 'they claim', 'she claims',
    'he claims', 'was told', 'keeps saying', 'kept saying', 'screamed', 'yelled',
  ],
};

export const CONDUCT_CLASSES: Lexicon = { ...TARGETS, ...EVALUATIONS, ...HARM, ...FRAMING };
