import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../eval/load-corpus';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * A user's clone has no ../shared: a test that reads the team's development data passes here and
 * fails everywhere else (it once stopped `npm test` before the builds and e2e ever ran). Only the
 * eval and bench scripts may read it, through load-corpus.ts, and only when it is present.
 */
describe('the tests are self-contained', () => {
  it('no unit or e2e test names the shared development data', () => {
    const tests = ['tests/unit', 'tests/e2e'].flatMap((d) => filesUnder(path.join(PROJECT_ROOT, d)));
    const offenders = tests.filter((f) => /\.(ts|tsx|js|mjs)$/.test(f) && /shared\/eval|\.\.\/\.\.\/\.\.\/\.\.\/shared/.test(readFileSync(f, 'utf8')));
    // This file names the pattern it looks for, in a regex: it is the one allowed.
    expect(offenders.map((f) => path.relative(PROJECT_ROOT, f)).filter((f) => !f.endsWith('self-contained.test.ts'))).toEqual([]);
  });
});
