/**
 * Just enough of three formats to read the admin samples back the way the browsers do: Windows
 * .reg files, Apple property lists (.mobileconfig), and Chrome's managed-storage schema subset.
 * Strict on purpose: anything unexpected throws, so a broken sample fails its test.
 */

export type RegValue = string | number;

/** A .reg file as key path -> { value name -> string or DWORD }. */
export function parseRegFile(text: string): Map<string, Record<string, RegValue>> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error(`.reg header is "${lines[0]}"`);
  const keys = new Map<string, Record<string, RegValue>>();
  let current: Record<string, RegValue> | undefined;
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith(';')) return;
    const key = /^\[(HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\[^\]]+)\]$/.exec(line);
    if (key) {
      current = {};
      keys.set(key[1]!, current);
      return;
    }
    const value = /^"((?:[^"\\]|\\.)+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`.reg line ${i + 2} is not a key or a value: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(value[1]!)] = value[3] !== undefined ? parseInt(value[3], 16) : unescape(value[2]!);
  });
  return keys;
}

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
}

/**
 * The registry key `path` as Chrome reads it against the managed schema: objects are subkeys,
 * lists are subkeys with values "1".."n", booleans are DWORDs. Unused values throw.
 */
export function registryToJson(keys: Map<string, Record<string, RegValue>>, path: string, schema: SchemaNode): unknown {
  const values = keys.get(path);
  if (!values) throw new Error(`no key ${path}`);
  if (schema.type === 'array') {
    const list = Object.keys(values).map((_, i) => values[String(i + 1)]);
    if (list.some((v) => v === undefined)) throw new Error(`${path}: list values must be named 1..n`);
    return list.map((v) => scalar(v!, schema.items ?? {}, path));
  }
  const out: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const [name, value] of Object.entries(values)) {
    const sub = schema.properties?.[name] ?? schema.additionalProperties;
    if (!sub) throw new Error(`${path}: "${name}" is not in the schema`);
    out[name] = scalar(value, sub, `${path}\\${name}`);
    used.add(name);
  }
  const prefix = `${path}\\`;
  for (const child of keys.keys()) {
    if (!child.startsWith(prefix) || child.slice(prefix.length).includes('\\')) continue;
    const name = child.slice(prefix.length);
    const sub = schema.properties?.[name] ?? schema.additionalProperties;
    if (!sub) throw new Error(`${path}: subkey "${name}" is not in the schema`);
    out[name] = registryToJson(keys, child, sub);
  }
  return out;
}

function scalar(value: RegValue, schema: SchemaNode, where: string): unknown {
  if (schema.type === 'boolean' && typeof value === 'number') return value !== 0;
  if ((schema.type === 'string' || schema.type === undefined) && typeof value === 'string') return value;
  if (schema.type === 'integer' && typeof value === 'number') return value;
  throw new Error(`${where}: a ${typeof value === 'number' ? 'DWORD' : 'string'} where the schema has ${schema.type}`);
}

/** Errors from checking `value` against Chrome's managed schema subset; empty when valid. */
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

type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

/** An XML property list (the subset profiles use: dict, array, key, string, integer, true, false). */
export function parsePlist(xml: string): Plist {
  const body = /<plist version="1\.0">([\s\S]*)<\/plist>\s*$/.exec(xml);
  if (!xml.startsWith('<?xml') || !body) throw new Error('not an XML property list');
  const tokens = body[1]!.match(/<[^>]+>|[^<]+/g)!.filter((t) => t.trim() !== '');
  let at = 0;
  const text = (t: string | undefined) => (t ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const expect = (tag: string) => {
    if (tokens[at++] !== tag) throw new Error(`expected ${tag}, found ${tokens[at - 1]}`);
  };
  const leaf = (open: string, close: string): string => {
    expect(open);
    const content = tokens[at] === close ? '' : text(tokens[at++]);
    expect(close);
    return content;
  };
  const value = (): Plist => {
    const tag = tokens[at];
    if (tag === '<true/>' || tag === '<false/>') return tokens[at++] === '<true/>';
    if (tag === '<string>') return leaf('<string>', '</string>');
    if (tag === '<integer>') return Number(leaf('<integer>', '</integer>'));
    if (tag === '<array>') {
      at++;
      const list: Plist[] = [];
      while (tokens[at] !== '</array>') list.push(value());
      at++;
      return list;
    }
    if (tag === '<dict>') {
      at++;
      const dict: Record<string, Plist> = {};
      while (tokens[at] !== '</dict>') {
        const key = leaf('<key>', '</key>');
        if (key in dict) throw new Error(`duplicate key ${key}`);
        dict[key] = value();
      }
      at++;
      return dict;
    }
    throw new Error(`unexpected ${tag}`);
  };
  const root = value();
  if (at !== tokens.length) throw new Error('trailing content after the root value');
  return root;
}
