/**
 * `npm run eval [-- FILE...] [--verbose] [--json] [--sensitivity strict]`
 *
 * Measures the engine against labeled JSONL corpora: recall on PHI and conduct posts, false
 * alarms on benign posts, and precision per rule. A measurement, so it exits 0 whatever the
 * numbers; exit 2 only when a corpus file is malformed or missing (every bad line is named).
 */
import { parseArgs } from 'node:util';
import { analyze, type Sensitivity } from '../../src/engine';
import { formatReport } from './format';
import { CorpusError, defaultCorpusPaths, loadCorpus, type Corpus } from './load-corpus';
import { evaluateCorpus } from './metrics';

const HELP = `Usage: npm run --silent eval -- [FILE...] [options]

Evaluates the engine on labeled JSONL corpora: one object per line,
  {"id": "d001", "text": "...", "rules": ["phi.ssn"], "benign": false, "site": "x"}
Default corpora: ../shared/eval/dev-posts.jsonl, tests/eval/corpus.jsonl and tests/eval/holdout.jsonl (when present).
Each is reported separately. A finding counts when it is at medium or above.

Options:
  --verbose               List every miss (id, expected rules, got rules, text) and every
                          unlabeled finding on labeled rows
  --json                  Machine-readable output (one JSON document)
  --sensitivity <level>   standard (default) or strict
  -h, --help              Show this help

Exit: 0 after measuring (whatever the numbers), 2 on a malformed corpus or bad arguments.
`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        sensitivity: { type: 'string', default: 'standard' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.sensitivity !== 'standard' && values.sensitivity !== 'strict') {
    process.stderr.write(`eval: --sensitivity must be 'standard' or 'strict' (got '${values.sensitivity}')\n`);
    return 2;
  }
  const sensitivity: Sensitivity = values.sensitivity;

  const files = positionals.length > 0 ? positionals : defaultCorpusPaths();
  if (files.length === 0) {
    process.stderr.write('eval: no corpus found (looked for ../shared/eval/dev-posts.jsonl and tests/eval/*.jsonl)\n');
    return 2;
  }

  const corpora: Corpus[] = [];
  const broken: CorpusError[] = [];
  for (const file of files) {
    try {
      corpora.push(loadCorpus(file));
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      broken.push(err);
    }
  }
  if (broken.length > 0) {
    for (const err of broken) process.stderr.write(`eval: malformed corpus ${err.message}\n`);
    return 2;
  }

  const reports = corpora.map((c) => evaluateCorpus(c, (text) => analyze(text, { sensitivity })));
  if (values.json) {
    process.stdout.write(JSON.stringify({ sensitivity, corpora: reports }, null, 2) + '\n');
  } else {
    process.stdout.write(`sensitivity: ${sensitivity}\n\n`);
    process.stdout.write(reports.map((r) => formatReport(r, values.verbose)).join('\n'));
  }
  return 0;
}

// `npm run eval -- --json | head` closes the pipe early: the reader's choice, not a failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = main(process.argv.slice(2));
