import { WordIndex } from './word-index';

/**
 * What the scans of one draft keep: a word index per long text scanned (the draft, its lowercase
 * copy, a recognizer's capped copy). It lives on the draft's Doc; analyze() opens the Doc's scope
 * for the length of its run, so `matchesIn(re, doc.text)` finds the index without a Doc in hand.
 */
export interface ScanState {
  readonly wordIndexes: Map<string, WordIndex>;
  /** The draft's text and its lowercase, when the state is a Doc's (letters.ts reads them). */
  readonly text?: string;
  readonly lower?: string;
}

/**
 * The drafts being analysed, innermost last. Only a pointer to state held by each Doc: a draft
 * analysed in the middle of another opens its own scope and never sees the outer one's indexes.
 */
const open: ScanState[] = [];

/** Runs `run` with `state` as the draft whose texts the scans index. */
export function inScanScope<T>(state: ScanState, run: () => T): T {
  open.push(state);
  try {
    return run();
  } finally {
    open.pop();
  }
}

/** A fresh, empty scan state: for a Doc, or for a test that scans a text of its own. */
export function newScanState(): ScanState {
  return { wordIndexes: new Map() };
}

/** The word index of `text` in the open scope, built on first use; undefined outside any scope. */
export function wordIndexOf(text: string): WordIndex | undefined {
  const state = open[open.length - 1];
  if (!state) return undefined;
  let index = state.wordIndexes.get(text);
  if (!index) state.wordIndexes.set(text, (index = new WordIndex(text)));
  return index;
}

/** The draft open in the scan scope when `text` is its text (its lowercase is then known); else undefined. */
export function openDraft(text: string): { readonly text: string; readonly lower: string } | undefined {
  const state = open[open.length - 1];
  return state?.text === text && state.lower !== undefined ? (state as { text: string; lower: string }) : undefined;
}
