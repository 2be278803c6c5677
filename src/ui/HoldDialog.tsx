import { useEffect, useRef, useState } from 'preact/hooks';
import type { UncheckedReason } from '../content/check-draft';
import { RULES, type Finding } from '../engine';
import { SEVERITY_LABEL } from './severity';
import { onTrusted } from './trusted';
import { UNCHECKED_TEXT, unreadText } from './unchecked';

export interface HoldModel {
  /** New for each hold, so a typed reason never carries over. */
  id: number;
  /**
   * confirm / block: the policy holds this draft, or it could not be checked. reading: Post was
   * pressed while an attached image was still being read; starting: before Second Look could
   * check anything. The usual decision follows once it can.
   */
  mode: 'confirm' | 'block' | 'reading' | 'starting';
  findings: readonly Finding[];
  /** Names of the images being read (reading), or that could not be read (confirm, block). */
  images: readonly string[];
  /** The draft's text could not be (fully) checked, and why. */
  unchecked?: UncheckedReason;
  requireReason: boolean;
  edit(): void;
  /** Absent when the policy does not let this draft go out as it is. */
  postAnyway?: () => void;
}

/**
 * Shown when the user tries to post a draft the policy holds, one Second Look could not check, or
 * one still being checked. "Edit post" is focused first, so Enter or Escape never posts by
 * accident; the buttons act only on the person's own clicks and keys (onTrusted), never on a page
 * script's. A typed reason, when the policy asks for one, only unlocks the button: it is not
 * stored or sent anywhere.
 */
export function HoldDialog({ model }: { model: HoldModel }) {
  const [reason, setReason] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => editButton.current?.focus(), []);
  const text = TEXT[model.mode](model);
  const needsReason = model.mode === 'confirm' && model.requireReason && (model.findings.length > 0 || !!model.unchecked);
  const waiting = model.mode === 'reading' || model.mode === 'starting';
  const canPost = !needsReason || reason.trim().length >= 3;

  return (
    <div class="sl-backdrop" onKeyDown={onTrusted((e: KeyboardEvent) => e.key === 'Escape' && model.edit())}>
      <div
        class="sl-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sl-dialog-title"
        aria-describedby="sl-dialog-desc"
        aria-busy={waiting}
        data-mode={model.mode}
        data-unchecked={model.unchecked}
      >
        <h2 id="sl-dialog-title" class="sl-dialog__title">
          {text.title}
        </h2>
        <p id="sl-dialog-desc" class="sl-dialog__desc">
          {text.desc}
        </p>
        {model.mode === 'reading' && <progress class="sl-dialog__progress" aria-label={`Reading ${model.images.join(', ')}`} />}
        {model.mode === 'starting' && <progress class="sl-dialog__progress" aria-label="Second Look is starting" />}
        {!waiting && model.unchecked && <p class="sl-dialog__unchecked">{UNCHECKED_TEXT[model.unchecked]}</p>}
        {model.findings.length > 0 && (
          <ul class="sl-dialog__list">
            {model.findings.map((f) => (
              <li key={`${f.rule}:${f.start}`} data-rule={f.rule}>
                <strong>{SEVERITY_LABEL[f.severity]}:</strong> “{f.match}” — {RULES[f.rule]?.title ?? f.rule}
              </li>
            ))}
          </ul>
        )}
        {!waiting && model.images.length > 0 && (
          <p class="sl-dialog__unread" data-unread={model.images.length}>
            {unreadText(model.images)}
          </p>
        )}
        {model.postAnyway && needsReason && (
          <label class="sl-dialog__reason">
            Why is this OK to post? (required by your organization; not saved)
            <textarea rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
        )}
        <div class="sl-dialog__buttons">
          <button type="button" ref={editButton} class="sl-button sl-button--primary" data-action="edit" onClick={onTrusted(model.edit)}>
            Edit post
          </button>
          {model.postAnyway && (
            <button
              type="button"
              class="sl-button"
              data-action={model.mode === 'reading' ? 'post-now' : 'post-anyway'}
              disabled={!canPost}
              onClick={onTrusted(model.postAnyway)}
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
  starting: () => ({
    title: 'Second Look is starting…',
    desc: 'It checks your post on this device before it goes out, and needs a moment after the page opens. If nothing needs a second look, your post goes out by itself.',
  }),
  confirm: (m) =>
    m.findings.length > 0
      ? { title: 'Post this anyway?', desc: 'Second Look found something that may identify a patient or break conduct rules:' }
      : m.unchecked
        ? { title: 'Second Look couldn’t check this post', desc: 'Post it only if you are sure it is fine.' }
        : { title: `Second Look couldn’t check the ${m.images.length > 1 ? 'images' : 'image'}`, desc: 'Nothing else in your post needs a look.' },
  block: (m) =>
    m.findings.length > 0
      ? {
          title: 'This post can’t go out yet',
          desc: 'Your organization’s policy holds posts like this until they are fixed. Edit the post, or use Redact in the panel.',
        }
      : { title: 'This post can’t go out yet', desc: 'Your organization’s policy holds posts that Second Look could not check.' },
};
