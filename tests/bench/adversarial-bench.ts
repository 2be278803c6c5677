/**
 * `npm run bench:adversarial [-- --check] [-- --only NAME]`: no draft may freeze the tab. Times
 * analyze() on each adversarial draft (adversarial-cases.ts) at 6,320 and 63,206 characters, both
 * sensitivities, and prints each case's time at 63,206, the growth ratio time(63,206)/time(6,320)
 * (10 is linear) and the worst case; each time is the fastest of several runs. Budgets: every case <= 100 ms in Node, every ratio <= 15.
 */
import { parseArgs } from 'node:util';
import { analyze } from '../../src/engine';
import { ADVERSARIAL_CASES } from './adversarial-cases';
import { fmtMs, sample } from './stats';

const BUDGET = { ms: 100, growth: 15 };
const SHORT = 6_320;
const LONG = 63_206;
/** The ratio is noise when the long run is this quick: a linear case of 63,206 characters takes more. */
const MIN_MS_FOR_RATIO = 2;

function timeDraft(text: string): number {
  const run = () => {
    analyze(text);
    analyze(text, { sensitivity: 'strict' });
  };
  run();
  // The fastest run: what the draft itself costs, least disturbed by other work on the machine.
  return Math.min(...sample(run, { minRuns: 3, minMs: 200, maxRuns: 15 })) / 2;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log('Usage: npm run bench:adversarial [-- --check] [-- --only SUBSTRING]');
    return 0;
  }
  console.log(`Second Look adversarial benchmark (node ${process.version}): ms per analyze (fastest run, mean of both sensitivities)\n`);
  console.log(`${'case'.padEnd(22)} ${String(SHORT).padStart(9)} ${String(LONG).padStart(9)}  growth`);
  const rows = [];
  for (const c of ADVERSARIAL_CASES) {
    if (values.only && !c.name.includes(values.only)) continue;
    const short = timeDraft(c.draft(SHORT));
    const long = timeDraft(c.draft(LONG));
    const growth = long / Math.max(short, 0.001);
    const slow = long > BUDGET.ms;
    const superLinear = long >= MIN_MS_FOR_RATIO && growth > BUDGET.growth;
    rows.push({ name: c.name, short, long, growth, ok: !slow && !superLinear });
    console.log(
      `${c.name.slice(0, 22).padEnd(22)} ${fmtMs(short).padStart(9)} ${fmtMs(long).padStart(9)}  ${growth.toFixed(1).padStart(6)}` +
        `${slow ? `  SLOW (> ${BUDGET.ms} ms)` : ''}${superLinear ? `  SUPER-LINEAR (> ${BUDGET.growth})` : ''}`,
    );
  }
  if (!rows.length) return 0;
  const worst = rows.reduce((a, b) => (b.long > a.long ? b : a));
  const steepest = rows.filter((r) => r.long >= MIN_MS_FOR_RATIO).reduce((a, b) => (b.growth > a.growth ? b : a), rows[0]!);
  const failed = rows.filter((r) => !r.ok);
  console.log(`\nworst: ${worst.name} ${fmtMs(worst.long)} ms at ${LONG} characters (budget ${BUDGET.ms} ms)`);
  console.log(`steepest growth: ${steepest.name} ${steepest.growth.toFixed(1)} (budget ${BUDGET.growth}, 10 is linear)`);
  console.log(`${failed.length ? 'FAIL' : 'PASS'}: ${rows.length - failed.length}/${rows.length} cases within budget`);
  return values.check && failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
