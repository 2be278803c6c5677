/**
 * `npm run demo`: builds the extension if needed, opens Chromium with it installed, and serves
 * practice copies of X, Facebook and LinkedIn (the e2e site fixtures) at their real addresses, so
 * a newcomer can watch Second Look work in a minute. Nothing is posted and nothing leaves the
 * machine: every other request is refused.
 *
 * Without a display (a server, CI, an SSH session), or with DEMO_HEADLESS=1, it runs headless
 * instead: it types the demo sentence into X's composer, presses Post, prints what the warning
 * and the hold dialog said, and exits (1 if the extension did not load or did not warn).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH, installExtension } from '../e2e/extension';
import buildIfStale from '../e2e/global-setup';
import { serveSites } from '../e2e/sites/serve';

const TABS = ['https://x.com/home', 'https://www.facebook.com/', 'https://www.linkedin.com/feed/'];
const DEMO_SENTENCE = 'Pt in room 612 turned 97 today';
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.env.DEMO_HEADLESS === '1' || noDisplay;

async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    // Playwright's own headless mode cannot run extensions; new headless only for the smoke test.
    headless: false,
    viewport: headless ? { width: 1280, height: 900 } : null,
    ignoreDefaultArgs: ['--disable-extensions'],
    // The browser's own traffic (sign-in, updates) goes to a closed port instead of the internet.
    proxy: { server: 'http://127.0.0.1:9' },
    args: [
      ...(headless ? ['--headless=new'] : ['--start-maximized']),
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets installExtension load the unpacked build over CDP, as the e2e tests do.
      '--enable-unsafe-extension-debugging',
    ],
  });
}

async function openTab(context: BrowserContext, url: string, reuse?: Page): Promise<Page> {
  const page = reuse ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === '1');
  return page;
}

/** Types the demo sentence into X's timeline composer, presses Post, and prints what Second Look said. */
async function smokeTest(context: BrowserContext, x: Page): Promise<boolean> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  console.log(`Extension: ${worker ? 'loaded' : 'NOT loaded'}`);
  const editor = x.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
  await editor.click();
  await x.keyboard.type(DEMO_SENTENCE);
  console.log(`Typed into the X composer: ${DEMO_SENTENCE}`);
  // The UI's automation hooks (docs/architecture.md): panel verdict, one [data-rule] per finding.
  const panel = x.locator('second-look-ui [data-verdict]').first();
  const warned = await panel.waitFor({ state: 'visible', timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  if (!warned) {
    console.log('No warning appeared.');
    return false;
  }
  console.log(`Second Look's panel (verdict: ${await panel.getAttribute('data-verdict')}):`);
  for (const finding of await x.locator('second-look-ui [data-rule]').all()) {
    const rule = await finding.getAttribute('data-rule');
    const message = await finding.locator('.sl-finding__message').textContent();
    console.log(`  - [${rule}] ${message}`);
  }
  await x.locator('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]').click();
  const dialog = x.locator('second-look-ui [role="alertdialog"]');
  const held = await dialog.waitFor({ state: 'visible', timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (held) {
    const title = await dialog.locator('#sl-dialog-title').textContent();
    const buttons = await dialog.getByRole('button').allTextContents();
    console.log(`Pressing Post: held. "${title?.trim()}" (${await dialog.getAttribute('data-mode')}), buttons: ${buttons.map((b) => b.trim()).join(' / ')}`);
  } else {
    console.log('Pressing Post: not held (the default policy only holds high-risk drafts).');
  }
  return Boolean(worker);
}

async function main(): Promise<void> {
  if (noDisplay && process.env.DEMO_HEADLESS !== '1') {
    console.log('No display here, so the demo runs headless: it types a sentence into the practice copy of X,');
    console.log('presses Post and prints what Second Look showed. On a desktop, npm run demo opens a browser window.');
  }
  buildIfStale();
  const context = await launch();
  // Refuse everything, then answer the three sites from memory (later routes are tried first).
  await context.route('**', (route) => route.abort('blockedbyclient'));
  await serveSites(context);
  await installExtension(context);

  const pages: Page[] = [];
  for (const [index, url] of TABS.entries()) {
    pages.push(await openTab(context, url, index === 0 ? context.pages()[0] : undefined));
  }
  await pages[0]!.bringToFront();
  if (headless) {
    const ok = await smokeTest(context, pages[0]!);
    await context.close();
    process.exit(ok ? 0 : 1);
  }
  console.log(
    `Second Look demo: X, Facebook and LinkedIn tabs are local practice copies (nothing is posted, nothing leaves this machine). Type '${DEMO_SENTENCE}' in any composer; close the browser to quit.`,
  );
  process.on('SIGINT', () => void context.close());
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
