import { z } from 'zod';

/** The JSON type of a value, as a person reading an error message would name it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * One line of `scan --jsonl` input: `{"id": ..., "text": "..."}`. Other fields (site, labels...)
 * are allowed and dropped, so admins can feed the same files they keep for evaluation. `id` is
 * optional (the output keeps input order) but, when present, must be a string or a number so it
 * round-trips unchanged into the output.
 */
export const InputLineSchema = z.object(
  {
    id: z
      .union([z.string(), z.number()], {
        error: (issue) => `"id" must be a string or a number (got ${jsonTypeOf(issue.input)})`,
      })
      .optional(),
    text: z.string({
      error: (issue) =>
        issue.input === undefined ? 'missing "text"' : `"text" must be a string (got ${jsonTypeOf(issue.input)})`,
    }),
  },
  { error: (issue) => `expected a JSON object like {"id": 1, "text": "..."} (got ${jsonTypeOf(issue.input)})` },
);

export type InputLine = z.infer<typeof InputLineSchema>;

export type ParsedLine = { ok: true; value: InputLine } | { ok: false; error: string };

/** Parses and validates one non-blank JSONL line; errors name the line and every problem. */
export function parseInputLine(raw: string, lineNumber: number): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { ok: false, error: `line ${lineNumber}: invalid JSON: ${(err as Error).message}` };
  }
  const result = InputLineSchema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => issue.message).join('; ');
  return { ok: false, error: `line ${lineNumber}: ${problems}` };
}
