/**
 * `npm run test:firefox`: the Firefox build, installed in Debian's Firefox ESR and driven over
 * WebDriver BiDi (puppeteer-core), on the same site fixtures as the Chromium e2e suite: the popup,
 * one composer per site (an ordinary post goes out once, a PHI draft is held until confirmed), a
 * site added from the popup, and nothing leaving the machine. Prints "N passed, M failed".
 */
import { isBrowserOwn, launchFirefox, SERVED } from './browser';
import { checkAddedSite, checkComposer, checkPopup, FIREFOX_COMPOSERS, setUserPolicy } from './checks';

const run = await launchFirefox();
const results: { name: string; error?: unknown }[] = [];
const check = async (name: string, body: () => Promise<void>) => {
  const started = Date.now();
  try {
    await body();
    results.push({ name });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, error });
    console.log(`  ✘ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

console.log(`Firefox ${await run.browser.version()}, Second Look installed`);
try {
  await check('popup: checks a draft', () => checkPopup(run));
  for (const c of FIREFOX_COMPOSERS) {
    await check(`${c.name}: ordinary post goes out once; PHI is held until confirmed`, async () => {
      await setUserPolicy(run, c.directMessages ? { sites: { messenger: true } } : {});
      await checkComposer(run, c);
    });
  }
  await check('a forum added in the popup is checked (generic adapter)', () =>
    checkAddedSite(run, 'forum.example.org', {
      name: 'forum-reply',
      url: 'https://forum.example.org/t/night-shift-tips',
      editor: 'form.reply textarea',
      submit: { click: 'form.reply button[type="submit"]' },
    }),
  );
  await check('another Mastodon instance added in the popup is checked as Mastodon', () =>
    checkAddedSite(run, 'nurses.example.org', { name: 'mastodon-compose', url: 'https://nurses.example.org/home', editor: 'form.compose-form textarea', submit: { key: 'Control+Enter' } }),
  );
} finally {
  await run.close();
}

await check('nothing left the machine', async () => {
  const away = run.requests.filter((url) => !SERVED.some((origin) => url.startsWith(`${origin}/`)));
  const trapped = run.trap.attempts.filter((a) => !isBrowserOwn(a));
  if (away.length || trapped.length) throw new Error(`requests left: ${JSON.stringify([...away, ...trapped])}`);
  if (run.requests.length === 0) throw new Error('no request was seen at all: the recorder is not recording');
});

const failed = results.filter((r) => r.error).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
