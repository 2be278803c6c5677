/**
 * Background side: answers `ocr.scan` from content scripts and extension pages. On Chrome the
 * scan is forwarded to the offscreen document (created on demand, reused); on Firefox the
 * background page is itself the OCR host. Results are cached in memory by image hash for the
 * browser session, so re-checking the same attachment on every keystroke pause costs nothing.
 */
import { browser } from 'wxt/browser';
import { fromBase64, imageSizeProblem, OcrMessageSchema, ScanImageReplySchema, type ScanImageReply, type ScanImageRequest } from './ocr';
import { runScan, type HostScan } from './ocr-host-listener';

const OFFSCREEN_PATH = '/offscreen.html';
const CACHE_SIZE = 24;
const HOST_READY_TRIES = 50;

export interface OcrRouteOptions {
  /** Firefox: scan here. Chrome: undefined, and scans go to the offscreen document. */
  localHost?: () => Promise<HostScan>;
}

export function routeOcrScans(options: OcrRouteOptions): void {
  const cache = new Map<string, Promise<ScanImageReply>>();
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    const parsed = OcrMessageSchema.safeParse(message);
    if (!parsed.success) {
      // A scan request we cannot take (too large, empty) is answered with why, not left hanging.
      if (isScanRequest(message)) sendResponse(invalidScanReply(message));
      return undefined;
    }
    if (parsed.data.kind !== 'ocr.scan') return undefined;
    const request = parsed.data;
    cachedScan(cache, request, options).then(sendResponse);
    return true;
  });
}

function isScanRequest(message: unknown): message is { kind: 'ocr.scan'; base64?: unknown } {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'ocr.scan';
}

function invalidScanReply(message: { base64?: unknown }): ScanImageReply {
  const length = typeof message.base64 === 'string' ? (message.base64.length * 3) / 4 : 0;
  return { ok: false, error: imageSizeProblem(length) ?? 'the image could not be sent to be read' };
}

async function cachedScan(cache: Map<string, Promise<ScanImageReply>>, request: ScanImageRequest, options: OcrRouteOptions): Promise<ScanImageReply> {
  const key = `${request.sensitivity ?? 'standard'}:${await sha256(request.base64)}`;
  let reply = cache.get(key);
  if (!reply) {
    reply = scanOnce(request, options);
    cache.set(key, reply);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  const settled = await reply;
  // A failure (host restarted, timeout) is not remembered: the next check tries again.
  if (!settled.ok) cache.delete(key);
  return settled;
}

async function scanOnce(request: ScanImageRequest, options: OcrRouteOptions): Promise<ScanImageReply> {
  try {
    if (options.localHost) return await runScan(await options.localHost(), fromBase64(request.base64), request.mime, request.sensitivity);
    await ensureOffscreenDocument();
    const reply = ScanImageReplySchema.safeParse(await browser.runtime.sendMessage({ ...request, kind: 'ocr.host.scan' }));
    return reply.success ? reply.data : { ok: false, error: 'the OCR host gave no valid answer' };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

let creating: Promise<void> | undefined;

/** Creates the offscreen document unless one exists (guarded: Chrome allows only one). */
async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['WORKERS' as Browser.offscreen.Reason], justification: 'Reads text in attached images on the device (OCR in a Web Worker).' })
    .then(waitForHost)
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** The document's listener is registered by its script; ask until it answers. */
async function waitForHost(): Promise<void> {
  for (let i = 0; i < HOST_READY_TRIES; i++) {
    try {
      if ((await browser.runtime.sendMessage({ kind: 'ocr.host.ping' })) !== undefined) return;
    } catch {
      // "Receiving end does not exist" until the script runs.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the OCR host did not start');
}
