import { firstAtOrAfter, windowAround, type Doc } from '../doc';
import type { Candidate } from '../recognizer';
import { RULES } from '../rules';
import { PATIENT_COMPOUND } from '../cues';
import { sentenceAt, sentenceBounds } from '../sentences';
import { matchesIn, phraseRegex } from '../words';

/**
 * "Jigsaw" identification (HIPAA Safe Harbor (ii), NCSBN): no single identifier, but a specific
 * encounter plus enough specifics (when, where, what happened, who they are) lets the unit, the
 * family or the town recognise the patient. A story is reported when a reference to a specific
 * patient encounter comes with at least STORY_MEDIUM points of specifics; teaching cases ("a
 * middle-aged patient presents with...") and feel-good posts without specifics are not stories.
 */

/** Points of specifics for a warning, and for a high one. */
const STORY_MEDIUM = 2;
const STORY_HIGH = 3;
/** How far (in words) around the encounter sentence specifics still belong to the same story. */
const STORY_WINDOW_WORDS = 25;

interface Hit {
  start: number;
  end: number;
  label: string;
  points: number;
}

/** A specific encounter: "my patient", "came in", "we lost her", "the guy in bay 3". */
const ENCOUNTER: { regex: RegExp; strong: boolean }[] = [
  { regex: new RegExp(String.raw`\b(?:my|our|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:patient|pt)\b(?!s)(?!\s+(?:${PATIENT_COMPOUND})\b)`, 'giu'), strong: true },
  { regex: /(?:^|[.!?]\s+|\n)\s*pt\.?\s+(?=[A-Z\p{Ll}])/giu, strong: true },
  { regex: /\b(?:came|come|rolled|wheeled|brought|walked|flown|flew|airlifted|life-?flighted|carried)\s+in\b/gi, strong: true },
  { regex: /\b(?:got|just got|was|been)\s+(?:wheeled|brought|rolled|admitted|airlifted|transferred)\b/gi, strong: true },
  { regex: /\b(?:is|was|are|ended up)\s+(?:(?:now|still)\s+)?(?:in|on)\s+(?:our|my)\s+(?:icu|picu|nicu|micu|sicu|ccu|er|ed|unit|floor|ward|trauma bay|cath lab|hospital|l&d)\b/gi, strong: true },
  { regex: /\b(?:admitted|discharged|coded|intubated|delivered|resuscitated|transferred|treated|triaged|admitting)\s+(?:a|an|the|my|our|this|her|him|them)\b/gi, strong: true },
  // "Lost a 22 year old tonight", "we lost our patient" — not "lost my badge".
  { regex: /\blost\s+(?:(?:a|an|our|my|the)\s+(?:\d{1,3}[\s-]?(?:year|yr|y)[\s-]?old|young|patient|pt|kid|child|baby|infant|mom|dad|man|woman|lady|guy|teen|toddler|gentleman|girl|boy|mother|father)|her|him)\b/gi, strong: true },
  { regex: /\b(?:admitted|readmitted)\s+(?:on|for|with|last|this|yesterday|today)\b/gi, strong: true },
  { regex: /\b(?:picked|found)\s+(?:her|him)\s+(?:up|down)\b/gi, strong: true },
  { regex: /\bwe\s+lost\s+(?:her|him)\b/gi, strong: true },
  { regex: /\b(?:caring\s+for|cared\s+for|took\s+care\s+of|taking\s+care\s+of|looked\s+after|looking\s+after)\s+(?:a|an|the|my|our|this|that)\b/gi, strong: true },
  { regex: /\bguess\s+(?:who|which)\b/gi, strong: true },
  { regex: /\b(?:the|a|this|that)\s+(?:guy|lady|woman|man|kid|baby|girl|boy|gentleman|grandma|grandpa|teen|toddler|dude)\s+in\s+(?:room|rm|bed|bay|trauma|\d)/giu, strong: true },
  { regex: /\b(?:kid|guy|lady|woman|man|baby|girl|boy|gentleman|grandma|grandpa|teen|toddler)\s+in\s+(?:room|rm|bed|bay|trauma)\s*\d/giu, strong: true },
  { regex: new RegExp(String.raw`\b(?:a|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:patient|pt)\b(?!s)(?!\s+(?:${PATIENT_COMPOUND})\b)`, 'giu'), strong: false },
];

