/**
 * `npm run eval [-- FILE...] [--verbose] [--json] [--sensitivity strict]`
 *
 * Measures the engine against labeled JSONL corpora: recall on PHI and conduct posts, false
 * alarms on benign posts, and precision per rule. A measurement, so it exits 0 whatever the
 * numbers; exit 2 only when a corpus file is malformed or missing (every bad line is named).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type Sensitivity } from '../../src/engine';
import { formatReport } from './format';
import { externalSets, formatDavidson, formatPresidio, loadDavidson, loadPresidio, scoreDavidson, scorePresidio } from './external';
import { CorpusError, defaultCorpusPaths, loadCorpus, SHARED_EVAL_DIR, sharedCorpusPaths, type Corpus } from './load-corpus';
import { evaluateCorpus } from './metrics';

const HELP = `Usage: npm run --silent eval -- [FILE...] [options]

Evaluates the engine on labeled JSONL corpora: one object per line,
  {"id": "d001", "text": "...", "rules": ["phi.ssn"], "benign": false, "site": "x"}
Default corpora: the team's dev sets ../shared/eval/dev-posts.jsonl and dev-posts-2.jsonl (when
present: a fresh clone has no ../shared), then tests/eval/corpus.jsonl and tests/eval/holdout.jsonl.
Each is reported separately. A finding counts when it is at medium or above.
Without FILE arguments, the public sets in ../shared/eval/external are scored too, when present:
Presidio's synthetic PII sentences per entity type (always under strict, as SOURCES.md says) and
Davidson's tweets per class (hate/offensive should draw a conduct finding, neither should not).

Options:
  --verbose               List every miss (id, expected rules, got rules, text) and every
                          unlabeled finding on labeled rows
  --json                  Machine-readable output (one JSON document)
  --sensitivity <level>   standard (default) or strict (for the labeled corpora)
  --no-external           Skip the Presidio and Davidson sets
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
        'no-external': { type: 'boolean', default: false },
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

  const explicit = positionals.length > 0;
  const files = explicit ? positionals : defaultCorpusPaths();
  const notes: string[] = [];
  if (!explicit && sharedCorpusPaths().length === 0) {
    notes.push(`note: no shared dev sets at ${SHARED_EVAL_DIR} (a clone of the repository alone has none); measuring our own corpora only`);
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

  const external = !explicit && !values['no-external'] ? externalSets(path.join(SHARED_EVAL_DIR, 'external')) : {};
  if (!explicit && !values['no-external'] && !external.presidio && !external.davidson) {
    notes.push(`note: no external sets at ${path.join(SHARED_EVAL_DIR, 'external')}; Presidio and Davidson skipped`);
  }
  const presidio = external.presidio
    ? scorePresidio(path.basename(external.presidio), loadPresidio(external.presidio), (text) => analyze(text, { sensitivity: 'strict' }))
    : undefined;
  const davidson = external.davidson
    ? scoreDavidson(path.basename(external.davidson), loadDavidson(external.davidson), (text) => analyze(text, { sensitivity }))
    : undefined;

  for (const note of notes) process.stderr.write(note + '\n');
  if (values.json) {
    process.stdout.write(JSON.stringify({ sensitivity, corpora: reports, presidio, davidson }, null, 2) + '\n');
  } else {
    process.stdout.write(`sensitivity: ${sensitivity}\n\n`);
    const sections = reports.map((r) => formatReport(r, values.verbose));
    if (presidio) sections.push(formatPresidio(presidio, values.verbose));
    if (davidson) sections.push(formatDavidson(davidson, values.verbose));
    process.stdout.write(sections.join('\n'));
  }
  return 0;
}

// `npm run eval -- --json | head` closes the pipe early: the reader's choice, not a failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = main(process.argv.slice(2));
