import { describe, expect, it } from 'vitest';
import { formatPlist, parsePlist } from '../../../src/policy/files/plist';
import { PolicyFileError, readPolicyFile } from '../../../src/policy/files/read';
import { decodeRegFile, jsonToRegistry, parseRegFile, REG_HEADER, registryToJson } from '../../../src/policy/files/registry';
import { managedStorageSchema } from '../../../src/policy/managed-schema';

const ID = 'bcdefghijklmnopabcdefghijklmnopa';
const CHROME = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';
const POLICY_KEY = `${CHROME}\\3rdparty\\extensions\\${ID}\\policy`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const reg = (...lines: string[]) => [REG_HEADER, '', ...lines, ''].join('\r\n');

describe('.reg files', () => {
  const policy = { sensitivity: 'strict', pauseAllowed: false, sites: { x: true, messenger: false }, actions: { high: 'block' }, watchTerms: ['St. Mary\'s "North"', 'C:\\ward'] };

  it('round-trips a policy through the registry as Chrome converts it with the managed schema', () => {
    const text = [REG_HEADER, ...jsonToRegistry(policy, POLICY_KEY)].join('\r\n');
    expect(text).toContain('"pauseAllowed"=dword:00000000');
    expect(text).toContain(`[${POLICY_KEY}\\watchTerms]\r\n"1"="St. Mary's \\"North\\""\r\n"2"="C:\\\\ward"`);
    expect(registryToJson(parseRegFile(text), POLICY_KEY, managedStorageSchema())).toEqual(policy);
  });

  it('reads regedit’s UTF-16LE export as well as UTF-8', () => {
    const text = reg(`[${POLICY_KEY}]`, '"sensitivity"="strict"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeRegFile(utf16)).toBe(text);
    expect(readPolicyFile('p.reg', utf16).policy).toEqual({ sensitivity: 'strict' });
  });

  it('applies [-KEY] deletions in file order, as reg import does', () => {
    const keys = parseRegFile(reg(`[${POLICY_KEY}\\sites]`, '"x"=dword:00000000', `[-${CHROME}\\3rdparty\\extensions\\${ID}]`, `[${POLICY_KEY}]`, '"sensitivity"="strict"'));
    expect(registryToJson(keys, POLICY_KEY, managedStorageSchema())).toEqual({ sensitivity: 'strict' });
  });

  it('converts a DWORD for a boolean, and leaves a mistyped value for the extension to name', () => {
    const keys = parseRegFile(reg(`[${POLICY_KEY}]`, '"pauseAllowed"=dword:00000001', '"sensitivity"=dword:00000001', '"confirmRequiresReason"="maybe"'));
    expect(registryToJson(keys, POLICY_KEY, managedStorageSchema())).toEqual({ pauseAllowed: true, sensitivity: 1, confirmRequiresReason: 'maybe' });
  });

  it.each([
    ['a wrong header', 'REGEDIT4\r\n', /first line/],
    ['binary values', reg(`[${POLICY_KEY}]`, '"x"=hex:01,02'), /line 4 .*binary and multi-string/],
    ['a value before any key', reg('"x"="y"'), /before any \[key\]/],
    ['a list with a gap', reg(`[${POLICY_KEY}]`, `[${POLICY_KEY}\\watchTerms]`, '"1"="a"', '"3"="c"'), /without gaps/],
  ])('explains %s', (_, text, message) => {
    expect(() => {
      const keys = parseRegFile(text);
      registryToJson(keys, POLICY_KEY, managedStorageSchema());
    }).toThrow(message);
  });
});

describe('property lists', () => {
  it('round-trip the values a policy holds, with XML escapes', () => {
    const value = { a: 'x < y & "z"', n: 3, r: 1.5, t: true, f: false, list: ['4 West', ''], nested: { empty: {}, none: [] } };
    expect(parsePlist(formatPlist(value))).toEqual(value);
  });

  it.each([
    ['a binary plist', 'bplist00...', /binary property list.*plutil/],
    ['not a plist', '<?xml version="1.0"?><html></html>', /not an XML property list/],
    ['a duplicate key', '<plist version="1.0"><dict><key>a</key><true/><key>a</key><false/></dict></plist>', /"a" appears twice/],
    ['a date', '<plist version="1.0"><dict><key>a</key><date>2026-01-01T00:00:00Z</date></dict></plist>', /<date> is not a value a policy can hold/],
    ['an unclosed dict', '<plist version="1.0"><dict><key>a</key><true/></plist>', /not closed|expected/],
  ])('explain %s', (_, text, message) => expect(() => parsePlist(text)).toThrow(message));
});

describe('reading a policy document', () => {
  it('a configuration profile in the Custom Settings form', () => {
    const profile = formatPlist({
      PayloadType: 'Configuration',
      PayloadContent: [
        {
          PayloadType: 'com.apple.ManagedClient.preferences',
          PayloadContent: {
            [`com.google.Chrome.extensions.${ID}`]: { Forced: [{ mcx_preference_settings: { sensitivity: 'strict' } }] },
            'com.google.Chrome': { Forced: [{ mcx_preference_settings: { ExtensionInstallForcelist: [`${ID};https://h.example/u.xml`] } }] },
          },
        },
      ],
    });
    expect(readPolicyFile('p.mobileconfig', utf8(profile))).toEqual({
      format: 'profile',
      browser: 'Google Chrome',
      extensionId: ID,
      policy: { sensitivity: 'strict' },
      installs: [{ id: ID, from: 'https://h.example/u.xml', browser: 'Google Chrome' }],
    });
  });

  it('a managed preferences plist, its id from the file name', () => {
    const file = readPolicyFile(`/Library/Managed Preferences/com.microsoft.Edge.extensions.${ID}.plist`, utf8(formatPlist({ sensitivity: 'strict' })));
    expect(file).toMatchObject({ format: 'plist', browser: 'Microsoft Edge', extensionId: ID, policy: { sensitivity: 'strict' } });
  });

  it('one file for Chrome and Edge is fine only when both get the same policy', () => {
    const edge = POLICY_KEY.replace('Google\\Chrome', 'Microsoft\\Edge');
    const same = reg(`[${POLICY_KEY}]`, '"sensitivity"="strict"', `[${edge}]`, '"sensitivity"="strict"');
    expect(readPolicyFile('p.reg', utf8(same))).toMatchObject({ browser: 'Google Chrome and Microsoft Edge', policy: { sensitivity: 'strict' } });
    const different = reg(`[${POLICY_KEY}]`, '"sensitivity"="strict"', `[${edge}]`, '"sensitivity"="standard"');
    expect(() => readPolicyFile('p.reg', utf8(different))).toThrow(/different policies.*Google Chrome.*Microsoft Edge/);
  });

  it.each([
    ['a .reg without extension policy', 'p.reg', reg(`[${CHROME}]`, '"HomepageLocation"="x"'), /no extension policy in this file/],
    ['a script without embedded .reg', 'p.ps1', 'Write-Host hi', /no embedded \.reg/],
    ['a profile without extension payload', 'p.mobileconfig', formatPlist({ PayloadContent: [{ PayloadType: 'com.google.Chrome' }] }), /no extension policy in this profile/],
    ['JSON that is not JSON', 'p.json', '{"a":', /not valid JSON/],
    ['a signed profile', 'p.mobileconfig', '\x30\x80\x06\x09', /signed/],
  ])('explains %s', (_, name, text, message) => {
    const bytes = name.endsWith('mobileconfig') && text.startsWith('\x30') ? Uint8Array.from([0x30, 0x80, 6, 9]) : utf8(text);
    expect(() => readPolicyFile(name, bytes)).toThrow(PolicyFileError);
    expect(() => readPolicyFile(name, bytes)).toThrow(message);
  });
});
