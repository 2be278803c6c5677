import { COMPOSERS, MORE_COMPOSERS, openComposer, panel } from './composers';
import { expect, EXTENSION_ID, test } from './fixtures';
import { setUserPolicy } from './settings-helpers';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

/**
 * Timers, retries and lazy work in the background run after a short test has ended; this test
 * stays open long enough to see them. Every test also gets the automatic no-network check.
 */
const QUIET_PERIOD_MS = 2_000;

test('sends nothing anywhere while a draft with PHI is checked', async ({ page, extensionId, requests }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByLabel('Check a draft').pressSequentially('Pt SSN 623-11-4087, DOB 03/14/1931');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'high');
  await page.waitForTimeout(QUIET_PERIOD_MS);

  // The recorder must actually be recording, or the automatic check proves nothing.
  expect(requests).toContain(`chrome-extension://${extensionId}/popup.html`);
});

test('the extension pages cannot fetch anything but their own files (CSP connect-src)', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const own = await fetch('/managed_schema.json').then((r) => r.ok, () => false);
    const away = await fetch('https://example.com/collect').then(() => 'sent', () => 'refused');
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { own, away, violations };
  });
  // Refused by the page's own policy, before any request exists (the automatic no-network
  // check would also fail the test if it had reached the network).
  expect(outcome).toEqual({ own: true, away: 'refused', violations: ['connect-src https://example.com/collect'] });
});

test('no file of the extension is exposed to web pages (the panel styles ship inside the content script)', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const manifest = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest());
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.content_scripts).toEqual([expect.not.objectContaining({ css: expect.anything() })]);
});

test.describe('on the sites', () => {
  test.use({ servedOrigins: SERVED_ORIGINS });

  test('sends nothing anywhere while PHI drafts are checked on every site fixture', async ({ context, page, requests }) => {
    // Thirteen composers, one after another, on two busy cores.
    test.setTimeout(120_000);
    await serveSites(context);
    await setUserPolicy(context, EXTENSION_ID, { policy: { sites: { messenger: true } } });
    for (const c of [...COMPOSERS.filter((x) => ['x-modal', 'fb-comment', 'li-comment'].includes(x.name)), ...MORE_COMPOSERS.filter((x) => !x.withImages)]) {
      await openComposer(page, c);
      await page.keyboard.type('Pt SSN 623-11-4087, DOB 03/14/1931');
      await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
    }
    await page.waitForTimeout(QUIET_PERIOD_MS);
    // Every site was really served (and recorded); the automatic check fails on anything else.
    for (const origin of ['https://www.reddit.com', 'https://www.instagram.com', 'https://www.threads.com', 'https://bsky.app', 'https://mastodon.social', 'https://web.whatsapp.com']) {
      expect(requests.some((url) => url.startsWith(`${origin}/`)), origin).toBe(true);
    }
  });
});
