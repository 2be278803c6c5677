import type { Doc } from '../doc';
import { onePerSentence } from '../conduct/frame';
import { obsceneMatches } from '../conduct/obscene';
import { judge, runConductPatterns, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { anyOf, near } from '../vocab/conduct';
import { GROUP, GROUP_SOURCE, GROUP_HOSTILITY, DEHUMANIZING, SLURS } from '../vocab/groups';

/**
 * Hateful or discriminatory language about a group (ANA Code of Ethics provision 1, GMC): slurs,
 * and hostility generalised over a group defined by nationality, race, religion, disability,
 * weight, sex, orientation, age or class ("fat people don't deserve new knees"). A group named in
 * health education ("women often present without chest pain") or in a statistic is not hostile;
 * reported speech ("the senator said...") and teaching posts are not the poster's own words.
 */
const reported = near('reported speech', anyOf(['said', 'says', 'claims', 'claimed', 'tweeted', 'posted', 'according to', 'quote', 'quoting', 'heard someone say', 'was told']), 8, 'before');

const PATTERNS: ConductPattern[] = [
  { name: 'slur', regex: SLURS, severity: 'high', tie: 'none' },
  {
    name: 'dehumanising a group',
    regex: DEHUMANIZING,
    severity: 'high',
    needs: [near('group', GROUP, 10)],
    unless: [reported],
    tie: 'none',
  },
  {
    name: 'hostility towards a group',
    regex: GROUP_HOSTILITY,
    severity: 'medium',
    needs: [near('group', GROUP, 8, 'before')],
    unless: [reported],
    tie: 'none',
  },
  {
    name: 'generalising question',
    gate: [['why']],
    // "Why do all the X families bring 15 people?": a question that is really a generalisation.
    regex: new RegExp(String.raw`\bwhy\s+(?:do|are|does|is|can't|won't|don't)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?(?:${GROUP_SOURCE})`, 'gi'),
    severity: 'medium',
    unless: [reported],
    tie: 'none',
  },
  {
    name: 'stereotype with sarcasm',
    gate: [['another', 'typical', 'classic', 'course', 'gotta']],
    // "Another drunk Native guy, shocker."
    regex: new RegExp(String.raw`\b(?:(?:another|typical|classic|gotta\s+love\s+how)\s+|of\s+course(?:\s+(?:it's|it\s+was))?(?:\s+(?:a|an|the)\s+|\s\s+))(?:[\w-]+\s+){0,5}?(?:${GROUP_SOURCE}|(?:native|mexican|black|asian|indian|arab|muslim|jewish|haitian|somali|immigrant|gypsy|white\s+trash)\s+(?:guy|lady|man|woman|kid|dude|girl|boy|family|one))\b(?=[^.!?\n]{0,80}(?:shocker|surprise|of\s+course|typical|as\s+usual|classic|🙄|lol|smh|go\s+figure|every\s+time|show\s+up|take\s+over))`, 'gi'),
    severity: 'medium',
    unless: [reported],
    tie: 'none',
  },
  {
    name: 'mocking identity',
    gate: [['pronouns', 'gender', 'non-binary', 'nonbinary', 'binary', 'they', 'identity', 'identifies']],
    regex: /["'“‘](?:pronouns|preferred\s+pronouns|gender|non-?binary|they\/them|identity|identifies)["'”’]/gi,
    severity: 'medium',
    needs: [near('context', anyOf(['trans', 'transgender', 'patients', 'patient', 'pt', 'pts', 'chart', 'ridiculous', 'nonsense', 'now', 'want', 'wants', 'demand', 'demands', 'insist', 'insists']), 10)],
    tie: 'none',
  },
  {
    name: '"those people"',
    gate: [['those', 'these', 'you', 'them'], ['people']],
    regex: /\b(?:those|these|you|them)\s+people\b(?=[^.!?\n]{0,60}\b(?:always|never|all|every|act|acts|show\s+up|come\s+in|clog|abuse|expect|want\s+free|think\s+they|breed|can't\s+speak|don't\s+speak|ruin|milk|scam|freeloading|smell)\b)/gi,
    severity: 'medium',
    unless: [reported],
    tie: 'none',
  },
];

const spec: ConductSpec = { id: 'group-hostility', rule: 'conduct.discrimination', patterns: PATTERNS, mentions: true, negation: true };
const slurLevel = { name: 'slur', severity: 'high' as const, tie: 'none' as const };
const slurSpec: ConductSpec = { ...spec, negation: false };

export const discrimination: CustomRecognizer = {
  kind: 'custom',
  id: 'discrimination',
  rule: 'conduct.discrimination',
  find(doc: Doc): Candidate[] {
    const out = runConductPatterns(doc, spec);
    // Slurs the obscenity matcher reads through leetspeak and masking.
    for (const m of obsceneMatches(doc)) {
      if (m.kind !== 'slur' || out.some((c) => c.start < m.end && m.start < c.end)) continue;
      const c = judge(doc, slurSpec, slurLevel, m.start, m.end);
      if (c) out.push(Object.assign({}, c, { context: [`word '${m.word}'`] }));
    }
    return onePerSentence(doc, out);
  },
};
