import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addSite, hasSitePermission, removeSite, type AddSiteOutcome } from '../../policy/extra-sites';
import type { PolicyState } from '../../policy/storage';
import { siteForHost } from '../../sites';
import { normalizeHost } from '../../sites/hosts';
import { LockNote } from './Lock';

/** The host of the tab the popup was opened over, when the browser tells (activeTab). */
function useActiveTabHost(): string {
  const [host, setHost] = useState('');
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => {
        const found = tab?.url ? normalizeHost(tab.url) : undefined;
        if (found && !siteForHost(found) && /^https:/.test(tab!.url!)) setHost(found);
      })
      .catch(() => undefined);
  }, []);
  return host;
}

const OUTCOME_TEXT: Record<Exclude<AddSiteOutcome, { ok: true }>['reason'], string> = {
  'not-a-host': 'That is not a site address, such as forum.example.org.',
  'already-checked': 'Second Look already checks that site: see the switches above.',
  refused: 'Not added: the browser was not allowed to let Second Look read that site.',
  failed: 'The browser could not add that site. Try again from the toolbar button on that site.',
};

/**
 * Sites the user or the organization added (policy extraSites): each with its permission state,
 * and a way to add the site in front of the user. The browser asks for each new site once.
 */
export function AddedSites({ state }: { state: PolicyState }) {
  const activeHost = useActiveTabHost();
  const [draft, setDraft] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [allowed, setAllowed] = useState<Record<string, boolean>>({});
  const hosts = state.policy.extraSites;
  const value = draft ?? activeHost;

  useEffect(() => {
    let live = true;
    void Promise.all(hosts.map(async (h) => [h, await hasSitePermission(h)] as const)).then((pairs) => live && setAllowed(Object.fromEntries(pairs)));
    return () => {
      live = false;
    };
  }, [hosts.join(' ')]);

  const add = (input: string) => {
    setMessage('Waiting for your answer to the browser\u2019s question\u2026');
    // No await before addSite: the browser asks only inside this click.
    void addSite(input).then((outcome) => {
      if (outcome.ok) {
        setDraft('');
        setAllowed((a) => ({ ...a, [outcome.host]: true }));
        setMessage(`Posts on ${outcome.host} are checked from the next time a page of it loads.`);
      } else setMessage(OUTCOME_TEXT[outcome.reason]);
    });
  };

  return (
    <div class="sl-sites" data-setting="extraSites">
      {hosts.length > 0 && (
        <ul class="sl-sites__list" aria-label="Added sites">
          {hosts.map((host) => {
            const locked = state.lockedPaths.includes(`extraSites.${host}`);
            return (
              <li key={host} class="sl-row" data-site={host} data-locked={locked ? 'true' : undefined} data-allowed={allowed[host] === false ? 'false' : 'true'}>
                <div class="sl-row__text">
                  <span class="sl-row__label">{host}</span>
                  {allowed[host] === false && <span class="sl-row__hint">Not checked yet: the browser has not allowed it.</span>}
                  {locked && <LockNote id={`site-lock-${host.replace(/\W+/g, '-')}`} />}
                </div>
                {allowed[host] === false ? (
                  <button type="button" class="sl-button" onClick={() => add(host)}>
                    Allow
                  </button>
                ) : (
                  !locked && (
                    <button type="button" class="sl-button" aria-label={`Stop checking ${host}`} onClick={() => void removeSite(host)}>
                      Remove
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form
        class="sl-sites__add"
        onSubmit={(e) => {
          e.preventDefault();
          add(value);
        }}
      >
        <label class="sl-row__label" for="add-site">
          Another site
        </label>
        <input id="add-site" class="sl-input" type="text" inputMode="url" placeholder="forum.example.org" value={value} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="sl-button">
          Check posts on this site
        </button>
      </form>
      {message && (
        <p class="sl-sites__message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
