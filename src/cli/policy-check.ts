import { DEFAULT_POLICY, mergePolicy, POLICY_FIELDS, type Policy, type PolicyProblem } from '../policy';
import { asChromeDelivers } from '../policy/files/chrome-schema';
import { formatName, type PolicyFile } from '../policy/files/read';
import { managedStorageSchema } from '../policy/managed-schema';
import { EXIT_INPUT_ERROR, EXIT_OK } from './exit-codes';
import { readPolicyDocument } from './policy-file';
import type { CliIo } from './run';

export interface PolicyCheckOptions {
  file: string;
  json: boolean;
}

/** A problem `policy check` finds beyond the extension's own checks: how the browser would install it. */
export interface DeploymentProblem {
  field: string;
  message: string;
}

export interface PolicyCheckResult {
  file: string;
  format: PolicyFile['format'];
  browser?: string;
  extensionId?: string;
  installs: PolicyFile['installs'];
  /** The extension's own messages, exactly as its popup and options page show them. */
  problems: (PolicyProblem | DeploymentProblem)[];
  /** What the extension applies: defaults under this policy's valid values. */
  policy: Policy;
  /** Settings staff cannot change ("sites.x", "sensitivity", …). */
  locked: string[];
}

const CHROME_ID = /^[a-p]{32}$/;

/**
 * `second-look policy check FILE`: reads any policy document the admin guide ships, the way its
 * browser reads it (for Chrome and Edge: including their schema check, which drops a setting that
 * does not fit), and validates the result with the extension's own code (mergePolicy), so the
 * problems printed are the ones staff would see in the popup. Also checks that the force-install
 * entry and the settings name the same extension.
 */
export async function checkPolicyFile(path: string): Promise<PolicyCheckResult> {
  const file = await readPolicyDocument(path, 'policy check');
  // Chrome and Edge check the policy against managed_schema.json first and drop what does not fit;
  // Firefox and a pasted policy reach the extension as written.
  const chromium = file.browser !== undefined && file.browser !== 'Mozilla Firefox';
  const { delivered, dropped } = chromium ? asChromeDelivers(file.policy, managedStorageSchema()) : { delivered: file.policy, dropped: [] };
  const effective = mergePolicy(delivered, undefined);
  const problems: (PolicyProblem | DeploymentProblem)[] = [
    ...dropped.map((key) => ({
      field: key,
      message: `Chrome and Edge drop "${key}" before Second Look sees it: its value does not fit the extension's managed_schema.json (chrome://policy lists it as an error).`,
    })),
    ...effective.problems,
    ...deploymentProblems(file),
  ];
  return {
    file: path,
    format: file.format,
    ...(file.browser ? { browser: file.browser } : {}),
    ...(file.extensionId ? { extensionId: file.extensionId } : {}),
    installs: file.installs,
    problems,
    policy: effective.policy,
    locked: effective.lockedPaths,
  };
}

function deploymentProblems(file: PolicyFile): DeploymentProblem[] {
  const out: DeploymentProblem[] = [];
  const chromium = file.browser !== undefined && file.browser !== 'Mozilla Firefox';
  if (chromium && file.extensionId && !CHROME_ID.test(file.extensionId)) {
    out.push({ field: 'extension id', message: `"${file.extensionId}" is not a Chrome/Edge extension id (32 letters a to p; npm run package prints yours).` });
  }
  for (const install of file.installs) {
    if (file.extensionId && install.id !== file.extensionId) {
      out.push({
        field: 'force-install',
        message: `The file installs ${install.id} but its settings are for ${file.extensionId}: the installed extension would get no policy.`,
      });
    }
    if (/^http:\/\//.test(install.from)) {
      out.push({ field: 'force-install', message: `${install.from} is plain HTTP: serve updates.xml and the package over HTTPS.` });
    }
  }
  return out;
}

/** One line per setting: its effective value, and whether this policy locks it. */
function describePolicy(policy: Policy, locked: string[]): string[] {
  const isLocked = (path: string) => locked.includes(path) || locked.some((l) => l.startsWith(`${path}.`));
  const mark = (path: string) => (isLocked(path) ? ' (locked)' : '');
  const width = Math.max(...POLICY_FIELDS.map((f) => f.length)) + 2;
  return POLICY_FIELDS.map((field) => {
    const value = policy[field];
    let shown: string;
    if (field === 'sites' || field === 'actions') {
      shown = Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${typeof v === 'boolean' ? (v ? 'on' : 'off') : String(v)}${mark(`${field}.${k}`)}`)
        .join(', ');
    } else if (field === 'rules') {
      const entries = Object.entries(value as Policy['rules']);
      shown = entries.length
        ? entries.map(([id, r]) => `${id}: ${[r?.enabled === false ? 'off' : r?.enabled ? 'on' : '', r?.severity ?? ''].filter(Boolean).join(', ')}${mark(`rules.${id}`)}`).join('; ')
        : '(every rule as shipped)';
    } else if (Array.isArray(value)) {
      shown = `${value.length ? value.map((t) => JSON.stringify(t)).join(', ') : '(none)'}${mark(field)}`;
    } else {
      shown = `${String(value)}${mark(field)}`;
    }
    const unchanged = JSON.stringify(value) === JSON.stringify(DEFAULT_POLICY[field]) && !isLocked(field) ? ' [default]' : '';
    return `  ${field.padEnd(width)}${shown}${unchanged}`;
  });
}

export function formatReport(result: PolicyCheckResult): string {
  const lines = [`${result.file}: ${formatName(result.format)}${result.browser ? ` for ${result.browser}` : ''}`];
  const several = new Set(result.installs.map((i) => i.browser)).size > 1;
  for (const install of result.installs) lines.push(`  Force-installs ${install.id}${several && install.browser ? ` in ${install.browser}` : ''} from ${install.from}`);
  if (result.extensionId) lines.push(`  Settings for extension ${result.extensionId}`);
  lines.push('', 'What Second Look applies (locked = set by this policy; staff cannot change it):', ...describePolicy(result.policy, result.locked), '');
  if (result.problems.length === 0) {
    lines.push('No problems: every setting is valid.');
  } else {
    lines.push(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} (as the extension's popup and options page show them):`);
    for (const problem of result.problems) lines.push(`  - ${problem.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function policyCheck(options: PolicyCheckOptions, io: CliIo): Promise<number> {
  const result = await checkPolicyFile(options.file);
  io.stdout.write(options.json ? `${JSON.stringify(result)}\n` : formatReport(result));
  return result.problems.length === 0 ? EXIT_OK : EXIT_INPUT_ERROR;
}
