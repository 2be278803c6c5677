import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from '@playwright/test';

/**
 * The Chrome extension id pinned by the manifest `key` in wxt.config.ts: the first 32 hex chars
 * of sha256(public key DER), with 0-9a-f mapped to a-p.
 */
export const EXTENSION_ID = 'oheikedilohjbaiaeicdbifckjnnogpg';

/**
 * The unpacked Chrome MV3 build the tests load (`npm run build`). SECOND_LOOK_EXTENSION points at
 * another build (a release candidate, a copy) and skips the automatic rebuild in global-setup.
 */
export const EXTENSION_DIST = process.env.SECOND_LOOK_EXTENSION ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

/**
 * Debian's Chromium. Playwright cannot download its own browsers here, and branded Chrome
 * ignores extension-loading switches since 137; Chromium honours them.
 */
export const CHROMIUM_PATH = process.env.SECOND_LOOK_CHROMIUM ?? '/usr/bin/chromium';

/** Schemes an extension may load from without touching the network. */
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:'];

export function isLocalUrl(url: string): boolean {
  return LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
}

export interface LaunchOptions {
  /** Every request that would leave the machine is sent here instead (see network-trap.ts). */
  proxyServer?: string;
  /** Another Chromium executable (managed-policy.ts wraps Chromium to give it a policy of its own). */
  executablePath?: string;
  /** More Chromium switches (the OCR bench adds a loopback DevTools port for its own CDP client). */
  args?: string[];
  /**
   * Leaves the browser's background networking on. Its extension updater is part of it, and a
   * policy force-install is downloaded by that updater (force-install.spec.ts); every other test
   * keeps it off so the browser stays quiet.
   */
  backgroundNetworking?: boolean;
  /**
   * Hosts that skip the proxy. Playwright sends even loopback through it unless told otherwise;
   * the force-install test's update server on 127.0.0.1 must be reached directly.
   */
  proxyBypass?: string;
}

/** A fresh profile in new-headless Chromium, with no extension installed yet. */
export async function launchChromium({ proxyServer, executablePath = CHROMIUM_PATH, args = [], backgroundNetworking = false, proxyBypass }: LaunchOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath,
    // Extensions need the full browser in the new headless mode, which `--headless=new` selects;
    // Playwright's `headless: true` would add its own `--headless` and hover/pointer overrides.
    headless: false,
    ...(proxyServer ? { proxy: { server: proxyServer, ...(proxyBypass ? { bypass: proxyBypass } : {}) } } : {}),
    // Playwright disables extensions by default; installExtension needs them on.
    ignoreDefaultArgs: ['--disable-extensions', ...(backgroundNetworking ? ['--disable-background-networking'] : [])],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      // Keep the browser itself quiet so any request seen is the extension's.
      ...(backgroundNetworking ? [] : ['--disable-background-networking']),
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // WebRTC would otherwise reach the network over UDP, around the proxy.
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
      // Lets the CDP Extensions domain install the unpacked build (see installExtension).
      '--enable-unsafe-extension-debugging',
      ...args,
    ],
  });
}

/**
 * Installs the unpacked build into a running browser and returns its id.
 *
 * Why not `--load-extension`: an extension loaded at launch runs its service worker before a test
 * can subscribe to requests, and a fetch in that first run was missed in 2 of 4 trial runs.
 * Installing after `context.on('request')` is attached observes the whole first run, and it is
 * a real fresh install (runtime.onInstalled reason 'install').
 */
export async function installExtension(context: BrowserContext): Promise<string> {
  if (!existsSync(`${EXTENSION_DIST}/manifest.json`)) {
    throw new Error(`No extension build at ${EXTENSION_DIST}: run \`npm run build\` first.`);
  }
  const browser = context.browser();
  if (!browser) throw new Error('Expected a Chromium browser behind the persistent context.');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { id } = await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIST });
    return id;
  } finally {
    await cdp.detach();
  }
}
