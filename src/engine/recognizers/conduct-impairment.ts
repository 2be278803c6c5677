import type { Doc } from '../doc';
import { clauseBefore, gateWindows, isMention, isNegated, matchesStartingIn, nearby, onePerSentence, sentenceAround } from '../conduct/frame';
import { runConductPatterns, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import { withFrames } from '../conduct/frames';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { IMPAIRMENT_FRAMES } from '../conduct/frames-work';

import type { Candidate, CustomRecognizer } from '../recognizer';
import { PATIENT, WORK, anyOf } from '../vocab/conduct';

/**
 * Intoxication or impairment around work, and jokes about diverting controlled drugs (NCSBN,
 * FSMB: practising impaired is misconduct, and a post saying so is evidence). The substance must
 * be the poster's and the time must touch work: "shots at the bar and then straight into my night
 * shift". Drinking after a shift or on a day off, coffee, and an intoxicated *patient* are not
 * findings.
 */

/** Alcohol and drugs, and being under their influence; not coffee, not flu shots, not cigarettes. */
const SUBSTANCE = new RegExp(
  String.raw`\b(?:glass(?:es)?\s+of\s+(?:wine|champagne|prosecco)|wine|beers?|brews|a\s+drink|drinks|(?:a\s+|couple\s+(?:of\s+)?|few\s+|two\s+|2\s+|three\s+|3\s+)?(?<!\b(?:flu|covid|booster|vaccine|b12|insulin|allergy|tdap|tetanus|rabies|hep\s+b)\s)shots(?!\s+of\s+(?:espresso|coffee|b12|wheatgrass|insulin))|shots?\s+of\s+(?:tequila|vodka|whiskey|whisky|fireball|jager|jagermeister|rum|gin|bourbon|jameson|patron|jack)|tequila|vodka|whiskey|bourbon|margaritas?|mimosas?|(?<!\b(?:gi|migraine|headache|drug|med|meds|medication|antibiotic|pain|banana|hiv|chemo)\s)cocktails?(?!\s+of\b)|booze|edibles?|thc|weed|a\s+joint|a\s+blunt|a\s+bowl|a\s+bong\s+rip|dabs?|dab\s+pen|(?:vape|weed|thc)\s+pen|a\s+cart|xanax|xannies|valium|ambien|klonopin|zolpidem|(?:day|shift|pre-?shift|lunch)[\s-]drinking|(?<=\b(?:still|i'm|im|was|am|been|be)\s)rolling(?!\s+(?:over|out|in|with|my\s+eyes|around))|adderall|addy|ritalin|vyvanse|(?:a\s+|my\s+|the\s+|little\s+)flask|(?:at|from|left)\s+the\s+bar|all[\s-]nighter\s+at\s+the\s+bar|benzos?|percs|percocets?|oxys?|norcos?|vicodin|molly|a\s+line|a\s+bump|shrooms|ketamine|cocaine|coke|drunk|tipsy|buzzed|hungover|hung\s+over|stoned|blazed|sloshed|hammered|smoked|vaped|took\s+a\s+hit|(?<=\b(?:took|ate|popped|had|taking|eating)\s(?:a|an|my|half\s+a|two|2)\s)gumm(?:y|ies)|(?<=\b(?:i'm|im|am|was|were|got|get|getting|still|so|be|being|feel|feeling|stayed|staying|kinda|lowkey|pretty|totally|lil|little|bit)\s)(?:high|wasted|smashed|faded|baked|lit))\b(?!\s+(?:a\s+)?(?:cigarettes?|cigs?|nicotine|hookah|brisket|salmon|ribs|on\s+(?:caffeine|coffee|life|sugar|adrenaline|energy)|school|five|flow|risk|vitamins?|bears?|worms?|acuity|census|alert|quality|fives?|hopes|standards|maintenance|key|demand|volume|fall|blood|bp|pressure|dose|doses|number|numbers|level|levels))`,
  'gi',
);
/** The gate for SUBSTANCE: one of these words must be in the draft at all. */
const SUBSTANCE_WORDS = [
  'glass', 'glasses', 'wine', 'beer', 'beers', 'brews', 'drink', 'drinks', 'shots', 'shot', 'tequila', 'vodka', 'whiskey', 'whisky',
  'bourbon', 'margarita', 'margaritas', 'mimosa', 'mimosas', 'cocktail', 'cocktails', 'booze', 'edible', 'edibles', 'thc', 'weed',
  'joint', 'blunt', 'bowl', 'bong', 'dab', 'dabs', 'pen', 'adderall', 'addy', 'ritalin', 'vyvanse', 'flask', 'bar', 'rolling', 'ambien', 'klonopin', 'zolpidem', 'drinking', 'day-drinking', 'cart', 'xanax', 'xannies', 'valium', 'benzo', 'benzos', 'percs', 'percocet',
  'percocets', 'oxy', 'oxys', 'norco', 'norcos', 'vicodin', 'molly', 'line', 'bump', 'shrooms', 'ketamine', 'cocaine', 'coke', 'drunk',
  'tipsy', 'buzzed', 'hungover', 'hung', 'stoned', 'blazed', 'sloshed', 'hammered', 'faded', 'smashed', 'wasted', 'high', 'smoked',
  'vaped', 'hit', 'gummy', 'gummies',
];
/** The poster is the one drinking: first person, or a sentence that starts with the act. */
const FIRST_PERSON = anyOf(['i', "i'm", 'im', "i've", "i'd", 'me', 'my', 'myself', 'we', "we're", "we've", 'us', 'our']);
// A newline right after another sentence end (blank lines) adds nothing: not tried again.
const SUBJECTLESS = /(?:^|[.!?\n](?<![.!?\n][^\S\n]*\n)\s*)(?:(?:lol|ok|okay|ngl|lowkey|low\s+key|honestly|so|just|still|currently|rn|\d+|a|an|two|three|couple|few|some|of|the|took|popped|had|did|smoked|drank|ate|pulled|went|stayed|spent|partied|came\s+in|showed\s+up|clocked\s+in|sipping|drinking|smoking|taking|popping|doing|vaping|chugging|pounding|[a-z]+ed)\s+)*$/i;
/** Sentences about other people or about people in general: "patients who drink", "if you". */
const GENERIC = new RegExp(`${PATIENT.source}|\\b(?:people|anyone|everyone|someone|if\\s+you|you\\s+should|he|she|they|his|her)\\b`, 'gi');
/** Time that touches work: "before my shift", "at lunch", "still", "straight into". */
const TOUCHES_WORK = anyOf([
  'before', 'pre', 'during', 'at work', 'on shift', 'on the clock', 'into', 'then', 'straight into', 'still', 'lunch', 'on my break',
  'on break', 'straight to', 'went to work', 'in the parking', 'in my locker', 'in my water bottle', 'clocking in', 'clocked in', 'today', 'tonight', 'rn',
  'right now', 'this morning', 'gets me through', 'get through', 'got called in', 'called in',
]);
/** The poster is off work, or was drinking after it. */
const OFF_DUTY = anyOf([
  'off duty', 'day off', 'days off', 'vacation', 'pto', 'after my shift', 'after shift', 'after the shift', 'after our shift',
  'post-shift', 'post shift', 'after work', 'home from work', 'after a 12', 'after this shift', 'after tonight', 'when i get home',
  'weekend off', 'drinks on me', 'not before shift', 'not before work', 'not before my shift', 'never before shift', 'home to sleep', 'then home', 'then bed', 'sleep it off', 'designated driver', 'not working', 'no work', 'off tomorrow', 'off work', 'since i got off', 'got off', 'all off',
  "we're off", "i'm off", 'im off', 'i am off', 'not on the schedule', 'none of us are on', 'ubers home', 'uber home', 'sober',
  'off for', 'not back', 'last night shift', 'last shift of', 'finished my last', 'end of my stretch', 'off the next', 'off this week',
  // Slept between the drink and the shift: "a glass of wine at a wedding, then slept before my shift the next night".
  'no shift', 'off till', 'off until', 'not working till', 'not working until',
  'then slept', 'slept it off', 'slept before', 'slept all day', 'slept all night', 'the next night', 'the following night',
  ...[6, 7, 8, 9, 10, 11, 12].flatMap((n) => [`slept ${n} hours`, `slept for ${n} hours`]),
  // Work named only to be left behind: "no scrubs allowed", "no pager". (Not "no patients": "no patients noticed".)
  'no scrubs', 'no pager', 'no pagers', 'not on call', 'off call',
]);
/**
 * A drink placed after work or in leisure: "after the longest week of nights", "post-call beer",
 * "with the girls", "and a hot bath". Weaker than OFF_DUTY: a time that clearly touches work
 * ("before", "straight into", "on my break") still makes it a finding.
 */
const AFTER_WORK = anyOf(
  [
    'clocked out', 'clocking out', 'clock out', 'off the clock', 'no alarms', 'night off', 'nights off', 'week off', 'weekend off',
    'sleep in', 'sleeping in', 'with friends', 'with my friends', 'with the girls', 'with my girls', 'girls night', "girls' night",
    'with my best friends', 'with my besties', 'with my sisters', 'with the neighbours', 'with the neighbors', 'bubble bath', 'hot bath',
    'a bath', 'by the fire', 'book club', 'wine club', 'birthday', 'holiday party', 'brunch', 'on the deck', 'on the porch', 'patio',
    'survived', 'made it through', 'final night', 'done with nights', 'done for the week', 'home now', 'finally home',
    'celebrated', 'celebrating', 'celebrate', 'next month', 'next week', 'gala', 'fundraiser', 'reception', 'wedding', 'banquet',
    'christmas party', 'retirement party', 'graduation', 'match day', 'before bed', 'then bed', 'sleeping till', 'vacation mode',
  ],
  String.raw`\b(?:after|post)[\s-](?:[\w']+[\s-]+){0,4}?(?:shift|shifts|12|12s|nights|stretch|rotation|call|work|week|day|clinic|double)\b`,
);
/** Times that put the drink at work whatever the leisure around it. */
const AT_WORK_TIME = anyOf([
  'before my', 'before work', 'before shift', 'before the shift', 'before clocking', 'before report', 'before rounds', 'before nights', 'before a', 'pre', 'during', 'at work', 'on shift', 'on the clock', 'straight into', 'straight to', 'went to work', 'in the parking',
  'in my locker', 'in my water bottle', 'on my break', 'on break', 'lunch', 'clocking in', 'clocked in', 'still', 'gets me through',
  'get through', 'got called in', 'called in',
]);
/** Somebody else is under the influence or has the drug: "pt was so high", "patients on benzos". */
const SOMEONE_ELSE_BEFORE = new RegExp(`(?:${PATIENT.source}|\\b(?:driver|he|she|they|his|her|guy|lady|man|woman|dude|kid|teen|family|visitor|husband|wife|mom|dad|people|someone|somebody|whoever|anyone|anybody|everyone))(?:\\s+[\\w']+){0,3}\\s*$`, 'i');
/** "the drunk", "a drunk", "that high": a state used as a noun is somebody else. */
const STATE_AS_NOUN = /\b(?:the|a|an|this|that|these|those)\s*$/i;
const STATES = /^(?:drunk|tipsy|buzzed|hungover|stoned|blazed|sloshed|hammered|faded|smashed|wasted|high)$/i;
const SOMEONE_ELSE_AFTER = /^\s*(?:driver|drivers|pt|pts|patient|patients|guy|lady|man|woman|dude|kid|teen|people|person|folks|who|ones)\b/i;
/** Work within this many words of the substance. */
const WORK_WORDS = 12;

const DIVERSION: ConductPattern[] = [
  {
    name: 'diversion',
    gate: [['wasted', 'waste', 'popped', 'took', 'take', 'taking', 'snorted', 'swallowed', 'leftover', 'one', 'pocket', 'pocketed', 'pocketing', 'kept', 'keep', 'keeping', 'saving', 'saved', 'took', 'take', 'taking', 'pyxis', 'omnicell', 'self-medicate', 'self-medicating', 'self-medicated', 'self', 'narc', 'narcotic', 'count', 'snagged', 'swiped', 'stole', 'grabbed', 'skimmed', 'leftover']],
    regex: new RegExp(
      [
        String.raw`["'“‘]wasted["'”’]\s+(?:\d+(?:\.\d+)?\s?(?:mg|mcg|ml)\s+(?:of\s+)?)?(?:the\s+)?(?:dilaudid|morphine|fentanyl|oxy\w*|ativan|versed|ketamine|propofol|percocet|norco|hydromorphone|xanax|valium)`,
        String.raw`\bone\s+for\s+(?:the\s+pt|the\s+patient|you|them|him|her)(?:\s*(?:,|and))?\s+one\s+for\s+me\b`,
        String.raw`\b(?:pocket(?:ed|ing)?|kept|keep|keeping|saving|saved|took\s+home|take\s+home|taking\s+home|snagged|swiped|stole|grabbed|skimmed)\s+(?:the\s+|my\s+|some\s+(?:of\s+the\s+)?|a\s+(?:few|couple)\s+(?:of\s+the\s+)?|a\s+little\s+(?:of\s+the\s+)?)?(?:waste|wasted|leftover|extra)\b(?:\s+(?:dilaudid|morphine|fentanyl|oxys?|percs?|norcos?|ativan|versed|ketamine|benzos?|narcs))?`,
        String.raw`\bthe\s+(?:pyxis|omnicell)\s+is\s+my\s+(?:pharmacy|dealer|candy\s+store)\b`,
        String.raw`\bself[\s-]medicat\w*\s+(?:from|out\s+of|with)\s+(?:the\s+)?(?:pyxis|omnicell|med\s+room|waste)\b`,
        String.raw`\bwasted\b[^.!?\n]{0,60}\bif\s+you\s+know\s+what\s+i\s+mean\b`,
        // "the leftover fentanyl waste? let's just say it didn't all make it into the sharps".
        String.raw`\b(?:waste|wasted|leftover)\b[^.!\n]{0,80}?\b(?:didn't|did\s+not|never)\s+(?:all\s+|quite\s+|exactly\s+)?make\s+it\s+(?:in)?to\s+the\s+(?:sharps|bin|sink|trash|waste|drain)\b`,
        // "took my husband's ambien": someone else's prescription.
        String.raw`\b(?:took|take|taking|popped|popping|stole|borrowed|swiped)\s+(?:some\s+of\s+|one\s+of\s+|a\s+couple\s+of\s+)?(?:my|a|her|his)\s+(?:husband|wife|mom|mum|dad|partner|roommate|friend|sister|brother|kid|son|daughter|grandma|grandpa|boyfriend|girlfriend)'s\s+(?:[\w-]+\s+)?(?:ambien|klonopin|xanax|valium|adderall|ritalin|vyvanse|percs?|percocet|oxy\w*|norco|vicodin|dilaudid|ativan|tramadol|gabapentin|pills|meds)\b`,
        // "popped an adderall that wasn't mine".
        String.raw`\b(?:popped|took|take|taking|snorted|swallowed)\s+(?:an?\s+|some\s+|a\s+couple\s+(?:of\s+)?)?(?:adderall|addy|ritalin|vyvanse|xanax|valium|percs?|percocet|oxy\w*|norco|vicodin|dilaudid|ativan|klonopin)\s+(?:that\s+(?:wasn't|was\s+not|weren't)\s+mine|from\s+(?:a\s+)?(?:pt|patient|the\s+pyxis|the\s+omnicell|work)|meant\s+for\s+(?:a\s+)?(?:pt|patient))\b`,
        String.raw`\b(?:narc|narcotic|pyxis|omnicell)\s+(?:count\s+)?(?:was\s+|is\s+)?(?:off|short)\b[^.!?\n]{0,60}\b(?:it\s+was\s+me|my\s+bad|oops|whoops|lol|lmao)\b`,
      ].join('|'),
      'gi',
    ),
    severity: 'high',
    tie: 'none',
  },
];
const diversionSpec: ConductSpec = { id: 'impairment', rule: 'conduct.impairment', patterns: DIVERSION, mentions: true, negation: true };

/** A substance near work, taken by the poster, at a time that touches work. */
/** A drink's name capitalised mid-sentence is a name ("my dog Whiskey", the film "Cocktail"). */
const GENERIC_DRINK = /^(?:Wine|Beers?|Whiskey|Whisky|Vodka|Tequila|Bourbon|Cocktails?|Margaritas?|Mimosas?|Booze|Weed|Brews)$/;
/** Whether `at` starts a sentence: only spaces back to the text's start or a sentence end. */
function startsSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || '.!?\n'.includes(text[i - 1]!);
}

