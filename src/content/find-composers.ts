import { isEditable } from '../editors';
import { isDirectMessagePage, type AnySite, type ComposerSpec, type SiteAdapter } from '../sites';

export interface FoundComposer {
  editor: HTMLElement;
  spec: ComposerSpec;
}

/** Why a matched editor was left alone; logged once, never thrown (Harper's skipped targets). */
export type SkipReason = 'direct-messages-off' | 'read-only';

export interface ComposerWatch {
  /** Every editor hooked so far that is still in the page. */
  current(): FoundComposer[];
  /**
   * Looks again after `directMessages` changed: message boxes no longer checked are reported
   * gone, newly checked ones found. Other composers keep their sessions (and a Post held on them).
   */
  refresh(): void;
}

/**
 * Finds the site's composers now and whenever the page changes — late renders, SPA navigation,
 * editors inside open shadow roots (LinkedIn's #interop-outlet) — and reports ones that left.
 * Scans are coalesced to one per frame, so a chatty page costs one query pass per frame.
 */
export function watchComposers(
  site: AnySite,
  options: {
    directMessages: () => boolean;
    signal: AbortSignal;
    /** Each open shadow root of a listed host, once: its file inputs' events stay inside it. */
    onShadowRoot?: (root: ShadowRoot) => void;
  },
  onFound: (found: FoundComposer) => void,
  onGone: (editor: HTMLElement) => void,
  onSkip: (spec: ComposerSpec, reason: SkipReason) => void = () => {},
): ComposerWatch {
  const hooked = new Map<HTMLElement, FoundComposer>();
  let skipped = new WeakSet<HTMLElement>();
  const observedRoots = new WeakSet<Node>();
  const observer = new MutationObserver(() => schedule());
  let queued = false;

  const observe = (root: Document | ShadowRoot) => {
    if (observedRoots.has(root)) return;
    observedRoots.add(root);
    if (root instanceof ShadowRoot) options.onShadowRoot?.(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'aria-label'] });
  };

  /** The document, and each open shadow root of a listed host, however deeply nested (Reddit's Markdown box). */
  const roots = (): (Document | ShadowRoot)[] => {
    const list: (Document | ShadowRoot)[] = [document];
    const hosts = site.shadowHosts?.join(', ');
    if (!hosts) return list;
    for (let i = 0; i < list.length; i++) {
      for (const host of list[i]!.querySelectorAll(hosts)) if (host.shadowRoot) list.push(host.shadowRoot);
    }
    return list;
  };

  let warnedUnknown = false;
  /**
   * A rich text box none of the adapter's selectors knows is most likely a composer whose markup
   * the site changed: leave it alone, but say so once, so the gap is visible, not silent.
   */
  const noticeUnknown = (root: Document | ShadowRoot) => {
    // On a host the user added, every box the generic adapter does not take is deliberate.
    if (warnedUnknown || site.id === 'custom') return;
    for (const el of root.querySelectorAll<HTMLElement>(UNKNOWN_COMPOSER)) {
      if (hooked.has(el) || skipped.has(el)) continue;
      warnedUnknown = true;
      console.warn(
        `Second Look: a text box on ${location.hostname} (${describe(el)}) is not one this version recognises, so it is not checked. The site may have changed.`,
      );
      return;
    }
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
          const reason = skipReason(el, spec, site, options.directMessages());
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
      noticeUnknown(root);
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
  return {
    current: () => [...hooked.values()],
    refresh: () => {
      for (const [editor, { spec }] of hooked) {
        if (skipReason(editor, spec, site, options.directMessages()) !== 'direct-messages-off') continue;
        hooked.delete(editor);
        onGone(editor);
      }
      skipped = new WeakSet();
      scan();
    },
  };
}

/** What a composer looks like on any known site, whatever its framework. */
const UNKNOWN_COMPOSER = '[contenteditable="true"][role="textbox"]';

function describe(el: HTMLElement): string {
  const label = el.getAttribute('aria-label');
  const testId = el.getAttribute('data-testid');
  return [label && `"${label}"`, testId && `data-testid=${testId}`].filter(Boolean).join(', ') || el.tagName.toLowerCase();
}

function skipReason(el: HTMLElement, spec: ComposerSpec, site: SiteAdapter, directMessages: boolean): SkipReason | undefined {
  if ((spec.directMessages || isDirectMessagePage(site)) && !directMessages) return 'direct-messages-off';
  if (!isEditable(el)) return 'read-only';
  return undefined;
}
