import type { Doc } from '../doc';
import type { Candidate } from '../recognizer';
import { messageFor } from '../rules';
import type { ConductRule, Severity, Tie } from '../types';
import { isMention, isQuotedReport } from './frame';
import { firstAtOrAfter } from '../sorted';
import { compileLexicon, regexHits, tag, type CompiledLexicon, type Hit, type Lexicon, type Tagged } from './tagger';

/**
 * A conduct frame reads a sentence as a few word classes in order: a target, an evaluation or an
 * act, an intent. "pts on this floor are so manipulative" is PATIENT + COPULA + CONTEMPT whatever
 * the patient is called and whatever the contempt word; "letting him bleed", "let the old man
 * crash" are LET + PERSON + SUFFER. Frames are data (conduct/frame-tables/*.ts); this module
 * matches them, and handles framing once for all of them: negation ("we never let patients
 * fall"), words talked about rather than used, quoted reports, and the benign readings each
 * frame names (debunking, off duty, palliative care).
 */

/** One class, or any of several. */
export type Role = string | readonly string[];

export interface Frame {
  name: string;
  rule: ConductRule;
  /** Completes "'<match>' ..." in the message, in a clinician's words. */
  why: string;
  severity: Severity;
  tie?: Tie;
  /** Classes read in this order, within one clause unless `acrossClauses`. */
  roles: readonly Role[];
  /** Most words between one role and the next: one number for every gap, or one per gap. Default 3. */
  gaps?: number | readonly number[];
  acrossClauses?: boolean;
  /** Each must occur in the sentence, or within `reach` sentences either side. */
  with?: readonly Role[];
  reach?: number;
  /** Any of these in the sentence (or within `reach`) is the benign reading: no finding. */
  unless?: readonly Role[];
  /** An `unless` word right after a negation is not the benign reading: "no need to ask your doctor" is no referral. */
  unlessAffirmed?: boolean;
  /** Any of these anywhere in the draft: no finding (a disclosure, a debunking headline). */
  unlessPost?: readonly Role[];
  /** Classes that may not sit between two roles ("patients are NOT lazy"). Default the negations. */
  blockers?: readonly string[];
  /** A negation in the clause just before the first role drops the frame. Default true. */
  negatable?: boolean;
  /** The sentence must speak in the first person (the poster's own act). */
  firstPerson?: boolean;
  /** Classes that may not come right after the last role ("lazy nurses": the contempt is theirs). */
  notBefore?: readonly string[];
  /** Classes that may not end right before the first role ("Gay patients are ...": a group, not patients). */
  notAfter?: readonly string[];
}

/** Classes every frame set's lexicon must define: frames.ts reads them itself. */
export const NEGATION = 'NEG';
export const NOT_A_DENIAL = 'NOT_DENIAL';
export const FIRST_PERSON = 'FIRST';

export interface FrameSet {
  lexicon: CompiledLexicon;
  /** Classes read from the text by regex (names read from capitals, handles, emoji). */
  regexClasses: Readonly<Record<string, RegExp>>;
}

export function frameSet(lexicon: Lexicon, regexClasses: Readonly<Record<string, RegExp>> = {}): FrameSet {
  for (const cls of [NEGATION, NOT_A_DENIAL, FIRST_PERSON]) if (!lexicon[cls]) throw new Error(`frame lexicon lacks ${cls}`);
  return { lexicon: compileLexicon(lexicon), regexClasses };
}

/** Throws at load time when a frame names a class its set does not define: a typo is a silent miss otherwise. */
export function checkFrames(set: FrameSet, frames: readonly Frame[]): readonly Frame[] {
  const known = (c: string) => set.lexicon.classes.has(c) || c in set.regexClasses;
  for (const f of frames) {
    for (const role of [...f.roles, ...(f.with ?? []), ...(f.unless ?? []), ...(f.unlessPost ?? [])]) {
      for (const c of typeof role === 'string' ? [role] : role) if (!known(c)) throw new Error(`frame '${f.name}' names unknown class ${c}`);
    }
    for (const c of [...(f.blockers ?? []), ...(f.notBefore ?? []), ...(f.notAfter ?? [])]) if (!known(c)) throw new Error(`frame '${f.name}' names unknown class ${c}`);
  }
  return frames;
}

/** Per draft and set: the tagged words and every class's hits, merged per role, computed on demand. */
interface State {
  doc: Doc;
  set: FrameSet;
  t: Tagged;
  roles: Map<Role, Hit[]>;
  regex: Map<string, Hit[]>;
  starts: Map<Hit[], number[]>;
  marks: Map<string, Uint8Array>;
}
const states = new WeakMap<Doc, Map<FrameSet, State>>();

