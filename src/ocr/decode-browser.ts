/**
 * Encoded bytes -> RGBA with the browser's own decoders (createImageBitmap + OffscreenCanvas),
 * in a document or a worker. Whatever the browser can show, we can read: JPEG, PNG, WebP, GIF,
 * AVIF. EXIF orientation is applied, as the site will display it.
 */
import type { RgbaImage } from './types';

/** Longest side decoded: bigger photos are scaled down (overlay text stays legible at 4096). */
export const MAX_SIDE = 4096;

export async function decodeInBrowser(bytes: Uint8Array, mime: string): Promise<{ image: RgbaImage; scale: number }> {
  const blob = new Blob([bytes as BlobPart], { type: mime || 'application/octet-stream' });
  let bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  let scale = 1;
  if (Math.max(bitmap.width, bitmap.height) > MAX_SIDE) {
    scale = MAX_SIDE / Math.max(bitmap.width, bitmap.height);
    const smaller = await createImageBitmap(bitmap, { resizeWidth: Math.round(bitmap.width * scale), resizeHeight: Math.round(bitmap.height * scale), resizeQuality: 'high' });
    bitmap.close();
    bitmap = smaller;
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return { image: { width: data.width, height: data.height, data: data.data }, scale };
}
