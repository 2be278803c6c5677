import type { BrowserContext, Page } from '@playwright/test';

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<{ site?: string } | undefined> };
  storage: { local: { set(v: object): Promise<void>; get(k: string | null): Promise<Record<string, unknown>> } };
};

/**
 * Opens the popup as a page reporting on the tab that holds `site`. The toolbar popup reports on
 * the active tab; a test's popup is a tab of its own, so it is pointed at the site's tab with
 * ?tab=<id>, found by asking every tab's content script, as the popup itself does.
 */
export async function openPopupFor(context: BrowserContext, extensionId: string, site: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async (wanted) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    for (const tab of await chrome.tabs.query({})) {
      const reply = await chrome.tabs.sendMessage(tab.id!, { kind: 'tab-status?' }).catch(() => undefined);
      if (reply?.site === wanted) return tab.id;
    }
    return undefined;
  }, site);
  if (tabId === undefined) throw new Error(`no tab answers for ${site}`);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Writes the user's own settings (storage.local "policy") from an extension page. */
export async function setUserPolicy(context: BrowserContext, extensionId: string, values: object): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate((v) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(v), values);
  await page.close();
}

/** Reads storage.local from an extension page. */
export async function readLocalStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null));
}
