import { readFileSync } from 'node:fs';
import { parseCommand, type ScanOptions } from './args';
import { EXIT_INPUT_ERROR, EXIT_OK, EXIT_THRESHOLD, reachesThreshold, UsageError } from './exit-codes';
import { MAIN_HELP, POLICY_HELP, SCAN_HELP, SCAN_IMAGE_HELP } from './help';
import { policyCheck } from './policy-check';
import { loadPolicyFile, sensitivityOf, type ScanSettings } from './policy-file';
import { scanImages } from './scan-image';
import { scanJsonl } from './scan-jsonl';
import { scanText } from './scan-text';
import { lineWriter, readLines } from './streams';

/** The process, as the CLI sees it: injected so nothing below main.ts touches globals. */
export interface CliIo {
  /** Decoded UTF-8 chunks of stdin. */
  stdin: AsyncIterable<string>;
  stdinIsTTY: boolean;
  stdout: NodeJS.WritableStream;
  stdoutIsTTY: boolean;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

const PROGRAM = 'second-look';

/** Runs one command line and returns the exit code. Usage errors are reported here. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout.write({ main: MAIN_HELP, scan: SCAN_HELP, 'scan-image': SCAN_IMAGE_HELP, policy: POLICY_HELP }[command.topic]);
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${packageVersion()}\n`);
        return EXIT_OK;
      case 'scan':
        return await scan(command.options, io);
      case 'policy-check':
        return await policyCheck(command.options, io);
      case 'scan-image': {
        const summary = await scanImages(command.options, lineWriter(io.stdout));
        if (summary.failed > 0) {
          const files = summary.failed === 1 ? 'file' : 'files';
          io.stderr.write(`${PROGRAM}: ${summary.failed} ${files} could not be scanned (exit 2)\n`);
          return EXIT_INPUT_ERROR;
        }
        const { failOn } = command.options;
        return failOn && reachesThreshold(summary.worst, failOn) ? EXIT_THRESHOLD : EXIT_OK;
      }
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`${PROGRAM}: ${err.message}\nRun '${PROGRAM} --help' for usage.\n`);
    return EXIT_INPUT_ERROR;
  }
}

async function scan(options: ScanOptions, io: CliIo): Promise<number> {
  const policy = options.policyFile === undefined ? undefined : await loadPolicyFile(options.policyFile);
  const settings: ScanSettings = { sensitivity: sensitivityOf(options.sensitivity, policy), ...(policy ? { policy } : {}) };
  if (options.jsonl) {
    const summary = await scanJsonl(readLines(io.stdin), lineWriter(io.stdout), settings);
    if (summary.bad > 0) {
      const lines = summary.bad === 1 ? 'line was' : 'lines were';
      io.stderr.write(`${PROGRAM}: ${summary.bad} malformed ${lines} reported in the output (exit 2)\n`);
      return EXIT_INPUT_ERROR;
    }
    return options.failOn && reachesThreshold(summary.worst, options.failOn) ? EXIT_THRESHOLD : EXIT_OK;
  }
  const verdict = await scanText(options, settings, io);
  return options.failOn && reachesThreshold(verdict, options.failOn) ? EXIT_THRESHOLD : EXIT_OK;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}
