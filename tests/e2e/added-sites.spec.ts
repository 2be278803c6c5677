import { expect, test } from './fixtures';
import { readLocalStorage } from './settings-helpers';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

/**
 * "Check posts on this site" in Chromium. Chromium asks with a dialog of its own that automation
 * cannot answer (no switch or DevTools command accepts it; Firefox's run answers it through its
 * extensions.webextOptionalPermissionPrompts setting and follows the site through to a held post,
 * tests/firefox). What is shown here: the request happens at the click, nothing is added or
 * checked before the user says yes, and an unknown site's page gets no content script.
 */
test.use({ servedOrigins: SERVED_ORIGINS });

test('adding a site asks the browser at the click, and adds nothing until it is allowed', async ({ context, page, extensionId }) => {
  await serveSites(context);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('summary', { hasText: 'Settings' }).click();
  await page.getByLabel('Another site').fill('https://Forum.Example.org/t/night-shift-tips');
  await page.getByRole('button', { name: 'Check posts on this site' }).click();
  // Chromium's permission dialog is up: the request was made inside the click (outside a user
  // gesture Chromium refuses at once, and the popup would say it could not add the site).
  await expect(page.getByRole('status')).toHaveText('Waiting for your answer to the browser\u2019s question\u2026');
  await page.waitForTimeout(500);
  await expect(page.getByRole('status')).toHaveText('Waiting for your answer to the browser\u2019s question\u2026');
  const granted = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['https://forum.example.org/*'] }),
  );
  expect(granted).toBe(false);
  expect((await readLocalStorage(page)).policy).toBeUndefined();

  // The forum is not checked meanwhile: no content script there.
  const forum = await context.newPage();
  await forum.goto('https://forum.example.org/t/night-shift-tips');
  await expect(forum.locator('html[data-fixture-ready="1"]')).toHaveCount(1);
  await forum.getByLabel('Your reply').fill('Pt in room 612 turned 97 today');
  await forum.waitForTimeout(600);
  await expect(forum.locator('second-look-ui')).toHaveCount(0);
});

for (const [what, input, said] of [
  ['not a host', 'intranet', 'That is not a site address, such as forum.example.org.'],
  ['a site already checked', 'old.reddit.com', 'Second Look already checks that site: see the switches above.'],
] as const) test(`the popup refuses ${what} without asking the browser`, async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.locator('summary', { hasText: 'Settings' }).click();
  await page.getByLabel('Another site').fill(input);
  await page.getByRole('button', { name: 'Check posts on this site' }).click();
  await expect(page.getByRole('status')).toHaveText(said);
});
