import { strictestOf, type Action } from '../policy';
import type { ComposerSpec, SubmitShortcut } from '../sites';
import { containsComposed, controlLabel } from './composed';
import { confirmationKey, type DraftCheck } from './check-draft';
import type { ComposerSession } from './composer-session';

export interface HoldRequest {
  action: Exclude<Action, 'show'>;
  sessions: ComposerSession[];
  /** What each draft holds, what could not be checked and which images could not be read. */
  checks: DraftCheck[];
  /** Performs the user's original action once, unguarded. */
  replay: () => void;
}

/** Post was pressed before a check could finish: Second Look is still starting, or reading an image. */
export interface WaitRequest {
  /** starting: the policy is not known yet, so nothing can be checked; images: an image is being read. */
  reason: 'starting' | 'images';
  sessions: ComposerSession[];
  /** What the draft calls for as far as it is known (text, and the images already read). */
  knownAction: Action | 'none';
  /** Settles when the guard is ready and every image of these drafts has been read or has failed. */
  read: Promise<void>;
  /** Decides again with everything checked: the post goes ahead once, or `hold` is asked. */
  resume(): void;
  /** The user chose to post without waiting: the original action, once. */
  postNow(): void;
  /** The user went back to editing: nothing is posted. */
  cancel(): void;
}

export interface GuardHost {
  sessions(): Iterable<ComposerSession>;
  /**
   * While Second Look is starting (the policy not read yet): settles once it can check, or once
   * it has waited as long as it will. Undefined when ready.
   */
  starting(): Promise<void> | undefined;
  hold(request: HoldRequest): void;
  wait(request: WaitRequest): void;
}

const strictest = (checks: readonly DraftCheck[]) => strictestOf(checks.map((c) => c.action));

/** What Post does for some drafts: go ahead, be held, or wait until they can be checked. */
export type PostDecision =
  | { kind: 'post' }
  | { kind: 'hold'; action: Exclude<Action, 'show'> }
  | { kind: 'wait'; reason: WaitRequest['reason']; knownAction: Action | 'none' };

export interface PostState {
  /** Fresh checks of the drafts, made at Post time (DraftCheck covers what could not be checked). */
  checks: readonly DraftCheck[];
  /** "Post anyway" was already chosen for exactly this draft, per draft. */
  confirmed: readonly boolean[];
  /** Second Look is still starting: the policy is not known yet. */
  starting: boolean;
  /** An attached image is still being read. */
  reading: boolean;
}

/**
 * The decision, without events or DOM. Fail closed: a draft that is not checked yet waits, one
 * that could not be checked is held (its check's action already says how), and only a checked
 * draft that needs nothing goes ahead. What is known to block is said at once, without waiting.
 */
export function decidePost({ checks, confirmed, starting, reading }: PostState): PostDecision {
  const known = strictest(checks);
  if ((starting || reading) && known !== 'block') return { kind: 'wait', reason: starting ? 'starting' : 'images', knownAction: known };
  // "Post anyway" was chosen for exactly this draft (Facebook asks again at its second step).
  const action = known === 'confirm' && checks.length > 0 && confirmed.every(Boolean) ? 'none' : known;
  return action === 'confirm' || action === 'block' ? { kind: 'hold', action } : { kind: 'post' };
}

/**
 * Holds the site's Post controls and submit shortcuts while a draft needs confirming or fixing,
 * or could not be checked, or is still being checked (Second Look starting, an image being read).
 * Listens in the capture phase on window, so it runs before the site's own handlers (React
 * attaches at its root); a held event never reaches the site. A replay is marked so it passes
 * straight through, exactly once. Posting a checked draft with nothing in it is never touched.
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
   * Decides for these drafts (decidePost). `event` is the live Post click or key; after a wait
   * there is none, and going ahead means replaying it. The check runs now, whatever the typing
   * pause: a draft is never posted on a check of older text, nor unchecked.
   */
  const decide = (sessions: ComposerSession[], replay: () => void, event?: Event) => {
    if (replaying || sessions.length === 0) return;
    if (waiting) return event && stop(event);
    const starting = host.starting();
    const checks = sessions.map((s) => s.checkNow());
    const decision = decidePost({
      checks,
      confirmed: sessions.map((s, i) => s.confirmed === confirmationKey(checks[i]!)),
      starting: starting !== undefined,
      reading: sessions.some((s) => s.readingImages),
    });
    if (decision.kind === 'post') return event ? sessions.forEach((s) => s.markPosted()) : replayOnce(sessions, replay);
    if (event) stop(event);
    if (decision.kind === 'hold') return host.hold({ action: decision.action, sessions, checks, replay: () => replayOnce(sessions, replay) });
    waiting = true;
    const done = () => (waiting = false);
    host.wait({
      reason: decision.reason,
      sessions,
      knownAction: decision.knownAction,
      read: Promise.all([starting, ...sessions.map((s) => s.whenImagesRead())]).then(() => undefined),
      resume: () => {
        done();
        decide(sessions, replay);
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
      decide(hit.sessions, () => liveControl(hit.control, hit.sessions[0]!)?.click(), event);
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
      decide([session], () => {
        // A button replays most faithfully; Enter-to-send boxes have none, so re-send the key.
        const control = findSubmitControl(session);
        if (control) control.click();
        else target.dispatchEvent(cloneKey(event));
      }, event);
    },
    { capture: true, signal },
  );
}

export function matchesShortcut(event: KeyboardEvent, shortcut: SubmitShortcut): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (shortcut === 'mod+enter') return mod && !event.altKey;
  return !mod && !event.shiftKey && !event.altKey;
}

/** Whether `el` is one of this composer's Post controls: its selector, and its label if it has labels. */
export function isSubmitControl(spec: Pick<ComposerSpec, 'submit' | 'submitLabels'>, el: Element): boolean {
  if (!spec.submit || !el.matches(spec.submit)) return false;
  if (!spec.submitLabels) return true;
  const label = controlLabel(el);
  return spec.submitLabels.some((l) => l.toLowerCase() === label);
}

/** The composer's Post control now, if it has one in the page. */
function findSubmitControl(session: ComposerSession): HTMLElement | undefined {
  const { spec, scope } = session;
  if (!spec.submit || !scope) return undefined;
  return [...scope.querySelectorAll<HTMLElement>(spec.submit)].find((el) => isSubmitControl(spec, el));
}

/** The Post control again after a wait: a site may have re-rendered it meanwhile. */
function liveControl(control: HTMLElement, session: ComposerSession): HTMLElement | null | undefined {
  if (control.isConnected) return control;
  return findSubmitControl(session);
}

function submitControlIn(path: EventTarget[], sessions: Iterable<ComposerSession>) {
  const all = [...sessions];
  for (const node of path) {
    if (!(node instanceof Element)) continue;
    const owners = all.filter((s) => isSubmitControl(s.spec, node) && !!s.scope && containsComposed(s.scope, node));
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
