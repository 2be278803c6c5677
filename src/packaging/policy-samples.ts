/**
 * The policy files IT deploys, for every platform the admin guide covers, written for one
 * organisation's build: its extension id (from its signing key), where it hosts updates.xml and
 * the Firefox package, and its policy. `npm run package` writes them next to the packages;
 * docs/policies holds the same files for placeholder values (a unit test regenerates and compares).
 */
import { createHash } from 'node:crypto';
import type { PolicyPatch } from '../policy/transfer';
import { formatPlist, type Plist } from '../policy/files/plist';
import { jsonToRegistry, REG_HEADER } from '../policy/files/registry';

export interface SampleTarget {
  /** Chrome/Edge extension id of the organisation's CRX. */
  chromeId: string;
  /** Where updates.xml is served (the URL after the id in ExtensionInstallForcelist). */
  updateUrl: string;
  geckoId: string;
  /** Where the signed Firefox .xpi is served. */
  xpiUrl: string;
  policy: PolicyPatch;
  /** True for docs/policies: the id and URLs are placeholders, and the files say so. */
  placeholders?: boolean;
}

/** What docs/policies is generated for. */
export const PLACEHOLDER_TARGET = {
  chromeId: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  updateUrl: 'https://extensions.example.org/second-look/updates.xml',
  xpiUrl: 'https://extensions.example.org/second-look/second-look-0.1.0-firefox-signed.xpi',
  placeholders: true,
} as const;

interface ChromiumBrowser {
  name: string;
  registryRoot: string;
  macDomain: string;
  file: string;
}

