import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { h } from '../shared/dom';
import { previewImage } from '../shared/files';
import { initRecorder, injectStyle, markReady, recordPost } from '../shared/recorder';

/**
 * Bluesky (React Native for Web). The "New post" button and a post's reply button open one
 * composer dialog whose editor is TipTap; "Publish post" / "Publish reply" is
 * data-testid="composerPublishBtn"; Ctrl/Cmd+Enter publishes. "Add media" opens a file picker
 * that is never in the page (expo-image-picker makes a detached input), so images show up only as
 * the composer's blob: previews; pasting an image into the editor attaches it too.
 */
type Kind = 'bsky-post' | 'bsky-reply';

const CSS = `
body { font-family: system-ui, sans-serif; margin: 0; }
button { cursor: pointer; }
.overlay { position: fixed; inset: 0; background: #0008; display: grid; place-items: start center; padding-top: 60px; }
[role="dialog"] { background: #fff; width: 600px; border-radius: 12px; padding: 12px; }
.ProseMirror { min-height: 80px; outline: none; font-size: 18px; }
.ProseMirror p { margin: 0; }
`;

const POST = { author: 'mercygeneral.bsky.social', text: 'Applications are open for our nurse residency.' };

function openComposer(kind: Kind): void {
  if (document.querySelector('[role="dialog"]')) return;
  const files: File[] = [];
  const editorHost = h('div', { class: 'editor' });
  const previews = h('div', { 'data-testid': 'composerMedia' });
  const cancel = h('button', { type: 'button', 'data-testid': 'composerDiscardButton', 'aria-label': 'Cancel' }, 'Cancel');
  const publish = h('button', { type: 'button', 'data-testid': 'composerPublishBtn', 'aria-label': kind === 'bsky-reply' ? 'Publish reply' : 'Publish post', disabled: true }, kind === 'bsky-reply' ? 'Reply' : 'Post');
  const media = h('button', { type: 'button', 'data-testid': 'openMediaBtn', 'aria-label': 'Add media' }, '🖼');
  const dialog = h(
    'div',
    { role: 'dialog', 'aria-modal': 'true', 'aria-label': kind === 'bsky-reply' ? 'Reply' : 'Create new post' },
    h('div', { class: 'top' }, cancel, publish),
    kind === 'bsky-reply' ? h('div', { class: 'replying-to' }, `${POST.author}: ${POST.text}`) : null,
    editorHost,
    previews,
    h('div', { class: 'bar' }, media),
  );
  const overlay = h('div', { class: 'overlay' }, dialog);
  document.getElementById('root')!.append(overlay);

  const attach = (picked: readonly File[]) => {
    for (const file of picked) {
      if (!file.type.startsWith('image/')) continue;
      files.push(file);
      previews.append(previewImage(file, `Image ${files.length}`));
    }
    refresh();
  };
  const submitShortcut = Extension.create({
    name: 'publishShortcut',
    addKeyboardShortcuts: () => ({ 'Mod-Enter': () => (submit(), true) }),
  });
  const editor = new Editor({
    element: editorHost,
    extensions: [StarterKit, submitShortcut],
    editorProps: {
      attributes: { role: 'textbox', 'aria-label': 'Rich-Text Editor', 'data-testid': 'composerTextInput' },
      handlePaste: (_view, event) => {
        const pasted = [...(event.clipboardData?.files ?? [])];
        if (pasted.length === 0) return false;
        attach(pasted);
        return true;
      },
    },
  });
  const text = () => editor.getText({ blockSeparator: '\n' });
  const refresh = () => {
    publish.disabled = text().trim() === '' && files.length === 0;
  };
  editor.on('update', refresh);
  media.addEventListener('click', () => {
    // Never put in the page: only the blob: preview shows what was picked.
    const picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = 'image/*';
    picker.multiple = true;
    picker.addEventListener('change', () => attach([...(picker.files ?? [])]));
    picker.click();
  });
  const close = () => {
    editor.destroy();
    overlay.remove();
  };
  cancel.addEventListener('click', close);
  const submit = () => {
    if (publish.disabled) return;
    recordPost(kind, text(), files);
    close();
  };
  publish.addEventListener('click', submit);
  editor.commands.focus();
}

function render(): void {
  const fab = h('button', { type: 'button', 'data-testid': 'composeFAB', 'aria-label': 'New post' }, '✎ New Post');
  fab.addEventListener('click', () => openComposer('bsky-post'));
  const reply = h('button', { type: 'button', 'data-testid': 'replyBtn', 'aria-label': 'Reply' }, '💬');
  reply.addEventListener('click', () => openComposer('bsky-reply'));
  document.getElementById('root')!.append(h('main', {}, fab, h('div', { 'data-testid': 'feedItem' }, h('strong', {}, POST.author), h('p', {}, POST.text), reply)));
}

initRecorder();
injectStyle(CSS);
render();
markReady();
