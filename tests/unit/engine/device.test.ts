import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { deviceSerial, udi } from '../../../src/engine/recognizers/device';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { isValidGtin, isValidHibccUdi } from '../../../src/engine/validators/udi';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.device', () => {
  it.each([
    ['Insulin pump SN 48XK220193 alarmed all night on our pt in bed 12', high('48XK220193')],
    ['SN ratio was low on that scan', none],
    ['pacemaker S/N PJN123456R', high('PJN123456R')],
    ['my laptop serial 5CD1234XYZ died', none], // a serial, but not a medical device
    ['serial number 48XK220193 on her pump', high('48XK220193')],
    ['serial killer podcast on the drive in', none],
    ['the series 12345 finale', none],
    // UDIs carry a check character: valid ones are devices wherever they appear.
    ['(01)00884521100018(17)251231(21)SN12345 in her chart', high('(01)00884521100018(17)251231(21)SN12345')],
    ['(01)00884521100014(17)251231(21)SN12345 in her chart', none], // GTIN check digit wrong
    ['+H123ABC01234567890D', high('+H123ABC01234567890D')],
    ['+A123BJC5D6E71H', none], // HIBCC check character wrong
    ['hip implant +A99912345/$$52001510X3/16D20111212/S77DEFG457', high('+A99912345/$$52001510X3/16D20111212/S77DEFG457')],
    ['hip implant +A99912345/$$52001510X3/16D20111212/S77DEFG45Z', none],
    ['UDI: 00884521100013 from the implant', high('00884521100013')],
    ['UDI rules changed in 2014', none],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.device')).toEqual(expected);
  });

  it.each([
    ['00884521100018', true],
    ['00884521100014', false],
    ['4006381333931', true], // EAN-13
    ['036000291452', true], // UPC-A
    ['12345', false],
  ])('isValidGtin(%j) is %s', (value, expected) => {
    expect(isValidGtin(value)).toBe(expected);
  });

  it.each([
    ['+A123BJC5D6E71G', true],
    ['+H123ABC01234567890D', true],
    ['+A123BJC5D6E71H', false],
    ['+A99912345/$$52001510X33', true], // primary and secondary, one check character
    ['+A1', false],
    ['A123BJC5D6E71G', false],
  ])('isValidHibccUdi(%j) is %s', (value, expected) => {
    expect(isValidHibccUdi(value)).toBe(expected);
  });

  it('stays linear on long drafts', () => {
    for (const text of ['(01)'.repeat(15_750), `(01)00884521100018${'(21)A'.repeat(12_000)}`, '+A'.repeat(31_500), 'SN '.repeat(21_000)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(udi, doc);
      runPatternRecognizer(deviceSerial, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
