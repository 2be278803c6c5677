import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { openNetworkTrap, type NetworkTrap } from '../e2e/network-trap';
import { siteBundle, FIXTURES } from '../e2e/sites/bundle';
import { APP_PATH, CSP, html } from '../e2e/sites/serve';

/** Debian's Firefox ESR (`apt-get install firefox-esr`); another with SECOND_LOOK_FIREFOX. */
export const FIREFOX_PATH = process.env.SECOND_LOOK_FIREFOX ?? '/usr/bin/firefox-esr';
/** The Firefox build (`npm run build:firefox`). */
export const FIREFOX_DIST = process.env.SECOND_LOOK_FIREFOX_EXTENSION ?? fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
/** The add-on's gecko id (wxt.config.ts). */
export const GECKO_ID = 'second-look@second-look';
/**
 * The moz-extension:// host Firefox gives the add-on in this profile. Firefox picks a random one
 * per profile unless the profile already names one (extensions.webextensions.uuids), as here.
 */
export const EXTENSION_UUID = '5ec0d100-0000-4000-8000-000000000017';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * Mozilla's own services (remote settings, add-on blocklist, captive-portal checks) still call
 * home in a quiet profile; like Chromium's in network-trap.ts, they are the browser's, not the
 * extension's. Anything else that reaches the trap fails the run.
 */
const BROWSER_OWN = ['mozilla.com', 'mozilla.net', 'mozilla.org', 'firefox.com', 'mozaws.net', 'mozgcp.net'];
export const isBrowserOwn = (attempt: string) => {
  const host = /^(?:https?:\/\/)?([^/:]+)/.exec(attempt)?.[1] ?? '';
  return BROWSER_OWN.some((d) => host === d || host.endsWith(`.${d}`));
};

export interface FirefoxRun {
  browser: Browser;
  trap: NetworkTrap;
  /** Every URL any page asked for (served from memory, or refused). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi with the Firefox build installed as a temporary add-on (unsigned
 * builds install that way), a proxy that refuses everything as its only way out, and
 * optional-permission requests answered yes without the doorhanger
 * (extensions.webextOptionalPermissionPrompts, Firefox's own way to do that in automation).
 */
export async function launchFirefox(options: { policies?: object } = {}): Promise<FirefoxRun> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install firefox-esr (or set SECOND_LOOK_FIREFOX).`);
  if (!existsSync(`${FIREFOX_DIST}/manifest.json`)) throw new Error(`No Firefox build at ${FIREFOX_DIST}: run \`npm run build:firefox\` first.`);
  const policy = options.policies ? withPoliciesFile(options.policies) : undefined;
  const trap = await openNetworkTrap();
  const port = Number(new URL(trap.server).port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: policy?.executable ?? FIREFOX_PATH,
    headless: true,
    // Lets WebDriver BiDi open the add-on's own pages (moz-extension://…/popup.html), which it
    // refuses by default.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Under a policies.json the policy's own "Preferences" decides, as on a managed machine.
      ...(options.policies ? {} : { 'extensions.webextOptionalPermissionPrompts': false }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'app.normandy.enabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.newtabpage.enabled': false,
    },
  });
  const installed = await browser.installExtension(FIREFOX_DIST);
  if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  const requests: string[] = [];
  return {
    browser,
    trap,
    requests,
    close: async () => {
      await browser.close();
      await trap.close();
      policy?.remove();
    },
  };
}

/** Why a run with a real policies.json cannot happen here, or undefined when it can. */
export function policiesUnavailable(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'needs root on Linux to mount a policies.json over Firefox\'s distribution directory';
  try {
    execFileSync('unshare', ['--mount', 'true'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'mount namespaces are not allowed here (unshare --mount)';
  }
}

/**
 * A real enterprise policies.json, read by Firefox from its distribution directory as on a
 * managed machine. Only this Firefox sees it: it runs in its own mount namespace with a temporary
 * directory holding just that file bind-mounted over the real one (as tests/e2e/managed-policy.ts
 * does for Chromium), so nothing on the machine changes.
 */
function withPoliciesFile(policies: object): { executable: string; remove(): void } {
  const why = policiesUnavailable();
  if (why) throw new Error(why);
  const distribution = join(dirname(realpathSync(FIREFOX_PATH)), 'distribution');
  const real = existsSync(distribution) ? realpathSync(distribution) : undefined;
  if (!real) throw new Error(`${distribution} does not exist: nothing to mount a policies.json over`);
  const root = mkdtempSync(join(tmpdir(), 'second-look-firefox-policy-'));
  // Only the policies.json: what else Debian puts there (search engines) plays no part here.
  const mounted = join(root, 'distribution');
  mkdirSync(mounted);
  writeFileSync(join(mounted, 'policies.json'), JSON.stringify({ policies }, null, 2));
  const executable = join(root, 'firefox-with-policy');
  // `exec` all the way down keeps one process, so Puppeteer still owns (and closes) Firefox.
  writeFileSync(executable, `#!/bin/sh\nexec unshare --mount sh -c 'mount --bind "$0" "${real}" && exec "$@"' '${mounted}' '${FIREFOX_PATH}' "$@"\n`);
  chmodSync(executable, 0o755);
  return { executable, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const FIXTURE_BY_ORIGIN = new Map(FIXTURES.flatMap((f) => f.shell.origins.map((o) => [o, f] as const)));

/**
 * A new tab whose requests to the fixture origins are answered from memory, as Playwright's
 * routing does for Chromium (tests/e2e/sites/serve.ts); anything else is refused and recorded.
 */
export async function fixturePage(run: FirefoxRun): Promise<Page> {
  const page = await run.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => void answer(run, request));
  return page;
}

async function answer(run: FirefoxRun, request: HTTPRequest): Promise<void> {
  const url = new URL(request.url());
  if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return request.continue();
  run.requests.push(request.url());
  const fixture = FIXTURE_BY_ORIGIN.get(url.origin);
  if (!fixture) return request.respond({ status: 403, contentType: 'text/plain', body: 'not part of the fixtures' });
  if (url.pathname === APP_PATH) return request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: await siteBundle(fixture.site) });
  if (request.isNavigationRequest()) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': CSP }, body: html(fixture.shell) });
  return request.respond({ status: 404, contentType: 'text/plain', body: 'not part of the fixture' });
}

export const SERVED = [...FIXTURE_BY_ORIGIN.keys()];
