/** @jsxImportSource react */
import { createRoot } from 'react-dom/client';
import { h } from '../shared/dom';
import { hiddenFileInput, previewImage } from '../shared/files';
import { lexicalBox } from '../shared/lexical-box';
import { initRecorder, injectStyle, markReady, recordPost } from '../shared/recorder';
import { CommentForm } from './comment';

/**
 * Instagram on the web. "New post" opens "Create new post": pick a photo (the form's file input),
 * Next past the crop step, then the caption step: the photo's preview, the caption (Lexical,
 * "Write a caption..."), and Share, an unlabelled div[role=button] in the dialog's header. The
 * picking form stays in the dialog. A post's page (/p/<id>/) has the comment form.
 */
const ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,video/mp4,video/quicktime';
const CSS = `
body { font-family: system-ui, sans-serif; margin: 0; }
[role="button"] { cursor: pointer; display: inline-block; padding: 6px 12px; color: #0095f6; font-weight: 600; }
[role="button"][aria-disabled="true"] { opacity: .4; }
.overlay { position: fixed; inset: 0; background: #000a; display: grid; place-items: center; }
[role="dialog"] { background: #fff; width: 640px; border-radius: 12px; overflow: hidden; }
[role="dialog"] header { display: flex; justify-content: space-between; align-items: center; border-bottom: 1px solid #ddd; padding: 4px 8px; }
[data-lexical-editor] { min-height: 80px; outline: none; padding: 8px; }
[data-lexical-editor] p { margin: 0; }
.ig-comment-form { display: flex; gap: 8px; padding: 8px; border-top: 1px solid #ddd; }
.ig-comment-form textarea { flex: 1; border: 0; resize: none; font: inherit; height: 24px; }
`;

function openCreate(): void {
  if (document.querySelector('[role="dialog"]')) return;
  const input = hiddenFileInput(ACCEPT);
  const select = h('button', { type: 'button' }, 'Select from computer');
  const body = h('div', { class: 'body' }, h('p', {}, 'Drag photos and videos here'), select);
  const back = h('div', { role: 'button', tabindex: '0', 'aria-label': 'Back' }, '←');
  const next = h('div', { role: 'button', tabindex: '0' }, 'Next');
  const title = h('h1', {}, 'Create new post');
  const header = h('header', {}, back, title, h('span', {}));
  const dialog = h(
    'div',
    { role: 'dialog', 'aria-label': 'Create new post' },
    header,
    body,
    h('form', { enctype: 'multipart/form-data', method: 'POST', role: 'presentation' }, input),
  );
  const overlay = h('div', { class: 'overlay' }, dialog);
  document.body.append(overlay);
  select.addEventListener('click', () => input.click());
  const close = () => overlay.remove();
  back.addEventListener('click', close);
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    if (files.length === 0) return;
    // Crop step: the photo and Next.
    title.textContent = 'Crop';
    header.lastElementChild!.replaceWith(next);
    body.replaceChildren(previewImage(files[0]!, 'Photo to crop'));
    next.addEventListener(
      'click',
      () => {
        title.textContent = 'Create new post';
        const share = h('div', { role: 'button', tabindex: '0' }, 'Share');
        next.replaceWith(share);
        const caption = lexicalBox({ namespace: 'ig-caption', attributes: { 'aria-label': 'Write a caption...', 'aria-placeholder': 'Write a caption...' } });
        body.replaceChildren(h('div', { class: 'media' }, previewImage(files[0]!, 'Photo to post')), h('div', { class: 'author' }, 'jane.rn'), caption.element);
        share.addEventListener('click', () => {
          recordPost('ig-caption', caption.text(), files);
          caption.destroy();
          close();
        });
        caption.element.focus();
      },
      { once: true },
    );
  });
}

function render(): void {
  const root = document.getElementById('mount_0_0_ig')!;
  const newPost = h('a', { href: '#', role: 'link', 'aria-label': 'New post' }, '＋ Create');
  newPost.addEventListener('click', (e) => {
    e.preventDefault();
    openCreate();
  });
  const comments = h('div', { class: 'comments' });
  root.append(
    h('nav', {}, newPost),
    h('article', { role: 'presentation' }, h('img', { alt: 'Photo by mercygeneral', width: '1', height: '1' }), h('div', {}, 'mercygeneral: Nurses Week brunch on 4 West!'), comments),
  );
  createRoot(comments).render(<CommentForm />);
}

initRecorder();
injectStyle(CSS);
render();
markReady();
