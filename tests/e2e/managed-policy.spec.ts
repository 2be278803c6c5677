import { COMPOSERS, holdDialog, openComposer, panel, posts, submit } from './composers';
import { expect, test as base } from './fixtures';
import { installManagedPolicy, managedPolicyUnavailable, waitForManagedStorage, type ManagedPolicy } from './managed-policy';
import { openPopupFor, setUserPolicy } from './settings-helpers';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

/**
 * A real managed policy, read by Chromium from its policy directory and handed to the extension
 * as chrome.storage.managed (see managed-policy.ts for how it is kept away from other tests).
 */
const POLICY = {
  actions: { high: 'block' },
  sensitivity: 'strict',
  sites: { facebook: false },
  pauseAllowed: false,
  watchTerms: ['St. Mary 4 West'],
  // Chromium passes any rule id (the managed schema keys rules by string); the zod schema knows
  // the real ids, so "phi.nope" must show up as the organization's invalid value.
  rules: { 'phi.room': { severity: 'high' }, 'phi.nope': { enabled: false } },
};
const PHI = 'Pt in room 612 turned 97 today';
const byName = (name: string) => COMPOSERS.find((c) => c.name === name)!;

const test = base.extend<{ managedPolicy: ManagedPolicy }>({
  managedPolicy: async ({}, use, testInfo) => {
    const unavailable = managedPolicyUnavailable();
    testInfo.skip(unavailable !== undefined, unavailable);
    const policy = installManagedPolicy(POLICY);
    testInfo.annotations.push({ type: 'policy', description: `${policy.mode} policy directory` });
    try {
      await use(policy);
    } finally {
      policy.remove();
    }
  },
  chromiumPath: async ({ managedPolicy }, use) => use(managedPolicy.chromiumPath),
});

test.use({ servedOrigins: SERVED_ORIGINS });
test.beforeEach(async ({ context, extensionId }) => {
  await serveSites(context);
  const managed = await waitForManagedStorage(context, extensionId, 'actions');
  expect(managed).toMatchObject({ actions: { high: 'block' }, sensitivity: 'strict' });
});

test('the popup and options page show what the organization set as locked, and its invalid values', async ({ context, page, extensionId }) => {
  await openComposer(page, byName('x-modal'));
  const popup = await openPopupFor(context, extensionId, 'x');
  await expect(popup.getByRole('heading', { name: 'Protected on X' })).toBeVisible();
  await expect(popup.locator('[data-policy-source]')).toContainText('Your organization\u2019s policy');
  await expect(popup.locator('[data-problem="rules.phi.nope"]')).toContainText("Your organization's policy has an invalid value for rules.phi.nope");

  // Pausing is not offered: the organization turned it off.
  await expect(popup.getByRole('button', { name: /Pause/ })).toHaveCount(0);
  await expect(popup.locator('[data-setting="pauseAllowed"]')).toContainText('Set by your organization');

  await popup.locator('summary', { hasText: 'Settings' }).click();
  for (const [path, name] of [['actions.high', 'High risk'], ['sensitivity', 'Sensitivity'], ['sites.facebook', 'Facebook']] as const) {
    const row = popup.locator(`[data-setting="${path}"]`);
    await expect(row).toHaveAttribute('data-locked', 'true');
    const control = row.getByLabel(name, { exact: true });
    await expect(control).toBeDisabled();
    await expect(control).toHaveAccessibleDescription(/Set by your organization/);
  }
  await expect(popup.getByLabel('High risk', { exact: true })).toHaveValue('block');
  await expect(popup.getByLabel('Facebook', { exact: true })).not.toBeChecked();
  // What IT left alone stays the clinician's to change.
  for (const path of ['actions.medium', 'sites.x', 'confirmRequiresReason']) {
    await expect(popup.locator(`[data-setting="${path}"]`)).not.toHaveAttribute('data-locked');
    await expect(popup.locator(`[data-setting="${path}"]`).locator('input, select')).toBeEnabled();
  }

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('[data-rule-id="phi.room"]')).toHaveAttribute('data-locked', 'true');
  await expect(options.locator('[data-rule-id="phi.room"] select')).toBeDisabled();
  await expect(options.locator('[data-rule-id="phi.date"]')).not.toHaveAttribute('data-locked');
  const watch = options.locator('[data-setting="watchTerms"]');
  await expect(watch).toHaveAttribute('data-locked', 'true');
  await expect(watch).toContainText('St. Mary 4 West');
  await expect(watch.getByRole('button', { name: 'Add' })).toHaveCount(0);
});

test('a policy-set block holds Post on X, whatever the user chose', async ({ context, page, extensionId }) => {
  // The clinician's own setting would only warn; the organization's block wins.
  await setUserPolicy(context, extensionId, { policy: { actions: { high: 'show' } } });
  const c = byName('x-modal');
  await openComposer(page, c);
  await page.keyboard.type(PHI);
  await expect(panel(page)).toHaveAttribute('data-verdict', 'high');

  await submit(page, c);
  await expect(holdDialog(page)).toHaveAttribute('data-mode', 'block');
  await expect(holdDialog(page).getByRole('button', { name: 'Post anyway' })).toHaveCount(0);
  await holdDialog(page).getByRole('button', { name: 'Edit post' }).click();
  expect(await posts(page)).toEqual([]);
});

test('a site the policy turns off is not hooked, and the popup says why', async ({ context, page, extensionId }) => {
  const c = byName('fb-comment');
  await openComposer(page, c);
  await page.keyboard.type(PHI);
  await page.waitForTimeout(600);
  await expect(panel(page)).toHaveCount(0);
  await expect(page.locator('second-look-ui .sl-panel, second-look-ui [role="alertdialog"]')).toHaveCount(0);
  await submit(page, c);
  await expect.poll(() => posts(page)).toEqual([{ composer: 'fb-comment', text: PHI }]);

  const popup = await openPopupFor(context, extensionId, 'facebook');
  await expect(popup.getByRole('heading', { name: 'Not checking Facebook' })).toBeVisible();
  await expect(popup.getByText('Your organization turned this site off.')).toBeVisible();
});
