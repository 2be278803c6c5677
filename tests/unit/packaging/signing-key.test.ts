import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionIdOf, publicKeyDer } from '../../../src/packaging/crx3';
import { defaultKeyPath, loadOrCreateSigningKey } from '../../../src/packaging/signing-key';

const REPO = mkdtempSync(join(tmpdir(), 'second-look-repo-'));
const OUTSIDE = mkdtempSync(join(tmpdir(), 'second-look-keys-'));

describe('the organisation signing key', () => {
  it('is created once, RSA, readable by its owner only, and the same key (and id) after that', () => {
    const path = join(OUTSIDE, 'nested', 'key.pem');
    const first = loadOrCreateSigningKey(path, REPO);
    expect(first.created).toBe(true);
    expect(first.key.asymmetricKeyType).toBe('rsa');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const again = loadOrCreateSigningKey(path, REPO);
    expect(again.created).toBe(false);
    expect(extensionIdOf(publicKeyDer(again.key))).toBe(extensionIdOf(publicKeyDer(first.key)));
  });

  it('is never kept inside the repository', () => {
    expect(() => loadOrCreateSigningKey(join(REPO, 'key.pem'), REPO)).toThrow(/inside the repository/);
    expect(() => loadOrCreateSigningKey(join(REPO, 'sub', '..', 'deeper', 'key.pem'), REPO)).toThrow(/inside the repository/);
  });

  it('refuses a key it cannot use, saying why', () => {
    const ec = join(OUTSIDE, 'ec.pem');
    writeFileSync(ec, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(() => loadOrCreateSigningKey(ec, REPO)).toThrow(/is ec, not RSA/);
    const junk = join(OUTSIDE, 'junk.pem');
    writeFileSync(junk, 'not a key');
    expect(() => loadOrCreateSigningKey(junk, REPO)).toThrow(/cannot read the signing key/);
  });

  it('lives in the user config directory unless told otherwise', () => {
    expect(defaultKeyPath({ HOME: '/home/it' } as NodeJS.ProcessEnv)).toMatch(/\/\.config\/second-look\/extension-signing-key\.pem$/);
    expect(defaultKeyPath({ XDG_CONFIG_HOME: '/etc/xdg-it' } as NodeJS.ProcessEnv)).toBe('/etc/xdg-it/second-look/extension-signing-key.pem');
    expect(defaultKeyPath({ SECOND_LOOK_SIGNING_KEY: '/vault/sl.pem' } as NodeJS.ProcessEnv)).toBe('/vault/sl.pem');
  });
});
