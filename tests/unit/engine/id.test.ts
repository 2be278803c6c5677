import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { recordId } from '../../../src/engine/recognizers/id';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.id', () => {
  it.each([
    ['accession S24-01234 was mislabeled', high('S24-01234')],
    ['accession # 24-SP-01234', high('24-SP-01234')],
    ['encounter 8812345 closed early', high('8812345')],
    ['encounter 2 went better', none],
    ['CSN 100234567', high('100234567')],
    ['FIN 123456789', high('123456789')],
    ['FIN# 4455667', high('4455667')],
    ['the shark fin 12345 times', none], // "fin" is a word; FIN in capitals is the number
    ['case #A1234567', high('A1234567')],
    ['case study on sepsis', none],
    ['case number 2024-00731', high('2024-00731')],
    ['in case 2 of us are off', none],
    ['a case of 12345 masks', none],
    ['order # 55123409 for her CT', high('55123409')],
    ['order 2 pizzas for the unit', none],
    ['claim number 2024-0098812', high('2024-0098812')],
    ['claim 3 points', none],
    ['visit #V0098123', high('V0098123')],
    ['visit 12345 families', none],
    ['specimen ID BX-22-1187', high('BX-22-1187')],
    ['requisition 77120034', high('77120034')],
    ['incident report # 2024-0413', high('2024-0413')],
    ['incident in 2024', none],
    ['report no. 55123', high('55123')],
    ['report 5 things', none],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.id')).toEqual(expected);
  });

  it('stays linear on long label-heavy drafts', () => {
    for (const text of ['case # '.repeat(9_000), `accession ${'A-'.repeat(31_000)}`, 'order no. 1-'.repeat(5_250)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(recordId, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
