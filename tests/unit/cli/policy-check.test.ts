import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'second-look-policy-check-'));
const ID = 'bcdefghijklmnopabcdefghijklmnopa';
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('second-look policy check', () => {
  it('prints what the extension applies, locks included, and exits 0 for a valid file', () => {
    const run = runCli(['policy', 'check', 'docs/policies/chrome-windows.reg']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Windows registry file for Google Chrome');
    expect(run.stdout).toContain('Force-installs aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa from https://extensions.example.org/second-look/updates.xml');
    expect(run.stdout).toMatch(/actions\s+low: show \(locked\), medium: confirm \(locked\), high: block \(locked\)/);
    expect(run.stdout).toContain('No problems: every setting is valid.');
  });

  it('names each bad value with the message the popup shows, after Chrome’s own schema check, exit 2', () => {
    const run = runCli(['policy', 'check', file('bad.json', { '3rdparty': { extensions: { [ID]: { actions: { high: 'Block' }, pauseAllowed: 'false', sensitivty: 'strict' } } } })]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/policy sets actions\.high to "Block".*strictest/);
    // A quoted "false" does not fit the schema's boolean: Chrome drops it, the extension never sees it.
    expect(run.stdout).toContain('Chrome and Edge drop "pauseAllowed"');
    expect(run.stdout).toContain('Chrome and Edge drop "sensitivty"');
    expect(run.stdout).toMatch(/3 problems/);
    expect(run.stdout).toMatch(/actions\s+low: show, medium: show, high: block \(locked\)/);
  });

  it('Firefox has no schema step: the extension itself names every mistake', () => {
    const run = runCli(['policy', 'check', file('firefox-bad.json', { policies: { '3rdparty': { Extensions: { 'second-look@second-look': { pauseAllowed: 'false' } } } } })]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain('Chrome and Edge drop');
    expect(run.stdout).toMatch(/pauseAllowed/);
    expect(run.stdout).toMatch(/pauseAllowed\s+false \(locked\)/);
  });

  it('catches a force-install of one id with settings for another', () => {
    const run = runCli(['policy', 'check', file('mismatch.json', { ExtensionInstallForcelist: [`${'c'.repeat(32)};https://h.example/updates.xml`], '3rdparty': { extensions: { [ID]: { sensitivity: 'strict' } } } })]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`installs ${'c'.repeat(32)} but its settings are for ${ID}`);
  });

  it('flags a plain-HTTP update URL and an id that is not a Chrome id', () => {
    const run = runCli(['policy', 'check', file('http.json', { ExtensionInstallForcelist: ['second-look;http://h.example/updates.xml'], '3rdparty': { extensions: { 'second-look': {} } } })]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('is plain HTTP');
    expect(run.stdout).toContain('"second-look" is not a Chrome/Edge extension id');
  });

  it('--json gives one object for tools', () => {
    const run = runCli(['policy', 'check', '--json', 'docs/policies/firefox-policies.json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ format: 'json', browser: 'Mozilla Firefox', extensionId: 'second-look@second-look', problems: [] });
    expect(result.policy.actions).toEqual({ low: 'show', medium: 'confirm', high: 'block' });
    expect(result.locked).toContain('actions.high');
  });

  it.each([
    [['policy'], /missing subcommand/],
    [['policy', 'lint', 'x.json'], /unknown subcommand 'lint'/],
    [['policy', 'check'], /give one policy file/],
    [['policy', 'check', join(dir, 'nope.json')], /cannot read .*no such file/],
    [['policy', 'check', file('profile.mobileconfig', '<?xml version="1.0"?><plist version="1.0"><dict/></plist>')], /no PayloadContent/],
  ])('usage and unreadable files: %j', (args, message) => {
    const run = runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('is documented in --help and has its own help', () => {
    expect(runCli(['--help']).stdout).toContain('second-look policy check [--json] FILE');
    const help = runCli(['policy', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('.mobileconfig');
  });

  it('--policy for scan reads the same formats (a .reg here)', () => {
    const run = runCli(['scan', '--policy', 'docs/policies/chrome-windows.reg', '--fail-on', 'low', 'Call (614) 555-0100 to book']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
