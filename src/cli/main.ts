/**
 * Entry point of the `second-look` command (bin/second-look.js, `npm run cli`). Only wiring:
 * the commands live in run.ts and below, which never touch `process` directly.
 */
import { EXIT_INPUT_ERROR } from './exit-codes';
import { run } from './run';

// `second-look scan --jsonl | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.stdin.setEncoding('utf8');

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    stdout: process.stdout,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderr: process.stderr,
    env: process.env,
  });
} catch (err) {
  if ((err as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Never Node's default exit 1 for a crash: 1 means "--fail-on reached" to scripts.
  process.stderr.write(`second-look: internal error: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = EXIT_INPUT_ERROR;
}
