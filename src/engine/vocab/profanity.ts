/**
 * Profanity vocabulary. Matching (leetspeak, confusables, stretched letters) is the `obscenity`
 * library's; which of its words we report, how strong each is, and what is clinical language is
 * ours. Severity follows strength: mild words ("damn") are low at most.
 */
export type Strength = 'mild' | 'moderate' | 'strong';

/**
 * Words of obscenity's English dataset we report, keyed by its `originalWord`. Anything not listed
 * is dropped on purpose: anatomy and clinical words (penis, vagina, anal, anus, semen, ejaculate,
 * sex, orgasm, masturbate, fellatio, scat, spastic), news words (rape, incest), names and
 * everyday words (hooker, boob, tit, porn, dildo, abo as in ABO blood groups, negro, chink as in
 * "a chink in the armour"), and slurs, which conduct.discrimination reports.
 */
export const OBSCENITY_STRENGTH: Readonly<Record<string, Strength>> = {
  cunt: 'strong', cock: 'strong', pussy: 'strong', twat: 'strong', whore: 'strong', slut: 'strong',
  blowjob: 'strong', handjob: 'strong', jizz: 'strong', gangbang: 'strong', 'jerk off': 'strong', wank: 'strong',
  buttplug: 'strong', 'finger bang': 'strong', doggystyle: 'strong', deepthroat: 'strong', felch: 'strong', lubejob: 'strong',
  fisting: 'strong',
  shit: 'moderate', bitch: 'moderate', ass: 'moderate', dick: 'moderate', bastard: 'moderate', prick: 'moderate',
  arse: 'moderate', cuck: 'moderate', bollocks: 'moderate',
  // An ableist slur used as an insult ("the r3tard in the waiting room"): offensive language, and
  // an insult when aimed at someone. Clinical and technical uses are in CLEAN_PHRASES.
  retard: 'strong',
  piss: 'mild', turd: 'mild',
};

/** Slurs in obscenity's dataset, reported by conduct.discrimination rather than as profanity. */
export const OBSCENITY_SLURS: readonly string[] = [
  'nigger', 'kike', 'fag', 'dyke', 'tranny', 'abeed', 'africoon', 'arabush', 'boonga', 'chingchong', 'negro', 'coon',
];

/**
 * Our own patterns, in obscenity's syntax (`|` = word boundary, `[x]` = optional, `?` = any one
 * character). "fuck" is here rather than taken from the dataset, whose `|fu|` would read the
 * clinical "FU" (follow-up) as swearing.
 */
export const EXTRA_PROFANITY: Readonly<Record<string, { strength: Strength; patterns: readonly string[] }>> = {
  fuck: { strength: 'strong', patterns: ['f[?]ck', '|fk', '|fuk', '|fck', '|fcuk', '|phuck', '|fuq|', '|fuqing', '|fkn|', '|fking', '|effing|', '|motherf'] },
  stfu: { strength: 'moderate', patterns: ['|stfu|', '|gtfo|'] },
  ass: { strength: 'moderate', patterns: ['dumbass', 'jackass', 'smartass', 'asshat', 'asswipe', 'fatass', 'lardass'] },
  douche: { strength: 'moderate', patterns: ['|douche'] },
  damn: { strength: 'mild', patterns: ['|damn', '|dammit', 'goddamn', 'goddam|'] },
  crap: { strength: 'mild', patterns: ['|crap|', '|crappy|', '|craps|'] },
  wtf: { strength: 'mild', patterns: ['|wtf|', '|ffs|'] },
  // A misogynist slur, in the collapsed spelling obscenity matches after folding "hoooes".
  // obscenity reads a closing "!" as the letter i, so "hoes!" arrives as "hoesi": both forms are listed.
  hoe: { strength: 'moderate', patterns: ['|hoe|', '|hoei|', '|hoes|', '|hoesi|', '|hoez|', '|hoeish|'] },
  pussy: { strength: 'strong', patterns: ['|pussies|', '|pussiesi|'] },
  // Spellings of the racial slur outside obscenity's dataset ("nicca" collapses to "nica").
  nigger: { strength: 'strong', patterns: ['|nica|', '|nicai|', '|nicas|', '|nicasi|', '|nicaz|', '|nigguh', '|niglet', '|nigger'] },
  coon: { strength: 'strong', patterns: ['|coon|', '|cooni|', '|coons|', '|coonsi|'] },
};

/**
 * Whole words milder than the pattern that found them: a bare "ass" ("pain in the ass") is mild,
 * "asshole" is not. Aimed at someone ("kiss my ass") they count as moderate again.
 */
