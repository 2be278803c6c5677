import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergePolicy } from '../../../src/policy';
import { managedStorageSchema } from '../../../src/policy/managed-schema';
import { asChromeDelivers as chromeDelivers } from '../../../src/policy/files/chrome-schema';

/**
 * docs/admin.md's table of mistyped policies says what Chrome does with each mistake and what
 * Second Look then uses. Each row is applied here the way a Chrome user's browser applies it: the
 * schema check drops a whole top-level setting that does not fit, then the extension merges what
 * is left. The table must stay true.
 */
const doc = readFileSync(new URL('../../../docs/admin.md', import.meta.url), 'utf8');
const BASE = { watchTerms: ['St. Mary 4 West'] };
const schema = managedStorageSchema();

const table = doc.slice(doc.indexOf('<!-- mistyped-policy-table'));
// The marker line, the header and its rule, then rows up to the first line that is not a row.
const tableLines = table.split('\n').slice(3);
const rows = tableLines
  .slice(0, tableLines.findIndex((line) => !line.startsWith('|')))
  .filter((line) => line.startsWith('| `'))
  .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\|$/g, '').trim()));

/** Chrome's part: every top-level setting with a schema error is dropped whole. */
function asChromeDelivers(policy: Record<string, unknown>): Record<string, unknown> {
  return chromeDelivers(policy, schema).delivered as Record<string, unknown>;
}

function at(value: unknown, path: string): unknown {
  const parts = path.split('.');
  // Rule ids contain a dot: rules.phi.room.severity is rules -> "phi.room" -> severity.
  if (parts[0] === 'rules' && parts.length > 2) parts.splice(1, 2, `${parts[1]}.${parts[2]}`);
  return parts.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], value);
}

describe('docs/admin.md: what happens with a mistyped policy', () => {
  it('has the table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(rows.map((r) => [r[0]!, r] as const))('%s', (_, [mistake, chrome, uses]) => {
    const written = { ...BASE, ...(JSON.parse(mistake!.replace(/^`|`$/g, '')) as Record<string, unknown>) };
    const delivered = asChromeDelivers(written);
    const dropped = Object.keys(written).filter((k) => !(k in delivered));
    if (chrome === 'pass it on') expect(dropped).toEqual([]);
    else expect(chrome).toBe(`drop ${dropped.map((k) => `\`${k}\``).join(', ')}`);

    const effective = mergePolicy(delivered, undefined);
    const claims = [...uses!.matchAll(/`([\w.]+)` = `([^`]+)`( \(locked\))?/g)];
    expect(claims.length).toBeGreaterThan(0);
    for (const [, path, json, locked] of claims) {
      expect(at(effective.policy, path!), path).toEqual(JSON.parse(json!));
      if (locked) expect(effective.lockedPaths.some((p) => path!.startsWith(p)), `${path} locked`).toBe(true);
    }
    const named = effective.problems.filter((p) => p.source === 'managed');
    if (uses!.includes('named in the popup')) expect(named.length).toBeGreaterThan(0);
    else expect(named).toEqual([]);
  });
});
