/**
 * Reading an image on the device: the whole protocol, every side of it, in one place.
 *
 *   content script / extension page      background                 OCR host
 *   readImage(bytes, mime) ── ocr.read ──> routeImageReads ── ocr.host.read ──> answerImageReads
 *   warmImageReader() ─────── ocr.warm ──> (creates the host, which starts its worker)
 *
 * Chrome's OCR host is an offscreen document (an MV3 service worker cannot start Workers);
 * Firefox's background page is a document and hosts OCR itself, so there the second hop is a
 * function call. Every message is a zod-validated member of a union on `kind`, and each listener
 * answers only its own kinds: the background and the offscreen document both hear every runtime
 * message and must never answer each other's.
 *
 * The answer is an ImageReading (words, medical verdict, location, decoded codes): what the image
 * holds, not what the policy makes of it. The one cache is the caller's, keyed by the one hash of
 * the bytes, so it is the same for every policy (image-findings.ts applies the policy).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { ImageReading } from '../ocr/types';

/**
 * Reads one image: the client below, the OCR host's implementation, a test's stand-in. `key` is
 * imageKey(bytes) when the caller already has it (the client's cache uses it; the host ignores it).
 */
export type ReadImage = (bytes: Uint8Array, mime: string, key?: string) => Promise<ImageReading>;

/**
 * The largest image Second Look reads. It bounds what one runtime message carries (base64 adds a
 * third; Chrome refuses messages over 64 MiB) and what the OCR host decodes; a bigger file is
 * reported as unread, which holds Post, never silently skipped.
 */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
const MAX_IMAGE_BASE64 = Math.ceil(MAX_IMAGE_BYTES / 3) * 4;

/** Why these bytes cannot be sent to be read, in words for the panel; undefined when they can. */
export function imageSizeProblem(byteLength: number): string | undefined {
  if (byteLength === 0) return 'the file is empty';
  const mb = 1024 * 1024;
  if (byteLength > MAX_IMAGE_BYTES) return `it is ${(byteLength / mb).toFixed(1)} MB, more than the ${MAX_IMAGE_BYTES / mb} MB Second Look can read`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

/** Image bytes cross runtime messaging as base64: Chrome serialises messages as JSON. */
const ImagePayload = { base64: z.string().min(1).max(MAX_IMAGE_BASE64), mime: z.string().max(100) };

/** Caller -> background: "read this image". */
const ReadRequestSchema = z.object({ kind: z.literal('ocr.read'), ...ImagePayload });
/** Caller -> background: "an image may come soon: have the reader ready". */
const WarmRequestSchema = z.object({ kind: z.literal('ocr.warm') });
/** Background -> OCR host (the offscreen document on Chrome). */
const HostReadRequestSchema = z.object({ kind: z.literal('ocr.host.read'), ...ImagePayload });
/** Background -> OCR host: "are you there?", after creating the document. */
const HostPingSchema = z.object({ kind: z.literal('ocr.host.ping') });

export const OcrMessageSchema = z.discriminatedUnion('kind', [ReadRequestSchema, WarmRequestSchema, HostReadRequestSchema, HostPingSchema]);
export type OcrMessage = z.infer<typeof OcrMessageSchema>;

const BoxSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

/** The reading, checked field by field: the content script trusts nothing it did not validate. */
export const ImageReadingSchema = z.object({
  words: z.array(z.object({ text: z.string(), confidence: z.number(), box: BoxSchema, line: z.number() })),
  medical: z.object({ likely: z.boolean(), score: z.number(), signals: z.array(z.string()) }),
  location: z.object({ lat: z.number(), lon: z.number() }).optional(),
  codes: z.array(z.object({ format: z.string(), text: z.string(), box: BoxSchema })),
  faces: z.array(z.object({ box: BoxSchema, score: z.number() })).optional(),
  width: z.number(),
  height: z.number(),
  ms: z.number(),
});

export const ReadReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), reading: ImageReadingSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ReadReply = z.infer<typeof ReadReplySchema>;

/** The platform's own base64 (Chrome 140, Firefox 133), where there is one: a photo in ~1 ms, not ~17. */
const nativeToBase64 = (Uint8Array.prototype as { toBase64?: (this: Uint8Array) => string }).toBase64;
const nativeFromBase64 = (Uint8Array as { fromBase64?: (base64: string) => Uint8Array }).fromBase64;

