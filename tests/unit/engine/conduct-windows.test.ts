import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { loadCorpus, PROJECT_ROOT } from '../../eval/load-corpus';

/**
 * On a long draft, gated conduct patterns only scan windows around their keywords (frame.ts
 * gateWindows); a post is scanned whole. So every conduct finding of a post must come back,
 * unchanged and at the shifted offsets, when the same post sits in the middle of a long draft.
 * Windows that started too late or ended too early before a match would lose findings here.
 */
const rows = loadCorpus(path.resolve(PROJECT_ROOT, 'tests/eval/corpus.jsonl')).rows;
const conductRows = rows.filter((r) => r.rules.some((rule) => rule.startsWith('conduct.')));
/**
 * Everyday sentences full of words that open windows for many patterns ("went out", "dinner",
 * "take", "text", "the day"), with nothing that changes how a draft as a whole is read (no
 * clinician identity, no disclosure, no patient).
 */
const FILLER_SENTENCES = [
  'We went out to dinner on Friday and talked about the weather.',
  'The kids want to take the train to the city this weekend.',
  'I sent a text to my sister about the game last night.',
  'Coffee first, then a long walk with the dog before lunch.',
  'Our book club is reading a mystery this month, and nobody has guessed the ending yet.',
  'The garden finally has tomatoes; the basil did not make it.',
  'Anyone have a good recipe for banana bread that is not too sweet?',
  'Traffic on the bridge was slow again, so I listened to a podcast about history.',
];
const filler = Array.from({ length: 40 }, (_, i) => FILLER_SENTENCES[i % FILLER_SENTENCES.length]).join(' ');

function conductOf(text: string, shift = 0) {
  return analyze(text)
    .findings.filter((f) => f.rule.startsWith('conduct.'))
    .map((f) => `${f.rule} ${f.start + shift}-${f.end + shift} ${f.severity} ${f.match}`);
}

describe('conduct windows on long drafts', () => {
  it('has enough filler to force the windowed path', () => {
    expect(filler.length).toBeGreaterThan(2_000);
    expect(conductRows.length).toBeGreaterThan(100);
  });

  it('finds every conduct finding of a post again when the post is inside a long draft', () => {
    const missing: string[] = [];
    for (const row of conductRows) {
      const alone = conductOf(row.text);
      if (!alone.length) continue;
      const before = `${filler}\n\n`;
      const draft = `${before}${row.text}\n\n${filler}`;
      const inDraft = new Set(conductOf(draft).filter((f) => {
        const start = Number(f.split(' ')[1]!.split('-')[0]);
        return start >= before.length && start < before.length + row.text.length;
      }));
      for (const f of conductOf(row.text, before.length)) if (!inDraft.has(f)) missing.push(`${row.id}: ${f}`);
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
