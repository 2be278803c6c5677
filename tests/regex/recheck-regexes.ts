/**
 * `npm run regexes:recheck`: runs recheck over every alternative of every regex the engine builds
 * at run time that tests/regex/recheck-verdicts.json does not know yet, records the verdicts
 * (saving as it goes: a first run takes many minutes) and drops those of regexes no longer built.
 * Exits 1 when an attack string confirms super-linear time. `-- --retry-unknown --timeout 10000`
 * rechecks those it ran out of time on before (best on an idle machine). linear-regexes.test.ts does the same
 * for a bounded number of new alternatives, so CI catches a new super-linear regex.
 */
import { parseArgs } from 'node:util';
import { partsOf, readVerdicts, recheckParts, recordWithCorpora, writeVerdicts } from './audit';

// --retry-unknown --timeout 10000: give the regexes recheck ran out of time on another, longer try.
const { values } = parseArgs({ options: { 'retry-unknown': { type: 'boolean', default: false }, timeout: { type: 'string', default: '3000' } } });

const { engine, built } = await recordWithCorpora();
const parts = partsOf(built);
const known = readVerdicts();
for (const [key, entry] of [...known]) if (!parts.has(key) || (values['retry-unknown'] && entry.verdict === 'unknown')) known.delete(key);
const todo = [...parts].filter(([key]) => !known.has(key)).map(([, p]) => p);
console.log(`${built.length} regexes built at run time, ${parts.size} alternatives, ${todo.length} to recheck`);
let done = 0;
const started = performance.now();
const problems = await recheckParts(todo, known, engine, {
  timeoutMs: Number(values.timeout),
  onBatch: () => {
    writeVerdicts(known);
    done = Math.min(todo.length, done + 20);
    console.log(`  ${done}/${todo.length} rechecked (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  },
});
writeVerdicts(known);
const counts = [...known.values()].reduce<Record<string, number>>((c, e) => ((c[e.verdict] = (c[e.verdict] ?? 0) + 1), c), {});
console.log(`verdicts: ${JSON.stringify(counts)}`);
if (problems.length) {
  console.log(`\n${problems.length} super-linear:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
process.exit();
