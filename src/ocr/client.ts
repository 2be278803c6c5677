/**
 * What a content script or an extension page calls to check an image. The image is read by the
 * extension's OCR host (offscreen document on Chrome, background page on Firefox): nothing leaves
 * the device, and the page's own scripts never see the bytes or the result.
 */
import { browser } from 'wxt/browser';
import type { Sensitivity } from '../engine';
import { imageSizeProblem, ScanImageReplySchema, toBase64, type ScanImageRequest } from '../messaging/ocr';
import type { ImageScanResult } from './types';

export type { ImageScanResult };

export interface ScanImageOptions {
  sensitivity?: Sensitivity;
}

/**
 * OCR + medical-image heuristics + EXIF GPS + the engine, for one image (JPEG, PNG, WebP, GIF:
 * whatever the browser decodes). Rejects with an Error when the image cannot be decoded or the
 * OCR host fails; callers show "could not check this image" rather than "ok".
 */
export async function scanImage(bytes: ArrayBuffer | Uint8Array, mime: string, options: ScanImageOptions = {}): Promise<ImageScanResult> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const tooBig = imageSizeProblem(view.byteLength);
  if (tooBig) throw new Error(tooBig);
  const request: ScanImageRequest = { kind: 'ocr.scan', base64: toBase64(view), mime, ...(options.sensitivity ? { sensitivity: options.sensitivity } : {}) };
  const reply = ScanImageReplySchema.safeParse(await browser.runtime.sendMessage(request));
  if (!reply.success) throw new Error('Second Look: no valid answer from the OCR host');
  if (!reply.data.ok) throw new Error(`Second Look: ${reply.data.error}`);
  return reply.data.result as unknown as ImageScanResult;
}
