import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONDUCT_RULES, PHI_TEXT_RULES, RULES, ALL_RULES } from '../../../src/engine';
import { RECOGNIZERS, STORY_RECOGNIZER } from '../../../src/engine/recognizers';

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));

describe('recognizer registry', () => {
  it('registers every exported recognizer exactly once, with unique ids', () => {
    const modules = import.meta.glob('../../../src/engine/recognizers/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
    const exported = Object.entries(modules)
      .filter(([path]) => !path.endsWith('/index.ts'))
      .flatMap(([, mod]) => Object.values(mod).filter((v): v is { id: string } => typeof v === 'object' && v !== null && 'rule' in v && 'id' in v));
    const registered = [...RECOGNIZERS, STORY_RECOGNIZER];
    expect(exported.filter((r) => !registered.includes(r as never)).map((r) => r.id)).toEqual([]);
    const ids = registered.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every text PHI rule (docs/architecture.md)', () => {
    const covered = new Set([...RECOGNIZERS, STORY_RECOGNIZER].map((r) => r.rule));
    expect(PHI_TEXT_RULES.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('covers every conduct rule (docs/architecture.md)', () => {
    const covered = new Set(RECOGNIZERS.map((r) => r.rule));
    expect(CONDUCT_RULES.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('has a title, message and guidance for every rule id', () => {
    for (const rule of ALL_RULES) {
      expect(RULES[rule].title.length, rule).toBeGreaterThan(3);
      expect(RULES[rule].guidance.length, rule).toBeGreaterThan(20);
    }
  });

  it('has a table test file for every recognizer file', () => {
    const tests = new Set(readdirSync(dir('.')).map((f) => f.replace(/\.test\.ts$/, '')));
    const files = readdirSync(dir('../../../src/engine/recognizers')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files.map((f) => f.replace(/\.ts$/, '')).filter((f) => !tests.has(f))).toEqual([]);
  });
});
