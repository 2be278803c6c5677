import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';
import type { FixtureSpec } from '../ocr/fixtures/specs';
import { generateFixtures } from '../ocr/fixtures/generate';
import { COMPOSERS, openComposer, panel } from './composers';
import { expect, test } from './fixtures';
import { setUserPolicy } from './settings-helpers';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

/**
 * Issue 16: the content script used to have image text analysed without the policy, so an
 * organisation's allow terms, watch terms and sensitivity did not apply to what an attached image
 * said. Through the real path (file input on the X fixture -> OCR host -> panel), the same image is
 * judged again under each policy, without being read again.
 */
test.use({ servedOrigins: SERVED_ORIGINS });
// OCR on two shared cores: the worker starts, then reads two small images.
test.setTimeout(150_000);

const board = (id: string, lines: string[]): FixtureSpec => ({
  id,
  kind: 'whiteboard',
  width: 900,
  height: 500,
  fontPx: 40,
  font: 'Liberation Sans',
  polarity: 'light',
  blocks: [{ corner: 'tl', lines }],
  noise: 4,
  blur: 0,
  screenPhoto: false,
  jpegQuality: 0.9,
  expectIdentifiers: true,
  expectMedical: false,
});

/** A ward whiteboard: a patient's name, and the ward (the organisation's watch term). */
const WHITEBOARD = board('e2e-policy-whiteboard', ['Riverside ward', 'Patient DOE, JOHN']);
/** A notice with a bed number and no patient: only strict calls it out. */
const NOTICE = board('e2e-policy-notice', ['Team photo 4 West', 'Free bed 4']);

test('x-modal: image text obeys the allow terms, watch terms and sensitivity the draft obeys', async ({ context, page, extensionId }) => {
  await serveSites(context);
  const [whiteboard, notice] = await generateFixtures([WHITEBOARD, NOTICE]);
  const c = COMPOSERS.find((x) => x.name === 'x-modal')!;
  await openComposer(page, c);
  await page.keyboard.type('Busy night on the ward');
  const input = page.locator('[role="dialog"] input[data-testid="fileInput"]').first();
  await input.setInputFiles([whiteboard!.file, notice!.file]);

  const images = panel(page).locator('.sl-image');
  await expect(images).toHaveCount(2);
  for (const i of [0, 1]) await expect(images.nth(i)).toHaveAttribute('data-image-status', 'done', { timeout: 90_000 });
  const rules = async (i: number) => images.nth(i).locator('[data-rule]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')} ${e.textContent}`));
  const has = (rule: string, text: string) => (list: string[]) => list.some((r) => r.startsWith(rule) && r.includes(text));

  // The default policy: the name is found, the ward is not a finding, the free bed is not either.
  await expect.poll(() => rules(0)).toEqual(expect.arrayContaining([expect.stringMatching(/^phi\.name .*DOE/)]));
  expect(has('phi.location', 'Riverside')(await rules(0))).toBe(false);
  expect(has('phi.room', 'bed 4')(await rules(1))).toBe(false);

  // An allow term: the name in the image is no longer a finding.
  await setUserPolicy(context, extensionId, { policy: { allowTerms: ['DOE, JOHN'] } });
  await expect.poll(async () => has('phi.name', 'DOE')(await rules(0))).toBe(false);

  // A watch term: the ward, next to a patient, is.
  await setUserPolicy(context, extensionId, { policy: { watchTerms: ['Riverside'] } });
  await expect.poll(async () => has('phi.location', 'Riverside')(await rules(0))).toBe(true);
  expect(has('phi.name', 'DOE')(await rules(0))).toBe(true);

  // Strict: the bed number on the notice is reported, as it would be in the draft's own text.
  await setUserPolicy(context, extensionId, { policy: { sensitivity: 'strict' } });
  await expect.poll(async () => has('phi.room', 'bed 4')(await rules(1))).toBe(true);
});

test('x-modal: the barcode on an attached wristband is decoded on the device and its number flagged, unless the policy allows it', async ({ context, page, extensionId }) => {
  await serveSites(context);
  // A wristband's Code 128, drawn by zxing-wasm's own writer (wasm from node_modules, in Node).
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/writer/zxing_writer.wasm'));
  prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
  const written = await writeBarcode('004821937', { format: 'Code128', scale: 3 });
  const c = COMPOSERS.find((x) => x.name === 'x-modal')!;
  await openComposer(page, c);
  await page.keyboard.type('Band check done');
  await page.locator('[role="dialog"] input[data-testid="fileInput"]').first().setInputFiles({ name: 'band.png', mimeType: 'image/png', buffer: Buffer.from(await written.image!.arrayBuffer()) });

  const image = panel(page).locator('.sl-image');
  await expect(image).toHaveAttribute('data-image-status', 'done', { timeout: 90_000 });
  const code = image.locator('[data-rule="phi.id"]');
  await expect(code.first()).toContainText('004821937');

  await setUserPolicy(context, extensionId, { policy: { allowTerms: ['004821937'] } });
  await expect(code).toHaveCount(0);
});
