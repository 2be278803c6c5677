import { readFileSync } from 'node:fs';
import { generateFixtures } from '../ocr/fixtures/generate';
import { COMPOSERS, holdDialog, openComposer, panel, posts, submit } from './composers';
import { expect, test } from './fixtures';
import { brightInCorner, inputFiles, XRAY } from './images';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

test.use({ servedOrigins: SERVED_ORIGINS });
// OCR on two shared cores: the worker starts on first use, then reads the image.
test.setTimeout(150_000);

/** One composer per site, with the file input its site really uses. */
const CASES = [
  { composer: 'x-modal', input: '[role="dialog"] input[data-testid="fileInput"]' },
  { composer: 'fb-post', input: '[role="dialog"][aria-label="Create post"] input[type="file"]' },
  { composer: 'li-share', input: '#interop-outlet .share-box input[type="file"]' },
];

for (const { composer, input } of CASES) test(`${composer}: an attached X-ray with a burned-in name is read on the device, holds Post; Redact image shows before and after, Undo puts the original back, and the site gets the clean copy`, async ({ context, page }) => {
  await serveSites(context);
  const [fixture] = await generateFixtures([XRAY]);
  const c = COMPOSERS.find((x) => x.name === composer)!;
  await openComposer(page, c);
  await page.keyboard.type('Interesting film from tonight');
  await page.locator(input).first().setInputFiles(fixture!.file);

  const warning = panel(page);
  const image = warning.locator('.sl-image');
  await expect(image).toHaveAttribute('data-image-status', /reading|done/);
  await expect(image).toHaveAttribute('data-image-status', 'done', { timeout: 90_000 });
  await expect(warning).toHaveAttribute('data-verdict', 'high');
  await expect(image.locator('[data-rule="phi.name"]').first()).toContainText('DOE');
  await expect(image.locator('[data-rule="phi.date"]').first()).toContainText('03.14.1957');
  await expect(image.locator('[data-rule="image.location"]')).toHaveCount(1);

  // A harmless caption does not make the image harmless: Post is held.
  await submit(page, c);
  await expect(holdDialog(page)).toBeVisible();
  await holdDialog(page).getByRole('button', { name: 'Edit post' }).click();

  // The site's own preview of the same file (X renders one) is not a second image.
  await expect(image).toHaveCount(1);

  const original = readFileSync(fixture!.file).toString('base64');
  const siteInput = page.locator(input).first();
  await image.locator('[data-action="redact-image"]').click();
  await expect.poll(async () => (await inputFiles(siteInput)).map((f) => f.name)).toEqual(['e2e-composer-xray-redacted.jpg']);

  // Before and after, side by side: the original still shows the identity block, the copy the
  // site now holds has it covered.
  const before = image.locator('.sl-compare [data-compare="before"] img');
  const after = image.locator('.sl-compare [data-compare="after"] img');
  await expect(before).toHaveAttribute('alt', 'Original e2e-composer-xray.jpg, as you attached it');
  await expect(after).toHaveAttribute('alt', /^Copy being posted, with what could identify someone covered/);
  await expect(image.locator('.sl-compare')).toContainText('Original (stays on your device)');
  await expect(image.locator('.sl-compare')).toContainText('Being posted');
  const bright = { before: await brightInCorner(before), after: await brightInCorner(after) };
  expect(bright.before, 'the original has white overlay text there').toBeGreaterThan(300);
  expect(bright.after).toBeLessThan(bright.before * 0.5);

  // Undo: the very original is back in the site's file input, and so are its findings.
  await image.getByRole('button', { name: 'Undo: put the original back' }).click();
  await expect.poll(async () => inputFiles(siteInput)).toEqual([{ name: 'e2e-composer-xray.jpg', base64: original }]);
  await expect(image.locator('[data-rule="phi.name"]').first()).toContainText('DOE');
  await expect(image.locator('.sl-compare')).toHaveCount(0);
  await expect(image).toHaveCount(1);

  await image.locator('[data-action="redact-image"]').click();
  await expect(image.locator('.sl-compare')).toHaveCount(1);
  // The clean copy is read again: no name, no date, no location left.
  await expect(image.locator('[data-rule="phi.name"]')).toHaveCount(0, { timeout: 90_000 });
  await expect(image).toHaveAttribute('data-image-status', 'done', { timeout: 90_000 });
  await expect(image.locator('[data-rule="phi.date"]')).toHaveCount(0);
  await expect(image.locator('[data-rule="image.location"]')).toHaveCount(0);

  await c.editor(page).click();
  await submit(page, c);
  // image.medical (a reminder) stays; under the default policy it does not hold Post.
  await expect(holdDialog(page)).toHaveCount(0);
  if (c.thenClick) await c.thenClick(page).click();
  await expect.poll(async () => (await posts(page)).length).toBe(1);

  // What the site received: the redacted copy, no EXIF, and the overlay's white text gone.
  const sent = await page.evaluate(async (originalBase64) => {
    const brightInCorner = async (blob: Blob) => {
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let bright = 0;
      // The bottom-left identity block, where the white overlay text was.
      for (let y = Math.floor(bitmap.height * 0.8); y < bitmap.height; y++)
        for (let x = 0; x < Math.floor(bitmap.width * 0.4); x++) if (data[(y * bitmap.width + x) * 4]! > 200) bright++;
      return bright;
    };
    const file = (window as unknown as { __postedFiles: File[] }).__postedFiles[0]!;
    const text = new TextDecoder('latin1').decode(new Uint8Array(await file.arrayBuffer()));
    const originalBytes = Uint8Array.from(atob(originalBase64), (ch) => ch.charCodeAt(0));
    return {
      name: file.name,
      exif: text.includes('Exif'),
      before: await brightInCorner(new Blob([originalBytes], { type: 'image/jpeg' })),
      after: await brightInCorner(file),
    };
  }, original);
  expect(sent.name).toMatch(/-redacted\.(jpg|png)$/);
  expect(sent.exif).toBe(false);
  expect(sent.before, 'the original has white overlay text there').toBeGreaterThan(300);
  // The name and the date are covered; the labels "DOB" and "[M]" are not findings and stay
  // ("Cover all text" covers those too). The re-read above already proved no name or date is left.
  expect(sent.after).toBeLessThan(sent.before * 0.5);
});
