import type { Finding } from '../engine';
import { checksSite, uncheckedAction, type Policy } from '../policy';
import type { CounterEvent } from '../policy/counters';
import type { AnySite } from '../sites';
import type { ContentUiState } from '../ui/ContentUi';
import { placePanel } from '../ui/geometry';
import { clearHighlights, paintHighlights, supportsHighlights } from '../ui/highlights';
import type { PanelModel } from '../ui/InlinePanel';
import { attachAlreadyPicked, watchAttachments } from './attachments';
import { containsComposed } from './composed';
import type { Analyzer } from './check-draft';
import { SteppedCheck, type StartAnalysis } from './stepped-check';
import { WARM_UP_DRAFT } from '../engine';
import { ComposerSession, type SessionHost } from './composer-session';
import { watchComposers, type ComposerWatch } from './find-composers';
import { lookForPreviews, watchPreviewImages } from './preview-images';
import { HoldPrompts } from './hold-prompts';
import { imageModel } from './image-model';
import { guardSubmits } from './submit-guard';

/** Panel size used for placement; its real size is capped by CSS at the same values. */
const PANEL_SIZE = { width: 320, height: 300 };

/**
 * How long a Post pressed at start-up waits for the policy (read from storage in about 50 ms)
 * before it is held as a draft Second Look could not check.
 */
export const STARTUP_LIMIT_MS = 10_000;

/**
 * The panel sits beside the whole composer (editor, toolbar, Post button) so it never covers the
 * site's controls; a composer region taller than most of the screen (a whole post with its
 * comment box) would push it away from the draft, so then the editor alone is the anchor, and the
 * region, if it fits on screen (a tall dialog), is still kept clear where there is room.
 */
function anchorRects(session: ComposerSession, viewportHeight: number): { anchor: DOMRect; avoid?: DOMRect } | undefined {
  const editor = session.editor.getBoundingClientRect();
  if (editor.width === 0 && editor.height === 0) return undefined;
  const scope = session.scope?.getBoundingClientRect();
  if (!scope || !containsComposed(session.scope!, session.editor)) return { anchor: editor };
  if (scope.height <= viewportHeight * 0.6) return { anchor: scope };
  return scope.top >= 0 && scope.bottom <= viewportHeight ? { anchor: editor, avoid: scope } : { anchor: editor };
}

export interface GuardOptions {
  site: AnySite;
  /** The page's host name (the policy may list it in extraSites); location.hostname by default. */
  hostname?: string;
  /** The engine, passed in: the page's wiring gives the real one, tests one that fails. */
  analyze: Analyzer;
  /** The same engine a few steps at a time, for long drafts while the user types (stepped-check.ts). */
  startAnalysis?: StartAnalysis;
  /** True once the extension behind this script is gone (updated, reloaded or removed). */
  extensionGone?: () => boolean;
  startupLimitMs?: number;
  /** Counts what happened (never what was written), for the popup's counters. */
  count?: (event: CounterEvent) => void;
  /** The on-device OCR host and image redactor; without them attachments are not read. */
  images?: Pick<SessionHost, 'readImage' | 'redactImage'> & {
    /** A composer that takes images opened: get the reader ready before the first attach. */
    warm?(): void;
  };
  render(state: ContentUiState): void;
  signal: AbortSignal;
}

/** The policy in force, and whether an organization set it (then failing closed is stricter). */
export interface GuardPolicy {
  policy: Policy;
  managed: boolean;
}

export interface Guard {
  /** Applies a new effective policy: re-hooks (a site may have been turned off) and re-checks. */
  setPolicy(state: GuardPolicy): void;
  /**
   * The extension was updated, reloaded or removed under this page. The guard stays: drafts are
   * still checked with the last policy, every Post is held, and the panel asks for a reload.
   */
  markOrphaned(): void;
}

/**
 * Wires one page together: finds composers, checks each draft, renders panels and highlights,
 * and holds Post while the policy says so. Nothing here knows a site's DOM: that is the adapter.
 *
 * It starts hooked, before the policy is known, so a Post pressed in the first moments is held
 * until the draft can be checked (docs/architecture.md, "Fail closed").
 */
