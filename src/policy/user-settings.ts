import { browser } from 'wxt/browser';
import { validUserFields } from './merge';
import { USER_POLICY_KEY } from './storage';
import type { PolicyPatch } from './transfer';

/**
 * The clinician's own settings as stored: only the fields they changed. Anything unreadable is
 * left out, exactly as mergePolicy leaves it out, so saving never keeps a corrupt value alive.
 */
export async function readUserSettings(): Promise<PolicyPatch> {
  const raw = (await browser.storage.local.get(USER_POLICY_KEY))[USER_POLICY_KEY];
  return validUserFields(raw, []) as PolicyPatch;
}

// Two quick clicks (two switches) must both land: each update reads what the previous one wrote.
let queue: Promise<void> = Promise.resolve();

/** Applies `change` to the user's own settings. Managed values still win over whatever is saved. */
export function updateUserSettings(change: (current: PolicyPatch) => PolicyPatch): Promise<void> {
  const run = queue.then(async () => {
    const next = change(await readUserSettings());
    await browser.storage.local.set({ [USER_POLICY_KEY]: next });
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Replaces the user's settings with an imported policy (already validated by parsePolicyJson). */
export function replaceUserSettings(patch: PolicyPatch): Promise<void> {
  return updateUserSettings(() => patch);
}
