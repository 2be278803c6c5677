import type { Policy } from '../policy';
import type { CounterEvent } from '../policy/counters';
import type { HoldModel } from '../ui/HoldDialog';
import { confirmationKey, type DraftCheck, type UncheckedReason } from './check-draft';
import type { HoldRequest, WaitRequest } from './submit-guard';

export interface PromptHost {
  policy(): Policy | undefined;
  /** The prompt changed: `now` when it must be on screen before the user can act again. */
  render(now: boolean): void;
  count(event: CounterEvent): void;
  /** The page's guard was torn down: a wait that ends afterwards must do nothing. */
  aborted(): boolean;
}

/**
 * The one dialog over the page when Post is held: the policy's confirm or block, or the calm
 * "still checking the attached image" while a read finishes. Each prompt has its own id, so one
 * that was dismissed or replaced can never act later.
 */
export class HoldPrompts {
  current: HoldModel | undefined;
  private lastId = 0;

  constructor(private readonly host: PromptHost) {}

  hold(request: HoldRequest): void {
    this.host.count('postHeld');
    const id = ++this.lastId;
    const end = (focus: boolean) => {
      this.close(id);
      if (focus) request.sessions[0]?.focusEditor();
    };
    const unchecked = mostTelling(request.checks);
    this.current = {
      id,
      mode: request.action,
      findings: request.checks.flatMap((c) => c.findings),
      images: request.checks.flatMap((c) => c.unread),
      ...(unchecked ? { unchecked } : {}),
      requireReason: this.host.policy()?.confirmRequiresReason ?? false,
      edit: () => end(true),
      ...(request.action === 'confirm'
        ? {
            postAnyway: () => {
              request.sessions.forEach((s, i) => (s.confirmed = confirmationKey(request.checks[i]!)));
              end(false);
              request.replay();
            },
          }
        : {}),
    };
    this.host.render(true);
  }

  /**
   * Post was pressed while Second Look is starting or an image is being read: say so calmly, then
   * let the usual decision run. Posting without waiting is offered only for an image, when nothing
   * known so far holds the draft and the policy blocks nothing (an unread image could hold what a
   * block is meant to stop); never while starting, when nothing is known at all.
   */
  wait(request: WaitRequest): void {
    const id = ++this.lastId;
    const blocks = Object.values(this.host.policy()?.actions ?? {}).includes('block');
    const mayPostNow = request.reason === 'images' && (request.knownAction === 'none' || request.knownAction === 'show') && !blocks;
    this.current = {
      id,
      mode: request.reason === 'starting' ? 'starting' : 'reading',
      findings: [],
      images: request.sessions.flatMap((s) => s.images.filter((i) => i.status === 'reading').map((i) => i.name)),
      requireReason: false,
      edit: () => {
        this.close(id);
        request.cancel();
        request.sessions[0]?.focusEditor();
      },
      ...(mayPostNow
        ? {
            postAnyway: () => {
              this.close(id);
              request.postNow();
            },
          }
        : {}),
    };
    this.host.render(true);
    void request.read.then(() => {
      // Edited, posted without waiting, or torn down (site turned off, page left) meanwhile.
      if (this.current?.id !== id || this.host.aborted()) return;
      this.close(id);
      request.resume();
    });
  }

  clear(): void {
    this.current = undefined;
  }

  private close(id: number): void {
    if (this.current?.id === id) this.current = undefined;
    this.host.render(false);
  }
}

/** The reason a person can best act on, when several drafts could not be checked. */
const TELLING: readonly UncheckedReason[] = ['orphaned', 'timeout', 'error', 'starting'];

function mostTelling(checks: readonly DraftCheck[]): UncheckedReason | undefined {
  return TELLING.find((reason) => checks.some((c) => c.unchecked === reason));
}
