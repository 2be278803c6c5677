import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ALL_RULES, type RuleId } from '../../src/engine';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The team's shared development data lives beside the repository (`../shared/eval`), not in it: a
 * user's clone has none of it. Only `npm run eval` and the benchmarks read it, and only when it is
 * there; no test may (a test that needs it would fail on every fresh clone).
 */
export const SHARED_EVAL_DIR = path.resolve(PROJECT_ROOT, '../shared/eval');

/** The shared, hand-labeled dev sets that are present (none on a user's clone). */
export function sharedCorpusPaths(): string[] {
  return ['dev-posts.jsonl', 'dev-posts-2.jsonl'].map((f) => path.join(SHARED_EVAL_DIR, f)).filter((p) => existsSync(p));
}

/**
 * This repository's own corpora: `corpus.jsonl` (rules were developed against it) and
 * `holdout.jsonl` (written separately and never used to tune rules, so it shows how the rules
 * generalise). Tests use these only.
 */
export function ownCorpusPaths(): string[] {
  return ['corpus.jsonl', 'holdout.jsonl'].map((f) => path.resolve(PROJECT_ROOT, 'tests/eval', f));
}

/** What `npm run eval` and the benchmarks read: the shared dev sets when present, then our own. */
export function defaultCorpusPaths(): string[] {
  return [...sharedCorpusPaths(), ...ownCorpusPaths()];
}

const RuleIdSchema = z.enum(ALL_RULES as [RuleId, ...RuleId[]], {
  error: (issue) => `unknown rule ${JSON.stringify(issue.input)} (rule ids are listed in docs/architecture.md)`,
});

/**
 * One labeled post. `rules` are the rules a careful reviewer expects at medium or above; a benign
 * row expects none. A typo'd rule id is an error rather than a silent 0% recall.
 */
export const CorpusRowSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()], { error: '"id" must be a non-empty string or a number' }),
    text: z.string({ error: '"text" must be a string' }),
    rules: z.array(RuleIdSchema, { error: '"rules" must be an array of rule ids' }),
    benign: z.boolean({ error: '"benign" must be true or false' }),
    site: z.string().optional(),
  })
  .refine((row) => row.benign === (row.rules.length === 0), {
    error: 'a row is benign exactly when it lists no rules',
  });

export type CorpusRow = z.infer<typeof CorpusRowSchema>;

export interface Corpus {
  name: string;
  path: string;
  rows: CorpusRow[];
}

/** A corpus file that cannot be trusted; every bad line is listed. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'CorpusError';
  }
}

const MAX_PROBLEMS_LISTED = 20;

export function loadCorpus(file: string): Corpus {
  const absolute = path.resolve(file);
  let content: string;
  try {
    content = readFileSync(absolute, 'utf8');
  } catch (err) {
    throw new CorpusError(absolute, [`cannot read: ${(err as Error).message}`]);
  }
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);

  const rows: CorpusRow[] = [];
  const problems: string[] = [];
  const seen = new Map<string | number, number>();
  content.split('\n').forEach((rawLine, index) => {
    const line = index + 1;
    const raw = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      problems.push(`line ${line}: invalid JSON: ${(err as Error).message}`);
      return;
    }
    const parsed = CorpusRowSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message);
      problems.push(`line ${line}: ${issues.join('; ')}`);
      return;
    }
    const earlier = seen.get(parsed.data.id);
    if (earlier !== undefined) {
      problems.push(`line ${line}: duplicate id ${JSON.stringify(parsed.data.id)} (first on line ${earlier})`);
      return;
    }
    seen.set(parsed.data.id, line);
    rows.push(parsed.data);
  });

  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_PROBLEMS_LISTED);
    if (problems.length > listed.length) listed.push(`... and ${problems.length - listed.length} more`);
    throw new CorpusError(absolute, listed);
  }
  return { name: path.basename(absolute), path: absolute, rows };
}
