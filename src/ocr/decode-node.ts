/**
 * Encoded bytes -> RGBA in Node, with pure-JS decoders (no native module to build, no binary to
 * download). JPEG and PNG cover phone photos and screenshots; anything else is reported as
 * unsupported rather than guessed at.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { RgbaImage } from './types';

export type ImageFormat = 'jpeg' | 'png';

/** Largest image decoded, in pixels: a 100-megapixel JPEG would need 400 MB as RGBA. */
export const MAX_PIXELS = 50_000_000;

export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  return undefined;
}

export class UnsupportedImageError extends Error {
  override name = 'UnsupportedImageError';
}

export function decodeImage(bytes: Uint8Array): RgbaImage {
  const format = sniffFormat(bytes);
  if (!format) throw new UnsupportedImageError('not a JPEG or PNG image');
  try {
    if (format === 'jpeg') {
      const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 });
      return { width: img.width, height: img.height, data: img.data };
    }
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (png.width * png.height > MAX_PIXELS) throw new UnsupportedImageError('image too large');
    return { width: png.width, height: png.height, data: png.data };
  } catch (err) {
    if (err instanceof UnsupportedImageError) throw err;
    throw new UnsupportedImageError(`cannot decode ${format}: ${(err as Error).message}`);
  }
}
