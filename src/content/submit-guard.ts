import type { Action } from '../policy';
import type { SubmitShortcut } from '../sites';
import { confirmationKey, type DraftCheck } from './check-draft';
import type { ComposerSession } from './composer-session';

export interface HoldRequest {
  action: Exclude<Action, 'show'>;
  sessions: ComposerSession[];
  checks: DraftCheck[];
  /** Names of attached images that could not be read, when Post waited for them. */
  unread: string[];
  /** Performs the user's original action once, unguarded. */
  replay: () => void;
}

/** Post was pressed while an attached image is still being read. */
export interface WaitRequest {
  sessions: ComposerSession[];
  /** What the draft calls for as far as it is known (text, and the images already read). */
  knownAction: Action | 'none';
  /** Settles when every image of these drafts has been read or has failed. */
  read: Promise<void>;
  /** Decides again with everything read: the post goes ahead once, or `hold` is asked. */
  resume(): void;
  /** The user chose to post without waiting: the original action, once. */
  postNow(): void;
  /** The user went back to editing: nothing is posted. */
  cancel(): void;
}

export interface GuardHost {
  sessions(): Iterable<ComposerSession>;
  hold(request: HoldRequest): void;
  wait(request: WaitRequest): void;
}

const ACTION_ORDER: Record<Action | 'none', number> = { none: 0, show: 1, confirm: 2, block: 3 };

function strictest(checks: readonly DraftCheck[]): Action | 'none' {
  let action: Action | 'none' = 'none';
  for (const c of checks) if (ACTION_ORDER[c.action] > ACTION_ORDER[action]) action = c.action;
  return action;
}

/**
 * Holds the site's Post controls and submit shortcuts while a draft needs confirming or fixing,
 * or while an attached image is still being read. Listens in the capture phase on window, so it
 * runs before the site's own handlers (React attaches at its root); a held event never reaches
 * the site. A replay is marked so it passes straight through, exactly once. Posting a draft with
 * no findings and no image being read is never touched.
 */
export function guardSubmits(host: GuardHost, signal: AbortSignal): void {
  let replaying = false;
  /** A post is waiting for images: any other attempt meanwhile is swallowed, so it posts once. */
  let waiting = false;

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const replayOnce = (sessions: ComposerSession[], replay: () => void) => {
    replaying = true;
    sessions.forEach((s) => s.markPosted());
    try {
      replay();
    } finally {
      replaying = false;
    }
  };

  /**
   * The policy's decision for these drafts. `event` is the live Post click or key; after a wait
   * there is none, and going ahead means replaying it. Images that could not be read are only
   * raised after a wait: the user pressed Post before they could see the panel say so.
   */
  const settle = (sessions: ComposerSession[], replay: () => void, event?: Event) => {
    const checks = sessions.map((s) => s.checkNow());
    const unread = event ? [] : sessions.flatMap((s) => s.images.filter((i) => i.status === 'error').map((i) => i.name));
    let action = strictest(checks);
    const goesAhead = () => (event ? sessions.forEach((s) => s.markPosted()) : replayOnce(sessions, replay));
    // "Post anyway" was chosen for exactly this draft (Facebook asks again at its second step).
    if (action === 'confirm' && sessions.every((s, i) => s.confirmed === confirmationKey(checks[i]!))) action = 'none';
    if (action !== 'confirm' && action !== 'block' && unread.length > 0) action = 'confirm';
    if (action !== 'confirm' && action !== 'block') return goesAhead();
    if (event) stop(event);
    host.hold({ action, sessions, checks, unread, replay: () => replayOnce(sessions, replay) });
  };

  const decide = (sessions: ComposerSession[], event: Event, replay: () => void) => {
    if (replaying || sessions.length === 0) return;
    if (waiting) return stop(event);
    if (!sessions.some((s) => s.readingImages)) return settle(sessions, replay, event);
    const knownAction = strictest(sessions.map((s) => s.checkNow()));
    // Blocked by the text alone: no reason to wait before saying so.
    if (knownAction === 'block') return settle(sessions, replay, event);
    stop(event);
    waiting = true;
    const done = () => (waiting = false);
    host.wait({
      sessions,
      knownAction,
      read: Promise.all(sessions.map((s) => s.whenImagesRead())).then(() => undefined),
      resume: () => {
        done();
        settle(sessions, replay);
      },
      postNow: () => {
        done();
        replayOnce(sessions, replay);
      },
      cancel: done,
    });
  };

  window.addEventListener(
    'click',
    (event) => {
      const hit = submitControlIn(event.composedPath(), host.sessions());
      if (!hit) return;
      decide(hit.sessions, event, () => liveControl(hit.control, hit.sessions[0]!)?.click());
    },
    { capture: true, signal },
  );

  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      const session = editorIn(event.composedPath(), host.sessions());
      if (!session?.spec.shortcut || !matchesShortcut(event, session.spec.shortcut)) return;
      const target = event.composedPath()[0] as Element;
      decide([session], event, () => {
        // A button replays most faithfully; Enter-to-send boxes have none, so re-send the key.
        const control = session.spec.submit ? session.scope?.querySelector<HTMLElement>(session.spec.submit) : null;
        if (control) control.click();
        else target.dispatchEvent(cloneKey(event));
      });
    },
    { capture: true, signal },
  );
}

export function matchesShortcut(event: KeyboardEvent, shortcut: SubmitShortcut): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (shortcut === 'mod+enter') return mod && !event.altKey;
  return !mod && !event.shiftKey && !event.altKey;
}

/** The Post control again after a wait: a site may have re-rendered it meanwhile. */
function liveControl(control: HTMLElement, session: ComposerSession): HTMLElement | null | undefined {
  if (control.isConnected) return control;
  return session.spec.submit ? session.scope?.querySelector<HTMLElement>(session.spec.submit) : undefined;
}

function submitControlIn(path: EventTarget[], sessions: Iterable<ComposerSession>) {
  const all = [...sessions];
  for (const node of path) {
    if (!(node instanceof Element)) continue;
    const owners = all.filter((s) => s.spec.submit && node.matches(s.spec.submit) && s.scope?.contains(node));
    if (owners.length) return { control: node as HTMLElement, sessions: owners };
  }
  return undefined;
}

function editorIn(path: EventTarget[], sessions: Iterable<ComposerSession>): ComposerSession | undefined {
  const all = [...sessions];
  for (const node of path) {
    const owner = all.find((s) => s.editor === node);
    if (owner) return owner;
  }
  return undefined;
}

function cloneKey(event: KeyboardEvent): KeyboardEvent {
  const { key, code, location, ctrlKey, shiftKey, altKey, metaKey, repeat } = event;
  return new KeyboardEvent('keydown', { key, code, location, ctrlKey, shiftKey, altKey, metaKey, repeat, bubbles: true, cancelable: true, composed: true });
}
