import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/cli/streams';

async function* chunks(...parts: string[]) {
  for (const p of parts) yield p;
}

async function collect(parts: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(chunks(...parts))) out.push(line);
  return out;
}

describe('readLines', () => {
  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\nb'], ['a', 'b']],
    [['a\r\nb\r\n'], ['a', 'b']],
    [['a\r', '\nb'], ['a', 'b']],
    [['\n\n'], ['', '']],
    [['a\rb\n'], ['a\rb']],
    [['ab', 'c', '\nd', 'e\n', 'f'], ['abc', 'de', 'f']],
    [[''], []],
    [[], []],
  ])('%j -> %j', async (parts, lines) => {
    expect(await collect(parts)).toEqual(lines);
  });
});
