import type { Doc } from '../doc';
import { onePerSentence } from '../conduct/frame';
import { runConductPatterns, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import type { CustomRecognizer } from '../recognizer';
import { withFrames } from '../conduct/frames';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { ADVICE_FRAMES } from '../conduct/frames-public';

import { CONDITION_LETTERS, CONDITIONS, MEDICATIONS as CLINICAL_MEDICATIONS } from '../vocab/clinical';

/** Medications by class too: people say "your antidepressant", "your blood thinner". */
const MEDICATIONS = String.raw`${CLINICAL_MEDICATIONS}|antidepressants?|ssris?|blood\s+thinners?|bp\s+meds|blood\s+pressure\s+meds|thyroid\s+meds|seizure\s+meds|water\s+pills?|birth\s+control|steroids?|antibiotics?|inhalers?`;
import { ADDRESSEE_SOURCE, anyOf, near } from '../vocab/conduct';

/**
 * Individual diagnosis or treatment advice to a specific person online, outside a care
 * relationship (AMA 2.3.2, GMC, SMC). The advice must be aimed at someone: a reply ("@user",
 * "Replying to Tom", "Susan, ..."), their own symptoms ("that mole", "your lasix"), or an offer to
 * assess them in DMs. Public-health advice ("call 911 for chest pain", "see your doctor within 3
 * days") addresses nobody in particular and sends people to care, so it is not a finding.
 */

const ADDRESSEE = ADDRESSEE_SOURCE;
const addressee = near('addressee', new RegExp(ADDRESSEE, 'g'), 30);
/** Someone addressed, or advice offered as personal ("that's what I'd do", "trust me, nurse here"). */
const individual = near(
  'addressee',
  new RegExp(`${ADDRESSEE}|${anyOf(["that's what i'd do", "that's what i would do", 'what i do', 'trust me', "i'm a nurse", 'im a nurse', 'nurse here', 'doctor here', "you'll be fine", 'at your age', 'for your', 'in your case'], String.raw`\bfor\s+the\s+(?:swelling|pain|rash|cough|fever|itch|headache|anxiety)`).source}`, 'gi'),
  30,
);
/** Sending people to care is the advice every guideline wants. */
const toCare = near('sends to care', anyOf([
  'see your doctor', 'see a doctor', 'talk to your doctor', 'ask your doctor', 'call your doctor', 'your provider', 'your pharmacist',
  'your prescriber', 'your pcp', 'see your provider', 'get it checked', 'get checked', 'go to the er', 'go to the ed', 'call 911',
  'urgent care', 'get seen', 'call your pcp', 'check with your',
]), 12);

const THING = String.raw`(?:rash|mole|lump|bump|spot|cough|pain|swelling|bruise|bite|mark|lesion|freckle|blister|wound|cut|burn|fever|headache|symptoms?|ankle|knee|wrist|finger|toe|arm|leg|chest\s+pain|sore\s+throat|discharge|x-?ray|labs?|results?|numbers|ekg|ecg|a1c|bp|blood\s+pressure|heart\s+rate|sugar|cyst|sore|thing)`;

/** Someone's own complaint: "your rash", "your son's rash", "that mole". */
const THEIRS = String.raw`(?:your|his|her)\s+(?:(?:kid|son|daughter|baby|husband|wife|mom|dad|partner|boyfriend|girlfriend)'s\s+)?${THING}|(?:that|this|the)\s+${THING}`;

/** "that rash is", "your son's mole looks": what joins the complaint to the diagnosis. */
const LINK = String.raw`(?:is|are|looks|sounds|has|have|got|definitely|probably|totally|just|100%|like|def|prob)`;

export const PATTERNS: ConductPattern[] = [
  {
    name: 'changing someone\'s medication',
    gate: [['double', 'triple', 'halve', 'stop', 'quit', 'skip', 'up', 'increase', 'decrease', 'cut', 'hold', 'ditch', 'come', "don't", 'take', 'try', 'give', 'start', 'alternate', 'grab']],
    regex: new RegExp(
      String.raw`\b(?:just\s+)?(?:double(?:\s+up\s+on)?|triple|halve|stop|quit|skip|up|increase|decrease|cut|hold|ditch|come\s+off|stop\s+taking|don't\s+take|take\s+(?:extra|more|less|double|half|\d+|two|three)(?:\s+of)?)\s+(?:your|his|her|their|the\s+kid's|the\s+baby's|the)\s+(?:[\w-]+\s+){0,2}?(?:${MEDICATIONS})\b` +
        String.raw`|\b(?:just\s+)?(?:take|try|give\s+(?:him|her|them)|start|alternate)\s+(?:\d+(?:\.\d+)?(?:\s*(?:mg|mcg|ml|units?))?\s+(?:of\s+)?)(?:${MEDICATIONS})\b` +
        String.raw`|\b(?:just\s+)?(?:take|try|grab|start|give\s+(?:him|her|them))\s+(?:some\s+)?(?:${MEDICATIONS})\s+(?:\d|every|twice|three\s+times|otc|over\s+the\s+counter|for\s+(?:a\s+few|a\s+couple|\d+)\s+(?:days|weeks))`,
      'gi',
    ),
    severity: 'high',
    needs: [individual],
    unless: [toCare],
    tie: 'person',
  },
  {
    name: 'stopping or doubling it',
    // "Jen, your BP meds are probably what's making you dizzy, just stop them for a week".
    gate: [['stop', 'quit', 'skip', 'double', 'halve', 'cut', 'come', 'ditch']],
    regex: /\b(?:just\s+)?(?:stop|quit|skip|double|halve|cut\s+back\s+on|come\s+off|ditch)\s+(?:them|it|taking\s+(?:them|it))\b/gi,
    severity: 'high',
    needs: [individual, near('medication', new RegExp(`\\b(?:${MEDICATIONS})\\b`, 'gi'), 14, 'before')],
    unless: [toCare],
    tie: 'person',
  },
  {
    name: 'someone else\'s medication',
    gate: [['leftover', 'left', 'old', 'borrow', 'grab', 'get', 'take', 'try', 'use', 'start', 'give', 'finish', 'rest']],
    regex: new RegExp(
      String.raw`\b(?:take|try|grab|use|borrow|start|finish|give|just\s+take|just\s+give)\s+(?:(?:him|her|them|the\s+(?:kid|baby))\s+)?(?:some\s+of\s+|the\s+rest\s+of\s+|what's\s+left\s+of\s+)?(?:your|a|his|her)\s+(?:(?:sister|brother|mom|mum|dad|husband|wife|friend|roommate|neighbor|neighbour|kid|partner|daughter|son|baby|grandma|grandpa|cousin|aunt|uncle|coworker|boyfriend|girlfriend)'s\s+)(?:leftover\s+|old\s+)?(?:[\w-]+\s+)?(?:${MEDICATIONS})\b|\b(?:give|take|try|grab|use|borrow)\s+(?:(?:him|her|them)\s+)?(?:one|some|a\s+couple|a\s+few|two)\s+of\s+(?:your|my|his|her)\s+(?:${MEDICATIONS})\b|\b(?:leftover|old)\s+(?:${MEDICATIONS})\b|\b(?:${MEDICATIONS})\s+(?:left\s?over|leftover)\s+from\b|\b(?:grab|get|borrow)\s+(?:some\s+)?(?:${MEDICATIONS})\s+from\s+(?:a|your)\s+(?:friend|neighbor|neighbour|sister|brother|mom|dad|coworker)`,
      'gi',
    ),
    severity: 'high',
    needs: [addressee],
    unless: [toCare],
    tie: 'person',
  },
  {
    name: 'telling someone to skip care',
    gate: [['skip', 'avoid', 'no', "don't", 'dont', 'you', 'do']],
    regex: new RegExp(
      String.raw`\bskip\s+(?:the\s+|your\s+)?(?:[\w-]+\s+)?(?:follow[\s-]?up|appointment|appt|visit|check[\s-]?up|referral)\b|\b(?:skip|avoid|no\s+need\s+(?:for|to\s+(?:go\s+to|see|take))|don't\s+(?:bother|waste\s+(?:your\s+)?(?:money|time))\s+(?:going\s+to|seeing|on|with)|don't\s+(?:go\s+to|need)|you\s+(?:don't|dont|do\s+not|do\s+n't)\s+need(?:\s+to\s+(?:see|take|go\s+to))?)\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:er|ed|emergency\s+room|doctor|dr|derm|dermatologist|urgent\s+care|specialist|cardiologist|hospital|antibiotics|it|that|appt|appointment|pedi|peds|pediatrician|pedi\s+appt|peds\s+appt|follow[\s-]?up|visit|${MEDICATIONS})\b`,
      'gi',
    ),
    severity: 'high',
    needs: [near('individual', new RegExp(`${ADDRESSEE}|\\b(?:your|his|her)\\s+${THING}|\\b(?:that|this|the)\\s+${THING}|${MEDICATIONS}|\\bat\\s+(?:your|his|her)\\s+age\\b`, 'gi'), 20)],
    tie: 'person',
  },
  {
    name: 'diagnosing someone',
    letters: CONDITION_LETTERS,
    regex: new RegExp(
      String.raw`\b(?:that|this|it|${THEIRS}|you|your\s+(?:kid|son|daughter|baby|husband|wife|mom|dad|partner))(?:\s*'s|\s+${LINK})(?:'s|\s+${LINK})*\s+(?:like\s+)?(?:totally\s+|definitely\s+|probably\s+|just\s+|100%\s+)?(?:a\s+|an\s+)?(?:classic\s+|textbook\s+)?(?:${CONDITIONS})\b`,
      'gi',
    ),
    severity: 'medium',
    needs: [addressee],
    unless: [toCare, near('self or family', anyOf(['my mom', 'my dad', 'my kid', 'my son', 'my daughter', 'my husband', 'my wife', 'mine', 'i have', "i've had", 'i had']), 6)],
    raise: [near('treatment', new RegExp(`\\b(?:take|grab|try|start|use)\\b[^.!?\\n]{0,30}(?:${MEDICATIONS})`, 'gi'), 20)],
    tie: 'person',
  },
  {
    name: 'diagnosing someone (no subject)',
    gate: [['sounds', 'looks']],
    letters: CONDITION_LETTERS,
    // "@jess sounds like plantar fasciitis."
    regex: new RegExp(String.raw`(?:^|[.!?,:]\s*|@\w+\s+|\b(?:honestly|def|definitely|totally|100%)\s+)(?:sounds|looks)\s+like\s+(?:a\s+|an\s+)?(?:classic\s+|textbook\s+)?(?:${CONDITIONS})\b`, 'gi'),
    severity: 'medium',
    needs: [addressee],
    unless: [toCare],
    raise: [near('treatment', new RegExp(`\\b(?:take|grab|try|start|use)\\b[^.!?\\n]{0,30}(?:${MEDICATIONS})`, 'gi'), 20)],
    tie: 'person',
  },
  {
    name: 'diagnosis in DMs',
    gate: [['dm', 'message', 'text', 'send', "i'll"]],
    regex: /\b(?:dm|message|text|send)\s+me\s+(?:your|a\s+pic|pics|photos?|a\s+photo|with\s+your)\s*(?:of\s+)?(?:symptoms|labs|results|meds|rash|mole|x-?rays?|ekg|numbers|pics|photos?|it)?[^.!?\n]{0,40}\b(?:i'll|i\s+will|and\s+i(?:'ll)?|i\s+can)\s+(?:tell\s+you|diagnose|let\s+you\s+know|figure|prescribe|say)\b|\bi'll\s+tell\s+you\s+what\s+(?:to\s+take|it\s+is|you\s+have)\b/gi,
    severity: 'medium',
    tie: 'person',
  },
];

const spec: ConductSpec = { id: 'individual-advice', rule: 'conduct.advice', patterns: PATTERNS, negation: true, mentions: true };

export const advice: CustomRecognizer = {
  kind: 'custom',
  id: 'individual-advice',
  rule: 'conduct.advice',
  find: (doc: Doc) => onePerSentence(doc, withFrames(doc, CONDUCT_FRAMES, ADVICE_FRAMES, runConductPatterns(doc, spec))),
};