export const MILD_FORMS: ReadonlySet<string> = new Set(['ass', 'asses', 'arse', 'arses', 'badass', 'kickass', 'piss', 'pissed', 'pissy']);
export const AIMED_BEFORE = /\b(?:kiss\s+my|up\s+your|your|you)\s*$/i;

/** Spelled-out forms masked with * # % or dashes ("f***", "sh*tshow", "a**hole"), by strength. */
export const MASKABLE: Readonly<Record<string, Strength>> = {
  fuck: 'strong', fucking: 'strong', fucked: 'strong', fucker: 'strong', fuckin: 'strong', motherfucker: 'strong',
  motherfucking: 'strong', cunt: 'strong', clusterfuck: 'strong',
  shit: 'moderate', shitty: 'moderate', shitshow: 'moderate', bullshit: 'moderate', batshit: 'moderate', horseshit: 'moderate',
  bitch: 'moderate', bitches: 'moderate', bitchy: 'moderate', ass: 'moderate', asshole: 'moderate', assholes: 'moderate',
  jackass: 'moderate', dumbass: 'moderate', dick: 'moderate', dickhead: 'moderate', bastard: 'moderate', prick: 'moderate',
  piss: 'mild', pissed: 'mild', damn: 'mild', dammit: 'mild', goddamn: 'mild', hell: 'mild', crap: 'mild',
};

/**
 * Clinical and everyday phrases that contain a profanity pattern and are not profanity: anatomy,
 * diagnostics, degrees, shops, places and surnames. A match inside one of these is dropped.
 */
export const CLEAN_PHRASES: readonly string[] = [
  'anal fissure', 'anal fistula', 'semen analysis', 'nipple discharge', 'vaginal delivery', 'cum laude', 'magna cum laude',
  'summa cum laude', "dick's sporting goods", "dick's", 'moby dick', 'philip k. dick', 'van dyke', 'dick van dyke',
  'finger prick', 'fingerprick', 'finger-prick', 'heel prick', 'heelprick', 'heel-prick', 'needle prick', 'pin prick',
  'pinprick', 'skin prick', 'prick test', 'prick testing', 'finger pricks', 'heel pricks', 'needle pricks',
  'prick of the finger', 'prick of a finger', 'prick of the needle', 'prick of a needle', 'prick of the heel', 'prick of the skin', 'scunthorpe', 'cockpit', 'cockpits', 'cockatoo', 'cockatiel',
  'cocker spaniel', 'shuttlecock', 'peacock', 'woodcock', 'hancock', 'cumin', 'cumming', 'shiitake', 'shitake',
  'wankel', 'asst', 'assn', "ass'n", 'dickinson', 'dickens', 'dickerson', 'dickson', 'dickey', 'titmouse', 'great tit', 'blue tit',
  'hell yes', 'dam', 'bitcoin', 'piste', 'pissarro', 'arsenal', 'arsenic', 'cockroach', 'cockroaches',
  // Garden tools and square dances.
  'garden hoe', 'garden hoes', 'a hoe and', 'hoe and rake', 'rake and hoe', 'hoedown', 'hoe-down', 'hoe down', 'hoes and rakes',
  'rakes and hoes', 'dutch hoe', 'stirrup hoe',
  // Cats, willows and tiptoeing.
  'pussy cat', 'pussy cats', 'pussycat', 'pussycats', 'pussy willow', 'pussy willows', 'pussyfoot', 'pussyfooting', 'pussy foot',
  'pussy footing', "pussy footin'", 'pussy footin',
  // Technical and historical clinical terms.
  'retardant', 'retardants', 'fire retardant', 'flame retardant', 'fire-retardant', 'flame-retardant', 'retardation',
  'growth retardation', 'retarder', 'retarders', 'retarding',
  // Names of leagues, funds and rivers; hounds, towns and cheese.
  'negro league', 'negro leagues', 'negro college', 'united negro college fund', 'rio negro', 'negro river', 'negro spiritual',
  'negro spirituals', 'coon hound', 'coonhound', 'coonhounds', 'coon dog', 'coon dogs', 'coon hunting', 'coon rapids', 'coon cheese',
  'gobbledy gook', 'gobbledygook', 'maine coon', 'maine coons', 'ojos negros', 'frijoles negros',
  // Dutch "hoe" (how) before the words that follow it in a question.
  ...['ik', 'je', 'jij', 'ze', 'zij', 'we', 'wij', 'het', 'vaak', 'lang', 'laat', 'veel', 'gaat', 'kan', 'kun', 'moet', 'haal', 'zit', 'doe', 'heet', 'men', 'hij', 'dan', 'dat'].map((w) => `hoe ${w}`),
];
