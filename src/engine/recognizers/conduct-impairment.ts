import { conductRecognizer, type ConductPattern } from '../conduct/recognizer';
import { PATIENT, WORK, anyOf, near } from '../vocab/conduct';

/**
 * Intoxication or impairment around work, and jokes about diverting controlled drugs (NCSBN,
 * FSMB: practising impaired is misconduct, and a post saying so is evidence). Drinking after a
 * shift, a Nurses Week wine night "off duty", and an intoxicated *patient* are not findings: the
 * substance must be the poster's, and the time before or during work.
 */
const work = near('work', WORK, 8);
const notOffDuty = near('off duty', anyOf([
  'off duty', 'day off', 'days off', 'my day off', 'vacation', 'pto', 'after my shift', 'after shift', 'after the shift', 'post-shift',
  'post shift', 'after work', 'home from work', 'after a 12', 'after this shift', 'after tonight', 'when i get home', 'weekend off',
  'uber', 'ubers', 'designated driver', 'not working', 'no work', 'off tomorrow', 'off work', 'since i got off', 'got off',
  'party', 'happy hour', 'celebration', 'retirement', 'wedding', 'wine night', 'game night', 'fundraiser', 'gala',
]), 12);
/** The substance is someone else's: "drunk pt", "the intoxicated patient", "drunk driver". */
const someoneElse = near('someone else', new RegExp(`${PATIENT.source}|\\b(?:driver|he|she|they|his|her|guy|lady|man|woman|dude|kid|teen|family|visitor|husband|wife|mom|dad)\\b`, 'gi'), 3, 'before');

/** Alcohol and drugs, not coffee: "shots" only of liquor, "gummies" only with THC. */
const SUBSTANCE = String.raw`(?:glass(?:es)?\s+of\s+(?:wine|champagne|prosecco)|wine|beers?|a\s+drink|drinks|(?:a\s+)?shots?\s+of\s+(?:tequila|vodka|whiskey|whisky|fireball|jager|jagermeister|rum|gin|bourbon|jameson|patron|jack)|tequila|vodka|whiskey|bourbon|margaritas?|mimosas?|cocktails?|edibles?|an\s+edible|thc|weed|a\s+joint|a\s+blunt|a\s+bowl|a\s+bong\s+rip|a\s+dab|dab\s+pen|(?:vape|weed|thc)\s+pen|a\s+cart|xanax|xannies|valium|a\s+benzo|benzos|percs?|percocet|an?\s+oxy|oxys|norco|vicodin|molly|a\s+line|a\s+bump|shrooms|mushrooms|ketamine|cocaine|a\s+line\s+of\s+coke)`;
/** Before, during or into work. */
const TIMING = String.raw`before|pre|during|at|through|thru|into|then|and\s+then|got\s+called\s+in\s+for|called\s+in\s+for|heading\s+(?:in|into|to)|on\s+my\s+way\s+(?:in|to)|in\s+the\s+middle\s+of|mid|on`;
const SHIFT = String.raw`shift|work|report|clocking\s+in|charting|rounds|surgery|nights?|night\s+shift|day\s+shift|call|clinic|7p|7a|huddle|12|twelve|med\s+pass|precepting|case|cases|the\s+floor|the\s+unit|my\s+patients|pts`;

