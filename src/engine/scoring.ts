import type { Doc } from './doc';
import { mayHoldMatch } from './letters';
import { contextHits, firstAtOrAfter, tieOf } from './doc';
import type { Candidate, PatternRecognizer } from './recognizer';
import type { Severity, Tie } from './types';
import { phraseRegex, matchesIn } from './words';
import { matchesInRuns, matchesNearChar } from './anchors';

/** Words that mark a post about the rules (privacy, professional language) rather than about a patient. */
const RULE_TALK = phraseRegex([
  'psa', 'reminder', 'never post', "don't post", 'do not post', 'never share', "don't share", 'is identifiable',
  'are identifiable', 'counts as phi', 'is phi', 'is still phi', 'hipaa', 'think before you post', 'identifiers',
  'words matter', 'language matters', 'languagematters', 'stigma', 'stigmatizing', 'stigmatising', 'never call',
  "don't call", 'stop calling', 'stop saying', 'not a diagnosis', "isn't a diagnosis", 'dehumanizing', 'dehumanising',
]);
const QUOTED = /["“]([^"”\n]{1,120})["”]/g;

/** Quoted passages of a post about the rules, as ascending, non-overlapping [start, end) pairs. */
interface QuoteIndex {
  starts: number[];
  ends: number[];
}
const NO_QUOTES: QuoteIndex = { starts: [], ends: [] };
// Computed once per draft: scanning the whole text per candidate made long drafts quadratic.
const quoteIndexes = new WeakMap<Doc, QuoteIndex>();

function quoteIndex(doc: Doc): QuoteIndex {
  let index = quoteIndexes.get(doc);
  if (index) return index;
  index = NO_QUOTES;
  if (doc.text.indexOf('"') !== -1 || doc.text.indexOf('“') !== -1) {
    RULE_TALK.lastIndex = 0;
    if (RULE_TALK.test(doc.text)) {
      const quotes = matchesIn(QUOTED, doc.text);
      index = { starts: quotes.map((m) => m.index), ends: quotes.map((m) => m.index + m[0].length) };
    }
  }
  quoteIndexes.set(doc, index);
  return index;
}

function isQuotedRuleExample(doc: Doc, start: number, end: number): boolean {
  const { starts, ends } = quoteIndex(doc);
  // Matches of one global regex do not overlap, so only the last quote opening before `start`
  // can enclose the candidate.
  const i = firstAtOrAfter(starts, start) - 1;
  return i >= 0 && end <= ends[i]!;
}

/** Confidence added when a recognizer's context word is nearby (Presidio's default is 0.35). */
export const CONTEXT_BOOST = 0.35;
/** Below this confidence a candidate is dropped. */
export const MIN_SCORE = 0.4;
/** Inherent identifiers at or above this confidence are high; below it, medium. */
export const HIGH_SCORE = 0.6;

const contextCache = new WeakMap<PatternRecognizer, RegExp | undefined>();
function contextRegex(r: PatternRecognizer): RegExp | undefined {
  if (!contextCache.has(r)) contextCache.set(r, r.context?.length ? phraseRegex(r.context) : undefined);
  return contextCache.get(r);
}

/** Runs a data recognizer: patterns, then validation, then context words. */
export function runPatternRecognizer(r: PatternRecognizer, doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  if (r.requires && !r.requires.test(doc.text)) return out;
  for (const p of r.patterns) {
    const re = p.regex;
    // A post without the pattern's declared letters (its label): not run, nor compiled (letters.ts).
    if (!mayHoldMatch(re, doc.text, doc)) continue;
    const found =
      (p.contains && matchesNearChar(re, doc.text, p.contains.char, p.contains.within)) ||
      (p.wholeRun && matchesInRuns(re, doc.text, p.wholeRun)) ||
      matchesIn(re, doc.text);
    for (const m of found) {
      const [start, end] = idSpan(p.regex, doc.text, m);
      const value = doc.text.slice(start, end);
      if (r.invalidate?.(value) === true) continue;
      const valid = r.validate?.(value);
      if (valid === false) continue;
      const context = contextHits(doc, start, end, contextRegex(r));
      let score = p.score + (context.length ? CONTEXT_BOOST : 0);
      if (valid === true) score = 1;
      out.push({
        rule: r.rule,
        start,
        end,
        score: Math.min(1, score),
        recognizer: r.id,
        pattern: p.name,
        validator: r.validate ? (valid ? 'valid' : 'not-validated') : undefined,
        context,
        tie: r.tie === 'inherent' ? 'inherent' : undefined,
      });
    }
  }
  return out;
}

/**
 * Where a match's `id` group is (the whole match without one). Offsets for every group of every
 * match (the regex's `d` flag) cost time and memory on a long list of identifiers: the group's
 * text is found in the match instead when it occurs there once, and only otherwise is the match
 * read again with offsets, at its own start (the same match: a regex's match at a position does
 * not depend on where the scan began).
 */
export function idSpan(regex: RegExp, text: string, m: RegExpExecArray): [number, number] {
  const id = m.groups?.id;
  if (id === undefined) return [m.index, m.index + m[0].length];
  const at = id ? m[0].indexOf(id) : -1;
  if (at !== -1 && m[0].indexOf(id, at + 1) === -1) return [m.index + at, m.index + at + id.length];
  const withIndices = stickyWithIndices(regex);
  withIndices.lastIndex = m.index;
  return withIndices.exec(text)?.indices?.groups?.id ?? [m.index, m.index + m[0].length];
}

const stickies = new WeakMap<RegExp, RegExp>();
function stickyWithIndices(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (!sticky) stickies.set(re, (sticky = new RegExp(re.source, `${re.flags.replace(/[dgy]/g, '')}dy`)));
  return sticky;
}

/**
 * No cue words, for candidates whose recognizer judged the tie: one shared, frozen list rather
 * than an empty array per identifier, which a draft of thousands of identifiers keeps to its end.
 */
const NO_CUES: readonly string[] = Object.freeze([]);

/**
 * The one place that turns confidence and ownership into severity.
 * An identifier tied to a person is high; the same pattern with nobody attached (a clinic's
 * phone line, a careers URL) is dropped, or reported at medium under strict sensitivity.
 */
export function decideSeverity(c: Candidate, doc: Doc): { severity: Severity; tie: Tie; cues: readonly string[] } | undefined {
  if (c.score < MIN_SCORE) return undefined;
  const strict = doc.options.sensitivity === 'strict';
  // A post about the rules quoting an example ('PSA: "the lady in room 12" IS identifiable') is
  // teaching, not disclosing.
  if (!strict && isQuotedRuleExample(doc, c.start, c.end)) return undefined;
  const { tie, cues } = c.tie ? { tie: c.tie, cues: NO_CUES } : tieOf(doc, c.start, c.end);
  if (c.severity) return { severity: c.severity, tie, cues };
  switch (tie) {
    case 'inherent':
      return { severity: c.score >= HIGH_SCORE ? 'high' : 'medium', tie, cues };
    case 'patient':
    case 'person':
      return { severity: 'high', tie, cues };
    case 'family':
      return { severity: strict ? 'medium' : 'low', tie, cues };
    case 'none':
      return strict ? { severity: 'medium', tie, cues } : undefined;
  }
}
