import type { Box } from '../engine';
import { imageKey, type ReadImage } from '../messaging/ocr';
import { withTimeout } from '../ocr/time-limit';
import type { ImageReading } from '../ocr/types';

/** Draws opaque boxes over an image and re-encodes it without metadata. */
export type RedactImage = (file: File, boxes: readonly Box[]) => Promise<Blob>;

export type Cover = 'findings' | 'all-text';

/** The picture a clean copy replaced. Kept in memory only, so Undo can put it back. */
export interface OriginalImage {
  file: File;
  name: string;
  /** Object URL for the before/after preview; revoked once no clean copy of it is attached. */
  thumbnail: string;
}

export interface AttachedImage {
  id: string;
  name: string;
  /** Object URL of the image, for the panel's thumbnail; revoked when the image goes. */
  thumbnail: string;
  status: 'reading' | 'done' | 'error';
  /** What the image holds; the check judges it under the policy (image-findings.ts). */
  reading?: ImageReading;
  error?: string;
  file: File;
  /** SHA-256 of the bytes (see imageKey): spots the same image arriving by two paths. */
  key: Promise<string>;
  /** Settles when reading ends, whichever way. */
  read: Promise<void>;
  /** The file input it came through, so a clean copy can replace it there. */
  input?: HTMLInputElement;
  /** Seen only as the composer's own preview (`<img src="blob:…">`): that source. */
  previewSrc?: string;
  /** Set on a clean copy Second Look swapped in: what it replaced, and what was covered. */
  original?: OriginalImage;
  covered?: Cover;
}

/**
 * A preview we read from the composer. `exact` when these are the bytes the site holds (a
 * blob: or data: URL fetched); a canvas copy of a displayed image is re-encoded, not exact.
 */
export interface PreviewImage {
  file: File;
  exact: boolean;
  /** Hash of the decoded pixels, for matching a re-encoded copy to an attached file. */
  pixels?: () => Promise<string>;
}

/** Formats the OCR host decodes; anything else is reported, not guessed at. */
const IMAGE_TYPES = /^image\/(png|jpeg|jpg|webp|gif|bmp)$/i;

export function isScannableImage(file: Pick<Blob, 'type'>): boolean {
  return IMAGE_TYPES.test(file.type);
}

/**
 * The OCR host's own limits are per step (worker start, each region); this bounds the whole
 * read, so the panel and a held post never wait on a reply that will not come.
 */
export const READ_TIMEOUT_MS = 120_000;

export interface ImagesHost {
  /** Reads an image on the device (the extension's OCR host); it never leaves the machine. */
  readImage?: ReadImage;
  redactImage?: RedactImage;
  /** The set of images, or what is known about one, changed: check the draft again. */
  changed(): void;
}

/**
 * The images attached to one draft: reads each on the device, swaps in clean copies and puts the
 * originals back on Undo. Nothing here is written anywhere: files, results and originals live in
 * this object, in memory, for as long as the draft does.
 */
export class DraftImages {
  list: AttachedImage[] = [];
  private nextId = 0;
  /** Clean copy -> the original it replaced, while the clean copy is attached. */
  private readonly originals = new Map<File, { original: OriginalImage; cover: Cover }>();
  /** Preview sources already looked at, so a re-render does not fetch them again. */
  private readonly seenPreviews = new Set<string>();

  constructor(private readonly host: ImagesHost) {}

  get reading(): boolean {
    return this.list.some((i) => i.status === 'reading');
  }

  /** Resolves once no image is being read; images attached meanwhile are waited for too. */
  async whenRead(): Promise<void> {
    for (let pending = this.pending(); pending.length > 0; pending = this.pending()) await Promise.all(pending.map((i) => i.read));
  }

  /** Images that could not be read, so were not checked. */
  get unread(): AttachedImage[] {
    return this.list.filter((i) => i.status === 'error');
  }

  /** Newly attached files; a new pick in a file input replaces what that input held before. */
  attach(files: readonly File[], input?: HTMLInputElement): void {
    if (!this.host.readImage) return;
    if (input) this.list = this.list.filter((i) => i.input !== input || this.revoke(i));
    for (const file of files) {
      if (file.type.startsWith('image/')) this.add(file, input ? { input } : {});
    }
    this.settle();
  }

  /**
   * An image in the composer's preview that may have arrived by a path we did not see (a
   * detached file picker, a drop zone outside the composer). Skipped when it is one already
   * attached: same bytes, or for a re-encoded copy the same pixels.
   */
  async attachPreview(src: string, name: string, read: () => Promise<PreviewImage | undefined>): Promise<void> {
    if (!this.host.readImage || this.seenPreviews.has(src)) return;
    this.seenPreviews.add(src);
    const preview = await read().catch(() => undefined);
    if (!preview || !preview.file.type.startsWith('image/') || (await this.alreadyAttached(preview))) return;
    this.add(preview.file, { previewSrc: src, name });
    this.settle();
  }

  /** Drops preview-only images whose preview the site has removed (the user took it out). */
  prunePreviews(stillShown: (src: string) => boolean): void {
    const before = this.list.length;
    this.list = this.list.filter((i) => !i.previewSrc || stillShown(i.previewSrc) || this.revoke(i));
    for (const src of this.seenPreviews) if (!stillShown(src)) this.seenPreviews.delete(src);
    if (this.list.length !== before) this.settle();
  }

