import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { licenseNumber } from '../../../src/engine/recognizers/license';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.license', () => {
  it.each([
    ["driver's license D1234567 was in his wallet", high('D1234567')],
    ["driver's license expired in 2020", none],
    ['drivers license # W426-545-30-761-0', high('W426-545-30-761-0')], // Florida format
    ['DL# 123456789', high('123456789')],
    ['glucose 120 mg/dL 12345 times', none], // decilitres
    ['DLN S12345678', high('S12345678')],
    ['license # RN123456', high('RN123456')],
    ['license renewal due 2027', none],
    ['licence number 99887766', high('99887766')],
    ['my RN license expires soon', none],
    ['licensed in 3 states', none],
    ['duplicate 12345 copies', none], // no substring "lic"
    ['certificate no. 2019-00123', high('2019-00123')],
    ['certificate of completion 2019', none],
    ['birth certificate 142-2019-012345', high('142-2019-012345')],
    ['birth certificate is lost', none],
    ['passport 561234987', high('561234987')],
    ['license plate 5JKR902', none], // a vehicle, not a licence
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.license')).toEqual(expected);
  });

  it('stays linear on long label-heavy drafts', () => {
    for (const text of ["driver's license ".repeat(3_700), `DL ${'1-'.repeat(31_000)}`, 'license # '.repeat(6_300)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(licenseNumber, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
