import { z } from 'zod';
import { PolicySchema } from './schema';

/**
 * Chrome's managed-storage schema accepts a subset of JSON Schema (type, properties, items, enum,
 * description, title, additionalProperties below the top level, ...). We derive it from the zod
 * schema so the two cannot drift, keeping only keywords Chrome understands. Every field is
 * optional: an admin sets only what they want to enforce.
 */
const KEEP = new Set(['type', 'properties', 'items', 'enum', 'description', 'title', 'additionalProperties', 'minimum', 'maximum', 'pattern']);

export function managedStorageSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(PolicySchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  const schema = prune(json) as Record<string, unknown>;
  // Chrome rejects additionalProperties at the top level of a managed schema.
  delete schema.additionalProperties;
  return schema;
}

function prune(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(prune);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (!KEEP.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, prune(v)]));
    } else if (key === 'additionalProperties') {
      // Chrome's schema parser rejects a boolean here ("Invalid type for attribute
      // 'additionalProperties'") and refuses to load the whole extension; only a sub-schema is allowed.
      if (value && typeof value === 'object') out.additionalProperties = prune(value);
    } else {
      out[key] = prune(value);
    }
  }
  return out;
}

export function managedStorageSchemaText(): string {
  return `${JSON.stringify(managedStorageSchema(), null, 2)}\n`;
}
