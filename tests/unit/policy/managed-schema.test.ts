import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedStorageSchema, managedStorageSchemaText } from '../../../src/policy/managed-schema';
import { mergePolicy, POLICY_FIELDS } from '../../../src/policy';
import { checkManagedSchema } from '../../../src/policy/files/chrome-schema';

const committed = readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8');

describe('public/managed_schema.json', () => {
  it('is exactly what the zod policy schema generates (run a build to regenerate)', () => {
    expect(committed).toBe(managedStorageSchemaText());
  });

  it('uses only what Chrome accepts: no top-level additionalProperties, no $schema, every field present', () => {
    const schema = managedStorageSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(JSON.stringify(schema)).not.toMatch(/"\$schema"|"required"|"maxItems"|"propertyNames"|"default"/);
    expect(Object.keys(schema.properties as object).sort()).toEqual([...POLICY_FIELDS].sort());
  });

  it('never has a boolean additionalProperties (Chrome refuses to load the extension with one)', () => {
    const booleans: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'additionalProperties' && typeof value === 'boolean') booleans.push(path);
        walk(value, `${path}.${key}`);
      }
    };
    walk(managedStorageSchema(), '$');
    expect(booleans).toEqual([]);
  });
});

describe('managed_schema.json lets mistakes through to the extension, which names them', () => {
  // Chrome drops a whole top-level setting that does not fit the schema, before the extension
  // can see it or say why (checkManagedSchema applies the same rules Chrome does).
  const schema = managedStorageSchema() as Parameters<typeof checkManagedSchema>[1];

  it.each([
    ['a capitalised choice', { actions: { high: 'Block' } }, 'actions.high'],
    ['an unknown sensitivity', { sensitivity: 'Strict' }, 'sensitivity'],
    ['a misspelt rule severity', { rules: { 'phi.room': { severity: 'Hi' } } }, 'rules.phi.room.severity'],
    ['a 101-character watch term', { watchTerms: ['x'.repeat(101), 'Ward 9'] }, 'watchTerms[0]'],
    ['501 watch terms', { watchTerms: Array.from({ length: 501 }, (_, i) => `Unit ${i}`) }, 'watchTerms'],
    ['an empty allow term', { allowTerms: [''] }, 'allowTerms[0]'],
  ])('%s reaches the extension and is reported', (_, policy, field) => {
    expect(checkManagedSchema(policy, schema)).toEqual([]);
    expect(mergePolicy({ ...policy, pauseAllowed: true }, undefined).problems.map((p) => p.field)).toEqual([field]);
  });

  it('true/false stay booleans, so a correct policy is never dropped (a quoted "false" still is: see docs/admin.md)', () => {
    expect(checkManagedSchema({ pauseAllowed: false, confirmRequiresReason: true, sites: { x: true } }, schema)).toEqual([]);
    expect(checkManagedSchema({ pauseAllowed: 'false' }, schema)).not.toEqual([]);
  });
});
