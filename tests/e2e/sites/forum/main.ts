import { h } from '../shared/dom';
import { initRecorder, injectStyle, markReady, recordPost } from '../shared/recorder';

/**
 * A discussion forum Second Look knows nothing about (forum.example.org): a plain HTML reply form
 * (textarea, "Post reply" submit button, a Cancel button), a search field, and a "Preview"
 * button that must never be held. It stands for any site a user or IT adds.
 */
const CSS = 'body { font-family: system-ui, sans-serif; margin: 24px; } textarea { width: 560px; height: 120px; display: block; }';

function render(): void {
  const body = h('textarea', { name: 'body', 'aria-label': 'Your reply', placeholder: 'Write your reply' });
  const preview = h('button', { type: 'button', class: 'preview' }, 'Preview');
  const previewed = h('div', { class: 'previewed' });
  preview.addEventListener('click', () => (previewed.textContent = body.value));
  const form = h('form', { class: 'reply', action: '/t/night-shift-tips/reply', method: 'post' }, h('label', {}, 'Reply', body), preview, h('button', { type: 'button', class: 'cancel' }, 'Cancel'), h('button', { type: 'submit' }, 'Post reply'), previewed);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (body.value.trim() === '') return;
    recordPost('forum-reply', body.value);
    body.value = '';
  });
  document.getElementById('forum')!.append(h('input', { type: 'search', 'aria-label': 'Search the forum' }), h('h1', {}, 'Night shift tips'), h('article', {}, 'What keeps you going at 3am?'), form);
}

initRecorder();
injectStyle(CSS);
render();
markReady();
