import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedStorageSchema, managedStorageSchemaText } from '../../../src/policy/managed-schema';
import { POLICY_FIELDS } from '../../../src/policy';

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
