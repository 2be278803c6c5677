import type { ImageScanResult } from '../ocr/types';
import type { ScanImage } from './attachments';

/** Enough for the images of a few drafts; results are small, pixels are never kept. */
const MAX_ENTRIES = 24;
const cache = new Map<string, Promise<ImageScanResult>>();

/**
 * One read per distinct image for the life of the page, in memory only: the same photo picked
 * again, or the clean copy's re-read, costs nothing. Keyed by a SHA-256 of the bytes.
 */
export async function scanCached(file: File, scan: ScanImage): Promise<ImageScanResult> {
  const bytes = await file.arrayBuffer();
  const key = hex(await crypto.subtle.digest('SHA-256', bytes));
  let pending = cache.get(key);
  if (!pending) {
    pending = scan(bytes, file.type);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return pending;
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
