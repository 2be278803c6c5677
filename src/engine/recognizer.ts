import type { Doc } from './doc';
import type { PhiTextRule, RuleId, Severity, TextRule, Tie } from './types';

/** A regex with a name (shown in explanations) and a base confidence, Presidio-style. */
export interface NamedPattern {
  name: string;
  /** Must be global. If it has a named group `id`, that group is the reported span. */
  regex: RegExp;
  /** Base confidence 0..1 before context and validation. */
  score: number;
  /**
   * A character every match contains, at most `within` characters after the match's start and
   * with no whitespace before it ("@" of an email address, "/" after a URL's host). The regex is
   * then tried only just before each occurrence of it, instead of at every character of the draft.
   */
  contains?: { char: string; within: number };
  /**
   * Every match is one whole run of \w characters of exactly this length (a VIN: no word character
   * or hyphen either side). The regex is then tried only at the runs of that length.
   */
  wholeRun?: number;
}

/**
 * A recognizer that is mostly data: patterns, context words, optional validation.
 * `validate`: true -> confident, false -> drop, undefined -> no opinion.
 * `invalidate`: true -> drop.
 */
export interface PatternRecognizer {
  kind: 'pattern';
  id: string;
  rule: PhiTextRule;
  patterns: readonly NamedPattern[];
  /** Words that raise confidence when found near the match (whole words, case-insensitive). */
  context?: readonly string[];
  /** `inherent`: the identifier only exists for a person (SSN, MRN); `contextual`: only when tied to one. */
  tie: 'inherent' | 'contextual';
  validate?: (value: string) => boolean | undefined;
  invalidate?: (value: string) => boolean | undefined;
  /**
   * Non-global regex that every match of every pattern contains. A draft without it skips the
   * patterns: ones that can start at any letter (URLs) otherwise cost a full pass each.
   */
  requires?: RegExp;
}

/** What any recognizer proposes; the engine turns it into a finding (or drops it). */
export interface Candidate {
  rule: RuleId;
  start: number;
  end: number;
  score: number;
  recognizer: string;
  pattern: string;
  validator?: 'valid' | 'not-validated';
  context: string[];
  /** Set by recognizers that judge ownership themselves; otherwise the engine asks `tieOf`. */
  tie?: Tie;
  /** Set by recognizers that know better than the generic tie -> severity table. */
  severity?: Severity;
  /** Replaces the rule's generic message, e.g. to list a patient story's specifics. */
  message?: string;
}

/** A recognizer whose logic does not fit a table of patterns (names, dates, stories). */
export interface CustomRecognizer {
  kind: 'custom';
  id: string;
  rule: TextRule;
  find(doc: Doc): Candidate[];
}

export type Recognizer = PatternRecognizer | CustomRecognizer;
