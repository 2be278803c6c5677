import { z } from 'zod';
import type { Policy } from './schema';

/** storage.local key of the end of a pause (ms since the epoch). Never post content: a time. */
export const PAUSED_UNTIL_KEY = 'pausedUntil';

/** The only pause a user can take: one hour, then checking resumes by itself. */
export const PAUSE_MS = 60 * 60 * 1000;

const PausedUntilSchema = z.number().int().positive();

/**
 * The end of the pause in force at `now`, or undefined. No pause applies when the policy does not
 * allow one (IT may forbid pausing after a user paused), and a stored end further ahead than one
 * pause (a clock set back, a hand-edited profile) is ignored rather than trusted: a pause must
 * never silently outlast what the user asked for.
 */
export function activePause(raw: unknown, policy: Pick<Policy, 'pauseAllowed'>, now = Date.now()): number | undefined {
  if (!policy.pauseAllowed) return undefined;
  const parsed = PausedUntilSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const until = parsed.data;
  return until > now && until <= now + PAUSE_MS ? until : undefined;
}

/** What the content script runs with during a pause: every site off, so nothing is hooked. */
export function pausedPolicy(policy: Policy): Policy {
  const sites = Object.fromEntries(Object.keys(policy.sites).map((site) => [site, false])) as Policy['sites'];
  return { ...policy, sites };
}
