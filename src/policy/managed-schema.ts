import { z } from 'zod';
import { PolicySchema } from './schema';

/**
 * Chrome's managed-storage schema accepts a subset of JSON Schema (type, properties, items, enum,
 * description, title, additionalProperties below the top level, ...). We derive it from the zod
 * schema so the two cannot drift, keeping only keywords Chrome understands. Every field is
 * optional: an admin sets only what they want to enforce.
 *
 * Deliberately loose: Chrome drops a whole top-level setting whose value does not fit, before the
 * extension can see it (`actions: {high: "Block"}` arrived as no `actions` at all, and the popup
 * could not say why). So choices (`enum`) are plain strings here, and lengths and counts are not
 * limited: the extension's own zod checks (read-source.ts) see the mistake, name it in the popup
 * and use the strictest value. A true/false value must stay a boolean, or correct policies would
 * be dropped instead; a quoted "false" is still dropped by Chrome (docs/admin.md says so).
 */
const KEEP = new Set(['type', 'properties', 'items', 'description', 'title', 'additionalProperties']);

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
  const choices = (node as { enum?: unknown[] }).enum;
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
  // The choices move into the description, where chrome://policy readers still see them.
  if (choices) out.description = [out.description, `One of: ${choices.map((c) => JSON.stringify(c)).join(', ')}.`].filter(Boolean).join('. ');
  return out;
}

export function managedStorageSchemaText(): string {
  return `${JSON.stringify(managedStorageSchema(), null, 2)}\n`;
}
