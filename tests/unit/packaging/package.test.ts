import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyFile } from '../../../src/cli/policy-check';
import { extensionIdOf, publicKeyDer, readCrx3 } from '../../../src/packaging/crx3';
import { normaliseBaseUrl, packageExtension } from '../../../src/packaging/package';
import { readZipEntry, zipEntries } from '../../../src/packaging/zip';
import { GECKO_ID } from '../../../src/policy/transfer';

/** A stand-in for .output/chrome-mv3: what matters here is the manifest and that files travel. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'second-look-build-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Second Look', version: '1.2.3', key: 'MIIBIjAN...dev' }));
  writeFileSync(join(dir, 'chunks', 'engine.js'), 'export const x = 1;');
  return dir;
}

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ID = extensionIdOf(publicKeyDer(privateKey));

describe('npm run package', async () => {
  const out = mkdtempSync(join(tmpdir(), 'second-look-package-'));
  const firefoxZip = join(out, '..', `ff-${Date.now()}.zip`);
  writeFileSync(firefoxZip, 'PK fake xpi');
  const result = await packageExtension({
    chromeDir: fakeBuild(),
    firefox: { zip: firefoxZip },
    signingKey: privateKey,
    baseUrl: 'https://it.example-health.org/browser/second-look',
    geckoId: GECKO_ID,
    policy: { actions: { high: 'block' }, watchTerms: ['4 West'] },
    outDir: out,
  });

  it('names the id of the signing key and the update URL under the base URL', () => {
    expect(result).toMatchObject({ version: '1.2.3', extensionId: ID, updateUrl: 'https://it.example-health.org/browser/second-look/updates.xml' });
  });

  it('the store zip has every file, and a manifest without key', async () => {
    const zip = readFileSync(join(out, 'second-look-1.2.3-chrome.zip'));
    expect(await zipEntries(zip)).toEqual(['chunks/engine.js', 'manifest.json']);
    const manifest = JSON.parse((await readZipEntry(zip, 'manifest.json'))!.toString('utf8'));
    expect(manifest).toEqual({ manifest_version: 3, name: 'Second Look', version: '1.2.3' });
  });

  it('the CRX is that zip, signed: it verifies as the key’s id', () => {
    const crx = readCrx3(readFileSync(join(out, 'second-look-1.2.3.crx')));
    expect(crx.extensionId).toBe(ID);
    expect(crx.zip.equals(readFileSync(join(out, 'second-look-1.2.3-chrome.zip')))).toBe(true);
  });

  it('updates.xml points that id at the hosted CRX, at this version', () => {
    const xml = readFileSync(join(out, 'updates.xml'), 'utf8');
    expect(xml).toContain(`<app appid='${ID}'>`);
    expect(xml).toContain("<updatecheck codebase='https://it.example-health.org/browser/second-look/second-look-1.2.3.crx' version='1.2.3' />");
  });

  it('copies the Firefox package', () => {
    expect(readFileSync(join(out, 'second-look-1.2.3-firefox.xpi'), 'utf8')).toBe('PK fake xpi');
  });

  it('writes policy files for every platform that pass policy check, for this id and URL', async () => {
    const names = readdirSync(join(out, 'policies')).sort();
    expect(names).toEqual(readdirSync(new URL('../../../docs/policies/', import.meta.url)).sort());
    for (const name of names) {
      const check = await checkPolicyFile(join(out, 'policies', name));
      expect(check.problems, name).toEqual([]);
      expect(check.policy.actions.high, name).toBe('block');
      for (const install of check.installs) {
        expect(install.from, name).toMatch(/^https:\/\/it\.example-health\.org\/browser\/second-look\/(updates\.xml|second-look-1\.2\.3-firefox-signed\.xpi)$/);
        expect(install.id, name).toBe(name.startsWith('firefox') ? GECKO_ID : ID);
      }
    }
    expect(readFileSync(join(out, 'policies', 'chrome-macos.mobileconfig'), 'utf8')).toContain('<string>org.example-health.it.second-look.chrome</string>');
  });
});

describe('--base-url', () => {
  it.each([
    ['https://host/path', 'https://host/path/'],
    ['https://host/path/', 'https://host/path/'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
  ])('%s -> %s', (raw, url) => expect(normaliseBaseUrl(raw)).toBe(url));
  it.each(['intranet/second-look', 'ftp://host/', 'https://host/path?x=1'])('rejects %s', (raw) => expect(() => normaliseBaseUrl(raw)).toThrow(/--base-url/));
});

describe('reproducible packages', () => {
  it('the same build and key give the same zip and the same CRX, byte for byte', async () => {
    const build = fakeBuild();
    const run = async () => {
      const out = mkdtempSync(join(tmpdir(), 'second-look-repro-'));
      await packageExtension({ chromeDir: build, signingKey: privateKey, baseUrl: 'https://h.example/', geckoId: GECKO_ID, policy: {}, outDir: out });
      return [readFileSync(join(out, 'second-look-1.2.3-chrome.zip')), readFileSync(join(out, 'second-look-1.2.3.crx'))];
    };
    const [zipA, crxA] = await run();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const [zipB, crxB] = await run();
    expect(zipA!.equals(zipB!)).toBe(true);
    expect(crxA!.equals(crxB!)).toBe(true);
  });
});
