import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askTabStatus, type TabStatus } from '../../src/messaging/tab-status';

/**
 * The status of the tab the popup was opened over: undefined while asking, null if no content
 * script answered. `?tab=<id>` names another tab: the e2e tests open the popup as a page of its
 * own, where the "active tab" would be the popup itself.
 */
export function useTabStatus(): TabStatus | null | undefined {
  const [status, setStatus] = useState<TabStatus | null>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const named = Number(new URLSearchParams(location.search).get('tab'));
      const tabId = named || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      const answer = tabId === undefined ? undefined : await askTabStatus(tabId);
      if (live) setStatus(answer ?? null);
    })();
    return () => {
      live = false;
    };
  }, []);
  return status;
}
