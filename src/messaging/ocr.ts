/**
 * The image-scanning protocol. Two hops on Chrome (content script or extension page -> background
 * -> offscreen document), one on Firefox (-> background page). Every message is a zod-validated
 * member of a union on `kind`, and each listener answers only its own kinds, so the background
 * and the offscreen document (which both hear every runtime message) never answer each other's.
 */
import { z } from 'zod';

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

/** Image bytes cross runtime messaging as base64: Chrome serialises messages as JSON. */
const ImagePayload = {
  base64: z.string().min(1).max(MAX_IMAGE_BASE64),
  mime: z.string().max(100),
  /** Engine options the policy decides (sensitivity, rules off, watch and allow terms). */
  sensitivity: z.enum(['standard', 'strict']).optional(),
};

/** Caller -> background: "scan this image". */
export const ScanImageRequestSchema = z.object({ kind: z.literal('ocr.scan'), ...ImagePayload });
/** Background -> OCR host (the offscreen document on Chrome). */
export const HostScanRequestSchema = z.object({ kind: z.literal('ocr.host.scan'), ...ImagePayload });
/** Background -> OCR host: "are you there?", after creating the document. */
export const HostPingSchema = z.object({ kind: z.literal('ocr.host.ping') });

export const OcrMessageSchema = z.discriminatedUnion('kind', [ScanImageRequestSchema, HostScanRequestSchema, HostPingSchema]);
export type OcrMessage = z.infer<typeof OcrMessageSchema>;
export type ScanImageRequest = z.infer<typeof ScanImageRequestSchema>;

const BoxSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

/**
 * The reply, checked loosely on the fields callers rely on (findings keep every field the engine
 * gives them, whatever is added later).
 */
export const ScanImageReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    result: z.looseObject({
      verdict: z.enum(['ok', 'low', 'medium', 'high']),
      findings: z.array(z.looseObject({ rule: z.string(), severity: z.enum(['low', 'medium', 'high']), source: z.literal('image'), box: BoxSchema.optional() })),
      ocrText: z.string(),
      words: z.array(z.object({ text: z.string(), confidence: z.number(), box: BoxSchema, line: z.number() })),
      medical: z.object({ likely: z.boolean(), score: z.number(), signals: z.array(z.string()) }),
      location: z.object({ lat: z.number(), lon: z.number() }).optional(),
      width: z.number(),
      height: z.number(),
      ms: z.number(),
    }),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ScanImageReply = z.infer<typeof ScanImageReplySchema>;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the stack on a multi-megabyte photo.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
