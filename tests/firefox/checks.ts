import type { Page } from 'puppeteer-core';
import { panelTiming, watchPanelTiming } from '../e2e/panel-timing';
import { EXTENSION_ORIGIN, fixturePage, type FirefoxRun } from './browser';

export const PHI = 'Pt in room 612 turned 97 today';
export const BENIGN = 'Happy Nurses Week 4 West! Proud of this team.';

/** Polls `read` until `accept` says yes, or fails with what it last saw. */
export async function until<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens one of the add-on's pages in `page`. Firefox's BiDi loads a moz-extension:// page but never
 * reports that navigation as finished, so the page itself is asked until it is there.
 */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
  void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
  await until(`${path} loaded`, () => page.evaluate(() => `${location.href} ${document.readyState}`), (s) => s.startsWith(`${EXTENSION_ORIGIN}/${path}`) && s.endsWith('complete'));
}

const posts = (page: Page) => page.evaluate(() => (window as unknown as { __posts: { composer: string; text: string }[] }).__posts.map(({ composer, text }) => ({ composer, text })));
const panelVerdict = (page: Page) =>
  page.evaluate(() => document.querySelector('second-look-ui')?.shadowRoot?.querySelector('.sl-panel')?.getAttribute('data-verdict') ?? null);
const holdMode = (page: Page) =>
  page.evaluate(() => document.querySelector('second-look-ui')?.shadowRoot?.querySelector('[role="alertdialog"]')?.getAttribute('data-mode') ?? null);

/** One composer per site, driven as a person would: where it is, how it opens, how it posts. */
export interface FirefoxComposer {
  name: string;
  url: string;
  open?: (page: Page) => Promise<void>;
  /** A selector for the editor; `>>>` pierces open shadow roots. */
  editor: string;
  submit: { click: string } | { key: 'Enter' | 'Control+Enter' };
  directMessages?: true;
}

export const FIREFOX_COMPOSERS: FirefoxComposer[] = [
  { name: 'x-modal', url: 'https://x.com/compose/post', editor: '[role="dialog"] [data-testid="tweetTextarea_0"]', submit: { click: '[data-testid="tweetButton"]' } },
  { name: 'fb-comment', url: 'https://www.facebook.com/', editor: '[data-lexical-editor="true"][aria-label^="Comment as"]', submit: { key: 'Enter' } },
  { name: 'li-comment-new', url: 'https://www.linkedin.com/feed/', editor: '[data-view-name="comment-box"] .tiptap.ProseMirror', submit: { click: '[data-view-name="comment-box"] button[data-view-name="comment-post"]' } },
  { name: 'reddit-comment', url: 'https://www.reddit.com/r/nursing/comments/abc/night_shift_tips/', editor: 'comment-composer-host shreddit-composer [data-lexical-editor="true"]', submit: { click: 'comment-composer-host button[slot="submit-button"]' } },
  { name: 'ig-comment', url: 'https://www.instagram.com/p/C0ffee/', editor: 'form textarea[aria-label="Add a comment…"]', submit: { key: 'Enter' } },
  { name: 'threads-post', url: 'https://www.threads.com/', open: (page) => page.click('.whats-new'), editor: '[role="dialog"] [data-lexical-editor="true"]', submit: { key: 'Control+Enter' } },
  { name: 'bsky-post', url: 'https://bsky.app/', open: (page) => page.click('[data-testid="composeFAB"]'), editor: '[role="dialog"] .ProseMirror', submit: { click: '[data-testid="composerPublishBtn"]' } },
  { name: 'mastodon-compose', url: 'https://mastodon.social/home', editor: 'form.compose-form textarea', submit: { click: 'form.compose-form button[type="submit"]' } },
  { name: 'wa-message', url: 'https://web.whatsapp.com/', editor: 'footer [data-lexical-editor="true"]', submit: { key: 'Enter' }, directMessages: true },
];

async function openComposer(page: Page, c: FirefoxComposer): Promise<void> {
  await page.goto(c.url);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === '1');
  await c.open?.(page);
  const editor = await page.waitForSelector(c.editor, { visible: true });
  await editor!.click();
}

async function submit(page: Page, c: FirefoxComposer): Promise<void> {
  if ('click' in c.submit) await page.click(c.submit.click);
  else if (c.submit.key === 'Enter') await page.keyboard.press('Enter');
  else {
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
  }
}

/** Presses a button of the hold dialog, inside <second-look-ui>'s open shadow root. */
async function holdButton(page: Page, name: string): Promise<void> {
  const buttons = await page.$$('second-look-ui >>> [role="alertdialog"] button');
  for (const button of buttons) {
    if ((await button.evaluate((b) => b.textContent?.trim())) === name) return void (await button.click());
  }
  throw new Error(`no "${name}" button in the hold dialog`);
}

/** Sets the user's own settings from an extension page, as the popup would. */
export async function setUserPolicy(run: FirefoxRun, policy: object): Promise<void> {
  const page = await run.browser.newPage();
  await openExtensionPage(page, 'popup.html');
  await page.evaluate((p) => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ policy: p }), policy);
  await page.close();
}

/**
 * The composer check, as in Chromium's e2e: an ordinary post goes out once and unchanged; a PHI
 * draft gets the high-risk panel, Post is held until "Post anyway", which posts it once.
 */
