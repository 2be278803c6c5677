import { expect, EXTENSION_ID, test } from './fixtures';

const PHI_DRAFT = 'SSN 623-11-4087 on the facesheet belongs to someone else';
const BENIGN_DRAFT = 'Happy Nurses Week 4 West!';

test('loads with the id pinned by the manifest key', async ({ extensionId }) => {
  expect(extensionId).toBe(EXTENSION_ID);
});

test.describe('popup: check a draft', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByRole('heading', { name: 'Second Look' })).toBeVisible();
  });

  test('flags an SSN as high risk', async ({ page }) => {
    await page.getByLabel('Check a draft').fill(PHI_DRAFT);

    const result = page.locator('[data-verdict]');
    await expect(result).toHaveAttribute('data-verdict', 'high');
    const finding = result.locator('[data-rule="phi.ssn"]');
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText('Social Security');
    await expect(result).toHaveAttribute('aria-live', 'polite');
  });

  test('says ok for an ordinary post', async ({ page }) => {
    await page.getByLabel('Check a draft').fill(BENIGN_DRAFT);

    const result = page.locator('[data-verdict]');
    await expect(result).toHaveAttribute('data-verdict', 'ok');
    await expect(result.locator('[data-rule]')).toHaveCount(0);
  });

  test('clears the warning once the draft is fixed', async ({ page }) => {
    const draft = page.getByLabel('Check a draft');
    await draft.pressSequentially(PHI_DRAFT);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'high');

    await draft.fill(BENIGN_DRAFT);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ok');
    await expect(page.locator('[data-rule]')).toHaveCount(0);
  });
});
