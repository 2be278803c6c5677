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

const test = base.extend<{ policy: object; managedPolicy: ManagedPolicy }>({
  policy: [POLICY, { option: true }],
  managedPolicy: async ({ policy: value }, use, testInfo) => {
    const unavailable = managedPolicyUnavailable();
    testInfo.skip(unavailable !== undefined, unavailable);
    const policy = installManagedPolicy(value);
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
  expect(managed).toMatchObject({ actions: { high: expect.stringMatching(/^block$/i) } });
});

test('the popup and options page show what the organization set as locked, and its invalid values', async ({ context, page, extensionId }) => {
  await openComposer(page, byName('x-modal'));
  const popup = await openPopupFor(context, extensionId, 'x');
  await expect(popup.getByRole('heading', { name: 'Protected on X' })).toBeVisible();
  await expect(popup.locator('[data-policy-source]')).toContainText('Your organization\u2019s policy');
  await expect(popup.locator('[data-problem="rules.phi.nope"]')).toContainText('Your organization’s policy names a rule Second Look does not know: "phi.nope"');

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
  // Pausing is off, so turning a site off is too: X and LinkedIn are locked on.
  for (const path of ['sites.x', 'sites.linkedin']) {
    await expect(popup.locator(`[data-setting="${path}"]`)).toHaveAttribute('data-locked', 'true');
    await expect(popup.locator(`[data-setting="${path}"] input`)).toBeChecked();
    await expect(popup.locator(`[data-setting="${path}"] input`)).toBeDisabled();
  }
  // What IT left alone stays the clinician's to change.
  for (const path of ['actions.medium', 'sites.messenger', 'confirmRequiresReason']) {
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

test.describe('a mistyped policy', () => {
  // What an admin might write: a capitalised choice, a quoted boolean, a term over the limit.
  // Chromium drops the quoted "false" itself (it must stay a boolean in the schema); the others
  // reach the extension, which names each one and uses the strictest value.
  test.use({
    policy: {
      actions: { high: 'Block' },
      pauseAllowed: 'false',
      sensitivity: 'Strict',
      watchTerms: ['x'.repeat(101), 'St. Mary 4 West'],
    },
  });

  test('pause is not offered, the strictest action applies, and every problem is shown', async ({ context, page, extensionId }) => {
    await setUserPolicy(context, extensionId, { policy: { actions: { high: 'show' } } });
    await openComposer(page, byName('x-modal'));
    const popup = await openPopupFor(context, extensionId, 'x');
    const problems = popup.locator('[data-problems]');
    await expect(problems).toContainText('Some of your organization’s settings could not be used');
    await expect(problems.locator('[data-problem="actions.high"]')).toContainText(
      'sets actions.high to "Block", which is not "show", "confirm" or "block" (values are lowercase: "block"). Second Look uses "block", the strictest choice',
    );
    await expect(problems.locator('[data-problem="sensitivity"]')).toContainText('Second Look uses "strict"');
    await expect(problems.locator('[data-problem="watchTerms[0]"]')).toContainText('watchTerms entry 1 is 101 characters long');
    await expect(problems).toContainText('Until it is fixed, Second Look uses the strictest choice');

    await expect(popup.getByRole('button', { name: /Pause/ })).toHaveCount(0);
    await expect(popup.locator('[data-setting="pauseAllowed"]')).toContainText('Set by your organization');
    await popup.locator('summary', { hasText: 'Settings' }).click();
    await expect(popup.getByLabel('High risk', { exact: true })).toHaveValue('block');
    await expect(popup.getByLabel('High risk', { exact: true })).toBeDisabled();
    await expect(popup.getByLabel('Sensitivity', { exact: true })).toHaveValue('strict');
    await expect(popup.getByLabel('X', { exact: true })).toBeDisabled();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator('[data-problem="actions.high"]')).toBeVisible();
    await expect(options.locator('[data-setting="watchTerms"]')).toContainText('St. Mary 4 West');

    // The user's own "show" does not win over the organization's mistyped "Block".
    const c = byName('x-modal');
    await page.bringToFront();
    await c.editor(page).click();
    await page.keyboard.type(PHI);
    await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
    await submit(page, c);
    await expect(holdDialog(page)).toHaveAttribute('data-mode', 'block');
    await expect(holdDialog(page).getByRole('button', { name: 'Post anyway' })).toHaveCount(0);
    expect(await posts(page)).toEqual([]);
  });
});

test.describe('sites the organization adds (extraSites)', () => {
  test.use({ policy: { actions: { high: 'block' }, extraSites: ['forum.example.org'] } });

  test('are listed locked in the popup, waiting for the user to allow each once; the user’s own stay removable', async ({ context, extensionId }) => {
    await setUserPolicy(context, extensionId, { policy: { extraSites: ['mine.example.org'] } });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('summary', { hasText: 'Settings' }).click();
    const org = popup.locator('[data-site="forum.example.org"]');
    await expect(org).toHaveAttribute('data-locked', 'true');
    await expect(org).toContainText('Set by your organization');
    // No browser grants an extension a site from policy: the user allows it once (docs/admin.md).
    await expect(org).toHaveAttribute('data-allowed', 'false');
    await expect(org.getByRole('button', { name: 'Allow' })).toBeVisible();
    await expect(org.getByRole('button', { name: /Stop checking/ })).toHaveCount(0);
    const mine = popup.locator('[data-site="mine.example.org"]');
    await expect(mine).not.toHaveAttribute('data-locked');
  });
});
