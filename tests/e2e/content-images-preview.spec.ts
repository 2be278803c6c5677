import type { Locator } from '@playwright/test';
import { generateFixtures } from '../ocr/fixtures/generate';
import { COMPOSERS, holdDialog, panel, posts, submit } from './composers';
import { expect, test } from './fixtures';
import { XRAY } from './images';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

test.use({ servedOrigins: SERVED_ORIGINS });
// OCR on two shared cores: the worker starts on first use, then reads the image.
test.setTimeout(150_000);

const c = COMPOSERS.find((x) => x.name === 'x-modal')!;

/**
 * How the fixture previews the file (tests/e2e/sites/README.md): X's blob: URL, a FileReader
 * data: URL, or a blob: URL the site revokes once the preview has loaded (then only the pixels on
 * screen are left to read).
 */
const PREVIEWS = ['blob', 'data', 'revoked'] as const;

/** The preview has loaded and its blob: URL no longer resolves: only its pixels are left. */
async function expectRevoked(img: Locator): Promise<void> {
  await expect(img).toHaveJSProperty('complete', true);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => fetch(el.src).then(() => 'resolves', () => 'revoked'))).toBe('revoked');
}

for (const preview of PREVIEWS) test(`x-modal: an X-ray that reaches the composer through a picker the extension never sees is read from its ${preview} preview`, async ({ context, page }) => {
  await serveSites(context);
  const [fixture] = await generateFixtures([XRAY]);
  await page.goto(`https://x.com/compose/post?media=detached&preview=${preview}`);
  await expect(page.locator('html[data-fixture-ready="1"]')).toHaveCount(1);
  await c.editor(page).click();
  await page.keyboard.type('Interesting film from tonight');

  // Pictures that are not attachments: an emoji-sized data: image inside the composer, and a
  // photo-sized blob: image elsewhere on the page.
  await page.evaluate(async () => {
    const png = async (size: number) => {
      const canvas = new OffscreenCanvas(size, size);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, size, size);
      ctx.fillStyle = '#000';
      ctx.font = `${Math.round(size / 5)}px sans-serif`;
      ctx.fillText('DOE, JANE', 4, size / 2);
      return canvas.convertToBlob({ type: 'image/png' });
    };
    const emoji = document.createElement('img');
    const reader = new FileReader();
    reader.readAsDataURL(await png(16));
    await new Promise((resolve) => (reader.onload = resolve));
    emoji.src = reader.result as string;
    document.querySelector('[role="dialog"] [data-testid="toolBar"]')!.append(emoji);
    const elsewhere = document.createElement('img');
    elsewhere.src = URL.createObjectURL(await png(200));
    document.querySelector('[aria-label="Timeline: Your Home Timeline"]')!.append(elsewhere);
  });

  const chooser = page.waitForEvent('filechooser');
  await page.locator('[role="dialog"] [aria-label="Add photos or video"]').click();
  await (await chooser).setFiles(fixture!.file);
  // The site has it (the fixture lists the file beside its preview)...
  await expect(page.locator('[role="dialog"] [data-testid="attachmentsItem"] img')).toHaveAttribute('src', preview === 'data' ? /^data:image\/jpeg;base64,/ : /^blob:https:\/\/x\.com\//);
  if (preview === 'revoked') await expectRevoked(page.locator('[role="dialog"] [data-testid="attachmentsItem"] img'));
  // ...and no file input in the page ever held it.
  expect(await page.locator('input[type="file"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).files?.length ?? 0))).toEqual([0, 0]);

  const warning = panel(page);
  const image = warning.locator('.sl-image');
  await expect(image).toHaveAttribute('data-image-status', 'done', { timeout: 90_000 });
  await expect(warning).toHaveAttribute('data-verdict', 'high');
  await expect(image.locator('[data-rule="phi.name"]').first()).toContainText('DOE');
  await expect(image.locator('[data-rule="phi.date"]').first()).toContainText('03.14.1957');
  // The very bytes were read where the URL still resolves (EXIF GPS and all); a revoked preview
  // leaves only the pixels on screen, which carry no metadata.
  await expect(image.locator('[data-rule="image.location"]')).toHaveCount(preview === 'revoked' ? 0 : 1);
  // Read once, and only this one: not the emoji, not the picture outside the composer.
  await expect(image).toHaveCount(1);
  await expect(image).toContainText('Image in your post');
  // No file input to put a clean copy in: say so instead of offering Redact image.
  await expect(image.locator('[data-action="redact-image"]')).toHaveCount(0);
  await expect(image).toContainText('Second Look can’t swap a covered copy into this post');

  await submit(page, c);
  await expect(holdDialog(page)).toHaveAttribute('data-mode', 'confirm');
  await expect(holdDialog(page).locator('[data-rule="phi.name"]').first()).toContainText('DOE');
  await holdDialog(page).getByRole('button', { name: 'Edit post' }).click();
  expect(await posts(page)).toEqual([]);
});

test('x-modal: a picked X-ray whose preview URL the site revokes is listed once, not again from the preview', async ({ context, page }) => {
  await serveSites(context);
  const [fixture] = await generateFixtures([XRAY]);
  await page.goto('https://x.com/compose/post?preview=revoked');
  await expect(page.locator('html[data-fixture-ready="1"]')).toHaveCount(1);
  await c.editor(page).click();
  await page.locator('[role="dialog"] input[data-testid="fileInput"]').setInputFiles(fixture!.file);
  await expectRevoked(page.locator('[role="dialog"] [data-testid="attachmentsItem"] img'));

  const image = panel(page).locator('.sl-image');
  await expect(image.first()).toHaveAttribute('data-image-status', 'done', { timeout: 90_000 });
  await expect(image.first().locator('[data-rule="phi.name"]').first()).toContainText('DOE');
  // The canvas copy of the preview has other bytes but the same pixels: the same image.
  await expect(image).toHaveCount(1);
  await expect(image).toContainText('e2e-composer-xray.jpg');
  await expect(image.locator('[data-action="redact-image"]')).toHaveCount(1);
});
