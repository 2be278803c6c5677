import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_ID, installExtension, isLocalUrl, launchChromium } from './extension';
import { openNetworkTrap, type NetworkTrap } from './network-trap';

export interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension installed. */
  context: BrowserContext;
  /** The id of the loaded extension, read from its service worker (equals EXTENSION_ID). */
  extensionId: string;
  /**
   * Origins a test serves itself (fixture pages fulfilled with `context.route`), whose requests
   * are not the extension's. Empty by default: then any non-extension request fails the test.
   */
  servedOrigins: string[];
  /** The browser executable; managed-policy.spec.ts swaps in one that sees a test policy. */
  chromiumPath: string;
}

interface PrivacyFixtures {
  /** URLs of every request Playwright saw in any page or worker of the context. */
  requests: string[];
  /** The proxy that is the browser's only way out; it records and refuses. */
  networkTrap: NetworkTrap;
  /** Automatic: fails the test if anything tried to leave the device (docs/architecture.md, Guarantees). */
  noNetwork: void;
}

export const test = base.extend<ExtensionFixtures & PrivacyFixtures>({
  servedOrigins: [[], { option: true }],
  chromiumPath: [CHROMIUM_PATH, { option: true }],

  requests: async ({}, use) => {
    await use([]);
  },

  networkTrap: async ({}, use) => {
    const trap = await openNetworkTrap();
    await use(trap);
    await trap.close();
  },

  context: async ({ requests, networkTrap, chromiumPath }, use) => {
    const context = await launchChromium({ proxyServer: networkTrap.server, executablePath: chromiumPath });
    // Pages and, in Chromium, service workers (the extension background included). Attached
    // before the extension is installed, so its first run is observed too. This sees URLs the
    // proxy never does (loopback, chrome-extension://); the proxy sees contexts Playwright does
    // not attach to.
    context.on('request', (request) => {
      requests.push(request.url());
    });
    await installExtension(context);
    // Let the worker's first run finish, so even a test that ends at once has seen it.
    await (await extensionServiceWorker(context)).evaluate(() => true);
    await use(context);
    await context.close();
  },

  extensionId: async ({ context }, use) => {
    const worker = await extensionServiceWorker(context);
    await use(new URL(worker.url()).host);
  },

  // Auto fixtures are set up before `context` and torn down in reverse, so this checks after the
  // browser has closed and every request, including any sent while closing, was recorded.
  noNetwork: [
    async ({ requests, networkTrap, servedOrigins }, use) => {
      await use();
      const isServed = (url: string) => servedOrigins.some((origin) => url.startsWith(origin));
      // Chromium preconnects to an origin it is about to navigate to (a CONNECT to x.com:443)
      // even though Playwright's routing answers the request itself; those sockets are the
      // browser's, for pages the test serves, and carry nothing.
      const servedHosts = servedOrigins.map((origin) => `${new URL(origin).host}:443`);
      const isPreconnect = (attempt: string) => servedHosts.some((host) => attempt.endsWith(`//${host}`) || attempt === host);
      const leaked = [
        ...requests.filter((url) => !isLocalUrl(url) && !isServed(url)),
        ...networkTrap.attempts.filter((attempt) => !isPreconnect(attempt) && !isServed(attempt)).map((attempt) => `${attempt} (via proxy)`),
      ];
      expect(leaked, 'nothing may leave the device').toEqual([]);
    },
    { auto: true },
  ],
});

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtension = (w: Worker) => w.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isExtension) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtension }))
  );
}

export { expect, EXTENSION_ID };
