import { expect, expectPosts, LINES, open, posts, test, TEXT, typeLines } from './sites/offline-test';

/**
 * The site fixtures themselves, without the extension: each composer, typed into with the real
 * keyboard and submitted the site's way, records exactly what its editor framework holds, once,
 * and empties. One browser for the whole file (see offline-test.ts).
 */
test.describe.configure({ mode: 'default' });

const IMAGE = { name: 'xray.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') };
const IMAGE_RECORD = { name: 'xray.png', type: 'image/png', size: 8 };

test.describe('X (Draft.js)', () => {
  const inline = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';

  test('home composer mounts late, posts with the Post button and empties', async ({ page }) => {
    // Timestamps of the app becoming ready and of the editor appearing, taken in the page.
    await page.addInitScript(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { __marks: typeof marks }).__marks = marks;
      new MutationObserver(() => {
        if (marks.ready === undefined && document.documentElement.dataset.fixtureReady) marks.ready = performance.now();
        if (marks.editor === undefined && document.querySelector('[data-testid="tweetTextarea_0"]')) marks.editor = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await open(page, 'https://x.com/home');
    const button = page.locator('button[data-testid="tweetButtonInline"]');
    await expect(button).toBeDisabled();
    const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
    expect(marks.editor! - marks.ready!).toBeGreaterThan(300);

    const editor = page.locator(inline);
    await expect(editor).toHaveAttribute('role', 'textbox');
    await expect(editor).toHaveAttribute('aria-label', 'Post text');
    await expect(editor).toHaveClass(/public-DraftEditor-content/);
    await editor.click();
    await typeLines(page);
    await button.click();
    await expectPosts(page, [{ composer: 'x-inline', text: TEXT }]);
    await expect(editor).toHaveText('');
    await expect(button).toBeDisabled();
  });

  test('Ctrl+Enter posts like the button; attachments are recorded', async ({ page }) => {
    await open(page, 'https://x.com/home');
    await page.locator(inline).click();
    await page.locator('[data-testid="primaryColumn"] input[data-testid="fileInput"]').setInputFiles(IMAGE);
    await typeLines(page);
    await page.keyboard.press('Control+Enter');
    await expectPosts(page, [{ composer: 'x-inline', text: TEXT, images: [IMAGE_RECORD] }]);
    expect(await page.evaluate(() => window.__postedFiles.map((file) => file.name))).toEqual(['xray.png']);
    await expect(page.locator(inline)).toHaveText('');
  });

  test('the side-nav Post link opens the modal without a reload; Meta+Enter posts and closes it', async ({ page }) => {
    await open(page, 'https://x.com/home');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.locator('a[data-testid="SideNav_NewTweet_Button"][href="/compose/post"]').click();
    await expect(page).toHaveURL('https://x.com/compose/post');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    const dialog = page.locator('div[role="dialog"][aria-modal="true"]');
    const editor = dialog.locator('[data-testid="tweetTextarea_0"]');
    await expect(editor).toBeFocused();
    await typeLines(page);
    await page.keyboard.press('Meta+Enter');
    await expectPosts(page, [{ composer: 'x-modal', text: TEXT }]);
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL('https://x.com/home');
  });

  test('a thread posts every item in order', async ({ page }) => {
    await open(page, 'https://x.com/compose/post');
    const dialog = page.locator('div[role="dialog"][aria-modal="true"]');
    await dialog.locator('[data-testid="tweetTextarea_0"]').click();
    await typeLines(page);
    await dialog.locator('button[data-testid="addButton"]').click();
    await expect(dialog.locator('[data-testid="tweetTextarea_1"]')).toBeFocused();
    await page.keyboard.type('2/ and more');
    await dialog.locator('button[data-testid="tweetButton"]').click();
    await expectPosts(page, [
      { composer: 'x-modal', text: TEXT },
      { composer: 'x-thread', text: '2/ and more' },
    ]);
  });

  test('the reply composer under a post', async ({ page }) => {
    await open(page, 'https://x.com/status/1');
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await editor.click();
    await typeLines(page);
    await page.locator('button[data-testid="tweetButtonInline"]', { hasText: 'Reply' }).click();
    await expectPosts(page, [{ composer: 'x-reply', text: TEXT }]);
    await expect(editor).toHaveText('');
  });

  test('twitter.com is X too', async ({ page }) => {
    await open(page, 'https://twitter.com/home');
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toBeVisible();
  });
});

test.describe('Facebook (Lexical)', () => {
  test('Create post: write, Next, Post — with a photo', async ({ page }) => {
    await open(page, 'https://www.facebook.com/');
    await page.getByRole('button', { name: "What's on your mind, Jane?" }).click();
    const dialog = page.locator('div[role="dialog"][aria-label="Create post"]');
    const editor = dialog.locator(
      'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="What\'s on your mind, Jane?"]',
    );
    await expect(editor).toBeFocused();
    await typeLines(page);
    await dialog.locator('input[type="file"][accept^="image/*"][multiple]').setInputFiles(IMAGE);
    await dialog.locator('div[role="button"][aria-label="Next"]').click();
    await expect(editor).toHaveCount(0);
    await dialog.locator('div[role="button"][aria-label="Post"]').click();
    await expectPosts(page, [{ composer: 'fb-post', text: TEXT, images: [IMAGE_RECORD] }]);
    await expect(dialog).toHaveCount(0);
  });

  test('Back from the second step keeps the text', async ({ page }) => {
    await open(page, 'https://www.facebook.com/');
    await page.getByRole('button', { name: "What's on your mind, Jane?" }).click();
    const dialog = page.locator('div[role="dialog"][aria-label="Create post"]');
    await typeLines(page);
    await dialog.locator('div[role="button"][aria-label="Next"]').click();
    await dialog.locator('div[role="button"][aria-label="Back"]').click();
    await expect(dialog.locator('[data-lexical-editor="true"]')).toContainText(LINES[0]!);
  });

  test('comment: Shift+Enter breaks the line, Enter submits', async ({ page }) => {
    await open(page, 'https://www.facebook.com/');
    const editor = page.locator('[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Comment as Jane Doe"]');
    await editor.click();
    await typeLines(page, 'Shift+Enter');
    await page.keyboard.press('Enter');
    await expectPosts(page, [{ composer: 'fb-comment', text: TEXT }]);
    await expect(editor).toHaveText('');
    await page.keyboard.press('Enter');
    expect(await posts(page)).toHaveLength(1);
  });

  test('reply to a comment', async ({ page }) => {
    await open(page, 'https://www.facebook.com/');
    await page.locator('[aria-label="Comment by John Smith"]').getByRole('button', { name: 'Reply' }).click();
    const editor = page.locator('[data-lexical-editor="true"][role="textbox"][aria-label="Reply to John Smith"]');
    await expect(editor).toBeFocused();
    await typeLines(page, 'Shift+Enter');
    await page.keyboard.press('Enter');
    await expectPosts(page, [{ composer: 'fb-reply', text: TEXT }]);
    await expect(editor).toHaveText('');
  });

  test('Messenger: Enter sends', async ({ page }) => {
    await open(page, 'https://www.facebook.com/messages/t/100');
    const editor = page.locator('[data-lexical-editor="true"][role="textbox"][aria-label="Message"]');
    await editor.click();
    await typeLines(page, 'Shift+Enter');
    await page.keyboard.press('Enter');
    await expectPosts(page, [{ composer: 'fb-messenger', text: TEXT }]);
    await expect(editor).toHaveText('');
  });
});

test.describe('LinkedIn (Quill, TipTap)', () => {
  test('classic share box: Quill inside #interop-outlet\'s open shadow root', async ({ page }) => {
    await open(page, 'https://www.linkedin.com/feed/');
    await page.locator('button.share-box-feed-entry__trigger').click();
    expect(await page.evaluate(() => document.querySelector('.ql-editor[aria-label="Text editor for creating content"][role="textbox"]')?.closest('.share-box'))).toBeFalsy();
    // Playwright's CSS locators pierce open shadow roots.
    const modal = page.locator('#interop-outlet [data-test-modal-id="sharebox"][role="dialog"]');
    const editor = modal.locator('.ql-editor[role="textbox"][aria-label="Text editor for creating content"]');
    await expect(editor).toBeFocused();
    await modal.locator('input[type="file"]').setInputFiles(IMAGE);
    await typeLines(page);
    await modal.locator('button.share-actions__primary-action').click();
    await expectPosts(page, [{ composer: 'li-share', text: TEXT, images: [IMAGE_RECORD] }]);
    await expect(modal).toHaveCount(0);
  });

  test('newer share dialog: TipTap', async ({ page }) => {
    await open(page, 'https://www.linkedin.com/feed/');
    await page.locator('button[aria-label="Create a post (new)"]').click();
    const dialog = page.locator('[role="dialog"]:has(.tiptap.ProseMirror)');
    await expect(dialog.locator('.tiptap.ProseMirror[role="textbox"]')).toBeFocused();
    await typeLines(page);
    await dialog.locator('button.share-actions__primary-action').click();
    await expectPosts(page, [{ composer: 'li-share-new', text: TEXT }]);
    await expect(dialog).toHaveCount(0);
  });

  test('classic comment box: Quill in a form, Comment button', async ({ page }) => {
    await open(page, 'https://www.linkedin.com/feed/');
    const form = page.locator('form.comments-comment-box__form');
    await form.locator('.ql-editor').click();
    await typeLines(page);
    await form.locator('button.comments-comment-box__submit-button--cr').click();
    await expectPosts(page, [{ composer: 'li-comment', text: TEXT }]);
    await expect(form.locator('.ql-editor')).toHaveText('');
    await expect(form.locator('button[type="submit"]')).toHaveCount(0);
  });

  test('newer comment box: TipTap, comment-post button', async ({ page }) => {
    await open(page, 'https://www.linkedin.com/feed/');
    const box = page.locator('[data-view-name="comment-box"]');
    const editor = box.locator('.tiptap.ProseMirror[role="textbox"][aria-label="Text editor for creating comment"]');
    await editor.click();
    await typeLines(page);
    await box.locator('button[data-view-name="comment-post"]').click();
    await expectPosts(page, [{ composer: 'li-comment-new', text: TEXT }]);
    await expect(editor).toHaveText('');
  });
});

test('any document path gets the shell; anything else is a 404', async ({ page }) => {
  await open(page, 'https://www.linkedin.com/in/jane-doe/');
  const status = await page.evaluate(async () => (await fetch('/voyager/api/me')).status);
  expect(status).toBe(404);
});
