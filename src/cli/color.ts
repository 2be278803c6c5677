import type { Verdict } from '../engine';

/**
 * Whether the human report uses ANSI colour. An explicit flag wins; then NO_COLOR (no-color.org:
 * present and non-empty disables colour, and we let it beat FORCE_COLOR because it is the user's
 * own opt-out); then FORCE_COLOR (as in Node: "0"/"false" disables, anything else enables); then
 * only when stdout is a terminal, so piped output and files stay plain.
 */
export function shouldUseColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stdoutIsTTY;
}

const CODES = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  underline: '\x1b[4m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
} as const;

const VERDICT_COLOR: Record<Verdict, string> = {
  ok: CODES.green,
  low: CODES.cyan,
  medium: CODES.yellow,
  high: CODES.red,
};

export interface Palette {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  /** A verdict or severity word, in the colour of its level. */
  level(level: Verdict, text: string): string;
  /** A finding's span inside the post: underlined, bold, in its severity's colour. */
  span(level: Verdict, text: string): string;
}

export function palette(enabled: boolean): Palette {
  const wrap = (codes: string, text: string) => (enabled && text ? `${codes}${text}${CODES.reset}` : text);
  return {
    enabled,
    bold: (text) => wrap(CODES.bold, text),
    dim: (text) => wrap(CODES.dim, text),
    level: (level, text) => wrap(CODES.bold + VERDICT_COLOR[level], text),
    span: (level, text) => wrap(CODES.bold + CODES.underline + VERDICT_COLOR[level], text),
  };
}
