import type { Action } from '../policy';
import type { SubmitShortcut } from '../sites';
import type { DraftCheck } from './check-draft';
import type { ComposerSession } from './composer-session';

export interface HoldRequest {
  action: Exclude<Action, 'show'>;
  sessions: ComposerSession[];
  checks: DraftCheck[];
  /** Performs the user's original action once, unguarded. */
  replay: () => void;
}

export interface GuardHost {
  sessions(): Iterable<ComposerSession>;
  hold(request: HoldRequest): void;
}

const ACTION_ORDER: Record<Action | 'none', number> = { none: 0, show: 1, confirm: 2, block: 3 };

/**
 * Holds the site's Post controls and submit shortcuts while a draft needs confirming or fixing.
 * Listens in the capture phase on window, so it runs before the site's own handlers (React
 * attaches at its root); a held event never reaches the site. A replay is marked so it passes
 * straight through, exactly once. Posting a draft with no findings is never touched.
 */
export function guardSubmits(host: GuardHost, signal: AbortSignal): void {
  let replaying = false;

  const decide = (sessions: ComposerSession[], event: Event, replay: () => void) => {
    if (replaying || sessions.length === 0) return;
    const checks = sessions.map((s) => s.checkNow());
    let action: Action | 'none' = 'none';
    for (const c of checks) if (ACTION_ORDER[c.action] > ACTION_ORDER[action]) action = c.action;
    const goesAhead = () => sessions.forEach((s) => s.markPosted());
    if (action === 'none' || action === 'show') return goesAhead();
    // "Post anyway" was chosen for exactly this text (Facebook asks again at its second step).
    if (action === 'confirm' && sessions.every((s, i) => s.confirmedText === checks[i]!.text)) return goesAhead();
    event.preventDefault();
    event.stopImmediatePropagation();
    host.hold({
      action,
      sessions,
      checks,
      replay: () => {
        replaying = true;
        goesAhead();
        try {
          replay();
        } finally {
          replaying = false;
        }
      },
    });
  };

  window.addEventListener(
    'click',
    (event) => {
      const hit = submitControlIn(event.composedPath(), host.sessions());
      if (!hit) return;
      decide(hit.sessions, event, () => hit.control.click());
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
