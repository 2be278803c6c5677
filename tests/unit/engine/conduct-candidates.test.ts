import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { inScanScope, newScanState } from '../../../src/engine/anchors';
import { candidateStarts, matchesAtPlaces, useConductCandidates } from '../../../src/engine/conduct/candidates';
import { phraseRegex } from '../../../src/engine/words';
import { longDraft, seededRandom } from '../../bench/synthetic-posts';
import { loadCorpus, ownCorpusPaths } from '../../eval/load-corpus';

afterEach(() => useConductCandidates(true));

const inFreshDraft = <T>(run: () => T): T => inScanScope(newScanState(), run);
const plainScan = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

/** A long draft with the shapes below sprinkled in: scare quotes, slashes, query strings, words. */
function draft(seed: number): string {
  const rand = seededRandom(seed);
  const bits = ['"forgot" to give', "'lost' his", '“busy” with', 'shop.com/ref/jen22', 'x.com/?ref=abc', 'it\'s "fine"', 'I forgot', 'made him wait lol', "didn't 'forget'", 'code NURSE20', 'so tired 😂', 'cute ❤️ lol', '😈', 'f*ck this unit', 'Screw the hospital', 'fk management', "'vitamin h' again", 'vitamin k shot', 'for the', 'the worst', 'pompous jerk', 'toxic unit', 'The shift ran late', 'Made her wait', 'Mercy General Hospital', '. Saint Mary Hospital', 'the Burn Unit'];
  let out = '';
  while (out.length < 30_000) out += rand() < 0.15 ? ` ${bits[Math.floor(rand() * bits.length)]} ` : ' the shift ran long and nobody ate';
  return out;
}

describe('candidateStarts: where each alternative of a conduct regex can start', () => {
  const regexes = [
    /["'“‘](?:forgot|lost|busy)["'”’]\s+\w+|\bmade\s+(?:him|her)\s+wait\b/gi,
    /\/(?:ref|aff|go|shop)\/[\w-]+|[?&](?:ref|aff)=[\w-]+|\bcode\s+[A-Z0-9]{4,}/gi,
    /["'](?:\w+)["']|\bshift\b/gi,
    // Words only, each alternative tried only where its own words are.
    /\bthe\s+shift\s+ran\b|\bmade\s+(?:him|her)\s+wait\b|\bcode\s+nurse\d+|\bthe\s+(?:shift|day)\b/gi,
    // Emoji, as anyOf adds them to a phrase list; emoji only (a frame class).
    /(?:(?<![A-Za-z0-9_\u00C0-\u024F])lol(?![A-Za-z0-9_\u00C0-\u024F]))|😂|❤️/gi,
    /😈|😂/g,
    // A word that starts with a letter and anything after it, among words; an optional quote.
    /\b(?:f[\w*#@$!-]{0,4}(?:ck|k)|screw|damn)\s+(?:this|the)?\s*(?:hospital|unit|management)\b/gi,
    /["'“‘]?\b(?:vitamin\s+[hk]|booty\s+juice)\b/gi,
    // A phrase list, one group of first letters: each letter's group tried apart.
    phraseRegex(['pompous jerk', 'pathetic', 'the worst', 'toxic', 'shift ran']),
    // A capture group: tried whole. (A quoted word alone is read whole by the anchors now: a slash is not.)
    /\bmade\s+(him|her)\s+wait\b|\/(ref|shop)\/[\w-]+/gi,
    // A capitalized run among words (an employer's name before "Hospital"): it can start with any
    // capital, so it is tried at every place, whatever the character there.
    /\b(?:[A-Z][a-z]+\s){1,2}(?:Hospital|Unit)\b|\bmade\s+(?:him|her)\s+wait\b|["']lost["']/g,
  ];

  it.each(regexes.map((re) => [re.source.slice(0, 40), re] as const))('finds exactly what a scan finds: %s', (_, re) => {
    for (const seed of [1, 2, 3]) {
      const text = draft(seed);
      const places = inFreshDraft(() => candidateStarts(re, text));
      expect(places, 'the regex is read').toBeDefined();
      const found = inFreshDraft(() => matchesAtPlaces(candidateStarts(re, text)!, text, 0, 0, text.length, text.length)).map((m) => `${m.index}:${m[0]}`);
      const expected = plainScan(re, text);
      expect(expected.length).toBeGreaterThan(3);
      expect(found).toEqual(expected);
      // Fewer places than characters: that is the point.
      expect(places!.at.length * 8).toBeLessThanOrEqual(text.length);
    }
  });

  it('tries at each place only the alternatives that can start there, in their order', () => {
    const text = draft(5);
    const places = inFreshDraft(() => candidateStarts(regexes[3]!, text))!;
    const sources = new Set(places.regexes.map((r) => r.source));
    expect(sources).toEqual(new Set(['\\bthe\\s+shift\\s+ran\\b|\\bthe\\s+(?:shift|day)\\b', '\\bmade\\s+(?:him|her)\\s+wait\\b', '\\bcode\\s+nurse\\d+']));
    expect(places.regexes.every((r) => r.sticky && r.ignoreCase)).toBe(true);
    expect(inFreshDraft(() => candidateStarts(regexes[9]!, text))!.regexes.map((r) => r.source)).toEqual([regexes[9]!.source]);
    const list = inFreshDraft(() => candidateStarts(regexes[8]!, text))!;
    // One regex per first letter the draft has a phrase of: p(?:ompous jerk|athetic), s(hift ran), t(?:he worst|oxic).
    expect(list.regexes.map((r) => ['ompous', 'hift', 'he\\s+worst'].filter((w) => r.source.includes(w)).join()).sort()).toEqual(['he\\s+worst', 'hift', 'ompous']);
  });

  it('reads nothing it cannot vouch for: a short text, a regex read whole by the anchors, an unreadable alternative, too many places', () => {
    const text = draft(4);
    inFreshDraft(() => {
      expect(candidateStarts(regexes[0]!, text.slice(0, 500))).toBeUndefined();
      expect(candidateStarts(/\bmade\s+(?:him|her)\b/gi, text)).toBeUndefined();
      expect(candidateStarts(/["'](?:forgot)|\s+@\w+/gi, text)).toBeUndefined();
      expect(candidateStarts(/[ "]\w+/gi, text)).toBeUndefined();
    });
    expect(candidateStarts(regexes[0]!, text), 'outside an analysis').toBeUndefined();
  });

  it('gives the same findings on long drafts built from every eval corpus', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    const rand = seededRandom(17);
    const shuffled = rows.map((r) => [rand(), r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const drafts = [longDraft(63_206)];
    for (let k = 0; k * 150 < shuffled.length; k++) drafts.push(shuffled.slice(k * 150, (k + 1) * 150).join(['\n\n', ' ', '\n', '. '][k % 4]!));
    for (const text of drafts) {
      useConductCandidates(false);
      const plain = JSON.stringify(analyze(text));
      useConductCandidates(true);
      expect(JSON.stringify(analyze(text))).toEqual(plain);
    }
  }, 60_000);
});
