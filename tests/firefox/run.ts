/**
 * `npm run test:firefox`: the Firefox build, installed in Debian's Firefox ESR and driven over
 * WebDriver BiDi (puppeteer-core), on the same site fixtures as the Chromium e2e suite: the popup,
 * one composer per site (an ordinary post goes out once, a PHI draft is held until confirmed), a
 * site added from the popup, nothing leaving the machine, then a second Firefox under a real
 * policies.json whose extraSites site is checked after one Allow click with no browser question.
 * Prints "N passed, M failed".
 */
import { GECKO_ID, isBrowserOwn, launchFirefox, policiesUnavailable, SERVED } from './browser';
import { checkAddedSite, checkComposer, checkManagedSite, checkPopup, FIREFOX_COMPOSERS, setUserPolicy, type FirefoxComposer } from './checks';
import { checkFacesInBackground } from './faces-check';

const FORUM: FirefoxComposer = {
  name: 'forum-reply',
  url: 'https://forum.example.org/t/night-shift-tips',
  editor: 'form.reply textarea',
  submit: { click: 'form.reply button[type="submit"]' },
};

const run = await launchFirefox();
const results: { name: string; error?: unknown }[] = [];
/** Runs one check; a check that returns a number is the ms from the last key to the warning. */
const check = async (name: string, body: () => Promise<unknown>) => {
  const started = Date.now();
  try {
    const panelMs = await body();
    results.push({ name });
    console.log(`  ✓ ${name} (${Date.now() - started} ms${typeof panelMs === 'number' ? `; warning ${Math.round(panelMs)} ms after the last key` : ''})`);
  } catch (error) {
    results.push({ name, error });
    console.log(`  ✘ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

console.log(`Firefox ${await run.browser.version()}, Second Look installed`);
try {
  await check('popup: checks a draft', () => checkPopup(run));
  for (const c of FIREFOX_COMPOSERS) {
    await check(`${c.name}: ordinary post goes out once; PHI is warned within a second and held until confirmed`, async () => {
      await setUserPolicy(run, c.directMessages ? { sites: { messenger: true } } : {});
      return checkComposer(run, c);
    });
  }
  await check("a photo's face is found by the background page's OCR host", () => checkFacesInBackground(run));
  await check('a forum added in the popup is checked (generic adapter)', () => checkAddedSite(run, 'forum.example.org', FORUM));
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

// A second Firefox under a real policies.json, as IT deploys it: the organization's site.
const noPolicies = policiesUnavailable();
if (noPolicies) console.log(`  - the organization's extraSites: skipped (${noPolicies})`);
else {
  const managed = await launchFirefox({
    policies: {
      '3rdparty': { Extensions: { [GECKO_ID]: { extraSites: ['forum.example.org'] } } },
      Preferences: { 'extensions.webextOptionalPermissionPrompts': { Value: false, Status: 'locked' } },
    },
  });
  try {
    await check("a forum in the organization's extraSites is checked after Allow, with no browser question", () => checkManagedSite(managed, 'forum.example.org', FORUM));
  } finally {
    await managed.close();
  }
}

const failed = results.filter((r) => r.error).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
