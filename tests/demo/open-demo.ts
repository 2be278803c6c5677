/**
 * `npm run demo`: builds the extension if needed, opens Chromium with it installed, and serves
 * practice copies of X, Facebook and LinkedIn (the e2e site fixtures) at their real addresses, so
 * a newcomer can watch Second Look work in a minute. Nothing is posted and nothing leaves the
 * machine: every other request is refused.
 *
 * DEMO_HEADLESS=1 runs it headless as a smoke test: it checks the tabs and the extension, types
 * the demo sentence once, reports what it saw and exits.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH, installExtension } from '../e2e/extension';
import buildIfStale from '../e2e/global-setup';
import { serveSites } from '../e2e/sites/serve';

const TABS = ['https://x.com/home', 'https://www.facebook.com/', 'https://www.linkedin.com/feed/'];
const DEMO_SENTENCE = 'Pt in room 612 turned 97 today';
const headless = process.env.DEMO_HEADLESS === '1';

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

/** Types the demo sentence into X's timeline composer and reports whether a warning appeared. */
async function smokeTest(context: BrowserContext, x: Page): Promise<boolean> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  console.log(`extension: ${worker ? 'loaded' : 'NOT loaded'}`);
  const editor = x.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
  await editor.click();
  await x.keyboard.type(DEMO_SENTENCE);
  const panel = x.locator('second-look-ui');
  const warned = await panel
    .first()
    .waitFor({ state: 'attached', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  console.log(`warning panel on x.com: ${warned ? 'shown' : 'not shown'}`);
  return Boolean(worker);
}

async function main(): Promise<void> {
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('The demo opens a browser window, and this machine has no display. On a server, try: DEMO_HEADLESS=1 npm run demo');
    process.exit(1);
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
  console.log(
    `Second Look demo: X, Facebook and LinkedIn tabs are local practice copies (nothing is posted, nothing leaves this machine). Type '${DEMO_SENTENCE}' in any composer; close the browser to quit.`,
  );

  if (headless) {
    const ok = await smokeTest(context, pages[0]!);
    await context.close();
    process.exit(ok ? 0 : 1);
  }
  process.on('SIGINT', () => void context.close());
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
