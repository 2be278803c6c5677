import { describe, expect, it } from 'vitest';
import { WordInterner, wordIdsOf } from '../../../src/engine/interner';
import { inDraft, makeDoc } from '../../../src/engine/doc';
import { matchesIn } from '../../../src/engine/words';
import { denseDraft, longDraft } from '../../bench/synthetic-posts';
import { seededRandom } from '../../bench/synthetic-posts';

describe('WordInterner', () => {
  it('gives one id per word, ignoring ASCII case', () => {
    const text = 'Patient patient PATIENT pt Pt patients';
    const interner = new WordInterner(text);
    const ids = [...text.matchAll(/\S+/g)].map((m) => interner.idOf(m.index!, m.index! + m[0].length));
    expect(ids).toEqual([0, 0, 0, 1, 1, 2]);
    expect(interner.words).toEqual(['patient', 'pt', 'patients']);
  });

  it('finds whole words, ignoring ASCII case, and nothing else', () => {
    const text = 'Patient pt PATIENTS pts';
    const interner = new WordInterner(text);
    for (const m of text.matchAll(/\S+/g)) interner.idOf(m.index!, m.index! + m[0].length);
    expect(['patient', 'PT', 'patients', 'pts'].map((w) => interner.find(w))).toEqual([0, 1, 2, 3]);
    expect(['patien', 'patientss', 'p', ''].map((w) => interner.find(w))).toEqual([-1, -1, -1, -1]);
  });

  it('agrees with a Map of lowercased words on thousands of words (the table grows and probes)', () => {
    const rand = seededRandom(3);
    const letters = 'abcXYZ019_';
    const words = Array.from({ length: 6000 }, () =>
      Array.from({ length: 1 + Math.floor(rand() * 6) }, () => letters[Math.floor(rand() * letters.length)]).join(''),
    );
    const text = words.join(' ');
    const interner = new WordInterner(text);
    const expected = new Map<string, number>();
    let at = 0;
    for (const w of words) {
      const key = w.toLowerCase();
      if (!expected.has(key)) expected.set(key, expected.size);
      expect(interner.idOf(at, at + w.length)).toBe(expected.get(key));
      at += w.length + 1;
    }
    expect(expected.size).toBeGreaterThan(1000);
    expect(interner.words).toEqual([...expected.keys()]);
    for (const [word, id] of expected) expect(interner.find(word.toUpperCase())).toBe(id);
    expect(interner.find('zzzzzzz')).toBe(-1);
  });
});

describe('wordIdsOf', () => {
  it('gives the same ids whether or not the draft has its word index yet', () => {
    const text = `${denseDraft(8_000)} Pt’s José O’Neil_x ÉMILE émile pt-s 97yo MRN mrn Mrn\n${longDraft(8_000)}`;
    const fresh = makeDoc(text);
    fresh.wordIndexes.clear(); // as a short draft has none
    const plain = wordIdsOf(fresh);
    const indexed = makeDoc(text);
    const viaIndex = inDraft(indexed, () => {
      matchesIn(/\bpatient\b/g, indexed.text); // the draft's word index, if its cues did not build it
      expect(indexed.wordIndexes.get(indexed.text)).toBeDefined();
      return wordIdsOf(indexed);
    });
    expect([...viaIndex.ids]).toEqual([...plain.ids]);
    expect(viaIndex.interner.words).toEqual(plain.interner.words);
    // Ids by word, case folded: "MRN", "mrn" and "Mrn" are one word, "José" and "jose" are not.
    const idAt = (w: string) => viaIndex.ids[[...indexed.words.starts].findIndex((s) => indexed.text.startsWith(w, s))]!;
    expect(idAt('MRN')).toBe(idAt('Mrn'));
    expect(idAt('ÉMILE')).toBe(idAt('émile'));
    expect(idAt('MRN')).not.toBe(idAt('97yo'));
  });
});
