import { checkDeadline } from './deadline';
import { inDraft, makeDoc, type Doc } from './doc';
import { blankPlaceholders } from './placeholders';
import { toOriginal } from './normalize';
import type { Candidate } from './recognizer';
import { RECOGNIZERS, STORY_RECOGNIZER } from './recognizers';
import { messageFor, RULES } from './rules';
import { decideSeverity, runPatternRecognizer } from './scoring';
import { phraseRegex } from './words';
import { SpanSet, firstClaims } from './spans';
import {
  SEVERITY_RANK,
  type AnalysisResult,
  type AnalyzeOptions,
  type Finding,
  type RuleId,
  type Severity,
  type Tie,
  type Truncation,
  type Verdict,
} from './types';

/**
 * Findings listed per rule. A pasted flood (12,600 x "sh1t ", a column of ages) makes thousands of
 * identical warnings nobody can act on, and building each costs more than finding it. The most
 * severe are listed, then the earliest; the rest are counted in `truncated` with the most severe
 * of them, so the verdict and the action on Post still cover every finding. Real drafts stay far
 * below it: the 63,206-character benchmark draft has at most 127 of one rule.
 */
export const MAX_FINDINGS_PER_RULE = 200;

export interface Decided extends Candidate {
  severity: Severity;
  tie: Tie;
  cues: readonly string[];
}

/**
 * Text -> findings. Pure: no DOM, no I/O, so the content script, the CLI, workers and tests all
 * call exactly this.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  return new Analysis(text, options).finish();
}

/**
 * One analysis, run a few steps at a time: building the draft's Doc, then each recognizer, the
 * overlaps, the story and the findings are steps (each a few milliseconds on a 63,206-character
 * draft). The content script runs them between the page's own work, so a long draft never holds
 * the page's main thread for the whole check (docs/architecture.md, "Engine time"); analyze() runs
 * them all at once. Either way the result is the same.
 */
export class Analysis {
  private doc: Doc | undefined;
  private steps: Generator<string, AnalysisResult> | undefined;
  /** What the steps last gave: the name of the step to run next, or the result. */
  private pending: IteratorResult<string, AnalysisResult> | undefined;
  /** The time budget the steps check (deadline.ts), replaced by each run. */
  private readonly limit: { deadline: number | undefined };

  constructor(
    readonly text: string,
    private readonly options: AnalyzeOptions = {},
  ) {
    this.limit = { deadline: options.deadline };
  }

  /** The result, once the last step has run. */
  get done(): AnalysisResult | undefined {
    return this.pending?.done ? this.pending.value : undefined;
  }

  /**
   * Runs steps while they fit before the clock (performance.now()) reaches `until`, judged by what
   * each step cost per character lately, and returns the result once the last has run. At least
   * one step runs. Past `deadline`, throws AnalyzeTimeout.
   */
  run(until: number, deadline = this.options.deadline): AnalysisResult | undefined {
    if (this.pending?.done) return this.pending.value;
    this.limit.deadline = deadline;
    let now = performance.now();
    if (!this.doc) {
      checkDeadline(deadline);
      this.doc = makeDoc(blankPlaceholders(this.text), this.options);
      this.steps = analysisSteps(this.doc, this.text, this.limit);
      now = learnCost('doc', this.text.length, now);
      if (now >= until) return undefined;
    }
    const steps = this.steps!;
    const length = this.text.length;
    return inDraft(this.doc, () => {
      let ran = false;
      for (;;) {
        if (!this.pending) {
          this.pending = steps.next();
          now = learnCost('setup', length, now);
        }
        if (this.pending.done) return this.pending.value;
        const step = this.pending.value;
        if (ran && now + expectedCost(step, length) > until) return undefined;
        this.pending = steps.next();
        now = learnCost(step, length, now);
        ran = true;
      }
    });
  }

  /** Runs every step left and returns the result. */
  finish(deadline = this.options.deadline): AnalysisResult {
    return this.run(Infinity, deadline)!;
  }
}

/**
 * What each step cost lately, per character of the draft: a slice does not start a step that
 * would run past its end. A guide for scheduling only (never for what is found), kept across
 * drafts because a recognizer costs about the same per character on the next draft.
 */
const msPerChar = new Map<string, number>();
function expectedCost(step: string, length: number): number {
  return (msPerChar.get(step) ?? 0) * length;
}
/** Records the cost of `step`, which started at `since`; returns the time now. */
function learnCost(step: string, length: number, since: number): number {
  const now = performance.now();
  const perChar = (now - since) / Math.max(length, 1);
  // Quick to learn a step got dearer, slow to forget it: one cheap run is not a promise.
  msPerChar.set(step, Math.max(perChar, (msPerChar.get(step) ?? 0) * 0.8));
  return now;
}

