import type { ImageScanResult } from '../ocr/types';
import type { ComposerSession } from './composer-session';

/** Reads one image on the device (OCR host in the extension); never leaves the machine. */
export type ScanImage = (bytes: ArrayBuffer, type: string) => Promise<ImageScanResult>;

export interface AttachedImage {
  id: string;
  name: string;
  /** Object URL of the original, for the panel's thumbnail; revoked when the image goes. */
  thumbnail: string;
  status: 'reading' | 'done' | 'error';
  result?: ImageScanResult;
  error?: string;
  file: File;
  /** The file input it came through, so a clean copy can replace it there. */
  input?: HTMLInputElement;
}

/** Formats the OCR host decodes; anything else is reported, not guessed at. */
const IMAGE_TYPES = /^image\/(png|jpeg|jpg|webp|gif|bmp)$/i;

export function isScannableImage(file: File): boolean {
  return IMAGE_TYPES.test(file.type);
}

export interface AttachmentHost {
  sessions(): Iterable<ComposerSession>;
}

/**
 * Picks up images as they are attached, before the site consumes them: a file input's `change`
 * (capture phase, so we see the files whatever the site does next), a paste into the editor, a
 * drop on the composer. Nothing here modifies the event: the site gets it as it would anyway.
 */
export function watchAttachments(host: AttachmentHost, signal: AbortSignal, target: Window | ShadowRoot = window): void {
  const owner = (path: EventTarget[], pick: (s: ComposerSession, el: Element) => boolean) => {
    const sessions = [...host.sessions()];
    for (const node of path) {
      if (!(node instanceof Element)) continue;
      const found = sessions.find((s) => pick(s, node));
      if (found) return { session: found, element: node };
    }
    return undefined;
  };

  // `change` is not composed: one inside a shadow root (LinkedIn's share box) never reaches
  // window, so the controller also calls this on each shadow root that holds a composer.
  target.addEventListener(
    'change',
    (event) => {
      const hit = owner(event.composedPath(), (s, el) =>
        el instanceof HTMLInputElement && el.type === 'file' && !!s.spec.attachments && el.matches(s.spec.attachments) && !!s.scope?.contains(el),
      );
      if (!hit) return;
      const input = hit.element as HTMLInputElement;
      hit.session.attach([...(input.files ?? [])], input);
    },
    { capture: true, signal },
  );

  // Paste and drop are composed events: window sees them from inside shadow roots too.
  if (target !== window) return;
  for (const type of ['paste', 'drop'] as const) {
    target.addEventListener(
      type,
      (event) => {
        const data = event instanceof ClipboardEvent ? event.clipboardData : (event as DragEvent).dataTransfer;
        const files = [...(data?.files ?? [])];
        if (files.length === 0) return;
        const hit = owner(event.composedPath(), (s, el) => el === s.editor || el === s.scope);
        hit?.session.attach(files);
      },
      { capture: true, signal },
    );
  }
}
