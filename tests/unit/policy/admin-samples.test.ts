import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPolicyFile } from '../../../src/cli/policy-check';
import { extensionIdOf } from '../../../src/packaging/crx3';
import { docSamples } from '../../../src/packaging/doc-samples';
import { PLACEHOLDER_TARGET } from '../../../src/packaging/policy-samples';
import { mergePolicy, POLICY_FIELDS } from '../../../src/policy';
import { readPolicyFile } from '../../../src/policy/files/read';
import { managedStorageSchema } from '../../../src/policy/managed-schema';
import { SITE_IDS } from '../../../src/sites';
import { CHROME_EXTENSION_ID, GECKO_ID, PolicyPatchSchema } from '../../../src/policy/transfer';
import { checkManagedSchema } from '../../../src/policy/files/chrome-schema';

/**
 * The files in docs/policies are what hospital IT copies. They are exactly what the packager
 * writes (for placeholder ids and URLs), each one read back the way its browser reads it holds
 * exactly docs/policies/policy.json, and `second-look policy check` passes every one.
 */
const DOCS = new URL('../../../docs/', import.meta.url);
const docs = (name: string) => readFileSync(new URL(name, DOCS), 'utf8');
const SAMPLE = JSON.parse(docs('policies/policy.json')) as Record<string, unknown>;
const FILES = readdirSync(new URL('policies/', DOCS)).sort();

/** Valid for both schemas, and applied without a single problem or dropped value. */
function expectValidPolicy(value: unknown) {
  expect(PolicyPatchSchema.safeParse(value).error?.issues ?? []).toEqual([]);
  expect(checkManagedSchema(value, managedStorageSchema())).toEqual([]);
  expect(mergePolicy(value, undefined).problems).toEqual([]);
}

describe('docs/policies', () => {
  it('policy.json sets every policy field, validly', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...POLICY_FIELDS].sort());
    expectValidPolicy(SAMPLE);
  });

  it('policy.json names every site key (each adapter and messenger), so every sample read back below does', () => {
    expect(Object.keys(SAMPLE.sites as object)).toEqual([...SITE_IDS, 'messenger']);
  });

  it('holds exactly what the packager writes (regenerate: npx tsx src/packaging/doc-samples.ts)', () => {
    const generated = docSamples();
    expect(FILES).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) expect(docs(`policies/${name}`), name).toBe(text);
  });

  it.each(FILES)('%s, read as its browser reads it, holds the example policy', (name) => {
    const file = readPolicyFile(name, readFileSync(new URL(`policies/${name}`, DOCS)));
    expect(file.policy).toEqual(SAMPLE);
    expectValidPolicy(file.policy);
  });

  it.each(FILES)('%s passes `second-look policy check`', async (name) => {
    const result = await checkPolicyFile(new URL(`policies/${name}`, DOCS).pathname);
    expect(result.problems).toEqual([]);
    expect(result.policy).toEqual(mergePolicy(SAMPLE, undefined).policy);
    expect(result.locked.length).toBeGreaterThan(0);
  });

  it.each([
    ['chrome-windows.reg', 'Google Chrome'],
    ['edge-windows.reg', 'Microsoft Edge'],
    ['intune-windows.ps1', 'Google Chrome and Microsoft Edge'],
    ['chrome-macos.mobileconfig', 'Google Chrome'],
    ['edge-macos.mobileconfig', 'Microsoft Edge'],
    ['linux-managed-policy.json', 'Chrome, Chromium or Edge (Linux)'],
  ])('%s force-installs the placeholder id from the placeholder update URL, in %s', (name, browser) => {
    const file = readPolicyFile(name, readFileSync(new URL(`policies/${name}`, DOCS)));
    expect(file.browser).toBe(browser);
    expect(file.extensionId).toBe(PLACEHOLDER_TARGET.chromeId);
    expect(file.installs.length).toBeGreaterThan(0);
    for (const install of file.installs) expect(install).toMatchObject({ id: PLACEHOLDER_TARGET.chromeId, from: PLACEHOLDER_TARGET.updateUrl });
  });

  it('firefox-policies.json force-installs the gecko id from the hosted .xpi', () => {
    const file = readPolicyFile('firefox-policies.json', readFileSync(new URL('policies/firefox-policies.json', DOCS)));
    expect(file).toMatchObject({ browser: 'Mozilla Firefox', extensionId: GECKO_ID, installs: [{ id: GECKO_ID, from: PLACEHOLDER_TARGET.xpiUrl }] });
  });

  it('every macOS profile payload has a unique, well-formed UUID', () => {
    for (const name of FILES.filter((f) => f.endsWith('.mobileconfig'))) {
      const uuids = [...docs(`policies/${name}`).matchAll(/<key>PayloadUUID<\/key>\s*<string>([^<]+)<\/string>/g)].map((m) => m[1]);
      expect(uuids).toHaveLength(3);
      for (const u of uuids) expect(u).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
      expect(new Set(uuids).size).toBe(3);
    }
  });

  it('docs/admin.md documents every policy field and every sample file', () => {
    const admin = docs('admin.md');
    for (const field of POLICY_FIELDS) expect(admin).toContain(`\`${field}\``);
    for (const name of FILES) expect(admin).toContain(`policies/${name}`);
    expect(admin).toContain(GECKO_ID);
  });
});

describe('the ids the code names', () => {
  const config = readFileSync(new URL('../../../wxt.config.ts', import.meta.url), 'utf8');
  it('gecko id in wxt.config.ts', () => expect(config).toContain(`id: '${GECKO_ID}'`));
  it('the development key in wxt.config.ts hashes to the development id the e2e tests use', () => {
    const key = /CHROME_PUBLIC_KEY =\s*'([A-Za-z0-9+/=]+)'/.exec(config)?.[1];
    expect(key).toBeDefined();
    expect(extensionIdOf(Buffer.from(key!, 'base64'))).toBe(CHROME_EXTENSION_ID);
    expect(readFileSync(new URL('../../e2e/extension.ts', import.meta.url), 'utf8')).toContain(`'${CHROME_EXTENSION_ID}'`);
  });
});
