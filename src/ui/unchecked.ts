import type { UncheckedReason } from '../content/check-draft';

/** What the panel and the hold dialog say when a draft could not be checked, and what to do. */
export const UNCHECKED_TEXT: Record<UncheckedReason, string> = {
  starting: 'Second Look could not check this draft yet: it is still starting.',
  error: 'Second Look could not check this draft: something went wrong while checking it. Look it over yourself before you post.',
  timeout: 'Second Look could not check this draft: checking it took too long. Pressing Post checks it again; or look it over yourself, or shorten it.',
  orphaned:
    'Second Look was updated or restarted, so this tab can no longer check your posts fully. Copy your draft, then reload the tab.',
};

/** What the panel says while a check that took too long is about to be run again (DraftCheck.retrying). */
export const STILL_CHECKING_TEXT = 'Second Look is still checking this draft: it is taking longer than usual. Post is held until it is checked.';

export function unreadText(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`).join(', ');
  return `Second Look could not read ${quoted}, so ${names.length === 1 ? 'it was' : 'they were'} not checked. Look ${names.length === 1 ? 'at it' : 'at them'} yourself before you post.`;
}
