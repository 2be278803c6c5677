import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FirefoxRun } from './browser';
import { openExtensionPage } from './checks';

/** A group photo that ships in the face-api package (its demo pictures), in node_modules. */
const PHOTO = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo', 'sample2.jpg');

/**
 * Firefox hosts OCR in its background page, not an offscreen document: the face detector (tfjs's
 * WebAssembly backend, the model from the extension's own files) must start and find the face
 * there too, beside the text.
 */
export async function checkFacesInBackground(run: FirefoxRun): Promise<void> {
  const page = await run.browser.newPage();
  try {
    await openExtensionPage(page, 'popup.html');
    const base64 = readFileSync(PHOTO).toString('base64');
    const reply = await page.evaluate(async (b: string) => {
      const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; reading?: { faces?: { score: number }[] } }> } } }).browser;
      return api.runtime.sendMessage({ kind: 'ocr.read', base64: b, mime: 'image/jpeg' });
    }, base64);
    if (!reply.ok) throw new Error(`the OCR host could not read the photo: ${reply.error}`);
    if (!reply.reading?.faces?.length) throw new Error(`no face found in ${PHOTO}: ${JSON.stringify(reply.reading?.faces)}`);
  } finally {
    await page.close();
  }
}
