import type { Page } from '@playwright/test';
import { generateFixtures } from '../ocr/fixtures/generate';
import { holdDialog, MORE_COMPOSERS, openComposer, panel, posts, submit } from './composers';
import { expect, test } from './fixtures';
import { XRAY } from './images';
import { setUserPolicy } from './settings-helpers';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

/**
 * An X-ray with a burned-in name, attached the way each site takes images, is read on the device
 * and holds Post: Reddit's file input inside <shreddit-composer>'s shadow root, Instagram's
 * "Create new post" picker, Threads' paperclip, Bluesky's detached picker (seen only as the
 * composer's preview), Mastodon's upload button and WhatsApp's attach menu (the media editor).
 */
test.use({ servedOrigins: SERVED_ORIGINS });
// OCR on two shared cores: the worker starts on first use, then reads the image.
test.setTimeout(150_000);

const byName = (name: string) => MORE_COMPOSERS.find((c) => c.name === name)!;

interface ImageCase {
  composer: string;
  /** Attaches `file` as a person would, with the composer open. */
  attach: (page: Page, file: string) => Promise<void>;
  /** Opens the composer with the image (Instagram and WhatsApp take the photo first). */
  openWith?: (page: Page, file: string) => Promise<void>;
}

const CASES: ImageCase[] = [
  { composer: 'reddit-comment', attach: (page, file) => page.locator('comment-composer-host shreddit-composer input[type="file"]').setInputFiles(file) },
  { composer: 'threads-post', attach: (page, file) => page.locator('[role="dialog"] input[type="file"]').setInputFiles(file) },
  {
    composer: 'bsky-post',
    attach: async (page, file) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('openMediaBtn').click();
      await (await chooser).setFiles(file);
    },
  },
  { composer: 'mastodon-compose', attach: (page, file) => page.locator('form.compose-form input[type="file"]').setInputFiles(file) },
  {
    composer: 'ig-caption',
    attach: async () => undefined,
    openWith: async (page, file) => {
      await page.goto('https://www.instagram.com/');
      await page.getByRole('link', { name: 'New post' }).click();
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles(file);
      await page.locator('[role="dialog"] [role="button"]', { hasText: 'Next' }).click();
      await byName('ig-caption').editor(page).click();
    },
  },
  {
    composer: 'wa-caption',
    attach: async () => undefined,
    openWith: async (page, file) => {
      await page.goto('https://web.whatsapp.com/');
      await page.getByRole('button', { name: 'Attach' }).click();
      await page.locator('footer input[type="file"]').setInputFiles(file);
      await byName('wa-caption').editor(page).click();
    },
  },
];

for (const { composer, attach, openWith } of CASES) {
  test(`${composer}: an attached X-ray with a burned-in name is read on the device and holds Post`, async ({ context, page, extensionId }) => {
    await serveSites(context);
    const c = byName(composer);
    if (c.directMessages) await setUserPolicy(context, extensionId, { policy: { sites: { messenger: true } } });
    const [xray] = await generateFixtures([XRAY]);
    if (openWith) await openWith(page, xray!.file);
    else await openComposer(page, c);
    await page.keyboard.type('Interesting film from tonight');
    await attach(page, xray!.file);

    const image = panel(page).locator('.sl-image');
    await expect(image).toHaveAttribute('data-image-status', 'done', { timeout: 120_000 });
    await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
    await expect(image.locator('[data-rule="phi.name"]').first()).toContainText('DOE');

    // A harmless caption does not make the image harmless.
    await submit(page, c);
    await expect(holdDialog(page)).toHaveAttribute('data-mode', 'confirm');
    expect(await posts(page)).toEqual([]);
    await holdDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(async () => (await posts(page)).map((p) => p.composer)).toEqual([c.recorded ?? c.name]);
  });
}
