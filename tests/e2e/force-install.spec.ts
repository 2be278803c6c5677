import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageExtension, type PackageOutput } from '../../src/packaging/package';
import { GECKO_ID } from '../../src/policy/transfer';
import { COMPOSERS, holdDialog, openComposer, panel, posts, submit } from './composers';
import { EXTENSION_DIST, launchChromium } from './extension';
import { expect, test as base } from './fixtures';
import { installPolicyFile, managedPolicyUnavailable, waitForManagedStorage } from './managed-policy';
import { SERVED_ORIGINS, serveSites } from './sites/serve';

/**
 * What hospital IT does, end to end: `npm run package` with the organisation's own key, the CRX
 * and updates.xml served from a web server, the Linux policy file it wrote dropped into Chromium's
 * policy directory, and nothing else. Chromium must download, verify and install the extension by
 * itself (ExtensionInstallForcelist), under the id derived from that key, and the installed
 * extension must enforce the policy from the same file on a site.
 */
const POLICY = { actions: { high: 'block' as const }, pauseAllowed: false, watchTerms: ['St. Mary 4 West'] };
const PHI = 'Pt in room 612 turned 97 today';

interface UpdateServer {
  baseUrl: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function serveDirectory(dir: string): Promise<UpdateServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const types: Record<string, string> = { '.xml': 'text/xml', '.crx': 'application/x-chrome-extension' };
    const ext = path.slice(path.lastIndexOf('.'));
    if (!/^\/[\w.-]+$/.test(path) || !(ext in types)) return void res.writeHead(404).end();
    try {
      res.writeHead(200, { 'content-type': types[ext]! }).end(readFileSync(join(dir, path.slice(1))));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Deployment {
  server: UpdateServer;
  packaged: PackageOutput;
  /** Chromium, seeing the policy file (managed-policy.ts). */
  chromiumPath: string;
}

const test = base.extend<{ deployment: Deployment }>({
  deployment: async ({}, use, testInfo) => {
    const unavailable = managedPolicyUnavailable();
    testInfo.skip(unavailable !== undefined, unavailable);
    const out = mkdtempSync(join(tmpdir(), 'second-look-package-'));
    const server = await serveDirectory(out);
    // A fresh organisation key, as on an admin's first `npm run package`.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const packaged = await packageExtension({ chromeDir: EXTENSION_DIST, signingKey: privateKey, baseUrl: server.baseUrl, geckoId: GECKO_ID, policy: POLICY, outDir: out });
    const policy = installPolicyFile(readFileSync(join(out, 'policies', 'linux-managed-policy.json'), 'utf8'));
    testInfo.annotations.push({ type: 'policy', description: `${policy.mode} policy directory; extension ${packaged.extensionId}` });
    try {
      await use({ server, packaged, chromiumPath: policy.chromiumPath });
    } finally {
      policy.remove();
      await server.close();
      rmSync(out, { recursive: true, force: true });
    }
  },
  // The update server is the test's own; anything else leaving the machine still fails the test.
  servedOrigins: async ({ deployment }, use) => use([...SERVED_ORIGINS, new URL(deployment.server.baseUrl).origin, 'chrome://extensions-internals']),
  // No unpacked install: the browser installs the extension from the policy, or the test fails.
  context: async ({ requests, networkTrap, deployment }, use) => {
    const context = await launchChromium({
      proxyServer: networkTrap.server,
      executablePath: deployment.chromiumPath,
      backgroundNetworking: true,
      proxyBypass: new URL(deployment.server.baseUrl).hostname,
    });
    context.on('request', (request) => {
      requests.push(request.url());
    });
    await use(context);
    await context.close();
  },
});

// Packaging (a fresh RSA key, zipping and signing 12 MB) and the browser's own download and
// install come on top of the usual steps; the limit covers fixture set-up too.
test.describe.configure({ timeout: 120_000 });

test('a CRX signed with the organisation key is force-installed from its own server and enforces the policy', async ({ context, page, deployment }) => {
  const { packaged, server } = deployment;
  // The browser fetches updates.xml, then the CRX, verifies it and installs it under the id its key
  // gives. chrome://extensions-internals is the browser's own record of the install: where it came from
  // (EXTERNAL_POLICY_DOWNLOAD: downloaded because a policy said so; the "Installed by your
  // administrator" label on chrome://extensions), its version, and that it is enabled.
  const internals = await context.newPage();
  let installed: { id: string; location: string; version: string; registry_status: string } | undefined;
  await expect
    .poll(
      async () => {
        await internals.goto('chrome://extensions-internals');
        const all = JSON.parse(await internals.locator('body').innerText()) as (typeof installed & {})[];
        installed = all.find((e) => e.id === packaged.extensionId);
        return installed?.registry_status;
      },
      { message: `Chromium never installed ${packaged.extensionId} from ${server.baseUrl}`, timeout: 60_000 },
    )
    .toBe('ENABLED');
  expect(installed).toMatchObject({ location: 'EXTERNAL_POLICY_DOWNLOAD', version: packaged.version });
  await internals.close();
  expect(server.requests).toContain('/updates.xml');
  expect(server.requests).toContain(`/second-look-${packaged.version}.crx`);

  await serveSites(context);
  const composer = COMPOSERS.find((c) => c.name === 'x-modal')!;
  await openComposer(page, composer);
  await page.keyboard.type(PHI);
  await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
  // Without a policy, high risk asks to confirm. Chromium hands the 3rdparty policy to a freshly
  // installed extension a moment after installing it, so Post is tried until the policy's block
  // applies (a confirm dialog meanwhile is left with "Edit post"; nothing is posted).
  await expect
    .poll(
      async () => {
        await submit(page, composer);
        const mode = await holdDialog(page).getAttribute('data-mode');
        if (mode !== 'block') await holdDialog(page).getByRole('button', { name: 'Edit post' }).click();
        return mode;
      },
      { message: 'the policy file’s actions.high "block" never applied', timeout: 20_000, intervals: [1000] },
    )
    .toBe('block');
  await expect(holdDialog(page).getByRole('button', { name: 'Post anyway' })).toHaveCount(0);
  expect(await posts(page)).toEqual([]);
});
