import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from './fake-browser';
import { USER_POLICY_KEY } from '../../../src/policy/storage';
import { readUserSettings, replaceUserSettings, updateUserSettings } from '../../../src/policy/user-settings';

describe("the user's own settings", () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores only what the user changed', async () => {
    await updateUserSettings((cur) => ({ ...cur, sites: { ...cur.sites, x: false } }));
    await updateUserSettings((cur) => ({ ...cur, sensitivity: 'strict' }));
    expect((await fakeBrowser.storage.local.get(USER_POLICY_KEY))[USER_POLICY_KEY]).toEqual({ sites: { x: false }, sensitivity: 'strict' });
  });

  it('lands two quick changes (two switches flipped at once)', async () => {
    await Promise.all([
      updateUserSettings((cur) => ({ ...cur, sites: { ...cur.sites, x: false } })),
      updateUserSettings((cur) => ({ ...cur, sites: { ...cur.sites, linkedin: false } })),
    ]);
    expect(await readUserSettings()).toEqual({ sites: { x: false, linkedin: false } });
  });

  it('drops corrupt stored values instead of keeping them alive', async () => {
    await fakeBrowser.storage.local.set({ [USER_POLICY_KEY]: { sensitivity: 7, actions: { high: 'block', low: 'nuke' }, junk: 1 } });
    expect(await readUserSettings()).toEqual({ actions: { high: 'block' } });
  });

  it('replaces everything on import', async () => {
    await updateUserSettings(() => ({ sensitivity: 'strict' }));
    await replaceUserSettings({ watchTerms: ['4 West'] });
    expect(await readUserSettings()).toEqual({ watchTerms: ['4 West'] });
  });
});
