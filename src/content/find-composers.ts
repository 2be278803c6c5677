import type { ComposerSpec, SiteAdapter } from '../sites';

export interface FoundComposer {
  editor: HTMLElement;
  spec: ComposerSpec;
}

/** Why a matched editor was left alone; logged once, never thrown (Harper's skipped targets). */
export type SkipReason = 'direct-messages-off' | 'read-only';

export interface ComposerWatch {
  /** Every editor hooked so far that is still in the page. */
  current(): FoundComposer[];
}

/**
 * Finds the site's composers now and whenever the page changes — late renders, SPA navigation,
 * editors inside open shadow roots (LinkedIn's #interop-outlet) — and reports ones that left.
 * Scans are coalesced to one per frame, so a chatty page costs one query pass per frame.
 */
export function watchComposers(
  site: SiteAdapter,
  options: { directMessages: boolean; signal: AbortSignal },
  onFound: (found: FoundComposer) => void,
  onGone: (editor: HTMLElement) => void,
  onSkip: (spec: ComposerSpec, reason: SkipReason) => void = () => {},
): ComposerWatch {
  const hooked = new Map<HTMLElement, FoundComposer>();
  const skipped = new WeakSet<HTMLElement>();
  const observedRoots = new WeakSet<Node>();
  const observer = new MutationObserver(() => schedule());
  let queued = false;

  const observe = (root: Document | ShadowRoot) => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'aria-label'] });
  };

  const roots = (): (Document | ShadowRoot)[] => {
    const list: (Document | ShadowRoot)[] = [document];
    for (const selector of site.shadowHosts ?? []) {
      for (const host of document.querySelectorAll(selector)) if (host.shadowRoot) list.push(host.shadowRoot);
    }
    return list;
  };

  const scan = () => {
    queued = false;
    if (options.signal.aborted) return;
    for (const [editor] of hooked) {
      if (!editor.isConnected) {
        hooked.delete(editor);
        onGone(editor);
      }
    }
    for (const root of roots()) {
      observe(root);
      for (const spec of site.composers) {
        for (const el of root.querySelectorAll<HTMLElement>(spec.editor)) {
          if (hooked.has(el) || skipped.has(el)) continue;
          const reason = skipReason(el, spec, site, options.directMessages);
          if (reason) {
            skipped.add(el);
            onSkip(spec, reason);
            continue;
          }
          const found = { editor: el, spec };
          hooked.set(el, found);
          onFound(found);
        }
      }
    }
  };

  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(scan);
  };

  options.signal.addEventListener('abort', () => observer.disconnect());
  // SPA navigation replaces whole views; the observer sees that, popstate is a cheap extra nudge.
  window.addEventListener('popstate', schedule, { signal: options.signal });
  scan();
  return { current: () => [...hooked.values()] };
}

function skipReason(el: HTMLElement, spec: ComposerSpec, site: SiteAdapter, directMessages: boolean): SkipReason | undefined {
  const inMessages = site.messagePaths?.some((path) => location.pathname.startsWith(path)) ?? false;
  if ((spec.directMessages || inMessages) && !directMessages) return 'direct-messages-off';
  if (!el.isContentEditable) return 'read-only';
  return undefined;
}
