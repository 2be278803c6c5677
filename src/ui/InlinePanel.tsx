import type { DraftCheck } from '../content/check-draft';
import { FindingList, type FindingActions } from './FindingList';
import type { Placement } from './geometry';
import type { Severity } from '../engine';
import { SEVERITY_LABEL } from './severity';

export interface PanelModel {
  id: string;
  check: DraftCheck;
  placement: Placement;
  collapsed: boolean;
  actions: FindingActions;
  toggle(): void;
}

const ACTION_NOTE: Record<DraftCheck['action'], string | null> = {
  none: null,
  show: null,
  confirm: 'Posting will ask you to confirm first.',
  block: 'Your organization requires this to be fixed before posting.',
};

/**
 * The warning beside one composer. Positioned fixed (computed by placePanel), so it never shifts
 * the site's layout. `data-verdict` and each finding's `data-rule` are documented hooks.
 */
export function InlinePanel({ model }: { model: PanelModel }) {
  const { check, placement, collapsed } = model;
  const count = check.findings.length;
  const note = ACTION_NOTE[check.action];
  return (
    <section
      class={`sl-panel sl-panel--${check.verdict}${collapsed ? ' sl-panel--collapsed' : ''}`}
      data-verdict={check.verdict}
      data-side={placement.side}
      aria-label="Second Look"
      style={{ left: `${placement.left}px`, top: `${placement.top}px` }}
    >
      <header class="sl-panel__head">
        <span class={`sl-badge sl-badge--${check.verdict}`}>{SEVERITY_LABEL[check.verdict as Severity]}</span>
        <p class="sl-panel__summary">
          Second Look: {count} {count === 1 ? 'thing' : 'things'} to check before you post
        </p>
        <button type="button" class="sl-button sl-button--link" aria-expanded={!collapsed} onClick={model.toggle}>
          {collapsed ? 'Show' : 'Hide'}
        </button>
      </header>
      {!collapsed && (
        <div class="sl-panel__body">
          <FindingList findings={check.findings} actions={model.actions} />
          {note && <p class="sl-panel__note">{note}</p>}
        </div>
      )}
    </section>
  );
}
