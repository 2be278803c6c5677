/**
 * No draft may freeze the tab: every regex the engine runs must take time linear in the draft.
 * `npm run lint` checks the regex literals in src/engine; this test checks the regexes the engine
 * builds at run time (phrase lists, vocab joined into patterns, patterns derived from obscenity's
 * dataset), which a linter cannot see (tests/regex/audit.ts):
 *  - the same eslint-plugin-regexp rules, applied to each built regex's source;
 *  - recheck, which searches for an attack string, on each top-level alternative. Its verdicts are
 *    kept in tests/regex/recheck-verdicts.json (`npm run regexes:recheck`), so CI only rechecks
 *    what changed;
 *  - every attack string recheck finds is fed to the regex and to `analyze` at two lengths: a
 *    super-linear cost shows as time growing faster than the text.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attackProblem,
  describeRegex,
  lintRegexes,
  partsOf,
  readVerdicts,
  recheckAll,
  recheckParts,
  recordWithCorpora,
  type BuiltRegex,
  type Engine,
} from '../../regex/audit';

/**
 * New alternatives (not in recheck-verdicts.json) rechecked per run; past that the test asks for
 * `npm run regexes:recheck`, which keeps CI's time bounded (recheck takes seconds per regex).
 */
const MAX_NEW_ALTERNATIVES = 150;

let engine: Engine;
let built: BuiltRegex[];

beforeAll(async () => {
  ({ engine, built } = await recordWithCorpora());
}, 120_000);

describe('regexes built at run time', () => {
  it('are seen by the instrumentation (else the checks below would pass on nothing)', () => {
    expect(built.length).toBeGreaterThan(100);
    // A phrase list, built in words.ts for a recognizer.
    expect(built.some((r) => r.builtAt[0]?.startsWith('src/engine/words.ts') && r.builtAt.length > 1)).toBe(true);
  });

  it('pass the linear-time lint of `npm run lint`', () => {
    const reports = lintRegexes(built).map((r) => `${r.regex.builtAt.slice(0, 2).join(' < ')}  ${describeRegex(r.regex)}\n    ${r.messages.join('\n    ')}`);
    expect(reports).toEqual([]);
  });

  it('are linear according to recheck, and its attack strings do not slow the regex or analyze', { timeout: 900_000 }, async () => {
    const known = readVerdicts();
    const todo = [...partsOf(built)].filter(([key]) => !known.has(key)).map(([, p]) => p);
    expect(todo.length, `${todo.length} alternatives are not in tests/regex/recheck-verdicts.json: run npm run regexes:recheck`).toBeLessThanOrEqual(
      MAX_NEW_ALTERNATIVES,
    );
    expect(await recheckParts(todo, known, engine, { timeoutMs: 3_000 })).toEqual([]);
  });
});

describe('the checks catch a super-linear regex', () => {
  // A reply's handle at the start of a line: from every newline of a paste of blank lines, "\s*"
  // runs to the end of the paste (this is how the engine's own ADDRESSEE once read).
  const quadratic = { source: String.raw`(?:^|\n)\s*@\w+`, flags: 'g', builtAt: ['example'] };
  // "code: SAVE20": two optional spaces around an optional colon trade characters.
  const backtracking = { source: String.raw`\bcode\s*:?\s*(?<code>\w+)`, flags: 'gi', builtAt: ['example'] };

  it('the lint flags such regexes built at run time, and passes their linear rewrites', () => {
    const fixed = [
      { source: String.raw`(?:^|\n(?<!\n[^\S\n]*\n))\s*@\w+`, flags: 'g', builtAt: ['example'] },
      { source: String.raw`\bcode\s*(?::\s*)?(?<code>\w+)`, flags: 'gi', builtAt: ['example'] },
    ];
    expect(lintRegexes([quadratic, backtracking, ...fixed]).map((r) => r.regex.source)).toEqual([quadratic.source, backtracking.source]);
  });

  it('`npm run lint` flags a regex literal in src/engine', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../../', import.meta.url)), overrideConfigFile: 'tests/eslint.config.ts' });
    const [result] = await eslint.lintText(`export const ADDRESSEE = /${quadratic.source}/g;\nexport const OK = /\\bpt\\b/g;\n`, { filePath: 'src/engine/example.ts' });
    expect(result!.messages.map((m) => [m.line, m.ruleId])).toEqual([[1, 'regexp/no-super-linear-move']]);
  });

  it('recheck finds an attack string, and the attack slows the regex down super-linearly', { timeout: 120_000 }, async () => {
    const [verdict] = await recheckAll([quadratic], { timeoutMs: 10_000 });
    expect(verdict!.status).toBe('vulnerable');
    expect(attackProblem(verdict!, engine)).toMatch(/^the regex reads the attack in [\d.]+ ms(, [\d.]+x the time of a 4x shorter one| at [\d,]+ characters)$/);
  });
});
