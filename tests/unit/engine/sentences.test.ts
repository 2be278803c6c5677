import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceBounds } from '../../../src/engine/sentences';
import { longDraft, denseDraft } from '../../bench/synthetic-posts';
import { ownCorpusPaths, loadCorpus } from '../../eval/load-corpus';

/** The regex sentenceBounds stood for until it became a character loop: the reference. */
function byRegex(text: string): [number, number][] {
  const END = /(?<![.!?…])[.!?…]+["')\]]*(?=\s|$)|(?<!\n)\n+/g;
  const NOT_AN_END = /(?:\b(?:Mr|Mrs|Ms|Dr|Pt|St|Mt|Jr|Sr|vs|approx|No|Rm|Ft)|(?:^|\s)[A-Z])\.$/;
  const out: [number, number][] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push([start, end]);
  };
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text))) {
    if (m[0][0] !== '\n' && NOT_AN_END.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    push(start, m[0][0] === '\n' ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

describe('sentenceBounds', () => {
  it('splits at end marks followed by whitespace and at newlines, not after titles and initials', () => {
    const text = 'Saw Mr. Smith today. Pt was fine!! Then "bye." Next\n\nline… and Sandra K. left';
    expect(sentenceBounds(text).map(([s, e]) => text.slice(s, e))).toEqual(['Saw Mr. Smith today.', 'Pt was fine!!', 'Then "bye."', 'Next', 'line…', 'and Sandra K. left']);
  });

  it('ends a sentence only after a whole run of marks and closers followed by whitespace', () => {
    const text = 'v1.2.3 is out?!x no...) really).';
    expect(sentenceBounds(text).map(([s, e]) => text.slice(s, e))).toEqual(['v1.2.3 is out?!x no...)', 'really).']);
  });

  it('finds exactly what the regex found, on every eval corpus and on edge cases', () => {
    const rows = ownCorpusPaths().flatMap((p) => loadCorpus(p).rows.map((r) => r.text));
    const edges = ['', '.', '...', '\n', '\n\n\n', 'a.', 'a."', "a.')]", 'a.)x b', '…\u00a0x', 'a!?\u2028b', '\n.\n', 'x.\n\ny', '.a. .b.', '"."', 'a.\u3000b', 'Dr.\nX'];
    for (const text of [...rows, ...edges, longDraft(6_320), denseDraft(6_320), rows.join('\n'), rows.join(' ')]) expect(sentenceBounds(text)).toEqual(byRegex(text));
  });

  it('finds the sentence around an index', () => {
    const bounds = sentenceBounds('One. Two. Three.');
    expect(sentenceAt(bounds, 6)).toEqual([5, 9]);
  });
});
