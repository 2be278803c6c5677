import type { AnalyzeOptions, Tie } from './types';
import { inScanScope, matchesInSlice, mayMatchInSlice, newScanState, type ScanState } from './anchors';
import { firstAtOrAfter } from './sorted';
import { normalize, type NormalizedText } from './normalize';
import { matchesIn, phraseRegex, wordSpans, type Words } from './words';
import { CUE_PATTERNS, type CueKind } from './cues';
import { sentenceBounds } from './sentences';

/** A piece of evidence that a person (or a specific patient) is being talked about. */
export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  text: string;
  /** `text` lowercased, once per cue: a flood of identifiers asks for the same cues thousands of times. */
  lower: string;
}

/**
 * Everything recognizers need about one draft, computed once. Its scan state (word indexes of its
 * texts, anchors/scope.ts) is its own: scans see it only inside `inDraft(doc, ...)`.
 */
export interface Doc extends ScanState {
  norm: NormalizedText;
  text: string;
  lower: string;
  words: Words;
  cues: Cue[];
  /** Offsets of blank-line paragraph breaks, ascending: windows never cross them. */
  breaks: number[];
  options: AnalyzeOptions;
}

export function makeDoc(input: string, options: AnalyzeOptions = {}): Doc {
  const norm = normalize(input);
  const text = norm.text;
  const lower = text.toLowerCase();
  const breaks = [...text.matchAll(/\n\s*\n/g)].map((m) => m.index!);
  const doc: Doc = { norm, text, lower, words: wordSpans(text), cues: [], breaks, options, ...newScanState() };
  doc.cues = inDraft(doc, () => findCues(text));
  return doc;
}

/** Runs `run` with `doc` as the draft whose texts scans index (anchors/scope.ts). */
export function inDraft<T>(doc: Doc, run: () => T): T {
  return inScanScope(doc, run);
}

const FAMILY_PLACE = /^\s+(?:medicine|practice|physicians?|doctors?|nurse|np|clinic|health|planning|medical|lounge|room|center|centre|waiting|services|resource)\b/i;

function findCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const [kind, re] of CUE_PATTERNS) {
    for (const m of matchesIn(re, text)) cues.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  // "our family medicine clinic" is a place, not the poster's relatives.
  const real = cues.filter((c) => c.kind !== 'family' || !FAMILY_PLACE.test(text.slice(c.end, c.end + 16)));
  // A "person" cue inside a "family" cue ("mom" in "my mom") is the family member, not a stranger.
  const families = real.filter((c) => c.kind === 'family').sort((a, b) => a.start - b.start);
  const familyStarts = families.map((f) => f.start);
  const familyReach = reachOf(families);
  const insideFamily = (c: Cue) => {
    const i = firstAtOrAfter(familyStarts, c.start + 1) - 1;
    return i >= 0 && familyReach[i]! >= c.end;
  };
  return real.filter((c) => c.kind !== 'person' || !insideFamily(c)).sort((a, b) => a.start - b.start);
}

/**
 * reach[i] is the furthest end among spans[0..i] (sorted by start): spans may overlap, so ends are
 * not sorted, but reach is, which lets lookups binary-search instead of scanning from the start.
 */
function reachOf(spans: readonly { end: number }[]): number[] {
  const reach: number[] = [];
  let max = -1;
  for (const s of spans) reach.push((max = Math.max(max, s.end)));
  return reach;
}

const cueReaches = new WeakMap<readonly Cue[], number[]>();
function cueReach(cues: readonly Cue[]): number[] {
  let reach = cueReaches.get(cues);
  if (!reach) cueReaches.set(cues, (reach = reachOf(cues)));
  return reach;
}

/** How many words either side of a match count as its context (Presidio uses 5; posts are terse). */
export const CONTEXT_WINDOW_WORDS = 6;
/** How far a person reference may be from an identifier and still own it. */
export const TIE_WINDOW_WORDS = 14;

/** Character bounds of the window of `words` words either side of [start, end), within one paragraph. */
export function windowAround(doc: Doc, start: number, end: number, words: number): [number, number] {
  const { starts, ends, length } = doc.words;
  // The first word ending after start.
  const lo = firstAtOrAfter(ends, start + 1);
  const first = Math.max(0, lo - words);
  let last = lo;
  while (last < length && starts[last]! < end) last++;
  last = Math.min(length - 1, last - 1 + words);
  let from = first < length ? Math.min(starts[first]!, start) : start;
  let to = last >= 0 && last < length ? Math.max(ends[last]!, end) : end;
  // Blank lines separate unrelated thoughts (a thread of several posts): do not cross them.
  const i = firstAtOrAfter(doc.breaks, start);
  const before = i > 0 ? doc.breaks[i - 1]! : -1;
  if (before >= from) from = before + 1;
  const after = doc.breaks[firstAtOrAfter(doc.breaks, end)];
  if (after !== undefined && after < to) to = after;
  return [from, to];
}

export { firstAtOrAfter } from './sorted';

const sentenceCache = new WeakMap<Doc, [number, number][]>();
/** The draft's sentences (see sentences.ts), computed once per draft for every recognizer. */
export function sentencesOf(doc: Doc): readonly [number, number][] {
  let bounds = sentenceCache.get(doc);
  if (!bounds) sentenceCache.set(doc, (bounds = sentenceBounds(doc.text)));
  return bounds;
}

/** Context words of a recognizer found around a match, whole words only. */
export function contextHits(doc: Doc, start: number, end: number, context: RegExp | undefined): string[] {
  if (!context) return [];
  const [from, to] = windowAround(doc, start, end, CONTEXT_WINDOW_WORDS);
  // Most windows of a long draft hold none of the context words, which the draft's word index
  // tells without scanning the slice character by character (dear once V8 stops optimizing regexes).
  if (!mayMatchInSlice(context, doc.text, from, to)) return [];
  const hits: string[] = [];
  // matchesIn, not matchAll: matchAll clones the (large) regex on every call, and this runs once
  // per pattern match.
  const slice = doc.text.slice(from, to);
  for (const m of matchesInSlice(context, doc.text, from, to, slice) ?? matchesIn(context, slice)) {
    const s = from + m.index!;
    if (s >= start && s < end) continue; // the match itself is not its own context
    hits.push(m[0].toLowerCase());
  }
  return hits;
}

const TIE_PRIORITY: Record<CueKind, number> = { patient: 3, family: 2, person: 1 };

/** Who, if anyone, an identifier at [start, end) belongs to, and the words that say so (each once, in order). */
export function tieOf(doc: Doc, start: number, end: number, window = TIE_WINDOW_WORDS): { tie: Tie; cues: string[] } {
  const [from, to] = windowAround(doc, start, end, window);
  let best: CueKind | undefined;
  const words: string[] = [];
  const cues = doc.cues;
  // Every cue before the first whose reach passes `from` ends at or before it.
  const reach = cueReach(cues);
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.end <= from) continue;
    if (c.start >= to) break;
    if (c.start >= start && c.end <= end) continue;
    if (!words.includes(c.lower)) words.push(c.lower);
    if (!best || TIE_PRIORITY[c.kind] > TIE_PRIORITY[best]) best = c.kind;
  }
  return { tie: best ?? 'none', cues: words };
}

export { phraseRegex };
