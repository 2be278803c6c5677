import { useEffect, useRef, useState } from 'preact/hooks';
import { RULES, type Finding } from '../engine';
import { SEVERITY_LABEL } from './severity';

export interface HoldModel {
  /** New for each hold, so a typed reason never carries over. */
  id: number;
  /**
   * confirm / block: the policy holds this draft. reading: Post was pressed while an attached
   * image was still being read; the usual decision follows once it is.
   */
  mode: 'confirm' | 'block' | 'reading';
  findings: readonly Finding[];
  /** Names of the images being read (reading), or that could not be read (confirm, block). */
  images: readonly string[];
  requireReason: boolean;
  edit(): void;
  /** Absent when the policy does not let this draft go out as it is. */
  postAnyway?: () => void;
}

/**
 * Shown when the user tries to post a draft the policy holds, or one whose image is still being
 * read. "Edit post" is focused first, so Enter or Escape never posts by accident. A typed reason,
 * when the policy asks for one, only unlocks the button: it is not stored or sent anywhere.
 */
export function HoldDialog({ model }: { model: HoldModel }) {
  const [reason, setReason] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => editButton.current?.focus(), []);
  const text = TEXT[model.mode](model);
  const needsReason = model.mode === 'confirm' && model.requireReason && model.findings.length > 0;
  const canPost = !needsReason || reason.trim().length >= 3;

  return (
    <div class="sl-backdrop" onKeyDown={(e) => e.key === 'Escape' && model.edit()}>
      <div
        class="sl-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sl-dialog-title"
        aria-describedby="sl-dialog-desc"
        aria-busy={model.mode === 'reading'}
        data-mode={model.mode}
      >
        <h2 id="sl-dialog-title" class="sl-dialog__title">
          {text.title}
        </h2>
        <p id="sl-dialog-desc" class="sl-dialog__desc">
          {text.desc}
        </p>
        {model.mode === 'reading' && <progress class="sl-dialog__progress" aria-label={`Reading ${model.images.join(', ')}`} />}
        {model.findings.length > 0 && (
          <ul class="sl-dialog__list">
            {model.findings.map((f) => (
              <li key={`${f.rule}:${f.start}`} data-rule={f.rule}>
                <strong>{SEVERITY_LABEL[f.severity]}:</strong> “{f.match}” — {RULES[f.rule]?.title ?? f.rule}
              </li>
            ))}
          </ul>
        )}
        {model.mode !== 'reading' && model.images.length > 0 && (
          <p class="sl-dialog__unread" data-unread={model.images.length}>
            {`Second Look could not read ${quoted(model.images)}, so ${model.images.length === 1 ? 'it was' : 'they were'} not checked. Look ${model.images.length === 1 ? 'at it' : 'at them'} yourself before you post.`}
          </p>
        )}
        {model.postAnyway && needsReason && (
          <label class="sl-dialog__reason">
            Why is this OK to post? (required by your organization; not saved)
            <textarea rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
        )}
        <div class="sl-dialog__buttons">
          <button type="button" ref={editButton} class="sl-button sl-button--primary" data-action="edit" onClick={model.edit}>
            Edit post
          </button>
          {model.postAnyway && (
            <button
              type="button"
              class="sl-button"
              data-action={model.mode === 'reading' ? 'post-now' : 'post-anyway'}
              disabled={!canPost}
              onClick={model.postAnyway}
            >
              {model.mode === 'reading' ? 'Post without waiting' : 'Post anyway'}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

const TEXT: Record<HoldModel['mode'], (m: HoldModel) => { title: string; desc: string }> = {
  reading: (m) => ({
    title: m.images.length > 1 ? 'Still checking the attached images…' : 'Still checking the attached image…',
    desc: `Second Look is reading ${m.images.length > 1 ? 'them' : 'it'} on your device. If nothing needs a second look, your post goes out as soon as that is done.`,
  }),
  confirm: (m) =>
    m.findings.length > 0
      ? { title: 'Post this anyway?', desc: 'Second Look found something that may identify a patient or break conduct rules:' }
      : { title: `Second Look couldn’t check the ${m.images.length > 1 ? 'images' : 'image'}`, desc: 'Nothing else in your post needs a look.' },
  block: () => ({
    title: 'This post can’t go out yet',
    desc: 'Your organization’s policy holds posts like this until they are fixed. Edit the post, or use Redact in the panel.',
  }),
};

function quoted(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(', ');
}
