import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergePolicy, POLICY_FIELDS } from '../../../src/policy';
import { managedStorageSchema } from '../../../src/policy/managed-schema';
import { CHROME_EXTENSION_ID, GECKO_ID, parsePolicyJson, PolicyPatchSchema } from '../../../src/policy/transfer';
import { checkManagedSchema, parsePlist, parseRegFile, registryToJson } from './sample-formats';

/**
 * The files in docs/policies are what hospital IT copies. Each one is read back the way its
 * browser reads it and must hold exactly docs/policies/policy.json, which must itself pass the
 * zod schema and the generated managed-storage schema: the docs cannot drift from the code.
 */
const docs = (name: string) => readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');
const SAMPLE = JSON.parse(docs('policies/policy.json')) as Record<string, unknown>;
const SCHEMA = managedStorageSchema();

/** Valid for both schemas, and applied without a single problem or dropped value. */
function expectValidPolicy(value: unknown) {
  expect(PolicyPatchSchema.safeParse(value).error?.issues ?? []).toEqual([]);
  expect(checkManagedSchema(value, SCHEMA)).toEqual([]);
  expect(mergePolicy(value, undefined).problems).toEqual([]);
}

describe('docs/policies samples', () => {
  it('policy.json sets every policy field, validly', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...POLICY_FIELDS].sort());
    expectValidPolicy(SAMPLE);
  });

  it('linux-managed-policy.json: force-install and 3rdparty for the Chrome id', () => {
    const file = JSON.parse(docs('policies/linux-managed-policy.json'));
    expect(file.ExtensionInstallForcelist).toEqual([`${CHROME_EXTENSION_ID};https://clients2.google.com/service/update2/crx`]);
    const policy = file['3rdparty'].extensions[CHROME_EXTENSION_ID];
    expect(policy).toEqual(SAMPLE);
    expectValidPolicy(policy);
  });

  it('google-admin-console.json: every value wrapped in {"Value": ...}', () => {
    const file = JSON.parse(docs('policies/google-admin-console.json'));
    expect(Object.values(file).every((v) => Object.keys(v as object).join() === 'Value')).toBe(true);
    expect(parsePolicyJson(JSON.stringify(file))).toEqual({ ok: true, patch: SAMPLE });
  });

  it('firefox-policies.json: force-installs the gecko id and sets 3rdparty.Extensions', () => {
    const file = JSON.parse(docs('policies/firefox-policies.json'));
    expect(Object.keys(file)).toEqual(['policies']);
    expect(file.policies.ExtensionSettings[GECKO_ID].installation_mode).toBe('force_installed');
    const policy = file.policies['3rdparty'].Extensions[GECKO_ID];
    expect(policy).toEqual(SAMPLE);
    expectValidPolicy(policy);
  });

  it.each([
    ['chrome-windows.reg', 'Google\\Chrome', 'https://clients2.google.com/service/update2/crx'],
    ['edge-windows.reg', 'Microsoft\\Edge', 'https://edge.microsoft.com/extensionwebstorebase/v1/crx'],
  ])('%s: force-install and the policy, read as the browser reads the registry', (name, vendor, updateUrl) => {
    const keys = parseRegFile(docs(`policies/${name}`));
    const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`;
    expect(keys.get(`${root}\\ExtensionInstallForcelist`)).toEqual({ 1: `${CHROME_EXTENSION_ID};${updateUrl}` });
    const policy = registryToJson(keys, `${root}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`, SCHEMA);
    expect(policy).toEqual(SAMPLE);
    expectValidPolicy(policy);
    for (const key of keys.keys()) expect(key.startsWith(root)).toBe(true);
  });

  it('chrome-macos.mobileconfig: a valid profile with a force-install and the extension payload', () => {
    const profile = parsePlist(docs('policies/chrome-macos.mobileconfig')) as Record<string, unknown>;
    expect(profile.PayloadType).toBe('Configuration');
    const payloads = profile.PayloadContent as Record<string, unknown>[];
    const uuids = [profile, ...payloads].map((p) => p.PayloadUUID);
    expect(uuids.every((u) => /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/.test(String(u)))).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
    for (const p of [profile, ...payloads]) {
      expect(p).toMatchObject({ PayloadVersion: 1, PayloadIdentifier: expect.any(String) });
    }
    const chrome = payloads.find((p) => p.PayloadType === 'com.google.Chrome')!;
    expect(chrome.ExtensionInstallForcelist).toEqual([`${CHROME_EXTENSION_ID};https://clients2.google.com/service/update2/crx`]);
    const ours = payloads.find((p) => p.PayloadType === `com.google.Chrome.extensions.${CHROME_EXTENSION_ID}`)!;
    const policy = Object.fromEntries(Object.entries(ours).filter(([k]) => !k.startsWith('Payload')));
    expect(policy).toEqual(SAMPLE);
    expectValidPolicy(policy);
  });

  it('docs/admin.md documents every policy field and names both ids', () => {
    const admin = docs('admin.md');
    for (const field of POLICY_FIELDS) expect(admin).toContain(`\`${field}\``);
    expect(admin).toContain(CHROME_EXTENSION_ID);
    expect(admin).toContain(GECKO_ID);
  });
});

describe('the ids the samples use are the ids the build uses', () => {
  const config = readFileSync(new URL('../../../wxt.config.ts', import.meta.url), 'utf8');
  it('gecko id in wxt.config.ts', () => expect(config).toContain(`id: '${GECKO_ID}'`));
  it('Chrome id in wxt.config.ts and the e2e tests', () => {
    expect(config).toContain(CHROME_EXTENSION_ID);
    expect(readFileSync(new URL('../../e2e/extension.ts', import.meta.url), 'utf8')).toContain(`'${CHROME_EXTENSION_ID}'`);
  });
});
