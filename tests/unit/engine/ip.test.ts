import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { makeDoc } from '../../../src/engine/doc';
import { ipAddress } from '../../../src/engine/recognizers/ip';
import { runPatternRecognizer } from '../../../src/engine/scoring';
import { isValidIpv4, isValidIpv6 } from '../../../src/engine/validators/ip';
import { spansOf, NO_BLOWUP_MS } from './helpers';

const high = (match: string) => [{ match, severity: 'high' }];
const none: never[] = [];

describe('phi.ip', () => {
  it.each([
    ["IP 10.44.2.17 is the workstation the patient's son used to log into her portal", high('10.44.2.17')],
    ['IP 10.44.2.17 is the nursing station printer', none], // nobody attached
    ['her IP was 192.168.1.254.', high('192.168.1.254')],
    ['she uses Epic version 10.2.0.1 on her laptop', none], // a version number
    ['he installed v4.1.0.2 for her', none],
    ['see section 4.2.1.3, she wrote', none], // no network word
    ['her ip 256.1.1.1', none], // octet out of range
    ['her IP 10.44.2.017', none], // leading zero
    ['her IP 10.44.2', none], // three octets
    ['her IP 10.44.2.17.5', none], // five
    ['he logged in from 2001:db8:85a3::8a2e:370:7334', high('2001:db8:85a3::8a2e:370:7334')],
    ['he logged in from 2001:0db8:85a3:0000:0000:8a2e:0370:7334', high('2001:0db8:85a3:0000:0000:8a2e:0370:7334')],
    ['IPv6 fe80::1 on her laptop', high('fe80::1')],
    ['her ip ::ffff:192.0.2.1', high('::ffff:192.0.2.1')],
    ['he logged in at 10:30:15', none], // clock time
    ['his MAC 00:1a:2b:3c:4d:5e on the network', none], // six groups, no "::"
    ['her IP 2001:db8::85a3::7334', none], // two "::"
    ['John 3:16 got her through it', none],
  ])('%j', (text, expected) => {
    expect(spansOf(analyze(text), 'phi.ip')).toEqual(expected);
  });

  it('reports an unattached address at medium under strict', () => {
    expect(spansOf(analyze('IP 10.44.2.17 is the nursing station printer', { sensitivity: 'strict' }), 'phi.ip')).toEqual([
      { match: '10.44.2.17', severity: 'medium' },
    ]);
  });

  it.each([
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['256.0.0.1', false],
    ['01.2.3.4', false],
    ['1.2.3', false],
  ])('isValidIpv4(%j) is %s', (value, expected) => {
    expect(isValidIpv4(value)).toBe(expected);
  });

  it.each([
    ['::1', true],
    ['2001:db8::', true],
    ['1:2:3:4:5:6:7:8', true],
    ['::ffff:192.0.2.1', true],
    ['1:2:3:4:5:6:7:8:9', false],
    ['1:2:3:4:5:6:7', false],
    ['1::2::3', false],
    ['12345::1', false],
    ['::', false],
    ['10:30:15', false],
  ])('isValidIpv6(%j) is %s', (value, expected) => {
    expect(isValidIpv6(value)).toBe(expected);
  });

  it('stays linear on long dotted and colon-heavy drafts', () => {
    for (const text of ['1.'.repeat(31_500), 'ab:'.repeat(21_000), '1'.repeat(63_000), 'version 1.2.3.4 '.repeat(3_900)]) {
      const doc = makeDoc(text);
      const t = performance.now();
      runPatternRecognizer(ipAddress, doc);
      expect(performance.now() - t).toBeLessThan(NO_BLOWUP_MS);
    }
  });
});
