import type { BrowserContext, Route } from '@playwright/test';
import { FIXTURES, siteBundle, type Fixture, type FixtureShell } from './bundle';

/** The real origins the fixtures answer for (each folder's shell.json), so the manifest's match patterns apply for real. */
export const SITE_ORIGINS = FIXTURES.map((f) => f.shell.origins[0]!);

/** Every origin a fixture answers, other names of a site included (twitter.com, old.reddit.com). */
export const SERVED_ORIGINS = FIXTURES.flatMap((f) => f.shell.origins);

const FIXTURE_BY_ORIGIN = new Map<string, Fixture>(FIXTURES.flatMap((f) => f.shell.origins.map((o) => [o, f] as const)));

/** Where each shell loads its bundled app from. */
export const APP_PATH = '/__fixture/app.js';

export function html({ title, lang, body }: FixtureShell): string {
  // No other origin anywhere (no CDN, fonts, analytics): a request leaving the machine fails the
  // e2e suite.
  return `<!doctype html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="${APP_PATH}" defer></script>
</head>
<body>${body}</body>
</html>`;
}

/**
 * Like the live sites, scripts may only come from the page's own origin and no eval; styles may
 * be inline (all three sites allow that). Catches an extension that injects inline scripts into
 * the page, which X's and Facebook's nonce-based policies would block.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

async function fulfil(route: Route, fixture: Fixture): Promise<void> {
  const request = route.request();
  const { pathname } = new URL(request.url());
  if (pathname === APP_PATH) {
    await route.fulfill({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
      body: await siteBundle(fixture.site),
    });
  } else if (request.resourceType() === 'document') {
    // Every path gets the shell; the app renders by location.pathname, like the real SPAs.
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': CSP },
      body: html(fixture.shell),
    });
  } else {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not part of the fixture' });
  }
}

function originPattern(origin: string): RegExp {
  return new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:[/?#]|$)`);
}

/**
 * Answers every request to the fixture origins from memory: any document path gets that site's
 * HTML shell, APP_PATH its bundled app, anything else 404. Nothing reaches the network.
 */
export async function serveSites(context: BrowserContext): Promise<void> {
  for (const [origin, fixture] of FIXTURE_BY_ORIGIN) {
    await context.route(originPattern(origin), (route) => fulfil(route, fixture));
  }
}