const PATTERNS: ConductPattern[] = [
  {
    name: 'diversion',
    gate: [['wasted', 'one', 'pocket', 'pocketed', 'pocketing', 'kept', 'keep', 'keeping', 'saving', 'saved', 'took', 'take', 'taking', 'pyxis', 'omnicell', 'self-medicate', 'self-medicating', 'self-medicated', 'self', 'narc', 'narcotic', 'count']],
    regex: new RegExp(
      [
        String.raw`["'“‘]wasted["'”’]\s+(?:\d+(?:\.\d+)?\s?(?:mg|mcg|ml)\s+(?:of\s+)?)?(?:the\s+)?(?:dilaudid|morphine|fentanyl|oxy\w*|ativan|versed|ketamine|propofol|percocet|norco|hydromorphone|xanax|valium)`,
        String.raw`\bone\s+for\s+(?:the\s+pt|the\s+patient|you|them|him|her)\s*(?:,|and)?\s+one\s+for\s+me\b`,
        String.raw`\b(?:pocket(?:ed|ing)?|kept|keep|keeping|saving|saved|took\s+home|take\s+home|taking\s+home)\s+(?:the\s+|my\s+|some\s+(?:of\s+the\s+)?)?(?:waste|wasted|leftover\s+(?:dilaudid|morphine|fentanyl|oxy))\b`,
        String.raw`\bthe\s+(?:pyxis|omnicell)\s+is\s+my\s+(?:pharmacy|dealer|candy\s+store)\b`,
        String.raw`\bself[\s-]medicat\w*\s+(?:from|out\s+of|with)\s+(?:the\s+)?(?:pyxis|omnicell|med\s+room|waste)\b`,
        String.raw`\bwasted\b[^.!?\n]{0,60}\bif\s+you\s+know\s+what\s+i\s+mean\b`,
        String.raw`\b(?:narc|narcotic|pyxis|omnicell)\s+(?:count\s+)?(?:was\s+|is\s+)?(?:off|short)\b[^.!?\n]{0,60}\b(?:it\s+was\s+me|my\s+bad|oops|whoops|lol|lmao)\b`,
      ].join('|'),
      'gi',
    ),
    severity: 'high',
    tie: 'none',
  },
  {
    name: 'intoxicated at work',
    gate: [['drunk', 'tipsy', 'buzzed', 'hungover', 'hung', 'stoned', 'blazed', 'sloshed', 'faded', 'tanked', 'high', 'wasted', 'drinking', 'drank', 'smoking', 'smoked', 'vaping', 'got', 'getting', 'vodka', 'wine', 'whiskey', 'tequila', 'rum', 'fireball', 'booze', 'alcohol', 'beer', 'flask']],
    regex: /\b(?:(?:i'm|im|i\s+am|i\s+was|still|so|kinda|lowkey|a\s+little|slightly|bit|totally)\s+(?:\w+\s+)?(?:drunk|tipsy|buzzed|hungover|hung\s+over|stoned|blazed|sloshed|faded|tanked|high)(?!\s+(?:on|off|school|five|flow|risk|acuity|census|alert|quality|fives?|hopes|standards|maintenance|key|demand|volume|fall)\b)|(?:drunk|tipsy|buzzed|hungover|stoned|high|wasted)\s+(?:at|during|on|for|to|before|through|in\s+the\s+middle\s+of)\s+(?:work|my\s+shift|the\s+shift|shift|report|charting|rounds|clinic|surgery|a\s+code|my\s+12|nights|clinicals)|(?:drinking|drank|smoking|smoked|vaping|got\s+high|getting\s+high|got\s+drunk|getting\s+drunk)\s+(?:at|during|on)\s+(?:work|my\s+shift|shift|my\s+break|break|lunch)|(?:vodka|wine|whiskey|tequila|rum|fireball|booze|alcohol|beer)\s+in\s+my\s+(?:water\s+bottle|coffee|cup|tumbler|hydro\s?flask|stanley|locker)|\bflask\s+in\s+my\s+(?:locker|bag|scrubs|pocket))\b/gi,
    severity: 'high',
    needs: [work],
    unless: [notOffDuty, someoneElse],
    tie: 'none',
  },
  {
    name: 'substance around work',
    gate: [['glass', 'glasses', 'wine', 'beer', 'beers', 'drink', 'drinks', 'shot', 'shots', 'tequila', 'vodka', 'whiskey', 'whisky', 'bourbon', 'margarita', 'margaritas', 'mimosa', 'mimosas', 'cocktail', 'cocktails', 'edible', 'edibles', 'thc', 'weed', 'joint', 'blunt', 'bowl', 'bong', 'dab', 'vape', 'cart', 'xanax', 'xannies', 'valium', 'benzo', 'benzos', 'perc', 'percs', 'percocet', 'oxy', 'oxys', 'norco', 'vicodin', 'molly', 'line', 'bump', 'shrooms', 'mushrooms', 'ketamine', 'cocaine', 'coke', 'champagne', 'prosecco']],
    // "Two glasses of wine before my shift", "3 mimosas at brunch and then got called in for a 7p",
    // "gets me through a night shift like a vape pen full of THC".
    regex: new RegExp(
      String.raw`\b(?:${SUBSTANCE})\b(?=[^.!?\n]{0,60}\b(?:${TIMING})\s+(?:[\w']+\s+){0,3}?(?:${SHIFT})\b)|\b(?:${TIMING})\s+(?:[\w']+\s+){0,3}?(?:${SHIFT})\b[^.!?\n]{0,40}\b(?:${SUBSTANCE})\b`,
      'gi',
    ),
    severity: 'high',
    unless: [notOffDuty, someoneElse],
    tie: 'none',
  },
  {
    name: 'took something before work',
    gate: [['took', 'popped', 'smoked', 'had', 'ate', 'hit', 'did', 'taking', 'popping', 'smoking']],
    regex: /\b(?:took|popped|smoked|had|ate|hit|did|taking|popping|smoking)\s+(?:an?\s+|some\s+|two\s+|2\s+|a\s+few\s+|half\s+an?\s+|my\s+)?(?:edibles?|xanax|xannies|valium|benzos?|percs?|percocets?|oxys?|norcos?|vicodin|molly|shrooms|a\s+joint|a\s+blunt|a\s+bowl|a\s+bong\s+rip|a\s+line|lines|a\s+bump|weed|gummy|gummies)\b/gi,
    severity: 'high',
    needs: [work],
    unless: [notOffDuty, someoneElse],
    tie: 'none',
  },
];

export const impairment = conductRecognizer({ id: 'impairment', rule: 'conduct.impairment', patterns: PATTERNS, mentions: true, negation: true });
