import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crxIdOf, extensionIdOf, packCrx3, publicKeyDer, readCrx3 } from '../../../src/packaging/crx3';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const ZIP = Buffer.from('PK\x03\x04 pretend this is a zip of the extension', 'latin1');

describe('CRX3', () => {
  it('starts with the Cr24 magic, version 3 and the header length', () => {
    const crx = packCrx3(ZIP, privateKey);
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    expect(crx.subarray(12 + crx.readUInt32LE(8)).equals(ZIP)).toBe(true);
  });

  it('reads back, verified, as the extension id of the signing key', () => {
    const { extensionId, zip } = readCrx3(packCrx3(ZIP, privateKey));
    expect(extensionId).toBe(extensionIdOf(publicKeyDer(privateKey)));
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(zip.equals(ZIP)).toBe(true);
  });

  it('another key is another extension', () => {
    expect(readCrx3(packCrx3(ZIP, other)).extensionId).not.toBe(readCrx3(packCrx3(ZIP, privateKey)).extensionId);
  });

  it('rejects contents changed after signing', () => {
    const crx = packCrx3(ZIP, privateKey);
    crx[crx.length - 1]! ^= 1;
    expect(() => readCrx3(crx)).toThrow(/signature does not match/);
  });

  it('rejects a header whose key does not hash to its crx id', () => {
    const crx = packCrx3(ZIP, privateKey);
    const id = crxIdOf(publicKeyDer(privateKey));
    const at = crx.indexOf(id);
    expect(at).toBeGreaterThan(0);
    crx[at]! ^= 1;
    expect(() => readCrx3(crx)).toThrow(/no RSA key proof .* matches/);
  });

  it('rejects what is not a CRX3', () => {
    expect(() => readCrx3(ZIP)).toThrow(/not a CRX/);
    const v2 = packCrx3(ZIP, privateKey);
    v2.writeUInt32LE(2, 4);
    expect(() => readCrx3(v2)).toThrow(/version 2/);
  });

  it('signs only with RSA', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(() => packCrx3(ZIP, ec)).toThrow(/must be RSA/);
  });

  it('extension ids: sha256 of the key, first 16 bytes, hex digits written a-p', () => {
    // (tests/unit/policy/admin-samples.test.ts checks the development key against the id Chromium gives it.)
    const hex = 'e3b0c44298fc1c149afbf4c8996fb924'; // sha256("") starts with these 16 bytes
    expect(extensionIdOf(Buffer.from([]))).toBe([...hex].map((c) => 'abcdefghijklmnop'[parseInt(c, 16)]).join(''));
  });
});
