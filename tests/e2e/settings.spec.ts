import { COMPOSERS, openComposer, panel, posts, submit } from './composers';
import { expect, test } from './fixtures';
import { openPopupFor, readLocalStorage, setUserPolicy } from './settings-helpers';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

const PHI = 'Pt in room 612 turned 97 today';
const byName = (name: string) => COMPOSERS.find((c) => c.name === name)!;

test.use({ servedOrigins: SERVED_ORIGINS });
test.beforeEach(async ({ context }) => {
  await serveSites(context);
});

test('pause for an hour unhooks every composer; resuming hooks them again', async ({ context, page, extensionId }) => {
  const c = byName('x-inline');
  await openComposer(page, c);
  const popup = await openPopupFor(context, extensionId, 'x');
  await expect(popup.getByRole('heading', { name: 'Protected on X' })).toBeVisible();
  await expect(popup.locator('[data-policy-source]')).toHaveText('Default settings');

  await popup.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect(popup.getByRole('heading', { name: /^Paused until / })).toBeVisible();
  const { pausedUntil } = await readLocalStorage(popup);
  expect(pausedUntil as number).toBeGreaterThan(Date.now() + 59 * 60_000);

  await page.bringToFront();
  await c.editor(page).click();
  await page.keyboard.type(PHI);
  await page.waitForTimeout(600);
  await expect(panel(page)).toHaveCount(0);

  await popup.getByRole('button', { name: 'Resume checking now' }).click();
  await expect(popup.getByRole('heading', { name: 'Protected on X' })).toBeVisible();
  await c.editor(page).click();
  await page.keyboard.type(' again');
  await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
});

test('popup settings are the user\u2019s own: a site switched off there is not hooked', async ({ context, page, extensionId }) => {
  await openComposer(page, byName('x-modal'));
  const popup = await openPopupFor(context, extensionId, 'x');
  await popup.locator('summary', { hasText: 'Settings' }).click();
  // Keyboard only: focus the switch and press Space, as a screen-reader user would.
  await popup.getByRole('switch', { name: 'X', exact: true }).focus();
  await popup.keyboard.press('Space');
  await popup.getByLabel('Medium risk', { exact: true }).selectOption('confirm');
  await expect.poll(async () => (await readLocalStorage(popup)).policy).toEqual({ sites: { x: false }, actions: { medium: 'confirm' } });
  await expect(popup.getByRole('heading', { name: 'Not checking X' })).toBeVisible();
  await expect(popup.locator('[data-policy-source]')).toHaveText('Your own settings');

  await page.bringToFront();
  await page.reload();
  await openComposer(page, byName('x-modal'));
  await page.keyboard.type(PHI);
  await page.waitForTimeout(600);
  await expect(panel(page)).toHaveCount(0);
  await submit(page, byName('x-modal'));
  await expect.poll(() => posts(page)).toEqual([{ composer: 'x-modal', text: PHI }]);
});

test('popup: counters show counts only; a page that is not a site says so; every control is named', async ({ context, extensionId }) => {
  await setUserPolicy(context, extensionId, { counters: { warningsShown: 12, postsHeld: 3, fixesApplied: 5, since: Date.UTC(2026, 0, 5, 12) } });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { name: 'Nothing to check on this page' })).toBeVisible();
  await expect(popup.locator('[data-counter="warningsShown"]')).toHaveText('12 warnings shown');
  await expect(popup.locator('[data-counter="postsHeld"]')).toHaveText('3 posts held');
  await expect(popup.locator('[data-counter="fixesApplied"]')).toHaveText('5 fixes applied');
  await expect(popup.getByRole('heading', { name: /On this device since Jan 5/ })).toBeVisible();

  await popup.locator('summary', { hasText: 'Settings' }).click();
  const unnamed = await popup.locator('input, select, textarea, button').evaluateAll((els) =>
    els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent?.trim()).map((el) => el.outerHTML),
  );
  expect(unnamed).toEqual([]);
});

test('options: rules, terms, and a policy imported with clear errors, then exported for the console', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // Rule titles and guidance belong to the engine and change; the ids and control names do not.
  const room = options.locator('[data-rule-id="phi.room"]');
  await expect(room.locator('.rule__source')).toHaveText(/^Why: .{20,}/);
  await room.getByRole('switch', { name: /^Check for / }).click();
  await options.locator('[data-rule-id="conduct.employer"]').getByRole('combobox', { name: /^Severity of / }).selectOption('low');

  await options.getByLabel('Add to watch terms').fill('St. Mary 4 West');
  await options.getByLabel('Add to watch terms').press('Enter');
  await expect(options.locator('[data-setting="watchTerms"]')).toContainText('St. Mary 4 West');
  await options.getByLabel('Add to watch terms').fill('st. mary 4 west');
  await options.getByLabel('Add to watch terms').press('Enter');
  await expect(options.locator('#watchTerms-error')).toHaveText('"st. mary 4 west" is already on the list.');
  await expect
    .poll(async () => (await readLocalStorage(options)).policy)
    .toEqual({ rules: { 'phi.room': { enabled: false }, 'conduct.employer': { severity: 'low' } }, watchTerms: ['St. Mary 4 West'] });

  const exported = options.locator('#export-text');
  expect(JSON.parse(await exported.inputValue())).toMatchObject({ watchTerms: ['St. Mary 4 West'] });
  await options.getByLabel('Google Admin console').check();
  expect(JSON.parse(await exported.inputValue())).toMatchObject({ watchTerms: { Value: ['St. Mary 4 West'] } });

  const input = options.getByLabel('Paste a policy');
  await input.fill('{"actions":{"high":"nuke"},"sensitivty":"strict"}');
  const result = options.locator('#import-result');
  await expect(result).toHaveAttribute('data-import', 'invalid');
  await expect(result).toContainText('actions.high: must be one of "show", "confirm", "block".');
  await expect(result).toContainText('"sensitivty" is not a setting Second Look knows.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(options.getByRole('button', { name: 'Use as my settings' })).toBeDisabled();

  await input.fill('{"sensitivity":{"Value":"strict"},"actions":{"Value":{"high":"block"}}}');
  await expect(result).toHaveAttribute('data-import', 'valid');
  await options.getByRole('button', { name: 'Use as my settings' }).click();
  await expect(result).toContainText('Your settings now follow this policy (2 settings).');
  await expect.poll(async () => (await readLocalStorage(options)).policy).toEqual({ sensitivity: 'strict', actions: { high: 'block' } });
});
