import type { Finding } from '../engine';
import type { Policy } from '../policy';
import type { CounterEvent } from '../policy/counters';
import type { SiteAdapter } from '../sites';
import type { ContentUiState } from '../ui/ContentUi';
import { placePanel } from '../ui/geometry';
import { clearHighlights, paintHighlights, supportsHighlights } from '../ui/highlights';
import type { PanelModel } from '../ui/InlinePanel';
import { attachAlreadyPicked, watchAttachments } from './attachments';
import { ComposerSession, type SessionHost } from './composer-session';
import { watchComposers } from './find-composers';
import { lookForPreviews, watchPreviewImages } from './preview-images';
import { HoldPrompts } from './hold-prompts';
import { imageModel } from './image-model';
import { guardSubmits } from './submit-guard';

/** Panel size used for placement; its real size is capped by CSS at the same values. */
const PANEL_SIZE = { width: 320, height: 300 };

/**
 * The panel sits beside the whole composer (editor, toolbar, Post button) so it never covers the
 * site's controls; a composer region taller than most of the screen (a whole post with its
 * comment box) would push it away from the draft, so then the editor alone is the anchor.
 */
function anchorRect(session: ComposerSession, viewportHeight: number): DOMRect | undefined {
  const editor = session.editor.getBoundingClientRect();
  if (editor.width === 0 && editor.height === 0) return undefined;
  const scope = session.scope?.getBoundingClientRect();
  if (!scope || scope.height > viewportHeight * 0.6 || !session.scope!.contains(session.editor)) return editor;
  return scope;
}

export interface GuardOptions {
  site: SiteAdapter;
  /** Counts what happened (never what was written), for the popup's counters. */
  count?: (event: CounterEvent) => void;
  /** The on-device OCR host and image redactor; without them attachments are not read. */
  images?: Pick<SessionHost, 'scanImage' | 'redactImage'>;
  render(state: ContentUiState): void;
  signal: AbortSignal;
}

export interface Guard {
  /** Applies a new effective policy: re-hooks (a site may have been turned off) and re-checks. */
  setPolicy(policy: Policy): void;
}

/**
 * Wires one page together: finds composers, checks each draft, renders panels and highlights,
 * and holds Post while the policy says so. Nothing here knows a site's DOM: that is the adapter.
 */
