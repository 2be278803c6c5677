import type { BrowserContext, Route } from '@playwright/test';
import { siteBundles, type SiteId } from './bundle';

/** The real origins the fixtures answer for, so the manifest's match patterns apply for real. */
export const SITE_ORIGINS = ['https://x.com', 'https://www.facebook.com', 'https://www.linkedin.com'];

/** twitter.com still serves X (the live site redirects); the fixture answers it directly. */
export const SERVED_ORIGINS = [...SITE_ORIGINS, 'https://twitter.com'];

const SITE_BY_ORIGIN: Record<string, SiteId> = {
  'https://x.com': 'x',
  'https://twitter.com': 'x',
  'https://www.facebook.com': 'facebook',
  'https://www.linkedin.com': 'linkedin',
};

/** Where each shell loads its bundled app from. */
export const APP_PATH = '/__fixture/app.js';

interface Shell {
  title: string;
  lang: string;
  /** Static markup the live page ships before its app runs. */
  body: string;
}

const SHELLS: Record<SiteId, Shell> = {
  x: { title: 'Home / X', lang: 'en', body: '<div id="react-root"></div>' },
  facebook: { title: 'Facebook', lang: 'en', body: '<div id="mount_0_0_Fx"></div>' },
  // LinkedIn ships the #interop-outlet host in the page; its app attaches the open shadow root.
  linkedin: {
    title: 'Feed | LinkedIn',
    lang: 'en',
    body: '<div class="application-outlet"></div><div id="interop-outlet" data-testid="interop-shadowdom"></div>',
  },
};

function html({ title, lang, body }: Shell): string {
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
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

async function fulfil(route: Route, site: SiteId): Promise<void> {
  const request = route.request();
  const { pathname } = new URL(request.url());
  if (pathname === APP_PATH) {
    const bundles = await siteBundles();
    await route.fulfill({
      status: 200,
      contentType: 'text/javascript; charset=utf-8',
      body: bundles[site],
    });
  } else if (request.resourceType() === 'document') {
    // Every path gets the shell; the app renders by location.pathname, like the real SPAs.
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': CSP },
      body: html(SHELLS[site]),
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
  // Start bundling now; the first app.js request waits for the same promise (and reports a
  // failure), so this early start must not raise an unhandled rejection of its own.
  siteBundles().catch(() => undefined);
  for (const [origin, site] of Object.entries(SITE_BY_ORIGIN)) {
    await context.route(originPattern(origin), (route) => fulfil(route, site));
  }
}
