import type { Doc } from './doc';
/**
 * Gives each distinct word of a text a small integer id, ignoring ASCII case.
 *
 * Indexing every word of a long draft as `map.get(text.slice(start, end))` allocates a string per
 * word; a 63,000-character draft has 12,000 words but only a few hundred distinct ones. Here a
 * word is hashed from its characters and compared in place, so only each distinct word is sliced.
 * Case is folded for ASCII letters only: give it lowercased text, or words that are ASCII.
 */
export class WordInterner {
  /** Distinct words by id, lowercased. */
  readonly words: string[] = [];
  /** Open addressing: id + 1 of the word in each slot, 0 for an empty slot. */
  private slots: Int32Array;
  private readonly hashes: number[] = [];
  private readonly firstAt: number[] = [];
  private readonly lengths: number[] = [];

  constructor(private readonly text: string) {
    // Sized for the distinct words a text of this length usually has, so it rarely grows.
    let size = 1024;
    while (size < text.length / 8) size *= 2;
    this.slots = new Int32Array(size);
  }

  /** The id of the word text[start, end). */
  idOf(start: number, end: number): number {
    let hash = 0;
    for (let k = start; k < end; k++) hash = hashStep(hash, this.text.charCodeAt(k));
    return this.idOfHashed(start, end, hash);
  }

  /** The id of the word text[start, end) whose hashStep hash the caller computed while reading it. */
  idOfHashed(start: number, end: number, hash: number): number {
    const text = this.text;
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]! - 1; id !== -1; id = this.slots[(slot = (slot + 1) & mask)]! - 1) {
      if (this.hashes[id] === hash && this.lengths[id] === length && this.sameAs(this.firstAt[id]!, start, length)) return id;
    }
    const id = this.words.length;
    this.words.push(text.slice(start, end).toLowerCase());
    this.hashes.push(hash);
    this.firstAt.push(start);
    this.lengths.push(length);
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** The id of `word` if the text has it (ignoring ASCII case), else -1. */
  find(word: string): number {
    let hash = 0;
    for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
    const mask = this.slots.length - 1;
    for (let slot = hash & mask, id = this.slots[slot]! - 1; id !== -1; id = this.slots[(slot = (slot + 1) & mask)]! - 1) {
      if (this.hashes[id] === hash && this.lengths[id] === word.length && this.sameAsWord(this.firstAt[id]!, word)) return id;
    }
    return -1;
  }

  private sameAsWord(at: number, word: string): boolean {
    for (let k = 0; k < word.length; k++) if (fold(this.text.charCodeAt(at + k)) !== fold(word.charCodeAt(k))) return false;
    return true;
  }

  private sameAs(a: number, b: number, length: number): boolean {
    const text = this.text;
    for (let k = 0; k < length; k++) if (fold(text.charCodeAt(a + k)) !== fold(text.charCodeAt(b + k))) return false;
    return true;
  }

  /** Doubles the table, keeping it at most half full so probe runs stay short. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (slots[slot]) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    });
    this.slots = slots;
  }
}

/** One character's step of a word's hash, ignoring ASCII case. */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + fold(c)) | 0;
}

/** ASCII letters to lowercase; every other character as it is. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The draft's words (doc.words) by id in one interner over doc.lower: read once per draft, shared. */
export interface DocWordIds {
  interner: WordInterner;
  /** The id of each of doc.words, in order. */
  ids: Int32Array;
}
const docWordIds = new WeakMap<Doc, DocWordIds>();

/** Interns doc.words once per draft for every reader of word ids (the conduct tagger, the gate index). */
export function wordIdsOf(doc: Doc): DocWordIds {
  let found = docWordIds.get(doc);
  if (found) return found;
  const interner = new WordInterner(doc.lower);
  const ids = new Int32Array(doc.words.length);
  const { starts, ends } = doc.words;
  // A long draft's word index (anchors/word-index.ts) has read most of these words already: a word
  // that is one run of \w there is looked up once per distinct run, not hashed again. Only when
  // lowercasing kept every offset (doc.lower read at doc.text's offsets is then the same word).
  const index = doc.lower.length === doc.text.length ? doc.wordIndexes.get(doc.text) : undefined;
  if (index) {
    const runIds = index.runIdsOf(starts, ends);
    const byRun = new Int32Array(index.size).fill(-1);
    for (let k = 0; k < ids.length; k++) {
      const run = runIds[k]!;
      if (run === -1) ids[k] = interner.idOf(starts[k]!, ends[k]!);
      else ids[k] = byRun[run] !== -1 ? byRun[run]! : (byRun[run] = interner.idOf(starts[k]!, ends[k]!));
    }
  } else for (let k = 0; k < ids.length; k++) ids[k] = interner.idOf(starts[k]!, ends[k]!);
  docWordIds.set(doc, (found = { interner, ids }));
  return found;
}
