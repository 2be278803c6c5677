import type { Page } from '@playwright/test';
import { COMPOSERS, holdDialog, MORE_COMPOSERS, openComposer, panel, posts, submit } from './composers';
import { expect, EXTENSION_ID, test } from './fixtures';
import { setUserPolicy } from './settings-helpers';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

/**
 * Fail closed (docs/architecture.md): whenever Second Look cannot check a draft, Post is held and
 * the user is told why. Each test is a way the extension once let a draft out unchecked (issue 19).
 */
test.use({ servedOrigins: SERVED_ORIGINS });
test.beforeEach(async ({ context }) => {
  await serveSites(context);
});

const byName = (name: string) => COMPOSERS.find((c) => c.name === name)!;
const ALL_BLOCK = { policy: { actions: { low: 'block', medium: 'block', high: 'block' } } };
/** The event WXT's content-script context announces itself with, and used to obey from anyone. */
const STARTED_EVENT = `${EXTENSION_ID}:content:wxt:content-script-started`;

/** The shadow root's button, pressed by a page script: element.click() is an untrusted event. */
const pageClicks = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const button = document.querySelector('second-look-ui')!.shadowRoot!.querySelector<HTMLElement>(s);
    if (!button) throw new Error(`no ${s}`);
    button.click();
  }, selector);

test('a draft that makes the engine throw is held, not posted as "ok"', async ({ context, page, extensionId }) => {
  await setUserPolicy(context, extensionId, ALL_BLOCK);
  const c = byName('x-modal');
  await openComposer(page, c);
  // The draft from the issue: `unmask()` built a regex from the whole 16,000-character token and
  // threw "Stack overflow"; the panel went away and Ctrl+Enter posted it. Once the engine handles
  // it, it is held for the SSN and the room instead: either way it must not go out.
  await page.keyboard.insertText(`SSN 623-11-4087 pt in room 612 ${'f*'.repeat(8000)}`);
  await expect(panel(page)).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('Control+Enter');
  const dialog = holdDialog(page);
  await expect(dialog).toBeVisible();
  const mode = await dialog.getAttribute('data-mode');
  // Confirm only when it could not be checked: the engine threw, or (a cold engine on a loaded
  // machine, 16,000 characters) ran past its budget at Post time. Held either way.
  if (mode === 'confirm') expect(['error', 'timeout']).toContain(await dialog.getAttribute('data-unchecked'));
  else expect(mode).toBe('block');
  await page.waitForTimeout(300);
  expect(await posts(page)).toEqual([]);
});

