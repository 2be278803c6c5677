import { h } from '../shared/dom';
import { hiddenFileInput, previewImage } from '../shared/files';
import { lexicalBox } from '../shared/lexical-box';
import { initRecorder, injectStyle, markReady, recordPost } from '../shared/recorder';

/**
 * Threads: the feed's "What's new?" opens the composer dialog; a post's Reply and Quote open the
 * same dialog with the post above or inside it. The editor is Lexical; Post is a div[role=button]
 * with no label but its text, disabled (aria-disabled) while empty; Ctrl/Cmd+Enter posts; the
 * paperclip's file input takes images, previewed as blob: images. Posting closes the dialog.
 */
type Kind = 'threads-post' | 'threads-reply' | 'threads-quote';

const ACCEPT = 'image/avif,image/jpeg,image/png,image/webp,video/mp4,video/quicktime';
const CSS = `
body { font-family: system-ui, sans-serif; margin: 0; background: #fafafa; }
main { max-width: 620px; margin: 24px auto; background: #fff; border: 1px solid #ddd; border-radius: 16px; padding: 16px; }
[role="button"] { cursor: pointer; display: inline-block; padding: 6px 14px; border: 1px solid #ccc; border-radius: 10px; margin: 4px; }
[role="button"][aria-disabled="true"] { opacity: .4; }
.overlay { position: fixed; inset: 0; background: #0008; display: grid; place-items: center; }
[role="dialog"] { background: #fff; width: 560px; border-radius: 16px; padding: 16px; }
[data-lexical-editor] { min-height: 60px; outline: none; padding: 6px; }
[data-lexical-editor] p { margin: 0; }
.quoted { border: 1px solid #ddd; border-radius: 10px; padding: 8px; color: #555; }
`;

const POST = { author: 'mercy_general', text: 'Our 4 West nurses just earned the Pathway to Excellence award.' };

function openComposer(kind: Kind): void {
  if (document.querySelector('[role="dialog"]')) return;
  const files: File[] = [];
  const input = hiddenFileInput(ACCEPT);
  const previews = h('div', { class: 'previews' });
  const post = h('div', { role: 'button', tabindex: '0', 'aria-disabled': 'true' }, 'Post');
  const cancel = h('div', { role: 'button', tabindex: '0' }, 'Cancel');
  const attach = h('div', { role: 'button', tabindex: '0', 'aria-label': 'Attach media' }, '📎');
  const box = lexicalBox({
    namespace: kind,
    attributes: { 'aria-label': kind === 'threads-reply' ? `Reply to ${POST.author}` : 'Empty text field. Type to compose a new post.', 'aria-placeholder': kind === 'threads-reply' ? `Reply to ${POST.author}...` : "What's new?" },
    submitOn: 'mod+enter',
    onSubmit: () => submit(),
  });
  const refresh = () => post.setAttribute('aria-disabled', String(box.text().trim() === '' && files.length === 0));
  box.onUpdate(refresh);
  const title = { 'threads-post': 'New thread', 'threads-reply': 'Reply', 'threads-quote': 'New thread' }[kind];
  const dialog = h(
    'div',
    { role: 'dialog', 'aria-modal': 'true', 'aria-label': title },
    h('div', { class: 'header' }, cancel, h('h1', {}, title)),
    kind === 'threads-reply' ? h('div', { class: 'quoted' }, `${POST.author}: ${POST.text}`) : null,
    h('div', { class: 'author' }, 'jane.rn'),
    box.element,
    kind === 'threads-quote' ? h('div', { class: 'quoted' }, `${POST.author}: ${POST.text}`) : null,
    previews,
    h('div', { class: 'tools' }, attach, input),
    h('div', { class: 'footer' }, h('span', {}, 'Anyone can reply & quote'), post),
  );
  const overlay = h('div', { class: 'overlay' }, dialog);
  document.body.append(overlay);
  attach.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    for (const file of input.files ?? []) {
      files.push(file);
      previews.append(previewImage(file, file.name));
    }
    refresh();
  });
  const close = () => {
    box.destroy();
    overlay.remove();
  };
  cancel.addEventListener('click', close);
  const submit = () => {
    if (post.getAttribute('aria-disabled') === 'true') return;
    recordPost(kind, box.text(), files);
    close();
  };
  post.addEventListener('click', submit);
  box.element.focus();
}

function feed(): HTMLElement {
  const whatsNew = h('div', { role: 'button', tabindex: '0', class: 'whats-new' }, "What's new?");
  whatsNew.addEventListener('click', () => openComposer('threads-post'));
  const reply = h('div', { role: 'button', tabindex: '0', 'aria-label': 'Reply' }, '💬');
  const quote = h('div', { role: 'button', tabindex: '0', 'aria-label': 'Quote' }, '❝');
  reply.addEventListener('click', () => openComposer('threads-reply'));
  quote.addEventListener('click', () => openComposer('threads-quote'));
  return h('main', {}, whatsNew, h('article', {}, h('strong', {}, POST.author), h('p', {}, POST.text), reply, quote));
}

initRecorder();
injectStyle(CSS);
document.getElementById('barcelona-page-layout')!.append(feed());
markReady();