const CHROME: ChromiumBrowser = { name: 'Google Chrome', registryRoot: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', macDomain: 'com.google.Chrome', file: 'chrome' };
const EDGE: ChromiumBrowser = { name: 'Microsoft Edge', registryRoot: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', macDomain: 'com.microsoft.Edge', file: 'edge' };

function provenance(t: SampleTarget): string[] {
  return t.placeholders
    ? [
        'EXAMPLE with placeholder values: the extension id aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa and the',
        'extensions.example.org URLs. `npm run package -- --base-url https://your.host/path/` writes',
        "this file for your own signing key's id and URL into .output/package/policies/ (docs/admin.md).",
      ]
    : [`Written by npm run package for extension ${t.chromeId}, updates from ${t.updateUrl}.`];
}

function forcelistEntry(t: SampleTarget): string {
  return `${t.chromeId};${t.updateUrl}`;
}

function registryLines(t: SampleTarget, browser: ChromiumBrowser): string[] {
  const policyKey = `${browser.registryRoot}\\3rdparty\\extensions\\${t.chromeId}`;
  return [
    '',
    `; ${browser.name}: install the extension from your server. If you already force-install other`,
    '; extensions, their entries are "1", "2", ...: give this one the next free number instead of "1".',
    `[${browser.registryRoot}\\ExtensionInstallForcelist]`,
    `"1"="${forcelistEntry(t)}"`,
    '',
    `; ${browser.name}: the policy. Removing the key first drops values an earlier policy set.`,
    `[-${policyKey}]`,
    ...jsonToRegistry(t.policy, `${policyKey}\\policy`),
  ];
}

function regFile(t: SampleTarget, browser: ChromiumBrowser): string {
  return [
    REG_HEADER,
    '',
    `; Second Look for ${browser.name} on Windows: force-install and managed policy (docs/admin.md).`,
    ...provenance(t).map((l) => `; ${l}`),
    '; Import as an administrator (reg import FILE), or push the same keys with Group Policy',
    '; Preferences. Booleans are DWORDs (1 = true), objects are subkeys, lists are values "1", "2", ...',
    ...registryLines(t, browser),
    '',
  ].join('\r\n');
}

function intuneScript(t: SampleTarget): string {
  const reg = [REG_HEADER, ...registryLines(t, CHROME), ...registryLines(t, EDGE)].join('\r\n');
  return [
    '# Second Look: force-install and managed policy for Google Chrome and Microsoft Edge on Windows.',
    ...provenance(t).map((l) => `# ${l}`),
    '# Intune: Devices > Scripts and remediations > Platform scripts > Add (Windows 10 and later);',
    '# "Run this script using the logged on credentials": No (it writes HKLM); "Run script in 64 bit',
    '# PowerShell Host": Yes. Check the registry text below with: second-look policy check THIS_FILE',
    "$ErrorActionPreference = 'Stop'",
    "$reg = @'",
    reg,
    "'@",
    "$file = Join-Path $env:TEMP 'second-look-policy.reg'",
    'Set-Content -Path $file -Value $reg -Encoding Unicode',
    '& reg.exe import $file',
    '$status = $LASTEXITCODE',
    'Remove-Item -Path $file -Force',
    'if ($status -ne 0) { throw "reg import failed with exit code $status" }',
    '',
  ].join('\r\n');
}

/** A stable UUID per (organisation, payload), so regenerating a profile does not create a new one. */
function payloadUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-A${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** org.example.extensions from https://extensions.example.org/…: profile identifiers that are the organisation's. */
function reverseDomain(url: string): string {
  return new URL(url).hostname.split('.').reverse().join('.');
}

function mobileconfig(t: SampleTarget, browser: ChromiumBrowser): string {
  const prefix = `${reverseDomain(t.updateUrl)}.second-look.${browser.file}`;
  const payload = (type: string, suffix: string, name: string, content: Record<string, Plist>): Record<string, Plist> => ({
    PayloadType: type,
    PayloadIdentifier: `${prefix}.${suffix}`,
    PayloadUUID: payloadUuid(t.chromeId, t.updateUrl, browser.macDomain, suffix),
    PayloadVersion: 1,
    PayloadDisplayName: name,
    ...content,
  });
  const profile: Record<string, Plist> = {
    PayloadType: 'Configuration',
    PayloadIdentifier: prefix,
    PayloadUUID: payloadUuid(t.chromeId, t.updateUrl, browser.macDomain),
    PayloadVersion: 1,
    PayloadDisplayName: `Second Look for ${browser.name}`,
    PayloadDescription: [`Installs Second Look in ${browser.name} and sets its policy (docs/admin.md).`, ...provenance(t)].join(' '),
    PayloadScope: 'System',
    PayloadContent: [
      payload(browser.macDomain, 'install', `${browser.name}: install Second Look`, { ExtensionInstallForcelist: [forcelistEntry(t)] }),
      payload(`${browser.macDomain}.extensions.${t.chromeId}`, 'policy', 'Second Look policy', t.policy as Record<string, Plist>),
    ],
  };
  return formatPlist(profile);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** File name -> contents, for every platform. */
export function policySamples(t: SampleTarget): Record<string, string> {
  return {
    'policy.json': json(t.policy),
    'linux-managed-policy.json': json({ ExtensionInstallForcelist: [forcelistEntry(t)], '3rdparty': { extensions: { [t.chromeId]: t.policy } } }),
    'chrome-windows.reg': regFile(t, CHROME),
    'edge-windows.reg': regFile(t, EDGE),
    'intune-windows.ps1': intuneScript(t),
    'chrome-macos.mobileconfig': mobileconfig(t, CHROME),
    'edge-macos.mobileconfig': mobileconfig(t, EDGE),
    'google-admin-console.json': json(Object.fromEntries(Object.entries(t.policy).map(([k, v]) => [k, { Value: v }]))),
    'firefox-policies.json': json({
      policies: {
        ExtensionSettings: { [t.geckoId]: { installation_mode: 'force_installed', install_url: t.xpiUrl } },
        '3rdparty': { Extensions: { [t.geckoId]: t.policy } },
        // Sites the policy adds: Firefox never grants them by policy, but with this preference the
        // user's one Allow click in the popup grants them with no second question (docs/admin.md).
        ...(t.policy.extraSites?.length ? { Preferences: { 'extensions.webextOptionalPermissionPrompts': { Value: false, Status: 'locked' } } } : {}),
      },
    }),
  };
}
