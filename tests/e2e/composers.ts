import { expect, type Locator, type Page } from '@playwright/test';
import { plainPhoto } from './images';

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
  /** The name the fixture records posts under, when it differs from the case's. */
  recorded?: string;
  /** Posting needs a photo (a caption): the post carries images. */
  withImages?: true;
  /** Checked only with direct messages on (WhatsApp Web). */
  directMessages?: true;
  /** After posting, the editor stays but forgets what `open` set up (a reply becomes a new post). */
  reopenWithOpen?: true;
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

/** A draft box the fixtures give no test id: found by its own attributes, in whatever root it lives. */
const lexicalIn = (scope: string) => (page: Page) => page.locator(`${scope} [data-lexical-editor="true"]`).first();

/**
 * The composers of Reddit, Instagram, Threads, Bluesky, Mastodon and WhatsApp Web (issue 17), one
 * case per place people post from. Locators pierce open shadow roots (Reddit).
 */
export const MORE_COMPOSERS: ComposerCase[] = [
  {
    name: 'reddit-comment',
    url: 'https://www.reddit.com/r/nursing/comments/abc/night_shift_tips/',
    editor: (page) => page.locator('comment-composer-host shreddit-composer [data-lexical-editor="true"]'),
    submit: { click: (page) => page.locator('comment-composer-host button[slot="submit-button"]') },
  },
  {
    name: 'reddit-post',
    url: 'https://www.reddit.com/r/nursing/submit',
    open: async (page) => {
      await page.locator('r-post-composer-form textarea[name="title"]').fill('Night shift tips');
    },
    editor: (page) => page.locator('r-post-composer-form shreddit-composer [data-lexical-editor="true"]'),
    submit: { click: (page) => page.locator('#submit-post-button') },
  },
  {
    name: 'reddit-comment-markdown',
    url: 'https://www.reddit.com/r/nursing/comments/abc/night_shift_tips/',
    open: async (page) => page.locator('comment-composer-host shreddit-composer .switch-mode').click(),
    editor: (page) => page.locator('comment-composer-host shreddit-markdown-composer textarea'),
    submit: { click: (page) => page.locator('comment-composer-host button[slot="submit-button"]') },
    recorded: 'reddit-comment',
  },
  {
    name: 'old-reddit',
    url: 'https://old.reddit.com/r/nursing/comments/abc/night_shift_tips/',
    editor: (page) => page.locator('form.usertext textarea[name="text"]'),
    submit: { click: (page) => page.locator('form.usertext button.save') },
  },
  {
    name: 'ig-caption',
    url: 'https://www.instagram.com/',
    open: async (page) => {
      await page.getByRole('link', { name: 'New post' }).click();
      await page.locator('[role="dialog"] input[type="file"]').setInputFiles(plainPhoto());
      await page.locator('[role="dialog"] [role="button"]', { hasText: 'Next' }).click();
    },
    editor: (page) => page.locator('[role="dialog"] [aria-label="Write a caption..."]'),
    submit: { click: (page) => page.locator('[role="dialog"] [role="button"]', { hasText: 'Share' }) },
    withImages: true,
  },
  {
    name: 'ig-comment',
    url: 'https://www.instagram.com/p/C0ffee/',
    editor: (page) => page.getByRole('textbox', { name: 'Add a comment…' }),
    submit: { key: 'Enter' },
  },
  {
    name: 'threads-post',
    url: 'https://www.threads.com/',
    open: async (page) => page.locator('.whats-new').click(),
    editor: lexicalIn('[role="dialog"]'),
    submit: { click: (page) => page.locator('[role="dialog"] [role="button"]', { hasText: /^Post$/ }) },
  },
  {
    name: 'threads-reply',
    url: 'https://www.threads.net/@mercy_general/post/C0ffee',
    open: async (page) => page.getByRole('button', { name: 'Reply' }).click(),
    editor: lexicalIn('[role="dialog"]'),
    submit: { key: 'Control+Enter' },
  },
  {
    name: 'threads-quote',
    url: 'https://www.threads.com/',
    open: async (page) => page.getByRole('button', { name: 'Quote' }).click(),
    editor: lexicalIn('[role="dialog"]'),
    submit: { click: (page) => page.locator('[role="dialog"] [role="button"]', { hasText: /^Post$/ }) },
  },
  {
    name: 'bsky-post',
    url: 'https://bsky.app/',
    open: async (page) => page.getByTestId('composeFAB').click(),
    editor: (page) => page.locator('[role="dialog"] .ProseMirror'),
    submit: { click: (page) => page.getByTestId('composerPublishBtn') },
  },
  {
    name: 'bsky-reply',
    url: 'https://bsky.app/profile/mercygeneral.bsky.social/post/3k',
    open: async (page) => page.getByTestId('replyBtn').click(),
    editor: (page) => page.locator('[role="dialog"] .ProseMirror'),
    submit: { key: 'Control+Enter' },
  },
  {
    name: 'mastodon-compose',
    url: 'https://mastodon.social/home',
    editor: (page) => page.getByRole('textbox', { name: "What's on your mind?" }),
    submit: { click: (page) => page.locator('form.compose-form button[type="submit"]') },
  },
  {
    name: 'mastodon-reply',
    url: 'https://mastodon.social/home',
    open: async (page) => page.getByRole('button', { name: 'Reply' }).click(),
    reopenWithOpen: true,
    editor: (page) => page.getByRole('textbox', { name: "What's on your mind?" }),
    submit: { key: 'Control+Enter' },
  },
  {
    name: 'wa-message',
    url: 'https://web.whatsapp.com/',
    editor: lexicalIn('footer'),
    submit: { key: 'Enter' },
    directMessages: true,
  },
  {
    name: 'wa-caption',
    url: 'https://web.whatsapp.com/',
    open: async (page) => {
      await page.getByRole('button', { name: 'Attach' }).click();
      await page.locator('footer input[type="file"]').setInputFiles(plainPhoto());
    },
    editor: (page) => page.locator('[aria-label="Add a caption"]'),
    submit: { click: (page) => page.locator('.media-editor [role="button"][aria-label="Send"]') },
    withImages: true,
    directMessages: true,
  },
];
