import { expect, test } from './fixtures';

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
