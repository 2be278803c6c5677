import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Chromium's own services call home even with every quieting switch set: Gaia sign-in
 * (accounts.google.com), the on-demand component updater (update.googleapis.com, whose request
 * body names a browser component, never this extension) and its downloads (*.gvt1.com). Which
 * ones appear varies run to run, so the trap ignores Google's infrastructure domains; a request
 * from the extension's pages or worker to them is still caught by the request listener in
 * fixtures.ts. Everything else, Google Analytics and Tag Manager included, is a failure.
 */
const BROWSER_OWN_DOMAINS = ['google.com', 'googleapis.com', 'gvt1.com', 'gvt2.com', 'gstatic.com'];

function isBrowserOwn(attempt: string): boolean {
  let host: string;
  try {
    host = new URL(attempt).hostname;
  } catch {
    return false;
  }
  return BROWSER_OWN_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * A proxy that lets nothing through and writes down what tried. Chromium is launched with it as
 * its only route out, so nothing leaves the machine during tests, and a request is recorded even
 * from a context Playwright does not attach to.
 */
export interface NetworkTrap {
  /** `http://127.0.0.1:<port>`, for the browser's `proxy.server`. */
  server: string;
  /**
   * What tried to leave, minus the browser's own services: absolute URLs of plain HTTP requests,
   * `https://host:port` of tunnels (HTTPS, secure WebSockets).
   */
  attempts: string[];
  close(): Promise<void>;
}

export async function openNetworkTrap(): Promise<NetworkTrap> {
  const attempts: string[] = [];
  const record = (attempt: string) => {
    if (!isBrowserOwn(attempt)) attempts.push(attempt);
  };
  const proxy: Server = createServer((req, res) => {
    record(req.url ?? '(unknown)');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    record(`https://${req.url ?? '(unknown)'}`);
    // Chromium resets tunnels it gave up on (a preconnect); an unhandled socket error would
    // otherwise crash the test run with ECONNRESET. The attempt is already recorded.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  proxy.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
