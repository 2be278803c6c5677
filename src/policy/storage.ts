import { browser } from 'wxt/browser';
import { mergePolicy, type EffectivePolicy } from './merge';

/** Where the clinician's own settings live (never post text: only the policy fields). */
export const USER_POLICY_KEY = 'policy';

/**
 * Managed storage can be empty for a moment after the browser starts, before policies are
 * fetched; read it again after these delays as well as on every change.
 */
const MANAGED_RETRY_MS = [2_000, 10_000];

async function readManaged(): Promise<unknown> {
  try {
    // Firefox throws when no policy exists for the extension; Chrome returns {}.
    return await browser.storage.managed.get(null);
  } catch {
    return undefined;
  }
}

async function readUser(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(USER_POLICY_KEY))[USER_POLICY_KEY];
  } catch {
    return undefined;
  }
}

export async function loadEffectivePolicy(): Promise<EffectivePolicy> {
  const [managed, user] = await Promise.all([readManaged(), readUser()]);
  return mergePolicy(managed, user);
}

/** Calls `onChange` with the effective policy now and whenever managed or user settings change. */
export function watchEffectivePolicy(onChange: (effective: EffectivePolicy) => void, signal: AbortSignal): void {
  let last = '';
  const refresh = async () => {
    const effective = await loadEffectivePolicy();
    if (signal.aborted) return;
    const key = JSON.stringify(effective);
    if (key === last) return;
    last = key;
    onChange(effective);
  };
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed' || area === 'local') void refresh();
  };
  browser.storage.onChanged.addListener(listener);
  const timers = MANAGED_RETRY_MS.map((ms) => setTimeout(() => void refresh(), ms));
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(listener);
    timers.forEach(clearTimeout);
  });
  void refresh();
}
