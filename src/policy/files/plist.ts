/**
 * XML property lists: macOS configuration profiles (.mobileconfig) and managed preference files
 * (.plist). Only what a policy can hold: dict, array, key, string, integer, real, true, false.
 */

export type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );
}

/** Parses an XML property list; throws with a sentence on anything it cannot read. */
export function parsePlist(xml: string): Plist {
  const text = xml.replace(/^\uFEFF/, '');
  if (text.startsWith('bplist')) throw new Error('this is a binary property list: convert it with `plutil -convert xml1 FILE` first');
  const body = /<plist(?:\s+version="1\.0")?\s*>([\s\S]*)<\/plist>\s*$/.exec(text);
  if (!body) throw new Error('this is not an XML property list (no <plist> … </plist>)');
  const tokens = body[1]!.replace(/<!--[\s\S]*?-->/g, '').match(/<[^>]+>|[^<]+/g)?.filter((t) => t.trim() !== '') ?? [];
  let at = 0;
  const expect = (tag: string) => {
    const found = tokens[at++];
    if (found !== tag) throw new Error(`expected ${tag}, found ${found ?? 'the end of the file'}`);
  };
  const leaf = (name: string): string => {
    if (tokens[at] === `<${name}/>`) {
      at++;
      return '';
    }
    expect(`<${name}>`);
    const content = tokens[at] === `</${name}>` ? '' : unescapeXml(tokens[at++]!);
    expect(`</${name}>`);
    return content;
  };
  const value = (): Plist => {
    const tag = tokens[at];
    if (tag === '<true/>' || tag === '<false/>') return tokens[at++] === '<true/>';
    if (tag === '<string>' || tag === '<string/>') return leaf('string');
    if (tag === '<integer>' || tag === '<real>') {
      const name = tag.slice(1, -1);
      const raw = leaf(name).trim();
      const number = Number(raw);
      if (raw === '' || !Number.isFinite(number)) throw new Error(`<${name}>${raw}</${name}> is not a number`);
      return number;
    }
    if (tag === '<array/>') return (at++, []);
    if (tag === '<dict/>') return (at++, {});
    if (tag === '<array>') {
      at++;
      const list: Plist[] = [];
      while (tokens[at] !== '</array>') {
        if (at >= tokens.length) throw new Error('an <array> is not closed');
        list.push(value());
      }
      at++;
      return list;
    }
    if (tag === '<dict>') {
      at++;
      const dict: Record<string, Plist> = {};
      while (tokens[at] !== '</dict>') {
        if (at >= tokens.length) throw new Error('a <dict> is not closed');
        const key = leaf('key');
        if (key in dict) throw new Error(`the key "${key}" appears twice in one <dict>`);
        dict[key] = value();
      }
      at++;
      return dict;
    }
    throw new Error(`${tag ?? 'the end of the file'} is not a value a policy can hold (dict, array, string, integer, real, true, false)`);
  };
  const root = value();
  if (at !== tokens.length) throw new Error(`unexpected ${tokens[at]} after the property list's root value`);
  return root;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An XML property list document for `root` (tabs, as Apple's tools write it). */
export function formatPlist(root: Plist): string {
  const lines: string[] = [];
  const write = (node: Plist, depth: number) => {
    const pad = '\t'.repeat(depth);
    if (typeof node === 'boolean') lines.push(`${pad}<${node}/>`);
    else if (typeof node === 'number') lines.push(`${pad}<${Number.isInteger(node) ? 'integer' : 'real'}>${node}</${Number.isInteger(node) ? 'integer' : 'real'}>`);
    else if (typeof node === 'string') lines.push(`${pad}<string>${escapeXml(node)}</string>`);
    else if (Array.isArray(node)) {
      lines.push(`${pad}<array>`);
      for (const item of node) write(item, depth + 1);
      lines.push(`${pad}</array>`);
    } else {
      lines.push(`${pad}<dict>`);
      for (const [key, item] of Object.entries(node)) {
        lines.push(`${pad}\t<key>${escapeXml(key)}</key>`);
        write(item, depth + 1);
      }
      lines.push(`${pad}</dict>`);
    }
  };
  write(root, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...lines,
    '</plist>',
    '',
  ].join('\n');
}
