import { h } from '../shared/dom';
import { initRecorder, injectStyle, markReady, recordPost } from '../shared/recorder';
import { defineElements } from './composer';

/**
 * Reddit, both faces. www.reddit.com: a post page (/r/<sub>/comments/...) with the comment box,
 * <comment-composer-host> around a <shreddit-composer> whose Comment button is slotted from the
 * light DOM; the submit page (/r/<sub>/submit) with <r-post-composer-form>: a title
 * (<faceplate-textarea-input>), a body composer and #submit-post-button. old.reddit.com: the
 * same pages as plain HTML forms with textareas.
 */
const CSS = `
body { font-family: system-ui, sans-serif; margin: 16px; }
comment-composer-host, r-post-composer-form { display: block; max-width: 640px; margin: 12px 0; }
`;

function commentHost(): HTMLElement {
  const composer = h('shreddit-composer', { placeholder: 'Join the conversation' });
  const submit = h('button', { type: 'submit', slot: 'submit-button', class: 'button-primary' }, 'Comment');
  (composer).append(submit);
  const host = h('comment-composer-host', {}, h('faceplate-form', { action: '/svc/shreddit/t3_abc/create-comment', method: 'post' }, composer));
  submit.addEventListener('click', (event) => {
    event.preventDefault();
    if (composer.value.trim() === '' && composer.files.length === 0) return;
    recordPost('reddit-comment', composer.value, composer.files);
    composer.clear();
  });
  return host;
}

function postForm(): HTMLElement {
  const title = h('faceplate-textarea-input', { name: 'title', label: 'Title' });
  const body = h('shreddit-composer', { placeholder: 'Body text (optional)' });
  const submit = h('button', { type: 'submit', id: 'submit-post-button' }, 'Post');
  submit.addEventListener('click', (event) => {
    event.preventDefault();
    if (title.value.trim() === '') return;
    recordPost('reddit-post', body.value, body.files);
    form.replaceWith(h('p', {}, 'Posted.'));
  });
  const form = h('r-post-composer-form', {}, title, body, h('div', { class: 'actions' }, submit));
  return form;
}

function oldReddit(path: string): HTMLElement {
  const textarea = (name: string, rows = '4') => h('textarea', { name, rows, cols: '60' });
  if (/\/submit\/?$/.test(path)) {
    const title = textarea('title', '2');
    const text = textarea('text');
    const form = h('form', { id: 'newlink', class: 'submit content warn-on-unload', method: 'post', action: '/submit' }, h('span', {}, 'title'), title, h('span', {}, 'text (optional)'), text, h('button', { type: 'submit', name: 'submit', value: 'form', class: 'btn' }, 'submit'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      recordPost('old-reddit-post', text.value);
      title.value = '';
      text.value = '';
    });
    return form;
  }
  const text = textarea('text');
  const form = h(
    'form',
    { class: 'usertext cloneable warn-on-unload', action: '#' },
    h('div', { class: 'usertext-edit md-container' }, h('div', { class: 'md' }, text), h('div', { class: 'bottom-area' }, h('div', { class: 'usertext-buttons' }, h('button', { type: 'submit', class: 'save' }, 'save'), h('button', { type: 'button', class: 'cancel' }, 'cancel')))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (text.value.trim() === '') return;
    recordPost('old-reddit', text.value);
    text.value = '';
  });
  return h('div', { class: 'commentarea' }, form);
}

initRecorder();
injectStyle(CSS);
const app = document.querySelector('shreddit-app')!;
if (location.hostname === 'old.reddit.com') {
  app.append(oldReddit(location.pathname));
} else {
  defineElements();
  app.append(/\/submit\/?$/.test(location.pathname) ? postForm() : h('main', {}, h('shreddit-post', {}, h('h1', {}, 'Night shift tips?')), commentHost()));
}
markReady();
