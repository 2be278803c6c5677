import { recordPost } from '../shared/recorder';
import { h } from '../shared/dom';
import { createTiptap, tiptapText } from './tiptap-editor';

const PLACEHOLDER = 'What do you want to talk about?';

/**
 * A newer share dialog in the light DOM with a TipTap (ProseMirror) editor, opened by its own
 * trigger. LinkedIn's live share box is still Quill in #interop-outlet (see share-classic.ts); this
 * one covers the TipTap share composer the adapters also support.
 */
export function openNewShareDialog(): void {
  if (document.querySelector('[data-test-modal-id="sharebox-tiptap"]')) return;
  const editorHost = h('div', { class: 'share-creation-state__text-editor', 'data-placeholder': PLACEHOLDER });
  const fileInput = h('input', { type: 'file', accept: 'image/*', multiple: true, hidden: true });
  const postButton = h(
    'button',
    { type: 'button', class: 'share-actions__primary-action artdeco-button artdeco-button--2 artdeco-button--primary', disabled: true },
    'Post',
  );
  const dismiss = h('button', { type: 'button', class: 'artdeco-modal__dismiss', 'aria-label': 'Dismiss' }, '✕');
  const overlay = h(
    'div',
    { class: 'artdeco-modal-overlay' },
    h(
      'div',
      { role: 'dialog', 'aria-label': 'Create post', class: 'artdeco-modal share-box', 'data-test-modal-id': 'sharebox-tiptap' },
      dismiss,
      h('h2', {}, 'Jane Doe · Post to Anyone'),
      editorHost,
      h(
        'div',
        { class: 'share-creation-state__footer' },
        h('button', { type: 'button', 'aria-label': 'Add media' }, '🖼'),
        fileInput,
        h('div', { class: 'share-box_actions' }, postButton),
      ),
    ),
  );
  document.querySelector('.application-outlet')!.append(overlay);

  const editor = createTiptap(editorHost, {
    'aria-label': 'Text editor for creating content',
    'aria-placeholder': PLACEHOLDER,
  });
  const files = (): File[] => Array.from(fileInput.files ?? []);
  const refresh = () => {
    postButton.disabled = tiptapText(editor).trim().length === 0 && files().length === 0;
  };
  editor.on('update', refresh);
  fileInput.addEventListener('change', refresh);
  overlay.querySelector('[aria-label="Add media"]')!.addEventListener('click', () => fileInput.click());
  const close = () => {
    editor.destroy();
    overlay.remove();
  };
  dismiss.addEventListener('click', close);
  postButton.addEventListener('click', () => {
    recordPost('li-share-new', tiptapText(editor), files());
    editor.commands.clearContent(true);
    close();
  });
  editor.commands.focus();
}