function stateOf(doc: Doc, set: FrameSet): State {
  let bySet = states.get(doc);
  if (!bySet) states.set(doc, (bySet = new Map()));
  let s = bySet.get(set);
  if (!s) bySet.set(set, (s = { doc, set, t: tag(doc, set.lexicon), roles: new Map(), regex: new Map(), starts: new Map(), marks: new Map() }));
  return s;
}

const NO_HITS: Hit[] = [];

function hitsOfClass(s: State, cls: string): Hit[] {
  const lexical = s.t.hits.get(cls);
  if (lexical) return lexical;
  const re = s.set.regexClasses[cls];
  if (!re) return NO_HITS;
  let hits = s.regex.get(cls);
  if (!hits) s.regex.set(cls, (hits = regexHits(s.doc, s.t, re)));
  return hits;
}

/** The hits of any of a role's classes, sorted by first word (cached by the role's identity). */
function hitsOf(s: State, role: Role): Hit[] {
  if (typeof role === 'string') return hitsOfClass(s, role);
  let hits = s.roles.get(role);
  if (!hits) {
    const lists = role.map((c) => hitsOfClass(s, c)).filter((l) => l.length > 0);
    hits = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a.i - b.i || b.j - a.j);
    s.roles.set(role, hits);
  }
  return hits;
}

/** Whether a role can have hits, without running a regex class: lexical classes are checked first. */
function mayHave(s: State, role: Role): boolean {
  const classes = typeof role === 'string' ? [role] : role;
  return classes.some((c) => s.t.hits.has(c) || c in s.set.regexClasses);
}

/** The first word of each hit, for binary search. */
function startsOf(s: State, hits: Hit[]): number[] {
  let starts = s.starts.get(hits);
  if (!starts) s.starts.set(hits, (starts = hits.map((h) => h.i)));
  return starts;
}

/** Which words start a hit of the class (for negations: one not inside an idiom like "not gonna lie"). */
function marksOf(s: State, cls: string): Uint8Array {
  let marks = s.marks.get(cls);
  if (marks) return marks;
  marks = new Uint8Array(s.t.words.length);
  for (const h of hitsOfClass(s, cls)) marks[h.i] = 1;
  if (cls === NEGATION) for (const h of hitsOfClass(s, NOT_A_DENIAL)) for (let k = h.i; k < h.j; k++) marks[k] = 0;
  s.marks.set(cls, marks);
  return marks;
}

/** A hit of the role in sentences [from, to] of the draft, if any. */
function inSentences(s: State, role: Role, from: number, to: number): Hit | undefined {
  const sentences = s.t.sentences;
  const lo = sentences[Math.max(0, from)]?.[0] ?? 0;
  const hi = sentences[Math.min(sentences.length - 1, to)]?.[1] ?? 0;
  const hits = hitsOf(s, role);
  const h = hits[firstAtOrAfter(startsOf(s, hits), lo)];
  return h && h.i < hi ? h : undefined;
}

/** A negation within NEGATED_REACH words before the hit, in its clause ("no need to call your doctor"). */
const NEGATED_REACH = 4;
function negatedAt(s: State, h: Hit): boolean {
  let from = h.i;
  while (from > 0 && h.i - from < NEGATED_REACH && s.t.clause[from - 1] === s.t.clause[h.i]) from--;
  return holds(s, [NEGATION], from, h.i);
}

/** Words [from, to) hold a word of one of the classes. */
function holds(s: State, classes: readonly string[], from: number, to: number): boolean {
  for (const cls of classes) {
    const marks = marksOf(s, cls);
    for (let k = Math.max(0, from); k < to; k++) if (marks[k]) return true;
  }
  return false;
}

/** A hit of one of the classes ends right before word `at`. */
function endsAt(s: State, classes: readonly string[], at: number): boolean {
  return classes.some((c) => hitsOfClass(s, c).some((h) => h.j === at));
}

const NEGATION_REACH = 6;
const DEFAULT_BLOCKERS = [NEGATION];

function gapAt(f: Frame, k: number): number {
  return typeof f.gaps === 'number' ? f.gaps : (f.gaps?.[k] ?? 3);
}

/** Chains of role hits, in order, each within its gap of the one before, in one clause. */
function chains(s: State, f: Frame): Hit[][] {
  const out: Hit[][] = [];
  if (!f.roles.every((r) => mayHave(s, r))) return out;
  // Every role must have a hit: checked per class first, so a role of several classes is only
  // merged and sorted (thousands of pronouns on a long draft) when the frame can read at all.
  if (!f.roles.every((r) => (typeof r === 'string' ? [r] : r).some((c) => hitsOfClass(s, c).length > 0))) return out;
  const lists = f.roles.map((r) => hitsOf(s, r));
  if (lists.some((l) => l.length === 0)) return out;
  const starts = lists.map((l) => startsOf(s, l));
  // One chain per hit of the first role: the first that reads.
  for (const h of lists[0]!) {
    const chain = extend(s, f, lists, starts, [h]);
    if (chain) out.push(chain);
  }
  return out;
}

