import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Sensitivity, Severity } from '../engine';
import { UsageError } from './exit-codes';
import type { PolicyCheckOptions } from './policy-check';
import type { ScanImageOptions } from './scan-image';

export interface ScanOptions {
  jsonl: boolean;
  /** Only when given: without it the policy's sensitivity applies (standard without a policy). */
  sensitivity?: Sensitivity;
  policyFile?: string;
  failOn?: Severity;
  /** undefined: decide from NO_COLOR / FORCE_COLOR / whether stdout is a terminal. */
  color?: boolean;
  /** Text given on the command line; undefined means read stdin. */
  text?: string;
}

export type HelpTopic = 'main' | 'scan' | 'scan-image' | 'policy';

export type Command =
  | { kind: 'help'; topic: HelpTopic }
  | { kind: 'version' }
  | { kind: 'scan'; options: ScanOptions }
  | { kind: 'scan-image'; options: ScanImageOptions }
  | { kind: 'policy-check'; options: PolicyCheckOptions };

const SCAN_OPTIONS = {
  jsonl: { type: 'boolean' },
  sensitivity: { type: 'string' },
  policy: { type: 'string' },
  'fail-on': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Values parseArgs accepted as strings, checked against what they may be. */
const ScanFlagsSchema = z.object({
  jsonl: z.boolean().default(false),
  sensitivity: z
    .enum(['standard', 'strict'], {
      error: (issue) => `--sensitivity must be 'standard' or 'strict' (got '${String(issue.input)}')`,
    })
    .optional(),
  policy: z.string().min(1, '--policy needs a file path').optional(),
  'fail-on': z
    .enum(['low', 'medium', 'high'], {
      error: (issue) => `--fail-on must be 'low', 'medium' or 'high' (got '${String(issue.input)}')`,
    })
    .optional(),
  color: z.boolean().optional(),
  'no-color': z.boolean().optional(),
  help: z.boolean().optional(),
});

/** argv (without node and the script) -> what to do. Throws UsageError with a message for people. */
export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h') return { kind: 'help', topic: 'main' };
  if (first === '--version' || first === '-V') return { kind: 'version' };
  if (first === 'help') return helpCommand(rest);
  if (first === 'scan') return scanCommand(rest);
  if (first === 'scan-image') return scanImageCommand(rest);
  if (first === 'policy') return policyCommand(rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
  throw new UsageError(`unknown command '${first}' (commands: scan, scan-image, policy, help)`);
}

function helpCommand(rest: readonly string[]): Command {
  if (rest.length === 0) return { kind: 'help', topic: 'main' };
  if (rest.length === 1 && (rest[0] === 'scan' || rest[0] === 'scan-image' || rest[0] === 'policy')) return { kind: 'help', topic: rest[0] };
  throw new UsageError(`no help for '${rest.join(' ')}' (try: second-look help scan, second-look help scan-image, second-look help policy)`);
}

const POLICY_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `policy check FILE`: the only policy subcommand so far; named so more can follow. */
function policyCommand(rest: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: POLICY_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`policy: ${parseArgsProblem(err as Error & { code?: string })}`);
  }
  if (parsed.values.help) return { kind: 'help', topic: 'policy' };
  const [sub, ...files] = parsed.positionals;
  if (sub !== 'check') throw new UsageError(sub === undefined ? "policy: missing subcommand (try 'second-look policy check FILE')" : `policy: unknown subcommand '${sub}' (try 'second-look policy check FILE')`);
  if (files.length !== 1) throw new UsageError('policy check: give one policy file (.json, .reg, .ps1, .mobileconfig or .plist)');
  return { kind: 'policy-check', options: { file: files[0]!, json: parsed.values.json === true } };
}

const SCAN_IMAGE_OPTIONS = {
  json: { type: 'boolean' },
  sensitivity: { type: 'string' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function scanImageCommand(rest: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: SCAN_IMAGE_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`scan-image: ${parseArgsProblem(err as Error & { code?: string })}`);
  }
  const flags = ScanFlagsSchema.pick({ sensitivity: true, 'fail-on': true, help: true }).safeParse(parsed.values);
  if (!flags.success) throw new UsageError(`scan-image: ${flags.error.issues.map((i) => i.message).join('; ')}`);
  if (flags.data.help) return { kind: 'help', topic: 'scan-image' };
  if (parsed.positionals.length === 0) throw new UsageError('scan-image: give one or more image files (JPEG or PNG)');
  const options: ScanImageOptions = { files: parsed.positionals, json: parsed.values.json === true, sensitivity: flags.data.sensitivity ?? 'standard' };
  if (flags.data['fail-on'] !== undefined) options.failOn = flags.data['fail-on'];
  return { kind: 'scan-image', options };
}

function scanCommand(rest: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`scan: ${parseArgsProblem(err as Error & { code?: string })}`);
  }
  const flags = ScanFlagsSchema.safeParse(parsed.values);
  if (!flags.success) throw new UsageError(`scan: ${flags.error.issues.map((i) => i.message).join('; ')}`);
  const v = flags.data;
  if (v.help) return { kind: 'help', topic: 'scan' };
  if (v.color && v['no-color']) throw new UsageError('scan: --color and --no-color contradict each other');
  if (v.jsonl && parsed.positionals.length > 0) {
    throw new UsageError('scan: --jsonl reads JSON lines from stdin and takes no text argument');
  }

  const options: ScanOptions = { jsonl: v.jsonl };
  if (v.sensitivity !== undefined) options.sensitivity = v.sensitivity;
  if (v.policy !== undefined) options.policyFile = v.policy;
  if (v['fail-on'] !== undefined) options.failOn = v['fail-on'];
  if (v.color) options.color = true;
  if (v['no-color']) options.color = false;
  // Unquoted words are one post, as with echo: `second-look scan SSN 623-11-4087`.
  if (parsed.positionals.length > 0) options.text = parsed.positionals.join(' ');
  return { kind: 'scan', options };
}

/** parseArgs' messages, shortened where they run long; the rest ("Option '--policy <value>'
 * argument missing") are already clear. */
function parseArgsProblem(err: Error & { code?: string }): string {
  const unknown = /Unknown option '([^']+)'/.exec(err.message);
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    return `unknown option '${unknown[1]}' (text that starts with '-' goes after '--')`;
  }
  return err.message;
}
