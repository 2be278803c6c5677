import { RULES } from './rules';

/**
 * The neutral words a one-click Redact puts in a draft ("[patient]", "[age 90+]"). A redacted
 * draft must come back clean, so they are blanked (same length, offsets unchanged) before any
 * recognizer runs: "[age 90+]" is not an age and "[room]" is not a room.
 */
const PLACEHOLDER_RE = new RegExp(
  [...new Set(Object.values(RULES).flatMap((r) => (r.placeholder ? [r.placeholder] : [])))]
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

export function blankPlaceholders(text: string): string {
  return text.includes('[') ? text.replace(PLACEHOLDER_RE, (m) => ' '.repeat(m.length)) : text;
}