/** Words that mark a teaching case or a rule, not an encounter. */
const TEACHING = phraseRegex([
  'presents with', 'presented with', 'presenting with', 'case study', 'case report', 'quiz', 'teaching point',
  'hypothetical', 'scenario', 'vignette', 'nclex', 'board question', 'imagine', 'what would you do', 'pop quiz',
  'differential', 'never post', 'reminder', 'tip:', 'pro tip', 'learning point', 'pearl',
]);

const TIME = phraseRegex([
  'today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'last night', 'yesterday', 'this week',
  'last week', 'earlier', 'just now', 'overnight', 'on nights', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's",
  'this year', 'new year', 'christmas', 'thanksgiving', 'halloween', 'fourth of july', 'memorial day', 'labor day',
  'morning', 'this month', 'last month', 'this weekend', 'last weekend',
]);
const CLOCK = /\b(?:at\s+)?\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\b(?:day|pod|hd)\s+\d{1,3}\b/giu;
const EVENT = phraseRegex([
  'crash', 'car crash', 'accident', 'mvc', 'mva', 'rollover', 'shooting', 'shot', 'stabbing', 'stabbed', 'fire',
  'house fire', 'game', 'concert', 'festival', 'parade', 'wedding', 'prom', 'graduation', 'tournament', 'drowning',
  'drowned', 'overdose', 'od', 'ods', 'found down', 'dog bite', 'fireworks', 'explosion', 'bar fight', 'fight',
  'hit and run', 'pileup', 'pile-up', 'wreck', 'collision', 'motorcycle', 'skydiving', 'hunting accident', 'fell off', 'fell from', 'race', 'marathon',
]);
const NOTABLE = phraseRegex([
  'celebrity', 'famous', 'news anchor', 'anchor', 'reporter', 'weatherman', 'councilman', 'councilwoman',
  'council member', 'mayor', 'senator', 'governor', 'congressman', 'congresswoman', 'judge', 'sheriff', 'pastor',
  'priest', 'rabbi', 'imam', 'principal', 'coach', 'quarterback', 'qb', 'pitcher', 'nfl', 'nba', 'mlb', 'nhl', 'olympian',
  'pro athlete', 'actor', 'actress', 'singer', 'rapper', 'influencer', 'reality star', 'tiktoker', 'youtuber',
  'local news', 'the news', 'on the news', 'in the news', 'news story', 'went viral', 'high school', 'star player', 'ceo', 'billionaire', 'royalty', 'politician', 'a-lister',
]);
const RARE = phraseRegex([
  'rare', 'one in a million', '1 in a million', 'never seen', 'first case', 'only case', 'conjoined', 'progeria',
  'textbook', 'zebra', 'medical mystery', 'quintuplets', 'sextuplets', 'octuplets', 'triplets', 'quadruplets',
]);
const REPEAT = phraseRegex(['again', 'third time', 'fourth time', 'fifth time', 'every week', 'every month', 'same one', 'back again', 'regular']);
const AGE = /\b\d{1,3}[- ]?(?:years?|yrs?|y)[- ]?old\b|\b\d{1,3}\s?(?:yo|y\/o)\b|\b\d{1,3}\s?(?:[MF])\b/g;
/** Capitalised places after a preposition: "at the Walmart", "on Route 30", "in Springfield". */
const PLACE = /\b(?:at|on|from|near|outside|behind)\s+(?:the\s+)?((?:[A-Z][\p{L}'’&-]+|[A-Z]{2,})(?:\s+(?:[A-Z][\p{L}'’&-]+|\d{1,4}))*)/gu;
const NOT_PLACES = new Set(['I', 'The', 'A', 'Our', 'My', 'We', 'He', 'She', 'They', 'It', 'This', 'That', 'Christmas', 'Thanksgiving', 'Halloween', 'ICU', 'ER', 'ED', 'PICU', 'NICU', 'CT', 'MRI', 'OR']);

