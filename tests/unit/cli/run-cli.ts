import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const MAIN = fileURLToPath(new URL('../../../src/cli/main.ts', import.meta.url));
export const BIN = fileURLToPath(new URL('../../../bin/second-look.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Colour-related variables removed, so each test states the colour environment it means. */
function cleanEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return base;
}

/**
 * Runs the real CLI in a child process (`node --import tsx src/cli/main.ts ...`), stdin fed from
 * `input`, stdout a pipe (so not a TTY). `via: 'bin'` goes through bin/second-look.js instead.
 */
export function runCli(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string | undefined>; via?: 'main' | 'bin' } = {},
): CliRun {
  const entry = opts.via === 'bin' ? [BIN] : ['--import', 'tsx', MAIN];
  const result = spawnSync(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    input: opts.input ?? '',
    env: cleanEnv(opts.env ?? {}),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** stdout of `scan --jsonl` as parsed objects, one per output line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export const ANSI = /\x1b\[[0-9;]*m/;