export function startGuard({ site, render, signal, images, count = () => {} }: GuardOptions): Guard {
  let policy: Policy | undefined;
  let hooks: AbortController | undefined;
  const sessions = new Map<HTMLElement, ComposerSession>();
  const collapsed = new WeakSet<ComposerSession>();
  const flagged = new WeakSet<ComposerSession>();
  let announcement = '';
  let frame = 0;

  const host: SessionHost = { policy: () => policy!, update: (session) => onCheck(session), ...images };

  const onCheck = (session: ComposerSession) => {
    const verdict = session.check?.verdict ?? 'ok';
    if (verdict === 'ok') flagged.delete(session);
    else if (!flagged.has(session)) {
      flagged.add(session);
      count('warningShown');
      const n = session.check!.findings.length;
      announcement = `Second Look: ${n} ${n === 1 ? 'thing' : 'things'} to check in your post.`;
    }
    scheduleRender();
  };

  // A composer grows after it was placed beside (X's modal, once its image preview loads): move
  // the panel with it, or it ends up over the Post button.
  const resized = new ResizeObserver(() => scheduleRender());
  signal.addEventListener('abort', () => resized.disconnect());

  const panelFor = (session: ComposerSession, index: number): PanelModel | undefined => {
    const check = session.check;
    const reading = session.images.some((i) => i.status !== 'done');
    if (!check || (check.verdict === 'ok' && !reading) || !session.editor.isConnected) return undefined;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const rect = anchorRect(session, viewport.height);
    if (!rect) return undefined;
    resized.observe(session.editor);
    if (session.scope) resized.observe(session.scope);
    return {
      id: `${session.spec.name}-${index}`,
      check,
      placement: placePanel(rect, PANEL_SIZE, viewport),
      collapsed: collapsed.has(session),
      actions: {
        redact: (finding: Finding) => void session.redact(finding).then((done) => done && count('fixApplied')),
        ignore: (finding: Finding) => session.ignore(finding),
      },
      images: session.images.map((image) => imageModel(session, image, imageOptions)),
      toggle: () => {
        if (collapsed.has(session)) collapsed.delete(session);
        else collapsed.add(session);
        scheduleRender();
      },
    };
  };

  const renderNow = () => {
    frame = 0;
    if (signal.aborted) return;
    const list = [...sessions.values()];
    const panels = list.map(panelFor).filter((p): p is PanelModel => p !== undefined);
    const painted = list.flatMap((s) => s.ranges()).map(({ finding, range }) => ({ severity: finding.severity, range }));
    paintHighlights(painted);
    const boxes = supportsHighlights()
      ? []
      : painted.flatMap(({ severity, range }) =>
          [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height, severity })),
        );
    render({ panels, ...(prompts.current ? { hold: prompts.current } : {}), boxes, announcement });
  };

  const scheduleRender = () => {
    if (!frame) frame = requestAnimationFrame(renderNow);
  };

  const prompts = new HoldPrompts({
    policy: () => policy,
    render: (now) => (now ? renderNow() : scheduleRender()),
    count,
    aborted: () => signal.aborted,
  });
  const imageOptions = { canRedact: !!host.redactImage, fixed: () => count('fixApplied') };

  const unhookAll = () => {
    hooks?.abort();
    hooks = undefined;
    for (const s of sessions.values()) s.dispose();
    sessions.clear();
    resized.disconnect();
    prompts.clear();
    clearHighlights();
    scheduleRender();
  };

  const hookAll = (p: Policy) => {
    hooks = new AbortController();
    const watchedRoots = new WeakSet<ShadowRoot>();
    const hookSignal = AbortSignal.any([signal, hooks.signal]);
    const attachmentHost = { sessions: () => sessions.values() };
    watchComposers(
      site,
      { directMessages: p.sites.messenger, signal: hookSignal },
      ({ editor, spec }) => {
        const session = new ComposerSession(editor, spec, host);
        sessions.set(editor, session);
        if (!host.scanImage) return;
        const root = editor.getRootNode();
        if (root instanceof ShadowRoot && !watchedRoots.has(root)) {
          watchedRoots.add(root);
          watchAttachments(attachmentHost, hookSignal, root);
          watchPreviewImages(attachmentHost, hookSignal, root);
        }
        // Files picked before the hook first, so a preview of the same image is known as theirs.
        attachAlreadyPicked(session);
        lookForPreviews(session);
      },
      (editor) => {
        sessions.get(editor)?.dispose();
        sessions.delete(editor);
        scheduleRender();
      },
      (spec, reason) => console.info(`Second Look: not checking ${spec.name} (${reason}).`),
    );
    guardSubmits({ sessions: () => sessions.values(), hold: (r) => prompts.hold(r), wait: (r) => prompts.wait(r) }, hookSignal);
    if (host.scanImage) {
      watchAttachments(attachmentHost, hookSignal);
      watchPreviewImages(attachmentHost, hookSignal);
    }
    const reposition = () => scheduleRender();
    window.addEventListener('scroll', reposition, { capture: true, passive: true, signal: hookSignal });
    window.addEventListener('resize', reposition, { passive: true, signal: hookSignal });
  };

  signal.addEventListener('abort', unhookAll);

  return {
    setPolicy(next) {
      const siteWasOn = policy?.sites[site.id] ?? false;
      const dmsChanged = policy?.sites.messenger !== next.sites.messenger;
      policy = next;
      if (!next.sites[site.id]) {
        if (siteWasOn) unhookAll();
        return;
      }
      if (!hooks || dmsChanged) {
        unhookAll();
        hookAll(next);
      }
      for (const s of sessions.values()) s.recheck();
    },
  };
}
