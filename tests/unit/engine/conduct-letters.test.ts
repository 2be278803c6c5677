import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { GATE_REACH_AFTER, GATE_REACH_BEFORE, letterWindows } from '../../../src/engine/conduct/frame';
import { WEIGHT, WEIGHT_LETTERS } from '../../../src/engine/vocab/groups';
import { denseDraft, longDraft } from '../../bench/synthetic-posts';

/**
 * Patterns without a gate of whole words ("300lbs" is one word) name letters every match holds
 * (frame.ts letterWindows); on a long draft they run only around those letters. A post's findings
 * must then come back unchanged inside a long draft, and the letters must cover every match.
 */

const WEIGHT_POSTS = [
  "She's like 450 lbs and wants to know why her knees hurt 😂😂",
  'the 300lbs whale in bed 4 wants a second tray lol',
  'our 500-pounder in 12 needed the forklift again lmao 🐳',
  'He is 250 KG and mad the bed broke, personality to match 🙄',
  'another bariatric admit, put the fork down 🐷 and stop calling me for snacks',
  'the big-boned lady in 4 wants a third tray, put the fork down 🐷',
  'the obese guy in 6 keeps ordering room service, lay off the cheeseburgers 🍔',
];

const derogatoryOf = (text: string, shift = 0) =>
  analyze(text)
    .findings.filter((f) => f.rule === 'conduct.derogatory')
    .map((f) => `${f.start + shift}-${f.end + shift} ${f.severity} ${f.match} ${f.message}`);

describe('letterWindows: where a pattern holding one of a few letters may match', () => {
  const long = longDraft(20_000);

  it('scans a post whole, and a long draft only around its letters', () => {
    expect(letterWindows(makeDoc('she is 300 lbs lol'), ['lb'])).toEqual([[0, 18]]);
    const clean = long.replace(/lb|kg/gi, 'xx');
    expect(letterWindows(makeDoc(clean), ['lb', 'kg'])).toEqual([]);
    const at = 9_000;
    const text = `${clean.slice(0, at)}KG${clean.slice(at + 2)}`;
    expect(letterWindows(makeDoc(text), ['lb', 'kg'])).toEqual([[at - GATE_REACH_BEFORE, at + GATE_REACH_AFTER]]);
  });

  it('scans whole a draft whose lowercasing changes its length (İ is two characters lowercased)', () => {
    const text = `İ ${long.replace(/lb|kg/gi, 'xx')}`;
    expect(letterWindows(makeDoc(text), ['lb', 'kg'])).toEqual([[0, text.length]]);
  });
});

describe('weight patterns inside long drafts', () => {
  it.each(WEIGHT_POSTS)('finds what the post alone finds: %j', (post) => {
    const alone = derogatoryOf(post);
    expect(alone.length).toBeGreaterThan(0);
    for (const filler of [longDraft(8_000), denseDraft(8_000)]) {
      const before = `${filler}\n\n`;
      const inDraft = derogatoryOf(`${before}${post}\n\n${filler}`).filter((f) => {
        const start = Number(f.split('-')[0]);
        return start >= before.length && start < before.length + post.length;
      });
      expect(inDraft).toEqual(derogatoryOf(post, before.length));
    }
  }, 60_000);

  it('holds one of WEIGHT_LETTERS in every match of WEIGHT', () => {
    const shapes = [...WEIGHT_POSTS, '400lb 300 pounds 120kg 999 LBS', 'morbidly obese, fatties, FATASS, overweight, big boned, BIG-BONED, Bariatric'];
    let matches = 0;
    for (const text of shapes) {
      for (const m of text.matchAll(WEIGHT)) {
        matches++;
        expect(WEIGHT_LETTERS.some((l) => m[0].toLowerCase().includes(l)), m[0]).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(12);
  });
});