test('Post pressed before Second Look has read its policy is held until the draft is checked', async ({ page }) => {
  // A page-timed stand-in for "type and press Post the moment the tab opens": the draft is typed
  // as soon as the composer exists, and Post is clicked the instant Second Look's UI appears,
  // while its policy is still being read (the moment a PHI draft used to go out unchecked).
  await page.addInitScript(() => {
    const w = window as unknown as { __clicked?: boolean; __typed?: boolean };
    new MutationObserver(() => {
      const editor = document.querySelector<HTMLElement>('.comments-comment-box__form .ql-editor');
      if (editor && !w.__typed) {
        w.__typed = true;
        editor.focus();
        document.execCommand('insertText', false, 'Pt in room 612 turned 97 today');
      }
      if (w.__typed && !w.__clicked && document.querySelector('second-look-ui')) {
        w.__clicked = true;
        document.querySelector<HTMLElement>('.comments-comment-box__form .comments-comment-box__submit-button')!.click();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('https://www.linkedin.com/feed/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __clicked?: boolean }).__clicked)).toBe(true);
  const dialog = holdDialog(page);
  await expect(dialog).toHaveAttribute('data-mode', 'confirm');
  await expect(dialog.locator('[data-rule="phi.room"]')).toHaveCount(1);
  expect(await posts(page)).toEqual([]);
  // Then it behaves as any held post.
  await dialog.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posts(page)).toEqual([{ composer: 'li-comment', text: 'Pt in room 612 turned 97 today' }]);
});

test('the page hears no start-up message from Second Look', async ({ page }) => {
  await page.addInitScript((name) => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    window.addEventListener('message', (e) => JSON.stringify(e.data ?? null).includes('content-script-started') && heard.push('postMessage'), true);
    document.addEventListener(name, () => heard.push('event'), true);
  }, STARTED_EVENT);
  await openComposer(page, byName('x-modal'));
  await page.keyboard.type('Pt in room 612 turned 97 today');
  // The content script has started and checked the draft: the page was told nothing.
  await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
});

test('an event dispatched by the page does not remove the guard', async ({ page }) => {
  const c = byName('x-modal');
  await openComposer(page, c);
  await page.keyboard.type('Pt in room 612 turned 97 today');
  await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
  // What WXT's context obeyed: "a newer copy of this script started", sent by the page.
  await page.evaluate((name) => {
    const detail = { contentScriptName: 'content', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(name, { detail }));
    window.postMessage({ type: name, ...detail }, '*');
  }, STARTED_EVENT);
  await page.waitForTimeout(300);
  await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
  await submit(page, c);
  await expect(holdDialog(page)).toBeVisible();
  expect(await posts(page)).toEqual([]);
});

test('a page script cannot press "Post anyway" or "Ignore once"; the person still can', async ({ page }) => {
  const c = byName('x-modal');
  await openComposer(page, c);
  await page.keyboard.type('Pt in room 612 is doing great');
  const warning = panel(page);
  await expect(warning.locator('[data-rule="phi.room"]')).toHaveCount(1);

  await pageClicks(page, '[data-rule="phi.room"] [data-action="ignore"]');
  await page.waitForTimeout(300);
  await expect(warning.locator('[data-rule="phi.room"]')).toHaveCount(1);

  await submit(page, c);
  const dialog = holdDialog(page);
  await expect(dialog).toHaveAttribute('data-mode', 'confirm');
  await pageClicks(page, '[data-action="post-anyway"]');
  await page.waitForTimeout(300);
  await expect(dialog).toBeVisible();
  expect(await posts(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => posts(page)).toEqual([{ composer: 'x-modal', text: 'Pt in room 612 is doing great' }]);
});

test('after the extension is reloaded under an open tab, the tab says to reload and keeps holding Post', async ({ context, page, extensionId }) => {
  const c = byName('x-modal');
  await openComposer(page, c);
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  // What an update does to open tabs: their content script stays, cut off from the extension.
  await extensionPage.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);

  await c.editor(page).click();
  await page.keyboard.type('Agenda for Thursday');
  const warning = panel(page);
  await expect(warning).toHaveAttribute('data-unchecked', 'orphaned', { timeout: 10_000 });
  await expect(warning).toContainText('Copy your draft, then reload the tab.');

  // A harmless draft is held too: this tab can no longer read images or get policy changes.
  await submit(page, c);
  const dialog = holdDialog(page);
  await expect(dialog).toHaveAttribute('data-unchecked', 'orphaned');
  await expect(dialog).toContainText('reload the tab');
  expect(await posts(page)).toEqual([]);
});

/** One composer per site added in issue 17: the same fail-closed guarantees hold there. */
const NEW_SITE_COMPOSERS = ['reddit-comment', 'ig-comment', 'threads-post', 'bsky-post', 'mastodon-compose', 'wa-message'].map(
  (name) => MORE_COMPOSERS.find((c) => c.name === name)!,
);

for (const c of NEW_SITE_COMPOSERS) {
  test(`${c.name}: after the extension is reloaded under the tab, even an ordinary draft is held`, async ({ context, page, extensionId }) => {
    if (c.directMessages) await setUserPolicy(context, extensionId, { policy: { sites: { messenger: true } } });
    const loaded = Date.now();
    await openComposer(page, c);
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
    await extensionPage.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    // The page re-reads the policy 2 s and 10 s after it loads; with the extension gone those
    // reads fail. Direct messages must stay checked all the same (they once fell back to the
    // default, off, and WhatsApp went unchecked).
    if (c.directMessages) await page.waitForTimeout(Math.max(0, loaded + 11_000 - Date.now()));
    await page.bringToFront();
    await c.editor(page).click();
    await page.keyboard.type('Agenda for Thursday');
    await expect(panel(page)).toHaveAttribute('data-unchecked', 'orphaned', { timeout: 10_000 });
    await submit(page, c);
    await expect(holdDialog(page)).toHaveAttribute('data-unchecked', 'orphaned');
    expect(await posts(page)).toEqual([]);
  });
}