function substanceAtWork(doc: Doc, start: number, end: number): Candidate | undefined {
  const before = clauseBefore(doc, start, 40);
  if (GENERIC_DRINK.test(doc.text.slice(start, end)) && !startsSentence(doc.text, start)) return undefined;
  if (SOMEONE_ELSE_BEFORE.test(before) && !/\b(?:i|i'm|im|we|my)\b[^.!?\n]*$/i.test(before)) return undefined;
  if (STATES.test(doc.text.slice(start, end)) && STATE_AS_NOUN.test(before)) return undefined;
  if (SOMEONE_ELSE_AFTER.test(doc.text.slice(end, end + 12))) return undefined;
  if (isMention(doc, start, end) || isNegated(doc, start)) return undefined;
  const work = nearby(doc, start, end, WORK, WORK_WORDS);
  if (!work) return undefined;
  const sentence = sentenceAround(doc, start, end);
  FIRST_PERSON.lastIndex = 0;
  const timing = nearby(doc, start, end, TOUCHES_WORK, WORK_WORDS);
  // The poster's own: first person, a sentence that starts with the act, or a fragment about a
  // shift that names nobody else ("Little pre-shift vodka in the stanley cup").
  GENERIC.lastIndex = 0;
  const self = FIRST_PERSON.test(sentence) || SUBJECTLESS.test(clauseBefore(doc, start, 40)) || (timing !== undefined && !GENERIC.test(sentence));
  if (!self) return undefined;
  if (nearby(doc, start, end, OFF_DUTY, 16)) return undefined;
  if (nearby(doc, start, end, AFTER_WORK, 16) && !nearby(doc, start, end, AT_WORK_TIME, WORK_WORDS)) return undefined;
  return {
    rule: 'conduct.impairment',
    start,
    end,
    score: timing ? 0.9 : 0.7,
    recognizer: 'impairment',
    pattern: 'substance around work',
    context: [`work '${work}'`, ...(timing ? [`timing '${timing}'`] : [])],
    tie: 'none',
    severity: timing ? 'high' : 'medium',
  };
}

export const impairment: CustomRecognizer = {
  kind: 'custom',
  id: 'impairment',
  rule: 'conduct.impairment',
  find(doc: Doc): Candidate[] {
    const out = runConductPatterns(doc, diversionSpec);
    for (const [from, to] of gateWindows(doc, [SUBSTANCE_WORDS])) {
      for (const m of matchesStartingIn(SUBSTANCE, doc.text, from, to)) {
        const start = m.index;
        const end = start + m[0].length;
        if (out.some((c) => c.start < end && start < c.end)) continue;
        const c = substanceAtWork(doc, start, end);
        if (c) out.push(c);
      }
    }
    return onePerSentence(doc, withFrames(doc, CONDUCT_FRAMES, IMPAIRMENT_FRAMES, out));
  },
};
