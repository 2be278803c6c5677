import { readFile } from 'node:fs/promises';
import { analyze, verdictOf, type AnalysisResult, type Sensitivity } from '../engine';
import { analyzeOptionsFor, applyRuleOverrides, mergePolicy, type Policy } from '../policy';
import { PolicyFileError, readPolicyFile, type PolicyFile } from '../policy/files/read';
import { parsePolicyValue } from '../policy/transfer';
import { UsageError } from './exit-codes';

/**
 * A policy document as the browser reads it (readPolicyFile), with the failures an admin can act
 * on as usage errors: `command` prefixes each message ("--policy", "policy check").
 */
export async function readPolicyDocument(path: string, command: string): Promise<PolicyFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${command}: cannot read '${path}'${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
  }
  try {
    return readPolicyFile(path, bytes);
  } catch (err) {
    if (err instanceof PolicyFileError) throw new UsageError(`${command}: '${path}' is not a valid policy:\n  - ${err.message}`);
    throw err;
  }
}

/**
 * `--policy FILE`: the same policy the extension takes from hospital IT or the options page, in
 * any form the admin guide ships (the plain object, a Chrome/Edge JSON policy file, Firefox
 * policies.json, the Google Admin console form, a Windows .reg file or the Intune script around
 * one, a macOS .mobileconfig or .plist). A policy that cannot be read stops the scan with every
 * problem listed: scanning without the admin's rules would report the wrong thing quietly.
 */
export async function loadPolicyFile(path: string): Promise<Policy> {
  const parsed = parsePolicyValue((await readPolicyDocument(path, '--policy')).policy);
  if (!parsed.ok) throw new UsageError(`--policy: '${path}' is not a valid policy:\n  - ${parsed.errors.join('\n  - ')}`);
  // Defaults under the file's settings, exactly as the extension builds its effective policy.
  return mergePolicy(parsed.patch, undefined).policy;
}

/** What the CLI scans with: a sensitivity, and the policy's rule switches, terms and overrides. */
export interface ScanSettings {
  sensitivity: Sensitivity;
  policy?: Policy;
}

/**
 * The engine under a policy, as the extension applies it: rules turned off are not run, watch and
 * allow terms reach the engine, severity overrides are applied, and the verdict follows them.
 */
export function analyzeWith(text: string, settings: ScanSettings): AnalysisResult {
  if (!settings.policy) return analyze(text, { sensitivity: settings.sensitivity });
  const findings = applyRuleOverrides(settings.policy, analyze(text, { ...analyzeOptionsFor(settings.policy), sensitivity: settings.sensitivity }).findings);
  return { verdict: verdictOf(findings), findings };
}

/** An explicit --sensitivity wins; otherwise the policy's; otherwise standard. */
export function sensitivityOf(flag: Sensitivity | undefined, policy: Policy | undefined): Sensitivity {
  return flag ?? policy?.sensitivity ?? 'standard';
}
