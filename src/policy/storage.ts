import { browser } from 'wxt/browser';
import { mergePolicy, type EffectivePolicy } from './merge';
import { activePause, PAUSE_MS, PAUSED_UNTIL_KEY, pausedPolicy } from './pause';

/** Where the clinician's own settings live (never post text: only the policy fields). */
export const USER_POLICY_KEY = 'policy';

/** The merged policy plus the pause in force, for the popup and the content script. */
export interface PolicyState extends EffectivePolicy {
  /** End of the active one-hour pause (ms since the epoch); absent when checking is on. */
  pausedUntil?: number;
}

/**
 * Managed storage can be empty for a moment after the browser starts, before policies are
 * fetched; read it again after these delays as well as on every change. (Measured in Chromium:
 * a policy file is visible to a freshly installed extension about 2 s after install.)
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

async function readLocal(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.local.get([USER_POLICY_KEY, PAUSED_UNTIL_KEY]);
  } catch {
    return {};
  }
}

/**
 * Logs every problem of the organization's policy with console.warn, where an admin checking a
 * rollout looks next to chrome://policy (the extension's service worker console). Policy values
 * only: no post content exists here. Runs at start and whenever managed storage changes.
 */
export function logManagedPolicyProblems(log: (message: string) => void = (m) => console.warn(m)): void {
  const report = async () => {
    const { problems } = mergePolicy(await readManaged(), undefined);
    for (const p of problems) if (p.source === 'managed') log(`Second Look: managed policy problem at ${p.field}: ${p.message}`);
  };
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void report();
  });
  void report();
}

export async function loadPolicyState(now = Date.now()): Promise<PolicyState> {
  const [managed, local] = await Promise.all([readManaged(), readLocal()]);
  const effective = mergePolicy(managed, local[USER_POLICY_KEY]);
  const pausedUntil = activePause(local[PAUSED_UNTIL_KEY], effective.policy, now);
  return pausedUntil === undefined ? effective : { ...effective, pausedUntil };
}

/** The policy as IT and the user set it, without the pause (the pause is in `pausedUntil`). */
export async function loadEffectivePolicy(): Promise<EffectivePolicy> {
  const { pausedUntil: _, ...effective } = await loadPolicyState();
  return effective;
}

/**
 * Calls `onChange` with the policy state now and whenever managed or user settings or the pause
 * change, and once more when a pause runs out (nothing in storage changes then).
 */
export function watchPolicyState(onChange: (state: PolicyState) => void, signal: AbortSignal): void {
  let last = '';
  let expiry: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    const state = await loadPolicyState();
    if (signal.aborted) return;
    clearTimeout(expiry);
    // A little after the end, so the re-read sees the pause as over; capped by activePause.
    if (state.pausedUntil) expiry = setTimeout(() => void refresh(), Math.min(state.pausedUntil - Date.now(), PAUSE_MS) + 50);
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    onChange(state);
  };
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed' || area === 'local') void refresh();
  };
  browser.storage.onChanged.addListener(listener);
  const timers = MANAGED_RETRY_MS.map((ms) => setTimeout(() => void refresh(), ms));
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(listener);
    timers.forEach(clearTimeout);
    clearTimeout(expiry);
  });
  void refresh();
}

/**
 * What the content script acts on: the policy, with every site off while the user has paused
 * checking, so pausing and resuming go through the same path as turning a site off and on.
 */
export function watchEffectivePolicy(onChange: (effective: PolicyState) => void, signal: AbortSignal): void {
  watchPolicyState((state) => onChange(state.pausedUntil ? { ...state, policy: pausedPolicy(state.policy) } : state), signal);
}

/** Pauses checking for one hour. Refuses (returns undefined) when the policy does not allow it. */
export async function pauseChecking(now = Date.now()): Promise<number | undefined> {
  const { policy } = await loadEffectivePolicy();
  if (!policy.pauseAllowed) return undefined;
  const until = now + PAUSE_MS;
  await browser.storage.local.set({ [PAUSED_UNTIL_KEY]: until });
  return until;
}

export async function resumeChecking(): Promise<void> {
  await browser.storage.local.remove(PAUSED_UNTIL_KEY);
}
