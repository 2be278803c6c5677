import { describe, expect, it } from 'vitest';
import { PREFILTER, foldLeet, prefilterStarts } from '../../../src/engine/conduct/obscene';
import { ADVERSARIAL_CASES } from '../../bench/adversarial-cases';
import { denseDraft, longDraft, seededRandom, syntheticPosts } from '../../bench/synthetic-posts';
import { loadCorpus, ownCorpusPaths } from '../../eval/load-corpus';

/** The prefilter's matches over the whole text, as the engine found them before it looked token by token. */
function scanned(text: string): number[] {
  const out: number[] = [];
  PREFILTER.lastIndex = 0;
  for (let m = PREFILTER.exec(text); m; m = PREFILTER.exec(text)) out.push(m.index);
  return out;
}

const prepared = (text: string) => foldLeet(text.toLowerCase());

describe('prefilterStarts: the prefilter run only over tokens holding a pattern stretch', () => {
  it('finds exactly what a scan of the whole text finds, on the corpora, bench drafts and adversarial floods', () => {
    const texts = [
      ...ownCorpusPaths().flatMap((f) => loadCorpus(f).rows.map((r) => r.text)),
      longDraft(20_000),
      denseDraft(20_000),
      ...syntheticPosts(200),
      ...ADVERSARIAL_CASES.map((c) => c.draft(2_000)),
    ].map(prepared);
    let hits = 0;
    for (const t of texts) {
      const expected = scanned(t);
      hits += expected.length;
      expect(prefilterStarts(t), t.slice(0, 80)).toEqual(expected);
    }
    // The comparison means something: the corpora swear.
    expect(hits).toBeGreaterThan(100);
  });

  it('finds exactly what a scan finds on random mixes of stretched, masked and glued words', () => {
    const random = seededRandom(13);
    const words = ['fuck', 'shit', 'ass', 'bitch', 'cunt', 'dick', 'hoe', 'nig', 'coon', 'fag', 'damn', 'crap', 'wtf', 'stfu', 'motherf', 'pussy', 'twat', 'jerkoff', 'gangbang', 'fingerbang', 'assess', 'class', 'was', 'nica', 'deepthroat', 'doggystyle'];
    const other = 'abcdefghijklmnopqrstuvwxyz   *.-!@$01357\n\u00a0\u2003';
    let hits = 0;
    for (let k = 0; k < 3_000; k++) {
      let s = '';
      const length = 1 + Math.floor(random() * 40);
      while (s.length < length) {
        if (random() < 0.3) s += words[Math.floor(random() * words.length)]!.replace(/./g, (ch) => (random() < 0.15 ? ch.repeat(1 + Math.floor(random() * 5)) : random() < 0.05 ? '*' : ch));
        else s += other[Math.floor(random() * other.length)];
      }
      const expected = scanned(s);
      hits += expected.length;
      expect(prefilterStarts(s), JSON.stringify(s)).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(1_000);
  });

  it('looks at a word only where a pattern can start: after a letter, a word needing a boundary is not there', () => {
    expect(prefilterStarts('the class was assessed')).toEqual(scanned('the class was assessed'));
    expect(prefilterStarts('so fuuuck it')).toEqual([3]);
    expect(prefilterStarts('what an ass')).toEqual([8]);
    expect(prefilterStarts('a pass')).toEqual([]);
    expect(prefilterStarts('f*ck\u00a0off shit')).toEqual(scanned('f*ck\u00a0off shit'));
    expect(prefilterStarts('f*ck\u00a0off shit').length).toBe(2);
  });
});
