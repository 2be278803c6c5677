import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext } from '@playwright/test';
import { CHROMIUM_PATH, EXTENSION_ID } from './extension';

/** Where Debian's Chromium reads mandatory policy files (compiled in; no switch changes it). */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies';
const FILE_NAME = 'second-look-e2e.json';

/**
 * A real platform policy for the extension, in the file format IT uses on Linux. Chromium gives
 * the "3rdparty" part to the extension as chrome.storage.managed, validated by managed_schema.json.
 *
 * Two ways to get it in front of Chromium, both through the real policy directory:
 * - `private` (preferred): Chromium runs in its own mount namespace with a temporary directory
 *   bind-mounted over /etc/chromium/policies. Only that browser sees the file, so nothing else on
 *   the machine (parallel e2e workers, another developer's run) is affected at any moment.
 * - `global`: where namespaces are not allowed, the file goes into /etc/chromium/policies/managed
 *   itself, which every Chromium on the machine reads. The Playwright project of this spec runs
 *   after all other e2e tests (tests/playwright.config.ts), one test at a time, and the file is
 *   removed in fixture teardown, which runs even when a test fails.
 */
export interface ManagedPolicy {
  mode: 'private' | 'global';
  /** The executable the test launches (a wrapper in `private` mode). */
  chromiumPath: string;
  remove(): void;
}

export function managedPolicyUnavailable(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    return `needs root on Linux to write Chromium's managed policy directory (${CHROMIUM_POLICY_DIR}/managed); skipped`;
  }
  return undefined;
}

function namespacesWork(): boolean {
  try {
    execFileSync('unshare', ['--mount', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The extension's settings as IT writes them for the development build's id. */
export function installManagedPolicy(policy: object): ManagedPolicy {
  return installPolicyFile(JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
}

/** A whole Chromium policy file (force-install entries included), e.g. one `npm run package` wrote. */
export function installPolicyFile(text: string): ManagedPolicy {
  if (namespacesWork()) {
    const root = mkdtempSync(join(tmpdir(), 'second-look-policy-'));
    mkdirSync(join(root, 'policies', 'managed'), { recursive: true });
    writeFileSync(join(root, 'policies', 'managed', FILE_NAME), text);
    const wrapper = join(root, 'chromium-with-policy');
    // The bind mount needs a mount point; an empty directory changes nothing for anyone else.
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    // `exec` all the way down keeps one process, so Playwright still owns (and closes) Chromium.
    writeFileSync(
      wrapper,
      `#!/bin/sh\nexec unshare --mount sh -c 'mount --bind "$0" ${CHROMIUM_POLICY_DIR} && exec "$@"' '${join(root, 'policies')}' '${CHROMIUM_PATH}' "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    return { mode: 'private', chromiumPath: wrapper, remove: () => rmSync(root, { recursive: true, force: true }) };
  }
  const dir = join(CHROMIUM_POLICY_DIR, 'managed');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, FILE_NAME);
  writeFileSync(file, text);
  return { mode: 'global', chromiumPath: CHROMIUM_PATH, remove: () => rmSync(file, { force: true }) };
}

/**
 * Waits until Chromium has handed the policy to the extension: managed storage is empty for about
 * 2 s after a fresh install (measured), until the schema is loaded and the policy applied.
 */
export async function waitForManagedStorage(context: BrowserContext, extensionId: string, key: string): Promise<Record<string, unknown>> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  let managed: Record<string, unknown> = {};
  await expect
    .poll(
      async () => {
        managed = await page.evaluate(() =>
          (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get(null),
        );
        return key in managed;
      },
      { message: `chrome.storage.managed never received the policy (key "${key}")`, timeout: 15_000 },
    )
    .toBe(true);
  await page.close();
  return managed;
}
