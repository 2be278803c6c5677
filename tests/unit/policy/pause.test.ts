import { SITE_IDS } from '../../../src/sites';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';
import { activePause, PAUSE_MS, PAUSED_UNTIL_KEY, pausedPolicy } from '../../../src/policy/pause';
import { logManagedPolicyProblems, pauseChecking, resumeChecking, watchEffectivePolicy, watchPolicyState, type PolicyState } from '../../../src/policy/storage';
import { DEFAULT_POLICY } from '../../../src/policy';

const NOW = 1_800_000_000_000;
const ALLOWED = { pauseAllowed: true };

describe('activePause', () => {
  it.each([
    ['a pause an hour ahead', NOW + PAUSE_MS, NOW + PAUSE_MS],
    ['a pause a minute ahead', NOW + 60_000, NOW + 60_000],
    ['an expired pause', NOW - 1, undefined],
    ['a pause longer than one hour (clock set back, hand-edited)', NOW + PAUSE_MS + 1, undefined],
    ['a string', String(NOW + 1000), undefined],
    ['nothing', undefined, undefined],
  ])('%s', (_, stored, expected) => {
    expect(activePause(stored, ALLOWED, NOW)).toBe(expected);
  });

  it('is no pause when the policy does not allow pausing', () => {
    expect(activePause(NOW + 1000, { pauseAllowed: false }, NOW)).toBeUndefined();
  });

  it('turns every site off, messages included, and nothing else', () => {
    const paused = pausedPolicy(DEFAULT_POLICY);
    expect(Object.values(paused.sites).every((on) => on === false)).toBe(true);
    expect(Object.keys(paused.sites)).toEqual(Object.keys(DEFAULT_POLICY.sites));
    expect({ ...paused, sites: DEFAULT_POLICY.sites }).toEqual(DEFAULT_POLICY);
  });
});

describe('pausing through storage, as the popup and the content script see it', () => {
  let lifetime: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    lifetime = new AbortController();
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  const watch = (fn: typeof watchPolicyState) => {
    const seen: PolicyState[] = [];
    fn((s) => seen.push(s), lifetime.signal);
    return seen;
  };

  it('content script: sites off while paused, back on by itself when the hour is up', async () => {
    const seen = watch(watchEffectivePolicy);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)!.policy.sites.x).toBe(true);

    expect(await pauseChecking()).toBe(NOW + PAUSE_MS);
    await vi.advanceTimersByTimeAsync(0);
    expect(Object.values(seen.at(-1)!.policy.sites).every((on) => on === false)).toBe(true);
    expect(seen.at(-1)!.pausedUntil).toBe(NOW + PAUSE_MS);

    await vi.advanceTimersByTimeAsync(PAUSE_MS + 100);
    expect(seen.at(-1)!.policy.sites.x).toBe(true);
    expect(seen.at(-1)!.pausedUntil).toBeUndefined();
  });

  it('popup: sees the real settings and the end of the pause; resume ends it at once', async () => {
    const seen = watch(watchPolicyState);
    await pauseChecking();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)!.policy.sites.x).toBe(true);
    expect(seen.at(-1)!.pausedUntil).toBe(NOW + PAUSE_MS);
    await resumeChecking();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)!.pausedUntil).toBeUndefined();
  });

  it('refuses to pause, and ignores a stored pause, when the organization turns pausing off', async () => {
    await fakeBrowser.storage.local.set({ [PAUSED_UNTIL_KEY]: NOW + 1000 });
    await fakeBrowser.storage.managed.set({ pauseAllowed: false });
    const seen = watch(watchEffectivePolicy);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)!.policy.sites.x).toBe(true);
    expect(seen.at(-1)!.lockedPaths).toContain('pauseAllowed');
    expect(await pauseChecking()).toBeUndefined();
  });

  it('applies a managed policy that arrives late (managed storage can be empty at start-up)', async () => {
    const seen = watch(watchEffectivePolicy);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)!.policy.sites.facebook).toBe(true);
    await fakeBrowser.storage.managed.set({ sites: { facebook: false } });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.at(-1)!.policy.sites.facebook).toBe(false);
    // Pausing was not allowed by the policy, so it is off and the other sites are locked on.
    expect(seen.at(-1)!.lockedPaths.sort()).toEqual(['pauseAllowed', ...SITE_IDS.map((id) => `sites.${id}`)].sort());
  });

  it('logs each problem of the managed policy for admins, at start and when it changes, and none of the user’s', async () => {
    const logged: string[] = [];
    await fakeBrowser.storage.local.set({ policy: { actions: { high: 'nope' } } });
    await fakeBrowser.storage.managed.set({ actions: { high: 'Block' } });
    logManagedPolicyProblems((m) => logged.push(m));
    await vi.advanceTimersByTimeAsync(0);
    expect(logged).toEqual([expect.stringMatching(/^Second Look: managed policy problem at actions\.high: .*"Block"/)]);
    await fakeBrowser.storage.managed.set({ actions: { high: 'block' }, sensitivity: 'max' });
    await vi.advanceTimersByTimeAsync(0);
    expect(logged.slice(1)).toEqual([expect.stringContaining('managed policy problem at sensitivity')]);
  });
});
