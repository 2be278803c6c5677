import type { ImageScanResult } from '../ocr/types';
import type { ScanImage } from './draft-images';

/** Enough for the images of a few drafts; results are small, pixels are never kept. */
const MAX_ENTRIES = 24;
const cache = new Map<string, Promise<ImageScanResult>>();

/**
 * The identity of an image: a SHA-256 of its bytes. The same photo picked again, its preview in
 * the composer (the same bytes behind a blob: URL) and the cache all agree on it.
 */
export async function imageKey(file: Blob): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
}

/**
 * One read per distinct image for the life of the page, in memory only: the same photo picked
 * again, or the clean copy's re-read after an Undo, costs nothing.
 */
export async function scanCached(key: string, file: Blob, scan: ScanImage): Promise<ImageScanResult> {
  let pending = cache.get(key);
  if (!pending) {
    pending = file.arrayBuffer().then((bytes) => scan(bytes, file.type));
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return pending;
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
