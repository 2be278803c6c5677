import { useEffect, useRef, useState } from 'preact/hooks';
import { RULES, type Finding } from '../engine';
import { SEVERITY_LABEL } from './severity';

export interface HoldModel {
  /** New for each hold, so a typed reason never carries over. */
  id: number;
  mode: 'confirm' | 'block';
  findings: readonly Finding[];
  requireReason: boolean;
  edit(): void;
  postAnyway(): void;
}

/**
 * Shown when the user tries to post a draft the policy holds. "Edit post" is focused first, so
 * Enter or Escape never posts by accident. A typed reason, when the policy asks for one, only
 * unlocks the button: it is not stored or sent anywhere.
 */
export function HoldDialog({ model }: { model: HoldModel }) {
  const [reason, setReason] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => editButton.current?.focus(), []);
  const blocked = model.mode === 'block';
  const canPost = !blocked && (!model.requireReason || reason.trim().length >= 3);

  return (
    <div class="sl-backdrop" onKeyDown={(e) => e.key === 'Escape' && model.edit()}>
      <div
        class="sl-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sl-dialog-title"
        aria-describedby="sl-dialog-desc"
        data-mode={model.mode}
      >
        <h2 id="sl-dialog-title" class="sl-dialog__title">
          {blocked ? 'This post can’t go out yet' : 'Post this anyway?'}
        </h2>
        <p id="sl-dialog-desc" class="sl-dialog__desc">
          {blocked
            ? 'Your organization’s policy holds posts like this until they are fixed. Edit the post, or use Redact in the panel.'
            : 'Second Look found something that may identify a patient or break conduct rules:'}
        </p>
        <ul class="sl-dialog__list">
          {model.findings.map((f) => (
            <li key={`${f.rule}:${f.start}`} data-rule={f.rule}>
              <strong>{SEVERITY_LABEL[f.severity]}:</strong> “{f.match}” — {RULES[f.rule]?.title ?? f.rule}
            </li>
          ))}
        </ul>
        {!blocked && model.requireReason && (
          <label class="sl-dialog__reason">
            Why is this OK to post? (required by your organization; not saved)
            <textarea rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
        )}
        <div class="sl-dialog__buttons">
          <button type="button" ref={editButton} class="sl-button sl-button--primary" data-action="edit" onClick={model.edit}>
            Edit post
          </button>
          {!blocked && (
            <button type="button" class="sl-button" data-action="post-anyway" disabled={!canPost} onClick={model.postAnyway}>
              Post anyway
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
