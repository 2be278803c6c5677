import { describe, expect, it } from 'vitest';
import { EDITORS } from '../../../src/editors';
import { DEFAULT_POLICY, PolicySchema } from '../../../src/policy';
import { managedStorageSchema } from '../../../src/policy/managed-schema';
import { genericSite } from '../../../src/sites/generic';
import { SITE_IDS, SITE_MATCHES, SITES, siteForHost, siteForPage } from '../../../src/sites';

describe('site adapters', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.x.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['www.linkedin.com', 'linkedin'],
    ['www.reddit.com', 'reddit'],
    ['old.reddit.com', 'reddit'],
    ['www.instagram.com', 'instagram'],
    ['www.threads.net', 'threads'],
    ['www.threads.com', 'threads'],
    ['bsky.app', 'bluesky'],
    ['mastodon.social', 'mastodon'],
    ['web.whatsapp.com', 'whatsapp'],
  ])('%s is served by %s', (host, id) => {
    expect(siteForHost(host)?.id).toBe(id);
  });

  it.each(['notx.com', 'facebook.com.evil.example', 'linkedin.co', 'example.org', 'whatsapp.com', 'mastodon.online', 'notreddit.com'])('%s is not a site', (host) => {
    expect(siteForHost(host)).toBeUndefined();
  });

  it('derives the match patterns from the adapters (https only)', () => {
    for (const site of SITES) for (const host of site.hosts) expect(SITE_MATCHES).toContain(`https://${host}/*`);
    expect(SITE_MATCHES.every((m) => m.startsWith('https://'))).toBe(true);
  });

  it('gives every composer a unique name, a known editor kind and a way to submit', () => {
    const all = [...SITES, genericSite('forum.example.org')].flatMap((s) => s.composers);
    const names = all.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of all) {
      expect(EDITORS[c.kind], c.name).toBeDefined();
      expect(c.submit ?? c.shortcut, `${c.name} can be submitted somehow`).toBeTruthy();
    }
  });

  it('site ids are unique, and the policy, its defaults and the managed schema have exactly them (and messenger)', () => {
    expect(new Set(SITE_IDS).size).toBe(SITE_IDS.length);
    const keys = [...SITE_IDS, 'messenger'].sort();
    expect(Object.keys(PolicySchema.shape.sites.shape).sort()).toEqual(keys);
    expect(Object.keys(DEFAULT_POLICY.sites).sort()).toEqual(keys);
    const managed = managedStorageSchema() as { properties: { sites: { properties: Record<string, unknown> } } };
    expect(Object.keys(managed.properties.sites.properties).sort()).toEqual(keys);
    for (const site of SITES) expect(DEFAULT_POLICY.sites[site.id]).toBe(site.defaultOn);
    expect(DEFAULT_POLICY.sites.messenger).toBe(false);
  });
});

describe('siteForPage: hosts the user or IT added', () => {
  const page = (html: Record<string, boolean>) => ({ querySelector: (s: string) => (html[s] ? ({} as Element) : null) });

  it('a known host is its site whatever the page holds', () => {
    expect(siteForPage('www.reddit.com', page({})).id).toBe('reddit');
  });

  it('another Mastodon instance is recognised by its root element', () => {
    expect(siteForPage('mastodon.online', page({ 'div#mastodon[data-props]': true })).id).toBe('mastodon');
  });

  it('any other added host gets the generic adapter, named by its host', () => {
    const site = siteForPage('Forum.Example.org', page({}));
    expect(site.id).toBe('custom');
    expect(site.hosts).toEqual(['forum.example.org']);
    expect(site.label).toBe('forum.example.org');
  });
});
