import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from './fake-browser';
import { COUNTERS_KEY, countEvent, readCounters, resetCounters, type CounterEvent } from '../../../src/policy/counters';

describe('counters: counts only, never content', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty and counts each kind of event', async () => {
    expect(await readCounters()).toBeUndefined();
    await countEvent('warningShown');
    await countEvent('warningShown');
    await countEvent('postHeld');
    await countEvent('fixApplied');
    expect(await readCounters()).toEqual({ warningsShown: 2, postsHeld: 1, fixesApplied: 1, since: expect.any(Number) });
  });

  it('loses nothing when a page reports many events at once', async () => {
    await Promise.all(Array.from({ length: 25 }, () => countEvent('postHeld')));
    expect((await readCounters())!.postsHeld).toBe(25);
  });

  it('stores nothing but three numbers and a start time', async () => {
    await countEvent('fixApplied');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored)).toEqual([COUNTERS_KEY]);
    expect(Object.keys(stored[COUNTERS_KEY] as object).sort()).toEqual(['fixesApplied', 'postsHeld', 'since', 'warningsShown']);
    expect(Object.values(stored[COUNTERS_KEY] as object).every((v) => typeof v === 'number')).toBe(true);
  });

  it('starts again from zero over a corrupt value, and ignores an unknown event', async () => {
    await fakeBrowser.storage.local.set({ [COUNTERS_KEY]: { warningsShown: 'lots' } });
    expect(await readCounters()).toBeUndefined();
    await countEvent('nonsense' as CounterEvent);
    expect(await readCounters()).toBeUndefined();
    await countEvent('warningShown');
    expect((await readCounters())!.warningsShown).toBe(1);
  });

  it('resets', async () => {
    await countEvent('postHeld');
    await resetCounters();
    expect(await readCounters()).toBeUndefined();
  });
});
