import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Every composer the extension hooks, as the e2e tests drive it: where it lives, how a person
 * opens it, and how they submit. Names match the fixtures' recorder and src/sites.
 */
export interface ComposerCase {
  name: string;
  url: string;
  /** What a person clicks to bring the composer up, if it is not on the page already. */
  open?: (page: Page) => Promise<void>;
  editor: (page: Page) => Locator;
  /** How this composer posts: its button, or a key. */
  submit: { click: (page: Page) => Locator } | { key: 'Control+Enter' | 'Enter' };
  /** A second step after the first submit (Facebook's Next, then Post). */
  thenClick?: (page: Page) => Locator;
}

const lexical = (label: string) => (page: Page) => page.locator(`[data-lexical-editor="true"][aria-label^="${label}"]`);

export const COMPOSERS: ComposerCase[] = [
  {
    name: 'x-inline',
    url: 'https://x.com/home',
    editor: (page) => page.getByTestId('tweetTextarea_0'),
    submit: { click: (page) => page.getByTestId('tweetButtonInline') },
  },
  {
    name: 'x-modal',
    url: 'https://x.com/compose/post',
    editor: (page) => page.locator('[role="dialog"]').getByTestId('tweetTextarea_0'),
    submit: { click: (page) => page.getByTestId('tweetButton') },
  },
  {
    name: 'x-reply',
    url: 'https://x.com/status/1',
    editor: (page) => page.getByTestId('tweetTextarea_0'),
    submit: { key: 'Control+Enter' },
  },
  {
    name: 'fb-post',
    url: 'https://www.facebook.com/',
    open: async (page) => page.getByRole('button', { name: /What's on your mind/ }).first().click(),
    editor: (page) => page.locator('[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]'),
    submit: { click: (page) => page.locator('[role="button"][aria-label="Next"]') },
    thenClick: (page) => page.locator('[role="button"][aria-label="Post"]'),
  },
  {
    name: 'fb-comment',
    url: 'https://www.facebook.com/',
    editor: lexical('Comment as'),
    submit: { key: 'Enter' },
  },
  {
    name: 'fb-reply',
    url: 'https://www.facebook.com/',
    open: async (page) => page.locator('[aria-label="Comment by John Smith"] [role="button"]', { hasText: 'Reply' }).first().click(),
    editor: lexical('Reply to'),
    submit: { key: 'Enter' },
  },
  {
    name: 'li-share',
    url: 'https://www.linkedin.com/feed/',
    open: async (page) => page.locator('button.share-box-feed-entry__trigger').first().click(),
    editor: (page) => page.locator('#interop-outlet .share-box .ql-editor'),
    submit: { click: (page) => page.locator('#interop-outlet .share-actions__primary-action') },
  },
  {
    name: 'li-share-new',
    url: 'https://www.linkedin.com/feed/',
    open: async (page) => page.locator('button[aria-label="Create a post (new)"]').click(),
    editor: (page) => page.locator('[role="dialog"] .tiptap.ProseMirror'),
    submit: { click: (page) => page.locator('[role="dialog"] .share-actions__primary-action') },
  },
  {
    name: 'li-comment',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('.comments-comment-box__form .ql-editor').first(),
    submit: { click: (page) => page.locator('.comments-comment-box__form').first().locator('.comments-comment-box__submit-button') },
  },
  {
    name: 'li-comment-new',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('[data-view-name="comment-box"] .tiptap.ProseMirror').first(),
    submit: { click: (page) => page.locator('[data-view-name="comment-box"] button[data-view-name="comment-post"]').first() },
  },
];

export interface Posted {
  composer: string;
  text: string;
}

/** What the fixture's own Post handler sent, read from the page's main world. */
export function posts(page: Page): Promise<Posted[]> {
  return page.evaluate(() => (window as unknown as { __posts: Posted[] }).__posts);
}

export async function openComposer(page: Page, c: ComposerCase): Promise<Locator> {
  await page.goto(c.url);
  await expect(page.locator('html[data-fixture-ready="1"]')).toHaveCount(1);
  await c.open?.(page);
  const editor = c.editor(page);
  await expect(editor).toBeVisible();
  await editor.click();
  return editor;
}

export async function submit(page: Page, c: ComposerCase): Promise<void> {
  if ('click' in c.submit) await c.submit.click(page).click();
  else await page.keyboard.press(c.submit.key);
}

/** The inline panel, inside <second-look-ui>'s open shadow root (Playwright's CSS pierces it). */
export const panel = (page: Page) => page.locator('second-look-ui .sl-panel');
export const holdDialog = (page: Page) => page.locator('second-look-ui [role="alertdialog"]');
