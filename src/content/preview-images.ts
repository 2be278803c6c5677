import type { ComposerSession } from './composer-session';
import { isScannableImage, pixelKey, type PreviewImage } from './draft-images';

/**
 * How composers show an attachment before it is posted: an <img> whose source is the file itself,
 * as a blob: URL (URL.createObjectURL) or a data: URL (FileReader). Both are local; reading them
 * never touches the network. Anything else (https avatars, emoji sprites) is the site's own.
 */
const PREVIEW_SRC = /^(?:blob:|data:image\/(?:png|jpeg|jpg|webp|gif|bmp)[;,])/i;

/** Smaller than this is an icon, an emoji or a spacer, not a picture someone attached. */
export const MIN_PREVIEW_PX = 64;

/** A preview that has not loaded by then is broken; it is looked at again if its src changes. */
const LOAD_TIMEOUT_MS = 10_000;

export function isPreviewSrc(src: string): boolean {
  return PREVIEW_SRC.test(src);
}

export interface PreviewHost {
  sessions(): Iterable<ComposerSession>;
}

/**
 * The fallback path for images: whatever reaches a composer without passing through a file input,
 * paste or drop we saw (a file picker the site never put in the page, a drop zone outside the
 * composer) still shows up as the composer's preview. Each new preview is read and handed to its
 * composer, which skips it if it is an image already attached. Observing is read-only.
 */
export function watchPreviewImages(host: PreviewHost, signal: AbortSignal, root: Document | ShadowRoot = document): void {
  const observer = new MutationObserver((mutations) => {
    const found = new Set<HTMLImageElement>();
    let removed = false;
    for (const m of mutations) {
      if (m.type === 'attributes' && m.target instanceof HTMLImageElement) found.add(m.target);
      for (const node of m.addedNodes) {
        if (node instanceof HTMLImageElement) found.add(node);
        else if (node instanceof Element) node.querySelectorAll('img').forEach((img) => found.add(img));
      }
      removed ||= m.removedNodes.length > 0 || m.type === 'attributes';
    }
    const sessions = [...host.sessions()].filter((s) => s.spec.attachments);
    for (const img of found) {
      const owner = nearestSession(sessions, img);
      if (owner) offerPreview(owner, img);
    }
    if (removed) for (const s of sessions) if (s.images.some((i) => i.previewSrc)) s.prunePreviews(shownIn(s));
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
  signal.addEventListener('abort', () => observer.disconnect());
}

/** Previews already in a composer when it is found (a restored draft). */
export function lookForPreviews(session: ComposerSession): void {
  if (!session.spec.attachments) return;
  session.scope?.querySelectorAll('img').forEach((img) => offerPreview(session, img));
}

function offerPreview(session: ComposerSession, img: HTMLImageElement): void {
  const src = img.currentSrc || img.src;
  if (!isPreviewSrc(src)) return;
  void session.attachPreview(src, img.alt.trim() || 'Image in your post', () => readPreview(img, src));
}

/** The sources of the previews still in a composer. */
function shownIn(session: ComposerSession): (src: string) => boolean {
  const shown = new Set([...(session.scope?.querySelectorAll('img') ?? [])].map((img) => img.currentSrc || img.src));
  return (src) => shown.has(src);
}

/**
 * The bytes behind a preview: fetched when its URL still resolves (the very file, so it matches
 * one attached by another path), else copied off the displayed image through a canvas (a site may
 * revoke its blob: URL once the preview has loaded).
 */
export async function readPreview(img: HTMLImageElement, src: string): Promise<PreviewImage | undefined> {
  // Only blob: and data: URLs are ever fetched: both resolve on the device, never on a network.
  if (!isPreviewSrc(src) || !(await loaded(img))) return undefined;
  if (img.naturalWidth < MIN_PREVIEW_PX || img.naturalHeight < MIN_PREVIEW_PX) return undefined;
  try {
    const blob = await (await fetch(src)).blob();
    // Untyped bytes say what they are in their first bytes; a typed non-photo (an SVG icon) is
    // the site's own.
    const type = blob.type ? blob.type : sniffImageType(new Uint8Array(await blob.slice(0, 12).arrayBuffer()));
    if (!type || !isScannableImage({ type })) return undefined;
    return { file: new File([blob], 'preview', { type }), exact: true };
  } catch {
    const blob = await canvasCopy(img);
    return { file: new File([blob], 'preview.png', { type: 'image/png' }), exact: false, pixels: () => pixelKey(img) };
  }
}

async function loaded(img: HTMLImageElement): Promise<boolean> {
  if (img.complete) return img.naturalWidth > 0;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      img.removeEventListener('load', onLoad);
      img.removeEventListener('error', onError);
      resolve(ok);
    };
    const onLoad = () => done(true);
    const onError = () => done(false);
    const timer = setTimeout(() => done(false), LOAD_TIMEOUT_MS);
    img.addEventListener('load', onLoad);
    img.addEventListener('error', onError);
  });
}

async function canvasCopy(img: HTMLImageElement): Promise<Blob> {
  const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(img, 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

/** A blob made without a type (new Blob([bytes])) still says what it is in its first bytes. */
export function sniffImageType(head: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 4) === 'GIF8') return 'image/gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 2) === 'BM') return 'image/bmp';
  return undefined;
}

/**
 * The composer a preview belongs to: of those whose region holds it, the one whose editor sits
 * closest (an X thread has several editors in one dialog).
 */
export function nearestSession<S extends { editor: Node; scope: Element | undefined }>(sessions: readonly S[], node: Node): S | undefined {
  let best: S | undefined;
  let bestDepth = -1;
  for (const s of sessions) {
    if (!s.scope?.contains(node)) continue;
    const depth = sharedDepth(s.editor, node);
    if (depth > bestDepth) [best, bestDepth] = [s, depth];
  }
  return best;
}

/** Depth of the deepest node that holds both. */
function sharedDepth(a: Node, b: Node): number {
  const ancestors = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestors.add(n);
  let shared: Node | null = b;
  while (shared && !ancestors.has(shared)) shared = shared.parentNode;
  let depth = 0;
  for (let n = shared; n; n = n.parentNode) depth++;
  return depth;
}
