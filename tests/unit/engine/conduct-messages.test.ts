import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { loadCorpus, PROJECT_ROOT } from '../../eval/load-corpus';

/**
 * A conduct warning has to say why in a clinician's words and name the guideline a board or a
 * compliance officer would cite, in the message itself (the panel may show only the message).
 */
const GUIDELINE = /\((?:[^()]*\b(?:NCSBN|ANA|AMA|GMC|FSMB|FTC|NLRA|Singapore Medical Council)\b[^()]*)\)\.?$/;
const rows = loadCorpus(path.resolve(PROJECT_ROOT, 'tests/eval/corpus.jsonl')).rows.filter((r) => r.rules.some((rule) => rule.startsWith('conduct.')));

describe('conduct messages', () => {
  it('name the guideline in every conduct finding of the corpus', () => {
    const without: string[] = [];
    let seen = 0;
    for (const row of rows) {
      for (const f of analyze(row.text).findings) {
        if (!f.rule.startsWith('conduct.')) continue;
        seen++;
        if (!GUIDELINE.test(f.message)) without.push(`${row.id} ${f.rule}: ${f.message}`);
      }
    }
    expect(seen).toBeGreaterThan(200);
    expect(without).toEqual([]);
  });

  it.each([
    ['Pt in 9 threw his urinal at me. His 2200 oxy is gonna be real late tonight 😇', 'conduct.harm', /get back at them/],
    ['the drunk who punched our tech in triage is back', 'conduct.derogatory', /label/],
    ["why Kristen from nights quit: she's in rehab for pills lol", 'conduct.colleague', /private life/],
    ['another family with 15 visitors. they should go back where they came from', 'conduct.discrimination', /leave the country/],
    ['I cared for a firefighter last month. Today he texted my personal cell a photo (we keep in touch 😊)', 'conduct.boundary', /personal contact/],
  ])('say why for %j', (text, rule, why) => {
    const finding = analyze(text).findings.find((f) => f.rule === rule);
    expect(finding?.message).toMatch(why);
  });
});