  /**
   * Replaces an image with a clean copy (opaque boxes, no metadata) in the site's own file input,
   * as if the user had picked that file. The original is remembered for Undo.
   */
  async redact(id: string, cover: Cover, findingBoxes: readonly Box[]): Promise<boolean> {
    const image = this.list.find((i) => i.id === id);
    const redact = this.host.redactImage;
    if (!image?.reading || !image.input || !redact) return false;
    const boxes = cover === 'all-text' ? [...image.reading.words.map((w) => w.box), ...image.reading.codes.map((c) => c.box)] : findingBoxes;
    const blob = await redact(image.file, boxes);
    const clean = new File([blob], cleanName(image.file.name, blob.type), { type: blob.type, lastModified: Date.now() });
    // Before the swap: our own change listener attaches the clean copy and links it here. A copy
    // of a copy ("Cover all text" after "Redact image") still undoes to the true original.
    const original = image.original ?? { file: image.file, name: image.name, thumbnail: URL.createObjectURL(image.file) };
    this.originals.set(clean, { original, cover });
    swapFile(image.input, image.file, clean);
    return true;
  }

  /** Puts the original back where its clean copy was, the same way the copy went in. */
  undo(id: string): boolean {
    const image = this.list.find((i) => i.id === id);
    if (!image?.original || !image.input) return false;
    swapFile(image.input, image.file, image.original.file);
    return true;
  }

  clear(): void {
    for (const i of this.list) this.revoke(i);
    this.list = [];
    this.seenPreviews.clear();
    this.settle();
  }

  dispose(): void {
    for (const i of this.list) this.revoke(i);
    for (const { original } of this.originals.values()) URL.revokeObjectURL(original.thumbnail);
    this.list = [];
    this.originals.clear();
  }

  private pending(): AttachedImage[] {
    return this.list.filter((i) => i.status === 'reading');
  }

  private add(file: File, from: Pick<AttachedImage, 'input' | 'previewSrc'> & { name?: string }): void {
    const swapped = this.originals.get(file);
    // Read once: the same bytes are hashed (the key) and sent to be read.
    const bytes = file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
    const image: AttachedImage = {
      id: `img-${++this.nextId}`,
      name: from.name ?? file.name,
      thumbnail: URL.createObjectURL(file),
      status: 'reading',
      file,
      key: bytes.then(imageKey),
      read: Promise.resolve(),
      ...(from.input ? { input: from.input } : {}),
      ...(from.previewSrc ? { previewSrc: from.previewSrc } : {}),
      ...(swapped ? { original: swapped.original, covered: swapped.cover } : {}),
    };
    image.key.catch(() => undefined);
    image.read = this.readImage(image, bytes);
    this.list.push(image);
  }

  private async readImage(image: AttachedImage, bytes: Promise<Uint8Array>): Promise<void> {
    try {
      if (!isScannableImage(image.file)) throw new Error(`${image.file.type || 'this kind of file'} is not an image format Second Look can read`);
      const read = this.host.readImage!;
      image.reading = await withTimeout(read(await bytes, image.file.type, await image.key), READ_TIMEOUT_MS, 'reading the image');
      image.status = 'done';
    } catch (error) {
      // Say so, keep going: the post and the rest of the draft are still checked.
      image.status = 'error';
      image.error = error instanceof Error ? error.message : String(error);
    }
    if (this.list.includes(image)) this.host.changed();
  }

  private async alreadyAttached(preview: PreviewImage): Promise<boolean> {
    const others = this.list;
    if (others.length === 0) return false;
    if (preview.exact) {
      const key = await imageKey(preview.file);
      const keys = await Promise.all(others.map((i) => i.key.catch(() => '')));
      return keys.includes(key);
    }
    // A canvas copy never has the file's bytes; the same decoded pixels mean the same picture.
    const pixels = await preview.pixels?.().catch(() => undefined);
    if (!pixels) return false;
    for (const other of others) if ((await pixelKey(other.file).catch(() => '')) === pixels) return true;
    return false;
  }

  /** After any change to the list: forget originals whose clean copy is gone, then re-check. */
  private settle(): void {
    const gone = [...this.originals].filter(([clean]) => !this.list.some((i) => i.file === clean));
    for (const [clean] of gone) this.originals.delete(clean);
    const kept = new Set([...this.originals.values()].map((e) => e.original));
    for (const [, { original }] of gone) if (!kept.has(original)) URL.revokeObjectURL(original.thumbnail);
    this.host.changed();
  }

  private revoke(image: AttachedImage): false {
    URL.revokeObjectURL(image.thumbnail);
    return false;
  }
}

/**
 * A hash of an image's decoded pixels at its own size, orientation applied: two encodings of
 * the same picture (a file and the site's canvas copy of it) agree; any other picture does not.
 */
export async function pixelKey(source: Blob | HTMLImageElement): Promise<string> {
  const bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return `${width}x${height}:${await imageKey(new Blob([data]))}`;
}

/** The site learns of the new file the way it learns of a pick: input and change events. */
function swapFile(input: HTMLInputElement, from: File, to: File): void {
  const files = new DataTransfer();
  for (const f of input.files ?? []) files.items.add(f === from ? to : f);
  if (![...files.files].includes(to)) files.items.add(to);
  input.files = files.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function cleanName(name: string, type: string): string {
  return `${name.replace(/\.[^.]+$/, '')}-redacted.${type === 'image/jpeg' ? 'jpg' : 'png'}`;
}
