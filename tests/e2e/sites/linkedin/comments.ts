import { recordPost } from '../shared/recorder';
import { h, showWhen } from '../shared/dom';
import { createQuill, quillText } from './quill-editor';
import { createTiptap, tiptapText } from './tiptap-editor';

/**
 * The classic (Ember) comment box: a <form class="comments-comment-box__form"> around a Quill
 * editor. Its submit button appears once there is text and submits the form; Enter is a newline.
 */
export function classicCommentBox(): HTMLElement {
  const editorContainer = h('div', { class: 'ql-container' });
  const slot = h('div', { class: 'comments-comment-box__button-group' });
  const submit = h(
    'button',
    {
      type: 'submit',
      class: 'comments-comment-box__submit-button--cr comments-comment-box__submit-button artdeco-button artdeco-button--1 artdeco-button--primary',
    },
    h('span', { class: 'artdeco-button__text' }, 'Comment'),
  );
  const form = h(
    'form',
    { class: 'comments-comment-box__form' },
    h(
      'div',
      { class: 'comments-comment-box-comment__text-editor' },
      h('div', { class: 'comments-comment-texteditor' }, h('div', { class: 'editor-container' }, editorContainer)),
    ),
    slot,
  );
  const quill = createQuill(editorContainer, 'Add a comment…');
  quill.on('text-change', () => showWhen(submit, slot, quillText(quill).trim().length > 0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = quillText(quill);
    if (text.trim().length === 0) return;
    recordPost('li-comment', text);
    quill.setText('');
  });
  return h('div', { class: 'comments-comment-box comments-comment-box--cr' }, form);
}

/**
 * The newer (server-driven UI) comment box on the feed: no <form>, a TipTap editor labelled
 * "Text editor for creating comment" inside [data-view-name="comment-box"], and a
 * button[data-view-name="comment-post"] that appears once there is text.
 */
export function newCommentBox(): HTMLElement {
  const editorHost = h('div', { 'data-testid': 'ui-core-tiptap-text-editor-wrapper', 'data-placeholder': 'Add a comment…' });
  const slot = h('div', { class: 'comment-box__actions' });
  const submit = h('button', { type: 'button', 'data-view-name': 'comment-post', class: 'li-pill-button' }, 'Comment');
  const box = h(
    'div',
    { 'data-view-name': 'comment-box', class: 'li-comment-box-new' },
    editorHost,
    h(
      'div',
      { class: 'comment-box__tools' },
      h('button', { type: 'button', 'data-view-name': 'comment-emoji-picker', 'aria-label': 'Open Emoji Keyboard' }, '🙂'),
      h('button', { type: 'button', 'data-view-name': 'comment-add-image', 'aria-label': 'Add a photo' }, '🖼'),
      slot,
    ),
  );
  const editor = createTiptap(editorHost, { 'aria-label': 'Text editor for creating comment', 'aria-placeholder': 'Add a comment…' });
  editor.on('update', () => showWhen(submit, slot, tiptapText(editor).trim().length > 0));
  submit.addEventListener('click', () => {
    const text = tiptapText(editor);
    if (text.trim().length === 0) return;
    recordPost('li-comment-new', text);
    editor.commands.clearContent(true);
  });
  return box;
}
