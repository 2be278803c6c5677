import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-posts';
import { matchesIn, phraseRegex, WORD_CHAR } from '../../../src/engine/words';

/**
 * phraseRegex merges phrases that share a first letter so long drafts scan faster. Merging must not
 * change a single match, so it is checked against the plain one-alternative-per-phrase regex.
 */
function plainPhraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const before = /^[A-Za-z0-9_\u00C0-\u024F]/.test(p) ? `(?<!${WORD_CHAR})` : '';
      const after = /[A-Za-z0-9_\u00C0-\u024F]$/.test(p) ? `(?!${WORD_CHAR})` : '';
      return `${before}${escape(p).replace(/\s+/g, '\\s+')}${after}`;
    });
  return new RegExp(`(?:${alternatives.join('|')})`, flags);
}

const spans = (re: RegExp, text: string) => matchesIn(re, text).map((m) => `${m.index}:${m[0]}`);

// Shared first letters in both cases, prefixes of each other, punctuation, spaces, non-ASCII.
const PIECES = ['mom', 'Mom', 'my', 'mr', 'mr.', 'Mr#', "monday's", 'monday', 'm', 'ss#', 'tip:', 'é', 'É', 'ſ', 'k',
  'K', '_x', 'x_', '1 in', '10', '#1', ' ', '  ', '-', "'s", 'the news', 'the  new', 'news', 'n', 'ön', 'Öl'];
const TEXT_PIECES = [...PIECES, '\n', 'a', 'Z', '9', '.', ',', 'x', 'MY', 'MOM', 'mOnDaY', 'É', 'ÿ', '😩'];

describe('phraseRegex', () => {
  it('matches exactly what the plain alternation matches', () => {
    const rand = seededRandom(2024);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    for (let round = 0; round < 250; round++) {
      const phrases = Array.from({ length: 1 + Math.floor(rand() * 12) }, () =>
        Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(PIECES)).join(rand() < 0.5 ? ' ' : ''),
      );
      const text = Array.from({ length: 60 }, () => pick(TEXT_PIECES)).join(rand() < 0.5 ? ' ' : '');
      for (const flags of ['gi', 'g', 'giu', 'gid']) {
        expect(spans(phraseRegex(phrases, flags), text), `${flags} ${JSON.stringify(phrases)}`).toEqual(
          spans(plainPhraseRegex(phrases, flags), text),
        );
      }
    }
  }, 60_000);

  it('prefers the longest phrase within a shared first letter', () => {
    expect(spans(phraseRegex(['medical record', 'medical record number', 'mrn']), 'Medical Record Number: 1')).toEqual([
      '0:Medical Record Number',
    ]);
  });
});
