import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../../src/sites';
import { siteTableMarkdown } from '../../../src/sites/docs-table';

const ADMIN = readFileSync(new URL('../../../docs/admin.md', import.meta.url), 'utf8');
const MARK = '<!-- sites-table (tests/unit/sites/docs-table.test.ts) -->';

describe('docs/admin.md lists every site key', () => {
  it('carries the table made from the adapters, exactly', () => {
    const at = ADMIN.indexOf(MARK);
    expect(at, 'the marker is in docs/admin.md').toBeGreaterThan(0);
    const table = ADMIN.slice(at + MARK.length).trimStart().split('\n\n')[0];
    expect(table).toBe(siteTableMarkdown());
  });

  it('the table has one row per adapter, and direct messages', () => {
    const rows = siteTableMarkdown().split('\n').slice(2);
    expect(rows.map((r) => /^\| `([a-z]+)`/.exec(r)?.[1])).toEqual([...SITES.map((s) => s.id), 'messenger']);
  });
});