export function toBase64(bytes: Uint8Array): string {
  if (nativeToBase64) return nativeToBase64.call(bytes);
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the stack on a multi-megabyte photo.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(base64);
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers: the one hash and the one time limit
// ---------------------------------------------------------------------------------------------

/**
 * The identity of an image: a SHA-256 of its bytes. The same photo picked again, its preview in
 * the composer (the same bytes behind a blob: URL) and the cache of readings all agree on it.
 */
export async function imageKey(bytes: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  const data = bytes instanceof Blob ? await bytes.arrayBuffer() : bytes;
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}


// ---------------------------------------------------------------------------------------------
// Caller side (content script, extension pages)
// ---------------------------------------------------------------------------------------------

/** Readings kept for the life of the page: enough for the images of a few drafts (no pixels). */
const CACHE_SIZE = 24;
const readings = new Map<string, Promise<ImageReading>>();

/**
 * What an image holds, read by the extension's OCR host: nothing leaves the device, and the page's
 * own scripts never see the bytes or the answer. Rejects with an Error (in words for the panel)
 * when the image is too big, cannot be decoded or the host fails: callers hold Post for it.
 *
 * One read per distinct image for the life of the page: the same photo picked again, or the clean
 * copy's re-read after an Undo, costs nothing. `key` is imageKey(bytes) when the caller has it.
 */
export async function readImage(bytes: Uint8Array, mime: string, key?: string): Promise<ImageReading> {
  const tooBig = imageSizeProblem(bytes.byteLength);
  if (tooBig) throw new Error(tooBig);
  const id = key ?? (await imageKey(bytes));
  let pending = readings.get(id);
  if (!pending) {
    pending = askBackground(bytes, mime);
    readings.set(id, pending);
    // A failure (host restarted, time-out) is not remembered: the next check tries again.
    pending.catch(() => readings.delete(id));
    if (readings.size > CACHE_SIZE) readings.delete(readings.keys().next().value!);
  }
  return pending;
}

async function askBackground(bytes: Uint8Array, mime: string): Promise<ImageReading> {
  const request: OcrMessage = { kind: 'ocr.read', base64: toBase64(bytes), mime };
  const reply = ReadReplySchema.safeParse(await browser.runtime.sendMessage(request));
  if (!reply.success) throw new Error('Second Look: no valid answer from the OCR host');
  if (!reply.data.ok) throw new Error(`Second Look: ${reply.data.error}`);
  return reply.data.reading;
}

let warmed = false;

/**
 * A composer that can take images opened: start the OCR host now, so its worker has loaded the
 * model by the time an image is attached. Once per page; a failure is the first read's to report.
 */
export function warmImageReader(): void {
  if (warmed) return;
  warmed = true;
  try {
    browser.runtime.sendMessage({ kind: 'ocr.warm' } satisfies OcrMessage).catch(() => undefined);
  } catch {
    // The extension is gone under this tab (updated, removed): nothing to warm.
  }
}

// ---------------------------------------------------------------------------------------------
// Background side
// ---------------------------------------------------------------------------------------------

const OFFSCREEN_PATH = '/offscreen.html';
const HOST_READY_TRIES = 50;

export interface RouteOptions {
  /** Firefox: read here (the background page is the OCR host). Chrome: undefined -> offscreen. */
  localHost?: () => Promise<{ read: ReadImage; warm(): Promise<unknown> }>;
}

/** Answers `ocr.read` and `ocr.warm` from content scripts and extension pages. */
export function routeImageReads(options: RouteOptions): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    const parsed = OcrMessageSchema.safeParse(message);
    if (!parsed.success) {
      // A read we cannot take (too large, empty) is answered with why, not left hanging.
      if (isReadRequest(message)) sendResponse(invalidReadReply(message));
      return undefined;
    }
    const msg = parsed.data;
    if (msg.kind === 'ocr.warm') {
      void warmHost(options).catch(() => undefined);
      return undefined;
    }
    if (msg.kind !== 'ocr.read') return undefined;
    readOnHost(msg, options).then(sendResponse);
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  });
}

function isReadRequest(message: unknown): message is { kind: 'ocr.read'; base64?: unknown } {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'ocr.read';
}

function invalidReadReply(message: { base64?: unknown }): ReadReply {
  const length = typeof message.base64 === 'string' ? (message.base64.length * 3) / 4 : 0;
  return { ok: false, error: imageSizeProblem(length) ?? 'the image could not be sent to be read' };
}

async function warmHost(options: RouteOptions): Promise<void> {
  if (options.localHost) await (await options.localHost()).warm();
  else await ensureOffscreenDocument();
}

async function readOnHost(request: { base64: string; mime: string }, options: RouteOptions): Promise<ReadReply> {
  try {
    if (options.localHost) return await replyFor((await options.localHost()).read, request.base64, request.mime);
    await ensureOffscreenDocument();
    const reply = ReadReplySchema.safeParse(await browser.runtime.sendMessage({ ...request, kind: 'ocr.host.read' } satisfies OcrMessage));
    return reply.success ? reply.data : { ok: false, error: 'the OCR host gave no valid answer' };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

let creating: Promise<void> | undefined;

/** Creates the offscreen document unless one exists (guarded: Chrome allows only one). */
async function ensureOffscreenDocument(): Promise<void> {
  // A document being created exists before its script listens: a read arriving then (the warm-up
  // started it a moment ago) waits for the host's answer to the ping, not just for the document.
  if (creating) return creating;
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
      if ((await browser.runtime.sendMessage({ kind: 'ocr.host.ping' } satisfies OcrMessage)) !== undefined) return;
    } catch {
      // "Receiving end does not exist" until the script runs.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the OCR host did not start');
}

// ---------------------------------------------------------------------------------------------
// OCR host side (Chrome's offscreen document)
// ---------------------------------------------------------------------------------------------

/** Answers `ocr.host.*` and nothing else: the background's own `ocr.read` is left alone. */
export function answerImageReads(read: ReadImage): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    const parsed = OcrMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    if (msg.kind === 'ocr.host.ping') {
      sendResponse({ ok: true });
      return undefined;
    }
    if (msg.kind !== 'ocr.host.read') return undefined;
    replyFor(read, msg.base64, msg.mime).then(sendResponse);
    return true;
  });
}

async function replyFor(read: ReadImage, base64: string, mime: string): Promise<ReadReply> {
  try {
    // Decoded in here: malformed base64 is an error answer, not a listener that never replies.
    return { ok: true, reading: await read(fromBase64(base64), mime) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
