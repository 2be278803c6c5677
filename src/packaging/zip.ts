import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

/** A fixed timestamp, so the same build always gives the same zip (and the same CRX signature). */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Zips a directory; `transform` may rewrite a file (by its path inside the zip) on the way in. */
export async function zipDirectory(dir: string, transform?: (path: string, bytes: Buffer) => Buffer): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of filesUnder(dir)) {
    const path = relative(dir, file).replaceAll('\\', '/');
    const bytes = readFileSync(file);
    zip.file(path, transform ? transform(path, bytes) : bytes, { date: FIXED_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

/** One file's bytes from a zip, or undefined. */
export async function readZipEntry(zip: Buffer, path: string): Promise<Buffer | undefined> {
  const archive = await JSZip.loadAsync(zip);
  return archive.file(path)?.async('nodebuffer');
}

/** The paths inside a zip. */
export async function zipEntries(zip: Buffer): Promise<string[]> {
  const archive = await JSZip.loadAsync(zip);
  return Object.values(archive.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
}
