import type { UncheckedReason } from '../content/check-draft';

/** What the panel and the hold dialog say when a draft could not be checked, and what to do. */
export const UNCHECKED_TEXT: Record<UncheckedReason, string> = {
  starting: 'Second Look could not check this draft yet: it is still starting.',
  error: 'Second Look could not check this draft: something went wrong while checking it. Look it over yourself before you post.',
  timeout: 'Second Look could not check this draft: checking it took too long. Look it over yourself, or shorten it.',
  orphaned:
    'Second Look was updated or restarted, so this tab can no longer check your posts fully. Copy your draft, then reload the tab.',
};

export function unreadText(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`).join(', ');
  return `Second Look could not read ${quoted}, so ${names.length === 1 ? 'it was' : 'they were'} not checked. Look ${names.length === 1 ? 'at it' : 'at them'} yourself before you post.`;
}
