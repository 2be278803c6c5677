import type { SchemaNode } from '../../../src/policy/files/registry';

/**
 * Chrome's managed-storage schema subset, checked the way Chrome validates managed storage before
 * handing it to the extension. Strict on purpose: anything unexpected is an error, so a sample
 * that Chrome would trim fails its test. Returns the errors; empty when valid.
 */
export function checkManagedSchema(value: unknown, schema: SchemaNode, path = '$'): string[] {
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const expected = schema.type === 'integer' ? 'number' : schema.type;
  if (expected && type !== expected) return [`${path}: ${type}, schema says ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`];
  if (type === 'array') return (value as unknown[]).flatMap((v, i) => checkManagedSchema(v, schema.items ?? {}, `${path}[${i}]`));
  if (type !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
    const sub = schema.properties?.[k] ?? schema.additionalProperties;
    return sub ? checkManagedSchema(v, sub, `${path}.${k}`) : [`${path}.${k}: not in the schema`];
  });
}
