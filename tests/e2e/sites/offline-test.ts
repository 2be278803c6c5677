import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchChromium } from '../extension';
import { openNetworkTrap, type NetworkTrap } from '../network-trap';
import type { RecordedPost } from './shared/recorder';
import { SERVED_ORIGINS, serveSites } from './serve';

/** The tunnel a preconnect to a served origin opens: `https://x.com:443`. */
const PRECONNECTS = new Set(SERVED_ORIGINS.map((origin) => `${origin}:443`));

interface Browser {
  context: BrowserContext;
  /** Every request any page made, in order. */
  requests: string[];
  trap: NetworkTrap;
}

/**
 * Site fixtures WITHOUT the extension: one Chromium per worker (fast), a fresh page per test, the
 * sites served from memory, and a check after every test that nothing tried to leave the machine.
 */
export const test = base.extend<{ page: Page; noNetwork: void }, { browser_: Browser }>({
  browser_: [
    async ({}, use) => {
      const trap = await openNetworkTrap();
      const context = await launchChromium({ proxyServer: trap.server });
      const requests: string[] = [];
      context.on('request', (request) => {
        requests.push(request.url());
      });
      await serveSites(context);
      await use({ context, requests, trap });
      await context.close();
      await trap.close();
    },
    { scope: 'worker' },
  ],

  page: async ({ browser_ }, use) => {
    const page = await browser_.context.newPage();
    await use(page);
    await page.close();
  },

  noNetwork: [
    async ({ browser_ }, use) => {
      const { requests, trap } = browser_;
      const [requestsBefore, attemptsBefore] = [requests.length, trap.attempts.length];
      await use();
      const leaked = [
        ...requests.slice(requestsBefore).filter((url) => !SERVED_ORIGINS.some((origin) => url.startsWith(`${origin}/`))),
        // Chromium preconnects to a page's origin when navigation starts, before Playwright's
        // routing answers the request itself; the proxy refuses the tunnel and no request is sent.
        ...trap.attempts.slice(attemptsBefore).filter((attempt) => !PRECONNECTS.has(attempt)),
      ];
      expect(leaked, 'nothing may leave the machine').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Loads a fixture URL and waits for its app to mount. */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === '1');
}

export function posts(page: Page): Promise<RecordedPost[]> {
  return page.evaluate(() => window.__posts);
}

/** Waits until the page has recorded `expected` posts, then checks they are exactly those. */
export async function expectPosts(page: Page, expected: RecordedPost[]): Promise<void> {
  await expect.poll(async () => (await posts(page)).length).toBeGreaterThanOrEqual(expected.length);
  // A beat more, so a double post (a handler running twice) is caught too.
  await page.waitForTimeout(50);
  expect(await posts(page)).toEqual(expected);
}

/** A draft with a line break and characters outside ASCII and the BMP. */
export const LINES = ['Great shift with 4 West 🩺', 'Café later? Bring the crème brûlée'];
export const TEXT = LINES.join('\n');

/** Types LINES with the real keyboard, breaking lines with `newline`. */
export async function typeLines(page: Page, newline: 'Enter' | 'Shift+Enter' = 'Enter'): Promise<void> {
  for (const [index, line] of LINES.entries()) {
    if (index > 0) await page.keyboard.press(newline);
    await page.keyboard.type(line);
  }
}
