import type { Doc } from '../doc';
import { withInsultsAimedAt } from '../conduct/insults';
import { onePerSentence } from '../conduct/frame';
import { withFrames } from '../conduct/frames';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { EMPLOYER_FRAMES } from '../conduct/frames-work';

import { runConductPatterns, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { EMPLOYER, near } from '../vocab/conduct';

/**
 * Attacks on the employer: the hospital, its leadership, a health system by name. Always medium
 * and worded gently: discussing pay, staffing and safety with coworkers can be protected concerted
 * activity (NLRA section 7), and a warning must not read as "you may not criticise your hospital".
 * Complaints without an attack ("parking went up to $12/day") are not findings.
 */
const employer = near('employer', EMPLOYER, 10);

/** Letters every match of the attack on the employer holds (conduct/frame.ts Letters), by its alternatives in order. */
const ATTACK_LETTERS = [
  'treat', 'give', 'care', 'long', 'cheap', 'anywhere', 'avoid', 'back', 'work', 'shame',
  'mbas', 'bean', 'suits', 'idiots', 'clowns', 'accountants', 'lawyers', 'morons', 'amateurs',
  'profit', 'worst', 'most', 'toxic',
  'slaughterhouse', 'sweatshop', 'hellhole', 'thole', 'dumpster', 'clown', 'circus', 'scam', 'corrupt', 'bloodsuckers', 'money',
  'predatory', 'exploitative', 'abusive',
  'vultures', 'steal', 'lie', 'lying', 'killing', 'hurting', 'endangering', 'harming', 'burning', 'destroying', 'retaliat',
  'cover', 'swept', 'buried', 'greedy', 'incompetent', 'punish', 'blood', 'come',
];

export const PATTERNS: ConductPattern[] = [
  {
    name: 'attack on the employer',
    letters: ATTACK_LETTERS,
    regex: new RegExp(
      [
        String.raw`\btreats?\s+(?:us|nurses|staff|employees|(?:its|their|the)\s+(?:staff|nurses|employees|people)|people|patients|everyone)\s+like\s+(?:[\w-]+\s+)?(?:garbage|trash|dirt|crap|sh[i*!1]t|slaves|dogs|cattle|numbers|robots|criminals|disposable|atms|children)`,
        String.raw`\b(?:does|do)\s*(?:n't|not)\s+(?:give\s+a\s+\S+\s+|(?:actually\s+|even\s+|really\s+)?care\s+)(?:about|if|whether|who|that|how\s+many)\s+(?:us|nurses|staff|safety|patients|anyone|employees|their\s+staff|its\s+staff|patient\s+safety|people|we|you|they|pts)`,
        String.raw`\bcares?\s+more\s+about\s(?:[^.!?\s]+\s){1,6}?than\s+(?:about\s+)?(?:patient\s+safety|patients|safety|(?:its\s+|their\s+)?staff|us|nurses|people|employees|lives)\b`,
        String.raw`\bas\s+long\s+as\s+(?:the\s+)?(?:budget|money|profits?|numbers|bottom\s+line|stock\s+price|shareholders|margins?|ceo|execs)\b`,
        String.raw`\bcheap(?:ed|ing)?\s+out\s+on\s+(?:sitters|staff|staffing|nurses|supplies|safety|us|techs|security|equipment|beds)\b`,
        String.raw`\b(?:give\s+birth|go|get\s+(?:care|treated|seen)|have\s+your\s+(?:baby|surgery)|take\s+your\s+(?:kids?|family|mom|dad|parents))\s+(?:literally\s+)?anywhere\s+(?:else|but\s+here)\b`,
        String.raw`\bavoid\s+(?:this|that|the)\s+(?:hospital|place|system|employer|company|health\s+system|facility)`,
        String.raw`\bnever\s+(?:coming|going|working)\s+back\b`,
        String.raw`\b(?:don't|do\s+not|never)\s+(?:ever\s+)?work\s+(?:here|there|at|for)\b`,
        String.raw`\bshame\s+on\s+(?:you|every\s+(?:single\s+)?one\s+of\s+you|all\s+of\s+you|them|admin|management|leadership|this\s+hospital|corporate)\b`,
        String.raw`\b(?:run|ran)\s+by\s+(?:mbas|bean\s+counters|suits|idiots|clowns|accountants|lawyers|morons|amateurs)`,
        String.raw`\bprofits?\s+over\s+(?:patients|people|safety|staff|nurses)`,
        String.raw`\bonly\s+cares?\s+about\s+(?:money|profits?|the\s+bottom\s+line|numbers|scores)`,
        String.raw`\b(?:worst|most\s+(?:dangerous|incompetent|corrupt|poorly\s+run))(?:[\s-](?:run|managed|staffed))?\s+(?:hospital|employer|place\s+to\s+work|health\s+system|management|leadership|admin|company|system|facility|er|ed|unit)`,
        String.raw`\btoxic\s+(?:workplace|work\s+environment|environment|leadership|management|culture|place|admin)`,
        String.raw`\b(?:slaughterhouse|sweatshop|hellhole|sh[i*!1]thole|dumpster\s+fire|clown\s+show|circus|scam|corrupt|bloodsuckers|money[\s-]grubbing|predatory|exploitative|abusive\s+(?:employer|workplace|management)|toxic\s+af)\b`,
        String.raw`\b(?:are|is|bunch\s+of|such|greedy|corporate)\s+(?:[\w-]+\s+)?vultures\b`,
        String.raw`\bsteal\w*\s+(?:our|my|your|their)\s+(?:breaks|lunch(?:es)?|pto|pay|wages|time|tips|bonus(?:es)?)\b`,
        String.raw`\b(?:lie|lied|lying|lies)\s+to\s+(?:us|staff|nurses|patients|the\s+public|employees|everyone)`,
        String.raw`\b(?:is|are)\s+(?:literally\s+)?(?:killing|hurting|endangering|harming|burning\s+out|destroying)\s+(?:patients|people|nurses|staff|us|the\s+staff)`,
        String.raw`\bretaliat\w*`,
        // Internal incidents said to be hidden: "admin covered it up".
        String.raw`\b(?:covered|cover(?:ing|s)?)\s+(?:it|this|that|them|the\s+\w+)\s+up\b|\bcover[\s-]?ups?\b|\bswept\s+(?:it|this|that)\s+under\s+the\s+rug\b|\bburied\s+the\s+(?:incident|report|error|complaint)s?\b`,
        String.raw`\btoo\s+cheap\s+to\s+(?:hire|staff|pay|fix|replace|buy)\b`,
        String.raw`\b(?:greedy|corrupt|incompetent)\s+(?:idiots|clowns|suits|execs|executives|administrators|morons|leadership|management|admin)\b`,
        String.raw`\bpunish\w*\s+(?:people|staff|nurses|anyone|everyone|us)\s+(?:who|for)\b`,
        String.raw`\bblood\s+(?:is\s+)?on\s+(?:your|their|its)\s+hands\b`,
        String.raw`\b(?:patients|staff|nurses|we)\s+come\s+(?:last|never)\b`,
      ].join('|'),
      'gi',
    ),
    severity: 'medium',
    needs: [employer],
    tie: 'none',
  },
  {
    name: 'joke of an employer',
    gate: [['joke', 'disgrace', 'embarrassment', 'excuse']],
    regex: /\b(?:joke|disgrace|embarrassment|excuse)\s+of\s+an?\s+(?:[\w-]+\s+)?(?:hospital|health\s+system|system|company|employer|organi[sz]ation|facility|place\s+to\s+work|workplace|administration|leadership\s+team)\b/gi,
    severity: 'medium',
    tie: 'none',
  },
  {
    name: 'swearing at the employer',
    regex: new RegExp(
      String.raw`\b(?:f[\w*#@$!-]{0,4}(?:ck|k)|screw|damn|to\s+hell\s+with)\s+(?:you\s+)?(?:(?:this|that|the|our|my|you)\s*)?(?:hospital|unit|place|job|company|system|health\s+system|management|admin|administration|leadership|corporate|mandatory\s+(?:overtime|ot)|hr|ceo|c-suite|employer)\b`,
      'gi',
    ),
    severity: 'medium',
    tie: 'none',
  },
  {
    name: 'kiss my',
    gate: [['kiss', 'shove', 'go', 'eat']],
    regex: /\b(?:can|could|should|may)\s+(?:kiss\s+my\s+[\w$@*!]+|shove\s+it|go\s+to\s+hell|eat\s+[\w$@*!]+)/gi,
    severity: 'medium',
    needs: [near('employer', EMPLOYER, 4, 'before')],
    tie: 'none',
  },
];

const message = (match: string) =>
  `'${match.length > 60 ? `${match.slice(0, 57)}...` : match}' reads as a public attack on your employer. Raising pay, staffing or ` +
  "safety with coworkers can be protected; insults and calls to avoid the hospital usually are not (NLRA section 7; your employer's social media policy).";

const spec: ConductSpec = { id: 'employer-attack', rule: 'conduct.employer', patterns: PATTERNS, mentions: true, negation: true, message };

export const employerAttack: CustomRecognizer = {
  kind: 'custom',
  id: 'employer',
  rule: 'conduct.employer',
  find(doc: Doc): Candidate[] {
    const found = withInsultsAimedAt(doc, runConductPatterns(doc, spec), 'employer', (i) => ({
      rule: 'conduct.employer',
      start: i.start,
      end: i.end,
      score: 0.7,
      recognizer: 'employer',
      pattern: 'insult aimed at the employer',
      context: [`employer '${i.word}'`],
      tie: 'none',
      severity: 'medium',
      message: message(doc.text.slice(i.start, i.end)),
    }));
    return onePerSentence(doc, withFrames(doc, CONDUCT_FRAMES, EMPLOYER_FRAMES, found));
  },
};
