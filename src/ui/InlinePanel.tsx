import type { DraftCheck } from '../content/check-draft';
import { FindingList, type FindingActions } from './FindingList';
import { ImageFindings, type ImageModel } from './ImageFindings';
import type { Placement } from './geometry';
import type { Severity } from '../engine';
import { SEVERITY_LABEL } from './severity';
import { onTrusted } from './trusted';
import { STILL_CHECKING_TEXT, UNCHECKED_TEXT } from './unchecked';

export interface PanelModel {
  id: string;
  check: DraftCheck;
  placement: Placement;
  collapsed: boolean;
  actions: FindingActions;
  images: readonly ImageModel[];
  toggle(): void;
}

function actionNote(check: DraftCheck): string | null {
  if (check.action === 'confirm') return 'Posting will ask you to confirm first.';
  if (check.action !== 'block') return null;
  return check.findings.length > 0 ? 'Your organization requires this to be fixed before posting.' : 'Your organization holds posts Second Look could not check.';
}

/**
 * The warning beside one composer. Positioned fixed (computed by placePanel), so it never shifts
 * the site's layout. `data-verdict` and each finding's `data-rule` are documented hooks;
 * `data-unchecked` says why a draft could not be checked (its verdict then covers only what was);
 * `data-retrying` that a check which took too long is about to be run again.
 */
export function InlinePanel({ model }: { model: PanelModel }) {
  const { check, placement, collapsed } = model;
  const count = check.findings.length;
  const reading = model.images.some((i) => i.status === 'reading');
  const note = actionNote(check);
  const unchecked = check.unchecked && check.unchecked !== 'starting' ? check.unchecked : undefined;
  const retrying = unchecked !== undefined && check.retrying === true;
  return (
    <section
      class={`sl-panel sl-panel--${check.verdict}${collapsed ? ' sl-panel--collapsed' : ''}`}
      data-verdict={check.verdict}
      data-unchecked={unchecked}
      data-retrying={retrying ? 'true' : undefined}
      data-side={placement.side}
      aria-label="Second Look"
      style={{ left: `${placement.left}px`, top: `${placement.top}px` }}
    >
      <header class="sl-panel__head">
        {check.verdict !== 'ok' && <span class={`sl-badge sl-badge--${check.verdict}`}>{SEVERITY_LABEL[check.verdict as Severity]}</span>}
        <p class="sl-panel__summary">
          {count === 0 && retrying
            ? 'Second Look is still checking this draft…'
            : count === 0 && unchecked
              ? 'Second Look could not check this draft'
              : count === 0 && reading
                ? 'Second Look: reading your image…'
                : `Second Look: ${count} ${count === 1 ? 'thing' : 'things'} to check before you post`}
        </p>
        <button type="button" class="sl-button sl-button--link" aria-expanded={!collapsed} onClick={onTrusted(model.toggle)}>
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {!collapsed && (
        <div class="sl-panel__body">
          {retrying ? (
            <p class="sl-panel__unchecked" role="status">
              {STILL_CHECKING_TEXT}
            </p>
          ) : (
            unchecked && (
              <p class="sl-panel__unchecked" role="alert">
                {UNCHECKED_TEXT[unchecked]}
              </p>
            )
          )}
          <FindingList findings={check.findings.filter((f) => f.source === 'text')} actions={model.actions} />
          <ImageFindings images={model.images} actions={model.actions} />
          {note && <p class="sl-panel__note">{note}</p>}
        </div>
      )}
    </section>
  );
}
