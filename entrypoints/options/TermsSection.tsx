import { useState } from 'preact/hooks';
import type { PolicyState } from '../../src/policy/storage';
import { updateUserSettings } from '../../src/policy/user-settings';
import { LockNote } from '../../src/ui/settings/Lock';

/** The schema's limits (src/policy/schema.ts), checked here too so the user hears why at once. */
const MAX_TERM = 100;
const MAX_TERMS = 500;

type TermField = 'watchTerms' | 'allowTerms';

const LISTS: { field: TermField; title: string; intro: string; example: string }[] = [
  {
    field: 'watchTerms',
    title: 'Watch terms',
    intro: 'Names that identify patients when posted with them: your facility, units, wards, colleagues. A post naming one is flagged.',
    example: 'St. Mary 4 West',
  },
  {
    field: 'allowTerms',
    title: 'Allow terms',
    intro: 'Words and numbers that are never a finding, such as your clinic\u2019s public phone number or a colleague you congratulate often.',
    example: '(614) 555-0100',
  },
];

export function TermsSection({ state }: { state: PolicyState }) {
  return (
    <section class="card" id="terms" aria-labelledby="terms-title">
      <h2 id="terms-title">Watch and allow terms</h2>
      <div class="terms">
        {LISTS.map((list) => (
          <TermList key={list.field} {...list} terms={state.policy[list.field]} locked={state.lockedPaths.includes(list.field)} />
        ))}
      </div>
    </section>
  );
}

function TermList({ field, title, intro, example, terms, locked }: (typeof LISTS)[number] & { terms: string[]; locked: boolean }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const inputId = `${field}-new`;

  const add = (event: Event) => {
    event.preventDefault();
    const term = draft.trim();
    if (!term) return setError('Type a term first.');
    if (term.length > MAX_TERM) return setError(`A term can be at most ${MAX_TERM} characters.`);
    if (terms.some((t) => t.toLowerCase() === term.toLowerCase())) return setError(`"${term}" is already on the list.`);
    if (terms.length >= MAX_TERMS) return setError(`The list can hold at most ${MAX_TERMS} terms.`);
    setError('');
    setDraft('');
    void updateUserSettings((cur) => ({ ...cur, [field]: [...terms, term] }));
  };
  const remove = (term: string) => void updateUserSettings((cur) => ({ ...cur, [field]: terms.filter((t) => t !== term) }));

  return (
    <section class="term-list" data-setting={field} data-locked={locked ? 'true' : undefined} aria-labelledby={`${field}-title`}>
      <h3 id={`${field}-title`}>
        {title} <span class="term-list__count">({terms.length})</span>
      </h3>
      <p class="card__intro">{intro}</p>
      {locked && <LockNote id={`${field}-lock`} />}
      {!locked && (
        <form class="term-list__form" onSubmit={add}>
          <label class="sl-visually-hidden" for={inputId}>
            Add to {title.toLowerCase()}
          </label>
          <input
            id={inputId}
            class="term-list__input"
            value={draft}
            placeholder={`e.g. ${example}`}
            maxLength={MAX_TERM}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${field}-error` : undefined}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="sl-button">
            Add
          </button>
        </form>
      )}
      <p class="term-list__error" id={`${field}-error`} role="alert">
        {error}
      </p>
      {terms.length === 0 ? (
        <p class="term-list__empty">No terms yet.</p>
      ) : (
        <ul class="term-list__items">
          {terms.map((term) => (
            <li key={term} class="term">
              <span>{term}</span>
              {!locked && (
                <button type="button" class="term__remove" aria-label={`Remove ${term}`} onClick={() => remove(term)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
