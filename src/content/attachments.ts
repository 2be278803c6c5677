import { containsComposed } from './composed';
import type { ComposerSession } from './composer-session';

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
        el instanceof HTMLInputElement && el.type === 'file' && !!s.spec.attachments && el.matches(s.spec.attachments) && !!s.scope && containsComposed(s.scope, el),
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

/**
 * Files already picked when a composer is first hooked: a quick user (or a composer that mounts
 * after its file input was used) would otherwise leave them to the preview fallback, which
 * cannot swap in a covered copy. Read from the inputs themselves, nothing is dispatched.
 */
export function attachAlreadyPicked(session: ComposerSession): void {
  const selector = session.spec.attachments;
  if (!selector) return;
  for (const input of session.scope?.querySelectorAll<HTMLInputElement>(selector) ?? []) {
    if (input.type === 'file' && input.files?.length) session.attach([...input.files], input);
  }
}