function collect(doc: Doc, regex: RegExp, label: string, points: number): Hit[] {
  return matchesIn(regex, doc.text).map((m) => ({ start: m.index, end: m.index + m[0].length, label: `${label} '${m[0].trim()}'`, points }));
}

function specificsOf(doc: Doc, found: readonly Candidate[]): Hit[] {
  const places = matchesIn(PLACE, doc.text)
    .filter((m) => !NOT_PLACES.has(m[1]!.split(/\s+/)[0]!))
    .map((m) => ({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length, label: `place '${m[1]}'`, points: 1 }));
  return [
    // A HIPAA identifier inside an encounter is worth two points: together they identify.
    ...found
      .filter((f) => f.rule.startsWith('phi.') && f.rule !== 'phi.patient_story')
      .map((f) => ({ start: f.start, end: f.end, label: `${RULES[f.rule].title.toLowerCase()} '${doc.text.slice(f.start, f.end)}'`, points: 2 })),
    ...collect(doc, TIME, 'when', 1),
    ...collect(doc, CLOCK, 'when', 1),
    ...collect(doc, EVENT, 'what happened', 1),
    ...collect(doc, NOTABLE, 'who they are', 2),
    ...collect(doc, RARE, 'rare', 1),
    ...collect(doc, REPEAT, 'repeat visits', 1),
    ...collect(doc, AGE, 'age', 1),
    ...places,
  ];
}

export const patientStory = {
  id: 'patient-story',
  rule: 'phi.patient_story' as const,
  find(doc: Doc, found: readonly Candidate[]): Candidate[] {
    const encounters = ENCOUNTER.flatMap(({ regex, strong }) =>
      matchesIn(regex, doc.text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0].trim(), strong })),
    );
    if (!encounters.length) return [];
    const bounds = sentenceBounds(doc.text);
    const specifics = specificsOf(doc, found).sort((a, b) => a.start - b.start);
    const starts = specifics.map((h) => h.start);
    const out: Candidate[] = [];
    for (const e of encounters.sort((a, b) => a.start - b.start || Number(b.strong) - Number(a.strong))) {
      const [sStart, sEnd] = sentenceAt(bounds, e.start);
      if (out.some((o) => o.start <= e.start && e.start < o.end)) continue;
      const [from, to] = windowAround(doc, sStart, sEnd, STORY_WINDOW_WORDS);
      const inWindow = specifics.slice(firstAtOrAfter(starts, from), firstAtOrAfter(starts, to));
      const near = dedupe(inWindow.filter((h) => h.end <= to && !(h.start >= e.start && h.end <= e.end)));
      let points = near.reduce((sum, h) => sum + h.points, 0);
      TEACHING.lastIndex = 0;
      const teaching = TEACHING.test(doc.text.slice(from, to));
      if (teaching) points -= 2;
      if (!e.strong) points -= 1;
      if (points < STORY_MEDIUM) continue;
      const labels = near.map((h) => h.label);
      out.push({
        rule: 'phi.patient_story',
        start: sStart,
        end: sEnd,
        score: points >= STORY_HIGH ? 0.9 : 0.7,
        recognizer: 'patient-story',
        pattern: `encounter '${e.text}'`,
        context: labels,
        tie: 'patient',
        severity: points >= STORY_HIGH ? 'high' : 'medium',
        message: `A specific patient encounter ('${e.text}') with details that together can identify the patient: ${labels.slice(0, 4).join(', ')}.`,
      });
    }
    return out;
  },
};

/** One point per distinct span: "Saturday's game" should not count "game" twice via overlaps. */
function dedupe(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const h of [...hits].sort((a, b) => b.points - a.points || b.end - b.start - (a.end - a.start))) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
