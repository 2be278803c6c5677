/**
 * The de-identified copy: opaque boxes over the given regions, re-encoded through a canvas, which
 * drops every metadata block (EXIF GPS, camera, comments). Runs wherever OffscreenCanvas does:
 * content scripts, extension pages, workers. The original bytes are never modified or sent.
 */
import type { Box } from './types';

/** Extra pixels around each box: OCR boxes hug the glyphs, and anti-aliased edges leak. */
export const REDACT_MARGIN_PX = 4;

/** Boxes grown by a margin relative to the text height, clipped to the image, integer pixels. */
export function redactionRects(boxes: readonly Box[], width: number, height: number, margin = REDACT_MARGIN_PX): Box[] {
  return boxes.map((b) => {
    const m = Math.max(margin, Math.round(b.h * 0.15));
    const x = Math.max(0, Math.floor(b.x - m));
    const y = Math.max(0, Math.floor(b.y - m));
    return { x, y, w: Math.min(width, Math.ceil(b.x + b.w + m)) - x, h: Math.min(height, Math.ceil(b.y + b.h + m)) - y };
  }).filter((b) => b.w > 0 && b.h > 0);
}

/**
 * Black boxes over `boxes` (in the image's own pixels, e.g. finding boxes or all OCR word boxes
 * of an ImageScanResult), returned as a new JPEG (for JPEG input) or PNG without metadata.
 */
export async function redactImage(bytes: ArrayBuffer | Uint8Array, boxes: readonly Box[], mime = 'image/png'): Promise<Blob> {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  // Orientation applied, so the boxes (from a scan of the displayed image) land where they were.
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  ctx.fillStyle = '#000';
  for (const r of redactionRects(boxes, canvas.width, canvas.height)) ctx.fillRect(r.x, r.y, r.w, r.h);
  const type = mime === 'image/jpeg' ? 'image/jpeg' : 'image/png';
  return canvas.convertToBlob(type === 'image/jpeg' ? { type, quality: 0.92 } : { type });
}
