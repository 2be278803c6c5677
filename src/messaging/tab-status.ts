import { browser } from 'wxt/browser';
import { z } from 'zod';
import { isDirectMessagePage, SITE_IDS, type AnySite } from '../sites';

/**
 * The popup asks the page's content script which site it is on. This needs no `tabs` permission
 * and no host permission (the popup cannot read a tab's URL without them), and a page with no
 * content script simply does not answer: it is not a site Second Look checks.
 */
export const TabStatusQuerySchema = z.object({ kind: z.literal('tab-status?') });

export const TabStatusSchema = z.object({
  kind: z.literal('tab-status'),
  /** A known site, or 'custom': a host the user or IT added, checked by the generic adapter. */
  site: z.enum([...SITE_IDS, 'custom']),
  /** The page's host name ("forum.example.org"). */
  host: z.string(),
  /** The page is a direct-message view, checked only when the policy turns messages on. */
  directMessages: z.boolean(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

/** Content script side: answers status queries for as long as `signal` lives. */
export function answerTabStatus(site: AnySite, signal: AbortSignal): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: TabStatus) => void) => {
    if (!TabStatusQuerySchema.safeParse(message).success) return undefined;
    // Answered synchronously: works alike in Chrome and Firefox, no channel kept open.
    sendResponse({ kind: 'tab-status', site: site.id, host: location.hostname, directMessages: isDirectMessagePage(site) });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/** Popup side: the tab's status, or undefined when no content script answers. */
export async function askTabStatus(tabId: number): Promise<TabStatus | undefined> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { kind: 'tab-status?' });
    const parsed = TabStatusSchema.safeParse(reply);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // "Receiving end does not exist": no content script in that tab.
    return undefined;
  }
}
