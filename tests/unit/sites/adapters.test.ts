import { describe, expect, it } from 'vitest';
import { EDITORS } from '../../../src/editors';
import { SITE_MATCHES, SITES, siteForHost } from '../../../src/sites';

describe('site adapters', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.x.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['www.linkedin.com', 'linkedin'],
  ])('%s is served by %s', (host, id) => {
    expect(siteForHost(host)?.id).toBe(id);
  });

  it.each(['notx.com', 'facebook.com.evil.example', 'linkedin.co', 'example.org'])('%s is not a site', (host) => {
    expect(siteForHost(host)).toBeUndefined();
  });

  it('derives the match patterns from the adapters (https only)', () => {
    for (const site of SITES) for (const host of site.hosts) expect(SITE_MATCHES).toContain(`https://${host}/*`);
    expect(SITE_MATCHES.every((m) => m.startsWith('https://'))).toBe(true);
  });

  it('gives every composer a unique name, a known editor kind and a way to submit', () => {
    const names = SITES.flatMap((s) => s.composers.map((c) => c.name));
    expect(new Set(names).size).toBe(names.length);
    for (const c of SITES.flatMap((s) => s.composers)) {
      expect(EDITORS[c.kind], c.name).toBeDefined();
      expect(c.submit ?? c.shortcut, `${c.name} can be submitted somehow`).toBeTruthy();
    }
  });
});
