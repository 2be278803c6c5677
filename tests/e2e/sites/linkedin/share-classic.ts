import quillCss from 'quill/dist/quill.core.css';
import { injectStyle, recordPost } from '../shared/recorder';
import { h } from '../shared/dom';
import { fixQuillSelectionInShadowRoot } from './quill-shadow';
import { createQuill, quillText } from './quill-editor';
import { LI_SHADOW_CSS } from './style';

const PLACEHOLDER = 'What do you want to talk about?';

/**
 * The classic share box. LinkedIn renders it inside the OPEN shadow root of div#interop-outlet,
 * so document.querySelector finds none of it: modal [data-test-modal-id="sharebox"] (role
 * dialog), a Quill editor, and button.share-actions__primary-action, disabled until Quill's model
 * has text (Quill commits typing from a MutationObserver, a tick after the DOM changes).
 */
export function openClassicShareBox(): void {
  const host = document.getElementById('interop-outlet');
  if (!host) throw new Error('LinkedIn fixture shell has no #interop-outlet');
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (!shadow.getElementById('artdeco-modal-outlet')) {
    injectStyle(quillCss, shadow);
    injectStyle(LI_SHADOW_CSS, shadow);
    shadow.append(h('div', { id: 'artdeco-modal-outlet' }));
  }
  const outlet = shadow.getElementById('artdeco-modal-outlet')!;
  if (outlet.querySelector('[data-test-modal-id="sharebox"]')) return;

  const editorContainer = h('div', { class: 'ql-container' });
  const fileInput = h('input', {
    type: 'file',
    id: 'media-editor-file-selector__file-input',
    accept: 'image/*',
    multiple: true,
    hidden: true,
  });
  const postButton = h(
    'button',
    { type: 'button', class: 'share-actions__primary-action artdeco-button artdeco-button--2 artdeco-button--primary', disabled: true },
    h('span', { class: 'artdeco-button__text' }, 'Post'),
  );
  const dismiss = h('button', { type: 'button', class: 'artdeco-modal__dismiss', 'aria-label': 'Dismiss' }, '✕');
  const attachments = h('div', { class: 'share-box__attachments' });
  const overlay = h(
    'div',
    { class: 'artdeco-modal-overlay artdeco-modal-overlay--is-top-layer' },
    h(
      'div',
      {
        role: 'dialog',
        class: 'artdeco-modal share-box-v2__modal share-box',
        'data-test-modal-id': 'sharebox',
        'aria-labelledby': 'share-to-linkedin-modal__header',
        tabindex: '-1',
      },
      dismiss,
      h('div', { class: 'share-box-v2__header' }, h('h2', { id: 'share-to-linkedin-modal__header' }, 'Jane Doe · Post to Anyone')),
      h('div', { class: 'share-creation-state__text-editor' }, h('div', { class: 'editor-container' }, editorContainer)),
      attachments,
      h(
        'div',
        { class: 'share-creation-state__footer' },
        h('button', { type: 'button', 'aria-label': 'Add media', class: 'share-promoted-detour-button' }, '🖼'),
        fileInput,
        h('div', { class: 'share-box_actions' }, postButton),
      ),
    ),
  );
  outlet.append(overlay);

  const quill = createQuill(editorContainer, PLACEHOLDER);
  fixQuillSelectionInShadowRoot(quill);
  const files = (): File[] => Array.from(fileInput.files ?? []);
  const refresh = () => {
    postButton.disabled = quillText(quill).trim().length === 0 && files().length === 0;
    attachments.textContent = files().map((file) => file.name).join(', ');
  };
  quill.on('text-change', refresh);
  fileInput.addEventListener('change', refresh);
  overlay.querySelector('[aria-label="Add media"]')!.addEventListener('click', () => fileInput.click());
  dismiss.addEventListener('click', () => overlay.remove());
  postButton.addEventListener('click', () => {
    recordPost('li-share', quillText(quill), files());
    quill.setText('');
    fileInput.value = '';
    // LinkedIn closes the share box once the post is on its way; the next one starts empty.
    overlay.remove();
  });
  quill.focus();
}
