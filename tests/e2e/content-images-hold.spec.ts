import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { generateFixtures } from '../ocr/fixtures/generate';
import { COMPOSERS, holdDialog, openComposer, panel, posts, submit, type Posted } from './composers';
import { expect, test } from './fixtures';
import { BROKEN_PNG, NOTES, UNREADABLE, XRAY } from './images';
import { setUserPolicy } from './settings-helpers';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

test.use({ servedOrigins: SERVED_ORIGINS });
// OCR on two shared cores: the worker starts on first use, then reads the image.
test.setTimeout(150_000);

const byName = (name: string) => COMPOSERS.find((x) => x.name === name)!;
const READING = 'Still checking the attached image…';

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [p, q] = [await a.boundingBox(), await b.boundingBox()];
  if (!p || !q) return false;
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

/** What was posted, with the names of the files that went with it. */
type PostedWithImages = Posted & { images?: { name: string }[] };
const postedImages = async (page: Parameters<typeof posts>[0]) =>
  ((await posts(page)) as PostedWithImages[]).map((p) => ({ composer: p.composer, text: p.text, images: p.images?.map((i) => i.name) ?? [] }));

test('fb-post: Next pressed while an X-ray is being read is held calmly, then the usual hold applies to what the image holds', async ({ context, page }) => {
  await serveSites(context);
  const [xray] = await generateFixtures([XRAY]);
  const c = byName('fb-post');
  await openComposer(page, c);
  await page.keyboard.type('Interesting film from tonight');
  await page.locator('[role="dialog"][aria-label="Create post"] input[type="file"]').setInputFiles(xray!.file);
  await expect(panel(page).locator('.sl-image')).toHaveAttribute('data-image-status', 'reading');

  // Next, pressed while the film is read. A mouse click waits until the dialog stops growing with
  // the preview (about half a second here), and the film now reads in less than that: the click
  // would arrive after the read. The click event itself goes to Next at once, through the same
  // window listener a person's click meets.
  await page.locator('[role="button"][aria-label="Next"]').dispatchEvent('click');
  const dialog = holdDialog(page);
  await expect(dialog).toHaveAttribute('data-mode', 'reading');
  await expect(dialog.getByRole('heading')).toHaveText(READING);
  await expect(dialog.getByRole('button', { name: 'Edit post' })).toBeFocused();
  // The caption alone is harmless, but the image is not known yet: nothing has gone ahead.
  await expect(page.locator('[role="dialog"] [aria-label="Post"]')).toHaveCount(0);

  // Read: the name in the corner now holds the post like any finding.
  await expect(dialog).toHaveAttribute('data-mode', 'confirm', { timeout: 90_000 });
  await expect(dialog.getByRole('heading')).toHaveText('Post this anyway?');
  await expect(dialog.locator('[data-rule="phi.name"]').first()).toContainText('DOE');
  await expect(dialog.getByRole('button', { name: 'Edit post' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Post anyway' }).click();

  // Facebook's second step, then Post: chosen once, not asked again, posted once.
  await c.thenClick!(page).click();
  await expect.poll(() => postedImages(page)).toEqual([{ composer: 'fb-post', text: 'Interesting film from tonight', images: ['e2e-composer-xray.jpg'] }]);
  await expect(holdDialog(page)).toHaveCount(0);
});

test('x-modal: Ctrl+Enter while a harmless image is being read waits, then posts exactly once by itself', async ({ context, page }) => {
  await serveSites(context);
  const [notes] = await generateFixtures([NOTES]);
  const c = byName('x-modal');
  await openComposer(page, c);
  await page.keyboard.type('Agenda for Thursday');
  await page.locator('[role="dialog"] input[data-testid="fileInput"]').setInputFiles(notes!.file);
  await expect(panel(page).locator('.sl-image')).toHaveAttribute('data-image-status', 'reading');

  await c.editor(page).click();
  await page.keyboard.press('Control+Enter');
  const dialog = holdDialog(page);
  await expect(dialog).toHaveAttribute('data-mode', 'reading');
  await expect(dialog).toContainText(READING);
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  expect(await posts(page)).toEqual([]);

  // Nothing in it: the dialog goes and the post goes out, once.
  await expect(dialog).toHaveCount(0, { timeout: 90_000 });
  await expect.poll(() => postedImages(page)).toEqual([{ composer: 'x-modal', text: 'Agenda for Thursday', images: ['e2e-meeting-notes.png'] }]);
  await page.waitForTimeout(500);
  expect(await posts(page)).toHaveLength(1);
});

test('x-inline: "Post without waiting" posts at once, and the read finishing later does not post the next draft', async ({ context, page }) => {
  await serveSites(context);
  const [notes] = await generateFixtures([NOTES]);
  const c = byName('x-inline');
  const fileInput = page.locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]');
  await openComposer(page, c);
  await page.keyboard.type('Agenda for Thursday');
  await fileInput.setInputFiles(notes!.file);
  // The preview makes the composer taller once it loads; the panel moves with it, off Post.
  await expect(page.locator('[data-testid="primaryColumn"] [data-testid="attachmentsItem"] img')).toHaveJSProperty('complete', true);
  await expect.poll(() => overlaps(panel(page), page.getByTestId('tweetButtonInline'))).toBe(false);
  await expect(panel(page).locator('.sl-image')).toHaveAttribute('data-image-status', 'reading');

  await submit(page, c);
  const dialog = holdDialog(page);
  await expect(dialog).toHaveAttribute('data-mode', 'reading');
  await dialog.getByRole('button', { name: 'Post without waiting' }).click();
  await expect.poll(() => postedImages(page)).toEqual([{ composer: 'x-inline', text: 'Agenda for Thursday', images: ['e2e-meeting-notes.png'] }]);
  await expect(dialog).toHaveCount(0);

  // The next draft, while that read is still going. The same picture attached again shares the
  // read (one per image), so once this one is done, so is that one: and it posted nothing.
  await c.editor(page).click();
  await page.keyboard.type('Pt in room 612 turned 97 today');
  await fileInput.setInputFiles(notes!.file);
  await expect(panel(page).locator('.sl-image')).toHaveAttribute('data-image-status', 'done', { timeout: 90_000 });
  await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
  await page.waitForTimeout(300);
  expect(await posts(page)).toHaveLength(1);
});

test('x-modal: an image that cannot be read is named once Post has waited for it, and the user is not stuck', async ({ context, page }) => {
  await serveSites(context);
  const [notes] = await generateFixtures([NOTES]);
  const c = byName('x-modal');
  await openComposer(page, c);
  await page.keyboard.type('Agenda for Thursday');
  const notesFile = { name: 'e2e-meeting-notes.png', mimeType: 'image/png', buffer: readFileSync(notes!.file) };
  await page.locator('[role="dialog"] input[data-testid="fileInput"]').setInputFiles([notesFile, BROKEN_PNG]);

  await submit(page, c);
  const dialog = holdDialog(page);
  await expect(dialog).toHaveAttribute('data-mode', 'reading');
  // One or both may still be reading: the broken file can fail before Post is pressed.
  await expect(dialog.getByRole('heading')).toHaveText(/^Still checking the attached images?…$/);

  await expect(dialog).toHaveAttribute('data-mode', 'confirm', { timeout: 90_000 });
  await expect(dialog.getByRole('heading')).toHaveText('Second Look couldn’t check the image');
  await expect(dialog).toContainText('Second Look could not read “broken.png”, so it was not checked.');
  await expect(dialog.locator('[data-rule]')).toHaveCount(0);
  expect(await posts(page)).toEqual([]);
  // The panel says so too, next to the image.
  await expect(panel(page).locator('.sl-image[data-image-status="error"]')).toContainText('Could not read this image');

  await dialog.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => postedImages(page)).toEqual([{ composer: 'x-modal', text: 'Agenda for Thursday', images: ['e2e-meeting-notes.png', 'broken.png'] }]);
  await expect(holdDialog(page)).toHaveCount(0);
});

test('x-modal: images that could not be read hold Post, even when they failed before Post was pressed', async ({ context, page, extensionId }) => {
  await serveSites(context);
  // Every action at block: before, a read that had already failed let the post straight out.
  await setUserPolicy(context, extensionId, { policy: { actions: { low: 'block', medium: 'block', high: 'block' } } });
  const c = byName('x-modal');
  await openComposer(page, c);
  await page.keyboard.type('Agenda for Thursday');
  await page.locator('[role="dialog"] input[data-testid="fileInput"]').setInputFiles(UNREADABLE);
  const failed = panel(page).locator('.sl-image[data-image-status="error"]');
  await expect(failed).toHaveCount(3, { timeout: 60_000 });
  await expect(failed.filter({ hasText: 'scan.svg' })).toContainText('image/svg+xml is not an image format Second Look can read');
  await expect(failed.filter({ hasText: 'empty.png' })).toContainText('the file is empty');
  await expect(panel(page)).toContainText('Posting will ask you to confirm first.');

  await submit(page, c);
  const dialog = holdDialog(page);
  await expect(dialog).toHaveAttribute('data-mode', 'confirm');
  await expect(dialog.getByRole('heading')).toHaveText('Second Look couldn’t check the images');
  await expect(dialog).toContainText('Second Look could not read “scan.svg”, “empty.png”, “corrupt.jpg”, so they were not checked.');
  await page.waitForTimeout(300);
  expect(await posts(page)).toEqual([]);
});
