import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../src/engine/types';
import { PROJECT_ROOT } from '../../eval/load-corpus';

const read = (name: string) => readFileSync(path.join(PROJECT_ROOT, name), 'utf8');

/** The repository explains itself: what it cites is in it. */
describe('the documentation a clone has', () => {
  it('docs/architecture.md lists every rule id', () => {
    const architecture = read('docs/architecture.md');
    expect(ALL_RULES.filter((rule) => !architecture.includes(`\`${rule}\``))).toEqual([]);
  });

  it('nothing cites a design document the clone does not have', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|tsx|js|mjs|md|css|json)$/.test(f));
    const citing = files.filter((f) => f !== 'tests/unit/repo/docs.test.ts' && /\bDESIGN\.md\b/.test(read(f)));
    expect(citing).toEqual([]);
  });

  it('no committed file keeps a merge conflict (its markers once shipped in the README)', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|tsx|js|mjs|md|css|json|html|yml|yaml|sh)$|^\.ci\//.test(f));
    // Built from parts so that this file does not match itself.
    const marker = new RegExp(`^(${'<'.repeat(7)}|${'>'.repeat(7)}) `, 'm');
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => marker.test(read(f)))).toEqual([]);
  });

  it.each(['docs/architecture.md', 'docs/admin.md', 'docs/PRIVACY.md'])('%s exists and the README links it', (doc) => {
    expect(read(doc).length).toBeGreaterThan(500);
    expect(read('README.md')).toContain(`](${doc})`);
  });
});