/** The steps of one analysis: each `yield` names the step about to run, the return is the result. */
function* analysisSteps(doc: Doc, text: string, limit: { deadline: number | undefined }): Generator<string, AnalysisResult> {
  const { options } = doc;
  const disabled = new Set<RuleId>(options.disabledRules ?? []);
  const allowed = allowedSpans(doc);
  const isAllowed = (c: Candidate) => allowed !== undefined && allowed.overlaps(c.start, c.end);

  const decided: Decided[] = [];
  for (const r of RECOGNIZERS) {
    if (disabled.has(r.rule)) continue;
    yield r.id;
    checkDeadline(limit.deadline); // time budget (deadline.ts): throws AnalyzeTimeout
    const candidates = r.kind === 'pattern' ? runPatternRecognizer(r, doc) : r.find(doc);
    for (const c of candidates) {
      if (isAllowed(c)) continue;
      const d = decideSeverity(c, doc);
      if (d) decided.push(decidedOf(c, d));
    }
  }
  yield 'overlaps';
  const kept = resolveOverlaps(decided);
  // An overlay is fields, not a story: each identifier in it is a finding of its own, and a story
  // span would only run across them ("PT NAME: DOE JOHN" would be reported twice).
  if (!disabled.has(STORY_RECOGNIZER.rule) && !options.medicalImage) {
    yield STORY_RECOGNIZER.id;
    checkDeadline(limit.deadline);
    // Weighed in parts: on a long draft packed with identifiers it is the costliest step.
    const parts = STORY_RECOGNIZER.steps(doc, kept);
    let part = parts.next();
    while (!part.done) {
      yield `${STORY_RECOGNIZER.id} ${part.value}`;
      checkDeadline(limit.deadline);
      part = parts.next();
    }
    for (const c of part.value) {
      const d = decideSeverity(c, doc);
      if (d) kept.push(decidedOf(c, d));
    }
  }
  yield 'findings';
  kept.push(...watchTermFindings(doc, kept));

  const { listed, truncated } = capPerRule(kept);
  const findings = listed.map((d) => toFinding(doc, d, text)).sort((a, b) => a.start - b.start || a.end - b.end);
  return truncated.length ? { verdict: verdictOf(findings), findings, truncated } : { verdict: verdictOf(findings), findings };
}

/**
 * A candidate with its severity and tie. Every field written in one order, whatever fields the
 * recognizer set: thousands of them (a pasted list) are then one object shape for the sorts and
 * the overlap resolution, and no copy goes through Object.assign's generic path.
 */
function decidedOf(c: Candidate, d: { severity: Severity; tie: Tie; cues: readonly string[] }): Decided {
  return {
    rule: c.rule,
    start: c.start,
    end: c.end,
    score: c.score,
    recognizer: c.recognizer,
    pattern: c.pattern,
    validator: c.validator,
    context: c.context,
    tie: d.tie,
    severity: d.severity,
    message: c.message,
    cues: d.cues,
  };
}

/** At most MAX_FINDINGS_PER_RULE per rule, the most severe then the earliest; the others counted. */
function capPerRule(decided: Decided[]): { listed: Decided[]; truncated: Truncation[] } {
  const byRule = new Map<RuleId, Decided[]>();
  for (const d of decided) {
    const list = byRule.get(d.rule);
    if (list) list.push(d);
    else byRule.set(d.rule, [d]);
  }
  const truncated: Truncation[] = [];
  for (const [rule, list] of byRule) if (list.length > MAX_FINDINGS_PER_RULE) truncated.push({ rule, omitted: list.length - MAX_FINDINGS_PER_RULE, severity: 'low' });
  if (!truncated.length) return { listed: decided, truncated };
  const listed: Decided[] = [];
  for (const [rule, list] of byRule) {
    if (list.length <= MAX_FINDINGS_PER_RULE) {
      listed.push(...list);
      continue;
    }
    list.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start || a.end - b.end);
    for (let i = 0; i < MAX_FINDINGS_PER_RULE; i++) listed.push(list[i]!);
    truncated.find((t) => t.rule === rule)!.severity = list[MAX_FINDINGS_PER_RULE]!.severity;
  }
  return { listed, truncated };
}

export function verdictOf(findings: readonly { severity: Severity }[]): Verdict {
  let v: Verdict = 'ok';
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[v]) v = f.severity;
  return v;
}

/**
 * Two recognizers may claim the same characters (a 10-digit phone inside an account number).
 * The more severe, then more confident, then longer claim wins; others that overlap it go.
 * Families do not compete: "the gomer in 5" is both a room (phi) and disparaging (conduct).
 * Nor do conduct rules, which are separate judgements: "junkies aren't worth the narcan" both
 * disparages patients and wishes them harm.
 */
