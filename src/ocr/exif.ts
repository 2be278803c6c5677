import exifr from 'exifr';
import type { GpsLocation } from './types';

/**
 * EXIF GPS of an encoded image (JPEG, HEIC, TIFF, PNG eXIf), or undefined. exifr is given bytes,
 * never a URL, so it never fetches; a malformed block is "no location", not a failed scan.
 */
export async function readGps(bytes: Uint8Array): Promise<GpsLocation | undefined> {
  try {
    const gps = await exifr.gps(bytes);
    if (!gps || !Number.isFinite(gps.latitude) || !Number.isFinite(gps.longitude)) return undefined;
    return { lat: gps.latitude, lon: gps.longitude };
  } catch {
    return undefined;
  }
}