function extend(s: State, f: Frame, lists: Hit[][], starts: number[][], chain: Hit[]): Hit[] | undefined {
  const k = chain.length;
  if (k === lists.length) return chain;
  const t = s.t;
  const prev = chain[k - 1]!;
  const maxStart = prev.j + gapAt(f, k - 1);
  const list = lists[k]!;
  for (let x = firstAtOrAfter(starts[k]!, prev.j); x < list.length; x++) {
    const h = list[x]!;
    if (h.i > maxStart || t.sentence[h.i] !== t.sentence[prev.i]) break;
    if (!f.acrossClauses && t.clause[h.i] !== t.clause[prev.j - 1]) break;
    if (holds(s, f.blockers ?? DEFAULT_BLOCKERS, prev.j, h.i)) continue;
    const done = extend(s, f, lists, starts, [...chain, h]);
    if (done) return done;
  }
  return undefined;
}

const SCORE: Record<Severity, number> = { low: 0.5, medium: 0.7, high: 0.9 };

/** Every frame that reads in the draft, as candidates (at most one per frame and first role). */
export function runFrames(doc: Doc, set: FrameSet, frames: readonly Frame[]): Candidate[] {
  const s = stateOf(doc, set);
  const out: Candidate[] = [];
  for (const f of frames) {
    if (f.unlessPost?.some((r) => hitsOf(s, r).length > 0)) continue;
    for (const chain of chains(s, f)) {
      const c = judgeChain(s, f, chain);
      if (c) out.push(c);
    }
  }
  return out;
}

function judgeChain(s: State, f: Frame, chain: Hit[]): Candidate | undefined {
  const { doc, t } = s;
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  const sentence = t.sentence[first.i]!;
  const reach = f.reach ?? 0;
  if (f.notBefore && holds(s, f.notBefore, last.j, last.j + 1)) return undefined;
  if (f.notAfter && endsAt(s, f.notAfter, first.i)) return undefined;
  if (f.negatable !== false) {
    let from = first.i;
    while (from > 0 && first.i - from < NEGATION_REACH && t.clause[from - 1] === t.clause[first.i]) from--;
    if (holds(s, [NEGATION], from, first.i)) return undefined;
  }
  const context: string[] = [];
  for (const role of f.with ?? []) {
    const h = inSentences(s, role, sentence - reach, sentence + reach);
    if (!h) return undefined;
    context.push(doc.text.slice(h.start, h.end).toLowerCase());
  }
  for (const role of f.unless ?? []) {
    const h = inSentences(s, role, sentence - reach, sentence + reach);
    if (h && !(f.unlessAffirmed && negatedAt(s, h))) return undefined;
  }
  if (f.firstPerson && !inSentences(s, FIRST_PERSON, sentence, sentence)) return undefined;
  const start = first.start;
  const end = last.end;
  if (isMention(doc, start, end) || isQuotedReport(doc, start)) return undefined;
  let severity = f.severity;
  if (severity === 'low' && doc.options.sensitivity === 'strict') severity = 'medium';
  return {
    rule: f.rule,
    start,
    end,
    score: SCORE[severity],
    recognizer: 'frame',
    pattern: f.name,
    context,
    tie: f.tie ?? 'none',
    severity,
    message: messageFor(f.rule, doc.text.slice(start, end), f.why),
  };
}

/**
 * Whether a word of one of the roles' classes is in the sentence holding character `at`, or within
 * `reach` sentences of it: lets a regex finding read the same framing as the frames ("my cousin
 * says", "the trials say otherwise").
 */
export function sentenceHolds(doc: Doc, set: FrameSet, roles: readonly Role[], at: number, reach = 0): boolean {
  const s = stateOf(doc, set);
  const word = Math.max(0, firstAtOrAfter(s.t.starts, at + 1) - 1);
  const sentence = s.t.sentence[word] ?? 0;
  return roles.some((r) => inSentences(s, r, sentence - reach, sentence + reach) !== undefined);
}

/** `found` plus the frames' candidates that no earlier finding of the rule already covers. */
export function withFrames(doc: Doc, set: FrameSet, frames: readonly Frame[], found: Candidate[], keep?: (c: Candidate) => boolean): Candidate[] {
  for (const c of runFrames(doc, set, frames)) {
    if (found.some((f) => f.start < c.end && c.start < f.end) || (keep && !keep(c))) continue;
    found.push(c);
  }
  return found;
}
