/**
 * OCR host side (Chrome's offscreen document): answers `ocr.host.*` messages and nothing else,
 * so the background's own `ocr.scan` traffic, which this document also hears, is left alone.
 */
import { browser } from 'wxt/browser';
import type { Sensitivity } from '../engine';
import type { ImageScanResult } from '../ocr/types';
import { fromBase64, OcrMessageSchema, type ScanImageReply } from './ocr';

export type HostScan = (bytes: Uint8Array, mime: string, sensitivity?: Sensitivity) => Promise<ImageScanResult>;

export function answerOcrHost(scan: HostScan): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    const parsed = OcrMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    if (msg.kind === 'ocr.host.ping') {
      sendResponse({ ok: true });
      return undefined;
    }
    if (msg.kind !== 'ocr.host.scan') return undefined;
    runScan(scan, fromBase64(msg.base64), msg.mime, msg.sensitivity).then(sendResponse);
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  });
}

export async function runScan(scan: HostScan, bytes: Uint8Array, mime: string, sensitivity?: Sensitivity): Promise<ScanImageReply> {
  try {
    return { ok: true, result: await scan(bytes, mime, sensitivity) } as unknown as ScanImageReply;
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
