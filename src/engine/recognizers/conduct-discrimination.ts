import type { Doc } from '../doc';
import { nearby, onePerSentence } from '../conduct/frame';
import { obsceneMatches } from '../conduct/obscene';
import { withFrames } from '../conduct/frames';
import { CONDUCT_FRAMES } from '../conduct/frame-set';
import { DISCRIMINATION_FRAMES } from '../conduct/frames-patients';
import { judge, runConductPatterns, type ConductPattern, type ConductSpec } from '../conduct/recognizer';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { anyOf, near } from '../vocab/conduct';
import {
  BAD_TRAIT, DEHUMANIZING, DISABLED_PERSON, GENERALISING, GO_BACK, GROUP, LOADED_TERMS, MISGENDERING_LETTERS, MOCKING, GROUP_HOSTILITY, GROUP_HOSTILITY_LETTERS, GROUP_SOURCE, MISGENDERING, SETTING_DEPENDENT_SLURS,
  SLUR_SETTINGS, SLURS, STEREOTYPED_GROUP, STEREOTYPED_GROUP_LETTERS, TRANS_CONTEXT, WEIGHT_CONTEMPT, WEIGHT_GENERALISED,
} from '../vocab/groups';

/**
 * Hateful or discriminatory language about a group (ANA Code of Ethics provision 1, GMC): slurs,
 * and hostility generalised over a group defined by nationality, race, religion, disability,
 * weight, sex, orientation, age or class ("fat people don't deserve new knees"). A group named in
 * health education ("women often present without chest pain") or in a statistic is not hostile;
 * reported speech ("the senator said...") and teaching posts are not the poster's own words.
 */
const reported = near('reported speech', anyOf(['said', 'says', 'claims', 'claimed', 'tweeted', 'posted', 'according to', 'quote', 'quoting', 'heard someone say', 'was told']), 8, 'before');

/** Slurs are slurs whatever the clause says: "no half-breed has any right to..." is not a denial. */
const SLUR_PATTERNS: ConductPattern[] = [
  { name: 'slur', regex: SLURS, severity: 'high', tie: 'none', why: 'is a slur against a group of people' },
  { name: 'loaded term', gate: [['illegals', 'illegal', 'anchor']], regex: LOADED_TERMS, severity: 'low', tie: 'none', why: 'is a dehumanising label for people; say undocumented, or just patient' },
  { name: 'slur', gate: [['redskin', 'redskins']], regex: SETTING_DEPENDENT_SLURS, severity: 'high', unless: [near('sports', SLUR_SETTINGS.redskins!, 12)], tie: 'none' },
];

/** Posts that name a group to fight a bias, not to voice one. */
const againstBias = near('against bias', anyOf(['bias', 'biases', 'undertreated', 'disparity', 'disparities', 'stereotype', 'stereotypes', 'stereotyping', 'racism', 'racist', 'implicit', 'check your', 'equity', 'inequity', 'myth', 'profiling', 'assumptions', 'assume', 'not true']), 25);

export const PATTERNS: ConductPattern[] = [
  {
    name: 'telling people to go back',
    why: "tells people to leave the country, a classic xenophobic line",
    gate: [['back']],
    regex: GO_BACK,
    severity: 'high',
    unless: [reported],
    tie: 'none',
  },
  {
    name: 'stereotype',
    why: "pins a bad trait on a whole group of people",
    // "you can always tell which pts will be noncompliant ... it's the Black ones. every. time."
    letters: STEREOTYPED_GROUP_LETTERS,
    regex: STEREOTYPED_GROUP,
    severity: 'medium',
    needs: [near('generalising', GENERALISING, 14), near('bad trait', BAD_TRAIT, 20)],
    unless: [reported, againstBias],
    tie: 'none',
  },
  {
    name: 'weight stigma',
    why: "shows contempt for people because of their weight",
    // "if you're 400 lbs you don't get to complain about the bed size, put the fork down 🐷"
    gate: [['if', 'fat', 'obese', 'overweight']],
    regex: WEIGHT_GENERALISED,
    severity: 'medium',
    needs: [near('contempt', WEIGHT_CONTEMPT, 25)],
    unless: [againstBias],
    tie: 'none',
  },
  {
    name: 'mocking a disability',
    // "the deaf guy in 5 kept yelling, like sir we can't hear you either lol".
    gate: [['deaf', 'blind', 'autistic', 'disabled', 'handicapped', 'wheelchair', 'amputee', 'one-legged', 'down', 'downs', 'stuttering', 'mute', 'paraplegic', 'quadriplegic', 'special', 'special-needs', 'cp', 'dwarf', 'little']],
    regex: DISABLED_PERSON,
    severity: 'medium',
    why: "mocks a person's disability",
    needs: [near('mocking', MOCKING, 20)],
    unless: [againstBias],
    tie: 'none',
  },
  {
    name: 'misgendering',
    why: "denies a transgender person's gender",
    letters: MISGENDERING_LETTERS,
    // "Not calling the trans pt in 14 "she." He's a man": a trans person's gender denied.
    regex: MISGENDERING,
    severity: 'medium',
    needs: [near('trans', TRANS_CONTEXT, 25)],
    unless: [reported],
    tie: 'none',
  },
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
    letters: GROUP_HOSTILITY_LETTERS,
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

/**
 * No blanket negation: "old people shouldn't get ICU beds" is hostile although it has a "not".
 * Denials of a stereotype are caught by `againstBias` ("that's a myth", "check your bias").
 */
const spec: ConductSpec = { id: 'group-hostility', rule: 'conduct.discrimination', patterns: PATTERNS, mentions: true };
const slurLevel = { name: 'slur', severity: 'high' as const, tie: 'none' as const, why: 'is a slur against a group of people' };
/** A slur the poster applies to themselves ("apparently im a honky") is reclaimed or self-mocking, not aimed at a group. */
const slurSpec: ConductSpec = { ...spec, selfAimed: true };
/** Inside an @handle, or a tweet cut off mid-word ("...last nig&"): not the poster's word. */
const HANDLE_BEFORE = /@[A-Za-z0-9_]*$/;
const CUT_OFF = /^(?:&#8230;|[&…])\s*$/;

export const discrimination: CustomRecognizer = {
  kind: 'custom',
  id: 'discrimination',
  rule: 'conduct.discrimination',
  find(doc: Doc): Candidate[] {
    const out = [...runConductPatterns(doc, { ...slurSpec, patterns: SLUR_PATTERNS }), ...runConductPatterns(doc, spec)];
    // Slurs the obscenity matcher reads through leetspeak and masking.
    for (const m of obsceneMatches(doc)) {
      if (m.kind !== 'slur' || out.some((c) => c.start < m.end && m.start < c.end)) continue;
      if (HANDLE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 16), m.start + 1)) || CUT_OFF.test(doc.text.slice(m.end))) continue;
      const setting = SLUR_SETTINGS[m.word];
      if (setting && nearby(doc, m.start, m.end, setting, 12) !== undefined) continue;
      const c = judge(doc, slurSpec, slurLevel, m.start, m.end);
      if (c) out.push(Object.assign({}, c, { context: [`word '${m.word}'`] }));
    }
    return onePerSentence(doc, withFrames(doc, CONDUCT_FRAMES, DISCRIMINATION_FRAMES, out));
  },
};