export function startGuard(options: GuardOptions): Guard {
  const { site, render, signal, images, analyze, count = () => {} } = options;
  let policy: Policy | undefined;
  let managed = false;
  let orphaned = false;
  let hooks: AbortController | undefined;
  let composers: ComposerWatch | undefined;
  let startingDone: () => void = () => {};
  let starting: Promise<void> | undefined = new Promise<void>((resolve) => (startingDone = resolve));
  const endStart = () => {
    clearTimeout(startupTimer);
    starting = undefined;
    startingDone();
  };
  // Waited as long as it will: a Post still waiting is decided with what is known (unchecked: held).
  const startupTimer = setTimeout(endStart, options.startupLimitMs ?? STARTUP_LIMIT_MS);
  const isOrphaned = () => orphaned || (options.extensionGone?.() ?? false);
  const sessions = new Map<HTMLElement, ComposerSession>();
  // The engine warms up (compiles its regexes, builds its tables) when the first composer is
  // found, a few steps at a time between the page's tasks, so the user's first check is as quick
  // as later ones (docs/architecture.md, "Engine time").
  let warmed = false;
  const warmEngine = () => {
    if (warmed || !options.startAnalysis) return;
    warmed = true;
    new SteppedCheck(WARM_UP_DRAFT, {}, options.startAnalysis, Infinity, () => {});
  };
  const collapsed = new WeakSet<ComposerSession>();
  const flagged = new WeakSet<ComposerSession>();
  let announcement = '';
  let frame = 0;

  const host: SessionHost = {
    checkContext: () => ({ policy, analyze, startAnalysis: options.startAnalysis, failClosed: uncheckedAction(policy, managed), orphaned: isOrphaned() }),
    update: (session) => onCheck(session),
    ...(images?.readImage ? { readImage: images.readImage } : {}),
    ...(images?.redactImage ? { redactImage: images.redactImage } : {}),
  };

  const onCheck = (session: ComposerSession) => {
    const verdict = session.check?.verdict ?? 'ok';
    const unchecked = session.check?.unchecked;
    // A check about to be run again (it took too long) is not announced as a failure yet.
    if (unchecked && unchecked !== 'starting' && !session.check?.retrying) announcement = 'Second Look could not check your post.';
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
    const cannotCheck = check?.unchecked !== undefined && check.unchecked !== 'starting';
    // A copy the user just had redacted keeps its before/after and Undo on screen even when the copy
    // is clean: the panel vanishing with them would leave no way back to the original.
    const swapped = session.images.some((i) => i.original !== undefined);
    if (!check || (check.verdict === 'ok' && !reading && !cannotCheck && !swapped) || !session.editor.isConnected) return undefined;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const rects = anchorRects(session, viewport.height);
    if (!rects) return undefined;
    resized.observe(session.editor);
    if (session.scope) resized.observe(session.scope);
    return {
      id: `${session.spec.name}-${index}`,
      check,
      placement: placePanel(rects.anchor, PANEL_SIZE, viewport, rects.avoid),
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
    composers = undefined;
    for (const s of sessions.values()) s.dispose();
    sessions.clear();
    resized.disconnect();
    prompts.clear();
    clearHighlights();
    scheduleRender();
  };

  const hookAll = () => {
    hooks = new AbortController();
    const watchedRoots = new WeakSet<ShadowRoot>();
    const hookSignal = AbortSignal.any([signal, hooks.signal]);
    const attachmentHost = { sessions: () => sessions.values() };
    // Message boxes too while the policy is unknown: fail closed until it says they are off.
    const watchRoot = (root: ShadowRoot) => {
      if (!host.readImage || watchedRoots.has(root)) return;
      watchedRoots.add(root);
      watchAttachments(attachmentHost, hookSignal, root);
      watchPreviewImages(attachmentHost, hookSignal, root);
    };
    composers = watchComposers(
      site,
      { directMessages: () => policy?.sites.messenger ?? true, signal: hookSignal, onShadowRoot: watchRoot },
      ({ editor, spec }) => {
        warmEngine();
        const session = new ComposerSession(editor, spec, host);
        sessions.set(editor, session);
        if (!host.readImage) return;
        if (spec.attachments) images?.warm?.();
        const root = editor.getRootNode();
        if (root instanceof ShadowRoot) watchRoot(root);
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
    guardSubmits(
      { sessions: () => sessions.values(), starting: () => starting, hold: (r) => prompts.hold(r), wait: (r) => prompts.wait(r) },
      hookSignal,
    );
    if (host.readImage) {
      watchAttachments(attachmentHost, hookSignal);
      watchPreviewImages(attachmentHost, hookSignal);
    }
    const reposition = () => scheduleRender();
    window.addEventListener('scroll', reposition, { capture: true, passive: true, signal: hookSignal });
    window.addEventListener('resize', reposition, { passive: true, signal: hookSignal });
  };

  signal.addEventListener('abort', () => {
    clearTimeout(startupTimer);
    unhookAll();
  });
  hookAll();

  return {
    setPolicy(next) {
      // Once the extension is gone, storage reads fail and a late re-read (the managed-storage
      // retries) comes back as the defaults: a weaker policy than the one in force (direct
      // messages off, the user's "block" back to "confirm"). The last policy read stays.
      if (policy && isOrphaned()) return;
      const dmsChanged = (policy?.sites.messenger ?? true) !== next.policy.sites.messenger;
      policy = next.policy;
      managed = next.managed;
      // A Post waiting on start-up is decided after this, with hooks and checks up to date.
      if (starting) endStart();
      if (!checksSite(policy, site, options.hostname ?? location.hostname)) {
        if (hooks) unhookAll();
        return;
      }
      if (!hooks) hookAll();
      else if (dmsChanged) composers?.refresh();
      for (const s of sessions.values()) s.recheck();
    },
    markOrphaned() {
      if (orphaned) return;
      orphaned = true;
      for (const s of sessions.values()) s.recheck();
    },
  };
}
