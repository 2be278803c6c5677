import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { COMPOSERS, openComposer, panel } from './composers';
import { expect, test } from './fixtures';
import { inputFiles, regionStats } from './images';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

test.use({ servedOrigins: SERVED_ORIGINS });
// The OCR worker and the face model start on first use, then read a 1920-pixel photo.
test.setTimeout(150_000);

/** A group photo that ships in the face-api package (its demo pictures), in node_modules. */
const PHOTO = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo', 'sample2.jpg');

test('x-modal: a face in an attached photo, posted with a patient in the draft, asks about consent; Redact image covers it', async ({ context, page }) => {
  await serveSites(context);
  const c = COMPOSERS.find((x) => x.name === 'x-modal')!;
  await openComposer(page, c);
  await page.keyboard.type('So proud of our patient, discharged today after six weeks with us');
  const input = page.locator('[role="dialog"] input[data-testid="fileInput"]').first();
  await input.setInputFiles(PHOTO);

  const image = panel(page).locator('.sl-image');
  await expect(image).toHaveAttribute('data-image-status', 'done', { timeout: 90_000 });
  const face = image.locator('[data-rule="phi.face"]').first();
  await expect(face).toHaveAttribute('data-severity', 'medium');
  await expect(face).toContainText('consent');

  // The same photo with a caption about nobody in care: a low reminder only.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Weekend with the crew');
  await expect(face).toHaveAttribute('data-severity', 'low');

  // One click: the site gets a copy with the faces covered.
  await image.locator('[data-action="redact-image"]').click();
  await expect.poll(async () => (await inputFiles(input)).map((f) => f.name)).toEqual(['sample2-redacted.jpg']);
  // Once the covered copy has been read (no face left, the caption clean), the before/after and its
  // Undo stay on screen: the panel once vanished with them, leaving no way back to the original.
  await expect(image.locator('.sl-image__name')).toContainText('sample2-redacted.jpg');
  await expect(image).toHaveAttribute('data-image-status', 'done', { timeout: 60_000 });
  await expect(image.locator('[data-rule="phi.face"]')).toHaveCount(0);
  await expect(image.locator('[data-action="undo-redact"]')).toBeVisible();
  // The middle of the face (where the detector finds it in this photo: x 1436-1700, y 148-397)
  // is black in the copy being posted, and was not in the original.
  const middle = { x: 1520, y: 230, w: 100, h: 90, unit: 'px' } as const;
  const { meanLuma: before } = await regionStats(image.locator('.sl-compare [data-compare="before"] img'), middle);
  const { meanLuma: after } = await regionStats(image.locator('.sl-compare [data-compare="after"] img'), middle);
  expect(before).toBeGreaterThan(40);
  expect(after).toBeLessThan(10);
});
