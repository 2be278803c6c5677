/**
 * Windows .reg files, read and written the way Chrome and Edge map the registry to policy values:
 * objects are subkeys, lists are subkeys whose values are named "1".."n", booleans and integers
 * are DWORDs, strings are REG_SZ. Which of these a value is comes from the extension's managed
 * schema, exactly as the browser decides it.
 */

export type RegValue = string | number;
export type RegistryKeys = Map<string, Record<string, RegValue>>;

export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
}

export const REG_HEADER = 'Windows Registry Editor Version 5.00';

/** .reg text from a file's bytes: regedit writes UTF-16LE with a BOM; UTF-8 files also import. */
export function decodeRegFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** A .reg file as key path -> { value name -> string or DWORD }. Throws with the line on anything else. */
export function parseRegFile(text: string): RegistryKeys {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== REG_HEADER) throw new Error(`the first line must be "${REG_HEADER}", not "${lines[0] ?? ''}"`);
  const keys: RegistryKeys = new Map();
  let current: Record<string, RegValue> | undefined;
  lines.slice(1).forEach((raw, i) => {
    const line = raw.trim();
    const where = `line ${i + 2}`;
    if (line === '' || line.startsWith(';')) return;
    const key = /^\[(-?)((?:HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER|HKLM|HKCU)\\[^\]]+)\]$/i.exec(line);
    if (key) {
      const path = key[2]!.replace(/^HKLM\\/i, 'HKEY_LOCAL_MACHINE\\').replace(/^HKCU\\/i, 'HKEY_CURRENT_USER\\');
      if (key[1]) {
        // [-KEY] deletes the key and everything under it, as `reg import` does, in file order.
        for (const existing of [...keys.keys()]) if (existing === path || existing.startsWith(`${path}\\`)) keys.delete(existing);
        current = undefined;
        return;
      }
      current = keys.get(path) ?? {};
      keys.set(path, current);
      return;
    }
    const value = /^"((?:[^"\\]|\\.)+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-fA-F]{8}))$/.exec(line);
    if (!value) {
      const hint = /^"[^"]*"=hex/.test(line) ? ' (binary and multi-string values are not policy values: use strings and DWORDs)' : '';
      throw new Error(`${where} is not a [key] or a "name"="string" / "name"=dword:00000000 value: ${line}${hint}`);
    }
    if (!current) throw new Error(`${where} has a value before any [key]`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(value[1]!)] = value[3] !== undefined ? parseInt(value[3], 16) : unescape(value[2]!);
  });
  return keys;
}

/**
 * The value under registry key `path`, converted as Chrome converts it against the schema: a DWORD
 * becomes a boolean where the schema says boolean, a string holding JSON becomes a list or object
 * where the schema says so; with no type in the schema the registry type is kept.
 */
export function registryToJson(keys: RegistryKeys, path: string, schema: SchemaNode): unknown {
  const values = keys.get(path);
  if (!values) throw new Error(`there is no key ${path}`);
  if (schema.type === 'array') {
    const list: unknown[] = [];
    for (let i = 1; String(i) in values; i++) list.push(convert(values[String(i)]!, schema.items ?? {}));
    const extra = Object.keys(values).filter((name) => !/^[1-9]\d*$/.test(name) || Number(name) > list.length);
    if (extra.length) throw new Error(`${path}: a list's values must be named 1, 2, 3, … without gaps (found ${extra.map((e) => `"${e}"`).join(', ')})`);
    return list;
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) out[name] = convert(value, schema.properties?.[name] ?? schema.additionalProperties ?? {});
  const prefix = `${path}\\`;
  for (const child of keys.keys()) {
    if (!child.startsWith(prefix) || child.slice(prefix.length).includes('\\')) continue;
    const name = child.slice(prefix.length);
    out[name] = registryToJson(keys, child, schema.properties?.[name] ?? schema.additionalProperties ?? {});
  }
  return out;
}

function convert(value: RegValue, schema: SchemaNode): unknown {
  switch (schema.type) {
    case 'boolean':
      if (typeof value === 'number') return value !== 0;
      return value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : value;
    case 'integer':
    case 'number':
      return typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    case 'array':
    case 'object':
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value);
      } catch {
        return value;
      }
    default:
      return value;
  }
}

/** Lines of a .reg file that write `value` under `path`, subkeys included. */
export function jsonToRegistry(value: unknown, path: string): string[] {
  const lines: string[] = [];
  const write = (node: unknown, at: string) => {
    const scalars: string[] = [];
    const children: [string, unknown][] = [];
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [String(i + 1), v]) : Object.entries(node as object);
    for (const [name, v] of entries) {
      if (v !== null && typeof v === 'object') children.push([name, v]);
      else scalars.push(`"${escape(name)}"=${regScalar(v)}`);
    }
    lines.push('', `[${at}]`, ...scalars);
    for (const [name, v] of children) write(v, `${at}\\${name}`);
  };
  write(value, path);
  return lines;
}

function regScalar(value: unknown): string {
  if (typeof value === 'boolean') return `dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff) return `dword:${value.toString(16).padStart(8, '0')}`;
  if (typeof value === 'string') return `"${escape(value)}"`;
  throw new Error(`${JSON.stringify(value)} has no registry form`);
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