export async function checkComposer(run: FirefoxRun, c: FirefoxComposer): Promise<number> {
  const page = await fixturePage(run);
  try {
    await openComposer(page, c);
    await page.keyboard.type(BENIGN);
    await new Promise((resolve) => setTimeout(resolve, 600));
    // As in Chromium's e2e: no finding. A panel saying the check is still starting (verdict ok,
    // nothing named) can show on a loaded machine; the post must still go out below.
    const findings = await page.evaluate(() => document.querySelector('second-look-ui')?.shadowRoot?.querySelectorAll('.sl-panel [data-rule], .sl-panel .sl-finding').length ?? 0);
    const verdict = await panelVerdict(page);
    if (findings > 0 || (verdict !== null && verdict !== 'ok')) throw new Error(`an ordinary post got a warning (${verdict}, ${findings} findings)`);
    await submit(page, c);
    await until('the ordinary post', () => posts(page), (p) => p.length === 1);
    const [first] = await posts(page);
    if (first?.text !== BENIGN || first.composer !== c.name) throw new Error(`posted ${JSON.stringify(first)}`);

    // Where posting closed the composer, the page again (it forgets what it recorded).
    let before = 1;
    if (!(await page.$(c.editor))) await openComposer(page, c);
    else {
      before = 0;
      await page.click(c.editor);
    }
    const count = async () => before + (await posts(page)).length;
    await page.evaluate(watchPanelTiming);
    await page.keyboard.type(PHI);
    await until('the panel', () => panelVerdict(page), (v) => v === 'high');
    const delay = await until('the complete warning', () => page.evaluate(panelTiming), (d) => d !== null);
    if (delay! >= 1_000) throw new Error(`the warning came ${Math.round(delay!)} ms after the last key (limit 1000)`);
    await submit(page, c);
    await until('the hold dialog', () => holdMode(page), (m) => m === 'confirm');
    await new Promise((resolve) => setTimeout(resolve, 300));
    if ((await count()) !== 1) throw new Error('the PHI draft was posted without asking');
    await holdButton(page, 'Post anyway');
    await until('the confirmed post', count, (n) => n === 2);
    const last = (await posts(page)).at(-1);
    if (last?.text !== PHI || last.composer !== c.name) throw new Error(`posted ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    if ((await count()) !== 2) throw new Error('posted twice');
    return delay!;
  } finally {
    await page.close();
  }
}

/** The popup's draft checker: PHI is high risk, an ordinary post is ok. */
export async function checkPopup(run: FirefoxRun): Promise<void> {
  const page = await run.browser.newPage();
  try {
    await openExtensionPage(page, 'popup.html');
    const verdictFor = async (text: string) => {
      await page.$eval('textarea', (t) => ((t as HTMLTextAreaElement).value = ''));
      await page.type('textarea', text);
      // The verdict, and why a draft was not checked if it was not (a time-out is retried).
      const read = () => page.$eval('[data-verdict]', (el) => `${el.getAttribute('data-verdict')}${el.querySelector('[data-unchecked]') ? ` (not checked: ${el.querySelector('[data-unchecked]')!.getAttribute('data-unchecked')})` : ''}`);
      return until(`the popup's verdict for ${JSON.stringify(text)}`, read, (v) => v === (text === BENIGN ? 'ok' : 'high'));
    };
    await verdictFor('SSN 623-11-4087 on the facesheet belongs to someone else');
    await verdictFor(BENIGN);
  } finally {
    await page.close();
  }
}

/**
 * "Check posts on this site" in the popup: the browser is asked for the host (answered yes by the
 * profile's setting), the background registers the content script, and the site's next page is
 * checked: a forum with the generic adapter, another Mastodon instance with Mastodon's.
 */
export async function checkAddedSite(run: FirefoxRun, host: string, composer: FirefoxComposer): Promise<number> {
  const popup = await run.browser.newPage();
  try {
    await openExtensionPage(popup, 'popup.html');
    await popup.click('summary.settings__summary');
    await popup.type('#add-site', host);
    await popup.click('.sl-sites__add button[type="submit"]');
    await until(`adding ${host}`, () => popup.$eval('.sl-sites__message', (el) => el.textContent ?? ''), (t) => t.startsWith(`Posts on ${host} are checked`));
  } finally {
    await popup.close();
  }
  // The registration lands a moment later in the background.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return checkComposer(run, composer);
}

/**
 * A site the organization lists in extraSites (a real policies.json): the popup shows it locked
 * and not yet allowed, its pages are not checked meanwhile; one click on Allow grants it with no
 * browser question (the policy sets extensions.webextOptionalPermissionPrompts to false, as
 * docs/admin.md tells IT to), and from the next page on a PHI draft there is held.
 */
export async function checkManagedSite(run: FirefoxRun, host: string, composer: FirefoxComposer): Promise<number> {
  const site = await fixturePage(run);
  try {
    await site.goto(composer.url);
    await site.waitForFunction(() => document.documentElement.dataset.fixtureReady === '1');
    await site.click(composer.editor);
    await site.keyboard.type(PHI);
    await new Promise((resolve) => setTimeout(resolve, 600));
    if (await site.$('second-look-ui')) throw new Error(`${host} was checked before anyone allowed it`);
  } finally {
    await site.close();
  }
  const popup = await run.browser.newPage();
  try {
    await openExtensionPage(popup, 'popup.html');
    await popup.click('summary.settings__summary');
    const row = `.sl-sites__list [data-site="${host}"]`;
    const state = () => popup.$eval(row, (el) => `${el.getAttribute('data-locked')} ${el.getAttribute('data-allowed')}`);
    await until(`${host} listed as the organization's, not yet allowed`, state, (s) => s === 'true false');
    await popup.click(`${row} button`);
    // A browser question would leave this waiting: the click alone must grant it.
    await until(`${host} allowed by the click alone`, state, (s) => s === 'true true', 5_000);
  } finally {
    await popup.close();
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  return checkComposer(run, composer);
}
