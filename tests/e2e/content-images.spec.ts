import { readFileSync } from 'node:fs';
import { generateFixtures } from '../ocr/fixtures/generate';
import { xraySpecs, type FixtureSpec } from '../ocr/fixtures/specs';
import { COMPOSERS, holdDialog, openComposer, panel, posts, submit } from './composers';
import { expect, test } from './fixtures';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

/** An X-ray photo with the identity block burned into the bottom-left corner and GPS in EXIF. */
const XRAY: FixtureSpec = {
  ...xraySpecs(1)[0]!,
  id: 'e2e-composer-xray',
  width: 1200,
  height: 1200,
  fontPx: 24,
  font: 'Liberation Mono',
  polarity: 'light',
  screenPhoto: false,
  blur: 0,
  noise: 8,
  jpegQuality: 0.9,
  gps: { lat: 40.7411, lon: -73.9897 },
  blocks: [{ corner: 'bl', lines: ['DOE, JOHN [M]', 'DOB 03.14.1957'] }],
};

test.use({ servedOrigins: SERVED_ORIGINS });
// OCR on two shared cores: the worker starts on first use, then reads the image.
test.setTimeout(150_000);

/** One composer per site, with the file input its site really uses. */
const CASES = [
  { composer: 'x-modal', input: '[role="dialog"] input[data-testid="fileInput"]' },
  { composer: 'fb-post', input: '[role="dialog"][aria-label="Create post"] input[type="file"]' },
  { composer: 'li-share', input: '#interop-outlet .share-box input[type="file"]' },
];

for (const { composer, input } of CASES) test(`${composer}: an attached X-ray with a burned-in name is read on the device, holds Post, and Redact image sends a clean copy`, async ({ context, page }) => {
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

  await image.locator('[data-action="redact-image"]').click();
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
  const original = readFileSync(fixture!.file).toString('base64');
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
