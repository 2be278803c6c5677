import { HoldDialog, type HoldModel } from './HoldDialog';
import { InlinePanel, type PanelModel } from './InlinePanel';

export interface ContentUiState {
  panels: readonly PanelModel[];
  hold?: HoldModel;
  /** Fallback boxes where the CSS Custom Highlight API is missing (viewport coordinates). */
  boxes: readonly { left: number; top: number; width: number; height: number; severity: string }[];
  /** Read out by screen readers when a new warning appears. */
  announcement: string;
}

/** Everything Second Look shows on a page, rendered into one open shadow root. */
export function ContentUi({ state }: { state: ContentUiState }) {
  return (
    <div class="sl-root">
      {state.boxes.map((b, i) => (
        <div
          key={i}
          class={`sl-box sl-box--${b.severity}`}
          style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }}
        />
      ))}
      {state.panels.map((p) => (
        <InlinePanel key={p.id} model={p} />
      ))}
      {state.hold && <HoldDialog key={state.hold.id} model={state.hold} />}
      <div class="sl-visually-hidden" role="status" aria-live="polite">
        {state.announcement}
      </div>
    </div>
  );
}
