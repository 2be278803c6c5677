import { pauseChecking, resumeChecking, type PolicyState } from '../../src/policy/storage';
import { LockNote } from '../../src/ui/settings/Lock';
import { SITES } from '../../src/sites';
import { clockTime, policySource, protectionFor, type Protection } from '../../src/ui/settings/protection';
import { useTabStatus } from './useTabStatus';

const SITE_LIST = SITES.filter((s) => !s.directMessagesOnly).map((s) => s.label);
const SITES_SENTENCE = `Second Look checks posts on ${SITE_LIST.slice(0, -1).join(', ')} and ${SITE_LIST.at(-1)}, and sites you add.`;

function describe(p: Protection): { tone: 'on' | 'off' | 'neutral'; title: string; detail: string } {
  switch (p.kind) {
    case 'unknown':
      return { tone: 'neutral', title: 'Checking this tab\u2026', detail: SITES_SENTENCE };
    case 'not-a-site':
      return { tone: 'neutral', title: 'Nothing to check on this page', detail: `${SITES_SENTENCE} Reload an open tab of theirs if it was open before install.` };
    case 'paused':
      return { tone: 'off', title: `Paused until ${clockTime(p.until)}`, detail: 'Posts are not checked on any site until then.' };
    case 'site-off':
      return { tone: 'off', title: `Not checking ${p.name}`, detail: p.locked ? 'Your organization turned this site off.' : 'Turn it on under Settings below.' };
    case 'messages-off':
      return { tone: 'off', title: 'Messages are not checked', detail: p.locked ? 'Your organization turned off checking messages.' : 'Turn on "Messages and DMs" under Settings to check them.' };
    case 'protected':
      return { tone: 'on', title: `Protected on ${p.name}`, detail: 'Drafts are checked on this device before they are posted.' };
  }
}

/** "Is this tab protected, and by which policy", with the one-hour pause. */
export function TabStatusCard({ state }: { state: PolicyState }) {
  const tab = useTabStatus();
  const protection = protectionFor(tab, state);
  const { tone, title, detail } = describe(protection);
  return (
    <section class={`status status--${tone}`} aria-labelledby="status-title" data-protection={protection.kind}>
      <span class="status__dot" aria-hidden="true" />
      <div class="status__body">
        <h2 class="status__title" id="status-title" aria-live="polite">
          {title}
        </h2>
        <p class="status__detail">{detail}</p>
        <p class="status__source" data-policy-source>
          {policySource(state)}
        </p>
        <PauseControl state={state} />
      </div>
    </section>
  );
}

function PauseControl({ state }: { state: PolicyState }) {
  if (state.pausedUntil) {
    return (
      <button type="button" class="sl-button sl-button--primary" onClick={() => void resumeChecking()}>
        Resume checking now
      </button>
    );
  }
  if (!state.policy.pauseAllowed) {
    const locked = state.lockedPaths.includes('pauseAllowed');
    return (
      <p class="status__pause-off" data-setting="pauseAllowed" data-locked={locked ? 'true' : undefined}>
        Pausing is turned off{locked ? '.' : ' in your settings.'} {locked && <LockNote id="pause-lock" />}
      </p>
    );
  }
  return (
    <div class="status__pause">
      <button type="button" class="sl-button" aria-describedby="pause-hint" onClick={() => void pauseChecking()}>
        Pause for 1 hour
      </button>
      <span class="status__pause-hint" id="pause-hint">
        On every site; resumes by itself.
      </span>
    </div>
  );
}
