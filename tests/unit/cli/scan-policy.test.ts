import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWith, loadPolicyFile, sensitivityOf } from '../../../src/cli/policy-file';
import { analyze } from '../../../src/engine';
import { CHROME_EXTENSION_ID } from '../../../src/policy/transfer';
import { jsonLines, runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'second-look-policy-'));
function policyFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const SSN_POST = 'SSN 623-11-4087 on the facesheet belongs to someone else';
const CLINIC = 'Call our scheduling line at 614-555-0100 to book a flu shot, open to the public.';

describe('--policy: reading the file', () => {
  it('takes the plain object and fills in the defaults', async () => {
    const policy = await loadPolicyFile(policyFile('plain.json', { sensitivity: 'strict', rules: { 'phi.ssn': { severity: 'low' } } }));
    expect(policy.sensitivity).toBe('strict');
    expect(policy.rules['phi.ssn']).toEqual({ severity: 'low' });
    expect(policy.actions).toEqual({ low: 'show', medium: 'show', high: 'confirm' });
  });

  it('takes a Chrome policy file and the Admin console form, as the options page does', async () => {
    const chrome = await loadPolicyFile(policyFile('chrome.json', { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: { allowTerms: ['614-555-0100'] } } } }));
    expect(chrome.allowTerms).toEqual(['614-555-0100']);
    const adminConsole = await loadPolicyFile(policyFile('console.json', { sensitivity: { Value: 'strict' } }));
    expect(adminConsole.sensitivity).toBe('strict');
  });

  it('stops on a bad file with every problem named', async () => {
    await expect(loadPolicyFile(path.join(dir, 'missing.json'))).rejects.toThrow(/cannot read .*missing\.json.*no such file/);
    await expect(loadPolicyFile(policyFile('broken.json', '{"sensitivity": '))).rejects.toThrow(/not valid JSON/);
    const typo = loadPolicyFile(policyFile('typo.json', { sensitivty: 'strict', actions: { high: 'stop' } }));
    await expect(typo).rejects.toThrow(/"sensitivty" is not a setting/);
    await expect(typo).rejects.toThrow(/actions\.high: must be one of/);
  });
});

describe('--policy: scanning under it', () => {
  it('does not run a rule the policy turns off, and the verdict follows', async () => {
    const policy = await loadPolicyFile(policyFile('no-ssn.json', { rules: { 'phi.ssn': { enabled: false } } }));
    expect(analyze(SSN_POST).findings.map((f) => f.rule)).toContain('phi.ssn');
    const result = analyzeWith(SSN_POST, { sensitivity: 'standard', policy });
    expect(result.findings.map((f) => f.rule)).not.toContain('phi.ssn');
    expect(result.verdict).toBe('ok');
  });

  it('applies severity overrides to findings and verdict', async () => {
    const policy = await loadPolicyFile(policyFile('low-ssn.json', { rules: { 'phi.ssn': { severity: 'low' } } }));
    const result = analyzeWith(SSN_POST, { sensitivity: 'standard', policy });
    expect(result.findings.find((f) => f.rule === 'phi.ssn')?.severity).toBe('low');
    expect(result.verdict).toBe('low');
  });

  it("passes allow terms to the engine: the clinic's own number is never a finding", async () => {
    expect(analyze(CLINIC, { sensitivity: 'strict' }).findings.map((f) => f.rule)).toContain('phi.phone');
    const policy = await loadPolicyFile(policyFile('allow.json', { sensitivity: 'strict', allowTerms: ['614-555-0100'] }));
    expect(analyzeWith(CLINIC, { sensitivity: sensitivityOf(undefined, policy), policy }).findings).toEqual([]);
  });

  it("uses the policy's sensitivity unless --sensitivity says otherwise", async () => {
    const policy = await loadPolicyFile(policyFile('strict.json', { sensitivity: 'strict' }));
    expect(sensitivityOf(undefined, policy)).toBe('strict');
    expect(sensitivityOf('standard', policy)).toBe('standard');
    expect(sensitivityOf(undefined, undefined)).toBe('standard');
  });
});

describe('second-look scan --policy', { timeout: 60_000 }, () => {
  it('scans JSONL under the policy', () => {
    const file = policyFile('cli.json', { rules: { 'phi.ssn': { severity: 'medium' } } });
    const run = runCli(['scan', '--jsonl', '--policy', file], { input: `${JSON.stringify({ id: 1, text: SSN_POST })}\n` });
    expect(run.code).toBe(0);
    const [out] = jsonLines(run.stdout);
    expect((out!.findings as { rule: string; severity: string }[]).find((f) => f.rule === 'phi.ssn')?.severity).toBe('medium');
  });

  it('exits 2 with the problems and no output when the policy is invalid', () => {
    const file = policyFile('cli-bad.json', { sites: { linkdin: false } });
    const run = runCli(['scan', '--jsonl', '--policy', file], { input: `${JSON.stringify({ id: 1, text: SSN_POST })}\n` });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"sites.linkdin" is not a setting');
  });
});
