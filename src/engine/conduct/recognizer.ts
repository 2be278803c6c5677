import type { Doc } from '../doc';
import type { Candidate, CustomRecognizer } from '../recognizer';
import { SpanSet } from '../spans';
import type { ConductRule, Severity, Tie } from '../types';
import { gateWindows, hasLetters, isMention, letterWindows, isNegated, isSelfAimed, matchesStartingIn, nearby, onePerSentence, passesGate, type Gate, type Letters } from './frame';
import { withIndicesOf } from '../words';
import { messageFor } from '../rules';
import { mayHoldMatch } from '../letters';

/**
 * Conduct recognizers are tables of phrases, each with the evidence it needs nearby, like
 * Presidio's context words but required rather than merely boosting: "idiot" is a finding next to
 * "charge nurse", nothing next to "I'm such an". One runner turns the tables into candidates.
 */

/** Evidence looked for within `words` words of a match (never inside the match itself). */
export interface Near {
  /** Shown in the explanation: 'patient', 'colleague', 'work'. */
  label: string;
  /** Global regex. */
  regex: RegExp;
  words: number;
  side?: 'both' | 'before' | 'after';
}

export interface ConductPattern {
  name: string;
  /**
   * Words the draft must contain for the pattern to be worth running: every group needs one of
   * its words (whole words, lowercase). A speed gate only; the regex still decides.
   */
  gate?: Gate;
  /**
   * Letters one of which every match holds (see Letters). A speed gate only: a draft without any
   * of them never runs (nor compiles) the regex.
   */
  letters?: Letters;
  /**
   * For a pattern without a gate whose letters are rare in posts ("lb", "kg"): on a long draft the
   * regex runs only around them. Letters common in posts ("care", "people") would put windows all
   * over a long draft, each costing more than one scan of the whole text.
   */
  aroundLetters?: true;
  /** Global. A named group `hit` narrows the reported span. */
  regex: RegExp;
  severity: Severity;
  /** Every one of these must be nearby. */
  needs?: readonly Near[];
  /** Any of these nearby raises the severity one step (a patient reference, a name). */
  raise?: readonly Near[];
  /** Any of these nearby drops the match (the benign reading). */
  unless?: readonly Near[];
  tie?: Tie;
  /** Why this is a problem, in a clinician's words: completes "'<match>' ..." in the message. */
  why?: string;
}

export interface ConductSpec {
  id: string;
  rule: ConductRule;
  /** Words the draft must contain for any pattern to be worth running (see ConductPattern.gate). */
  gate?: Gate;
  patterns: readonly ConductPattern[];
  /** Drop terms that are talked about rather than used ("never call patients frequent flyers"). */
  mentions?: boolean;
  /** Drop acts that are denied or forbidden ("never friend a patient"). */
  negation?: boolean;
  /** Drop insults aimed at the poster ("I'm such an idiot"). */
  selfAimed?: boolean;
  /** Replaces the rule's generic message. */
  message?: (match: string) => string;
}

const STEP_UP: Record<Severity, Severity> = { low: 'medium', medium: 'high', high: 'high' };
const SCORE: Record<Severity, number> = { low: 0.5, medium: 0.7, high: 0.9 };

/** What one pattern match amounts to, or undefined when its framing says it is not a finding. */
export function judge(doc: Doc, spec: ConductSpec, p: Omit<ConductPattern, 'regex'>, start: number, end: number): Candidate | undefined {
  if (spec.mentions && isMention(doc, start, end)) return undefined;
  if (spec.negation && isNegated(doc, start)) return undefined;
  if (spec.selfAimed && isSelfAimed(doc, start)) return undefined;
  const context: string[] = [];
  for (const n of p.needs ?? []) {
    const hit = nearby(doc, start, end, n.regex, n.words, n.side);
    if (hit === undefined) return undefined;
    context.push(`${n.label} '${hit}'`);
  }
  for (const n of p.unless ?? []) if (nearby(doc, start, end, n.regex, n.words, n.side) !== undefined) return undefined;
  let severity = p.severity;
  for (const n of p.raise ?? []) {
    const hit = nearby(doc, start, end, n.regex, n.words, n.side);
    if (hit === undefined) continue;
    context.push(`${n.label} '${hit}'`);
    severity = STEP_UP[severity];
    break;
  }
  // Strict sensitivity shows mild findings (a "damn") as warnings too.
  if (severity === 'low' && doc.options.sensitivity === 'strict') severity = 'medium';
  return {
    rule: spec.rule,
    start,
    end,
    score: SCORE[severity],
    recognizer: spec.id,
    pattern: p.name,
    context,
    tie: p.tie ?? 'none',
    severity,
    ...(spec.message
      ? { message: spec.message(doc.text.slice(start, end)) }
      : p.why
        ? { message: messageFor(spec.rule, doc.text.slice(start, end), p.why) }
        : {}),
  };
}

/** Runs a table of conduct patterns; the first pattern to claim a span keeps it. */
export function runConductPatterns(doc: Doc, spec: ConductSpec): Candidate[] {
  const out: Candidate[] = [];
  if (!passesGate(doc, spec.gate)) return out;
  const claimed = new SpanSet();
  for (const p of spec.patterns) {
    if (p.letters && !hasLetters(doc, p.letters)) continue;
    // Letter ways declared on the regex itself (letters.ts), finer than one list of letters.
    if (!mayHoldMatch(p.regex, doc.text, doc)) continue;
    for (const [from, to] of p.letters && p.aroundLetters && !p.gate && !spec.gate ? letterWindows(doc, p.letters) : gateWindows(doc, p.gate ?? spec.gate)) {
      for (const m of matchesStartingIn(withIndicesOf(p.regex, 'hit'), doc.text, from, to)) {
        const [start, end] = m.indices?.groups?.hit ?? [m.index, m.index + m[0].length];
        if (claimed.overlaps(start, end)) continue;
        const c = judge(doc, spec, p, start, end);
        if (c && claimed.claim(start, end)) out.push(c);
      }
    }
  }
  return out;
}

/** A conduct recognizer that is only a table. */
export function conductRecognizer(spec: ConductSpec): CustomRecognizer {
  return { kind: 'custom', id: spec.id, rule: spec.rule, find: (doc) => onePerSentence(doc, runConductPatterns(doc, spec)) };
}