function resolveOverlaps(list: Decided[]): Decided[] {
  const ranked = [...list].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.score - a.score ||
      b.end - b.start - (a.end - a.start),
  );
  // Claims arrive in rank order, not text order: a coverage map per family keeps thousands of
  // findings (a pasted list of identifiers) linear.
  const byFamily = new Map<string, Decided[]>();
  for (const c of ranked) {
    const family = familyOf(c.rule);
    const members = byFamily.get(family);
    if (members) members.push(c);
    else byFamily.set(family, [c]);
  }
  const kept = new Set<Decided>();
  for (const members of byFamily.values()) for (const c of firstClaims(members)) kept.add(c);
  return ranked.filter((c) => kept.has(c));
}

const families = new Map<RuleId, string>();
/** The rules whose findings compete for the same characters: "phi" for phi.*, each conduct rule alone. */
function familyOf(rule: RuleId): string {
  let family = families.get(rule);
  // Once per rule, not a new string per candidate of a long list.
  if (family === undefined) families.set(rule, (family = rule.startsWith('conduct.') ? rule : rule.slice(0, rule.indexOf('.'))));
  return family;
}

/** Spans covered by the policy's allow terms (the clinic's own number, a colleague's name). */
function allowedSpans(doc: Doc): SpanSet | undefined {
  const terms = doc.options.allowTerms?.filter((t) => t.trim()) ?? [];
  if (!terms.length) return undefined;
  const spans = new SpanSet();
  for (const m of doc.text.matchAll(phraseRegex(terms.map((t) => t.trim())))) spans.claim(m.index!, m.index! + m[0].length);
  return spans;
}

/**
 * Watch terms are the organisation's own names (facility, unit, colleagues). On their own they are
 * not PHI, so they raise a finding only next to a patient reference, or always under strict.
 */
function watchTermFindings(doc: Doc, kept: Decided[]): Decided[] {
  const terms = doc.options.watchTerms?.filter((t) => t.trim()) ?? [];
  if (!terms.length) return [];
  const out: Decided[] = [];
  const claimed = new SpanSet();
  for (const k of kept) if (k.rule !== 'phi.patient_story') claimed.claim(k.start, k.end);
  for (const m of doc.text.matchAll(phraseRegex(terms.map((t) => t.trim())))) {
    const start = m.index!;
    const end = start + m[0].length;
    if (claimed.overlaps(start, end)) continue;
    const c: Candidate = { rule: 'phi.location', start, end, score: 1, recognizer: 'watch-term', pattern: 'watch term', context: [m[0]] };
    const d = decideSeverity(c, doc);
    if (d && d.tie !== 'family') out.push(Object.assign({}, c, d, { severity: d.tie === 'none' ? 'medium' : 'high' } as const));
  }
  return out;
}

/** `written` is the draft as the user wrote it, before placeholders were blanked. */
function toFinding(doc: Doc, d: Decided, written: string): Finding {
  const [start, end] = toOriginal(doc.norm, d.start, d.end);
  const blanked = doc.norm.source.slice(start, end);
  const info = RULES[d.rule];
  // Built in the order findings have always had (their JSON is compared), each object in one
  // literal, with or without its optional field: a draft of thousands of findings spends its time
  // here, and objects grown a field at a time take a slower path.
  const score = Math.round(d.score * 100) / 100;
  const context = distinct(d.context, d.cues);
  const explain: Finding['explain'] = d.validator
    ? { recognizer: d.recognizer, pattern: d.pattern, validator: d.validator, context, tie: d.tie, score }
    : { recognizer: d.recognizer, pattern: d.pattern, context, tie: d.tie, score };
  // A story may span a placeholder: quote the draft as written, not the blanked copy.
  const match = written.slice(start, end);
  const message = d.message ?? messageFor(d.rule, blanked);
  const source = doc.options.source ?? 'text';
  const finding: Finding = info.placeholder
    ? { rule: d.rule, severity: d.severity, start, end, match, message, guidance: info.guidance, source, fix: { replacement: info.placeholder, label: fixLabel(info.placeholder) }, explain }
    : { rule: d.rule, severity: d.severity, start, end, match, message, guidance: info.guidance, source, explain };
  return finding;
}

const fixLabels = new Map<string, string>();
/** "Replace with [NAME]": one string per placeholder, not one per finding of a long list. */
function fixLabel(placeholder: string): string {
  let label = fixLabels.get(placeholder);
  if (label === undefined) fixLabels.set(placeholder, (label = `Replace with ${placeholder}`));
  return label;
}

/** The words of `a` then of `b`, each once, in order. */
function distinct(a: readonly string[], b: readonly string[]): string[] {
  if (!b.length && a.length < 2) return [...a];
  // A few words each, almost always: a scan of the list is cheaper than a Set.
  if (a.length + b.length > 16) return [...new Set([...a, ...b])];
  const out: string[] = [];
  for (const w of a) if (!out.includes(w)) out.push(w);
  for (const w of b) if (!out.includes(w)) out.push(w);
  return out;
}
