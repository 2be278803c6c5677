import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The background's registration of the content script on added sites, against a stand-in for the
 * browser's permissions and scripting APIs: which hosts the user has allowed decides what is
 * registered, and nothing else.
 */
const granted = new Set<string>();
let registered: { id: string; matches: string[]; js: string[]; runAt: string }[] = [];

vi.mock('wxt/browser', () => ({
  browser: {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
      onAdded: { addListener: () => undefined },
      onRemoved: { addListener: () => undefined },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => void (registered = registered.filter((s) => !ids.includes(s.id))),
      registerContentScripts: async (scripts: typeof registered) => {
        for (const s of scripts) if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.push(...scripts);
      },
    },
  },
}));

const { syncAddedSiteScripts } = await import('../../../src/sites/registered-scripts');
const allow = (host: string) => [`https://${host}/*`, `https://*.${host}/*`].forEach((o) => granted.add(o));

describe('syncAddedSiteScripts', () => {
  beforeEach(() => {
    granted.clear();
    registered = [];
  });

  it('registers the content script on the allowed added hosts only', async () => {
    allow('forum.example.org');
    expect(await syncAddedSiteScripts(['forum.example.org', 'not-yet.example.org'])).toEqual(['forum.example.org']);
    expect(registered).toEqual([
      { id: 'second-look-added-sites', matches: ['https://forum.example.org/*', 'https://*.forum.example.org/*'], js: ['content-scripts/content.js'], runAt: 'document_idle' },
    ]);
  });

  it('re-registers on every change (the browser refuses a second script with the same id)', async () => {
    allow('forum.example.org');
    await syncAddedSiteScripts(['forum.example.org']);
    allow('nurses.example.org');
    await syncAddedSiteScripts(['forum.example.org', 'nurses.example.org']);
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches).toContain('https://nurses.example.org/*');
  });

  it('removes the script when no added host is left, and skips hosts the manifest already covers', async () => {
    allow('forum.example.org');
    allow('old.reddit.com');
    await syncAddedSiteScripts(['forum.example.org']);
    expect(await syncAddedSiteScripts(['old.reddit.com'])).toEqual([]);
    expect(registered).toEqual([]);
  });
});
