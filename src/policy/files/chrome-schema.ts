import type { SchemaNode } from './registry';

/**
 * Chrome's and Edge's own check of a managed policy against the extension's managed_schema.json,
 * before the extension sees anything: a top-level setting with any error is dropped whole (and
 * listed as an error on chrome://policy). Firefox has no such step.
 */

/** Errors from checking `value` against Chrome's managed schema subset; empty when it fits. */
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

/** What a Chromium browser hands the extension, and which top-level settings it dropped. */
export function asChromeDelivers(policy: unknown, schema: SchemaNode): { delivered: unknown; dropped: string[] } {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return { delivered: policy, dropped: [] };
  const entries = Object.entries(policy as Record<string, unknown>);
  const kept = entries.filter(([key, value]) => checkManagedSchema({ [key]: value }, schema).length === 0);
  return { delivered: Object.fromEntries(kept), dropped: entries.filter((e) => !kept.includes(e)).map(([key]) => key) };
}
