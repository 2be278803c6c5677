import { h } from '../shared/dom';
import { hiddenFileInput, previewImage } from '../shared/files';
import { lexicalBox, type LexicalBox } from '../shared/lexical-box';
import { initRecorder, injectStyle, markReady, recordPost } from '../shared/recorder';

/**
 * WhatsApp Web with a group chat open. The footer's message box is Lexical ("Type a message");
 * Enter sends, and so does button[aria-label="Send"] (shown once there is text). "Attach" opens
 * a menu whose "Photos & videos" input takes images; picking one opens the media editor over the
 * chat: the photo's blob: preview, a Lexical caption box ("Add a caption") and its own
 * div[role=button][aria-label="Send"]; Enter in the caption sends too. Sent messages go into the
 * conversation and the boxes empty.
 */
const ACCEPT = 'image/*,video/mp4,video/3gpp,video/quicktime';
const CSS = `
body { font-family: system-ui, sans-serif; margin: 0; }
#main { position: relative; width: 720px; height: 560px; border: 1px solid #ddd; display: flex; flex-direction: column; }
#main .messages { flex: 1; overflow: auto; padding: 8px; }
footer { display: flex; align-items: center; gap: 6px; padding: 8px; background: #f0f2f5; }
[data-lexical-editor] { flex: 1; min-height: 22px; background: #fff; border-radius: 8px; padding: 6px 10px; outline: none; }
[data-lexical-editor] p { margin: 0; }
.media-editor { position: absolute; inset: 0; background: #e9edef; display: flex; flex-direction: column; align-items: center; gap: 8px; padding: 16px; }
.media-editor [data-lexical-editor] { flex: none; width: 520px; }
[role="button"] { cursor: pointer; }
`;

function conversation(): HTMLElement {
  const messages = h('div', { class: 'messages', role: 'application' }, h('div', { class: 'message-in' }, 'Charge nurse: Shift swap list is up.'));
  const send = h('button', { type: 'button', 'aria-label': 'Send', 'data-tab': '11', hidden: true }, '➤');
  const attach = h('button', { type: 'button', 'aria-label': 'Attach', title: 'Attach' }, '+');
  const menu = h('div', { class: 'attach-menu', role: 'application', hidden: true });
  const main = h('div', { id: 'main' }, h('header', {}, h('span', { title: '4 West nurses' }, '4 West nurses')), messages);
  const footer = h('footer', {});
  const box = lexicalBox({
    namespace: 'wa-message',
    attributes: { 'aria-label': 'Type a message', 'aria-placeholder': 'Type a message', 'data-tab': '10', title: 'Type a message' },
    submitOn: 'enter',
    onSubmit: () => sendMessage(),
  });
  footer.append(attach, menu, box.element, send);
  main.append(footer);
  box.onUpdate(() => (send.hidden = box.text().trim() === ''));

  const addMessage = (text: string, image?: File) =>
    messages.append(h('div', { class: 'message-out' }, image ? previewImage(image, 'Sent photo') : null, text));
  const sendMessage = () => {
    const text = box.text();
    if (text.trim() === '') return;
    recordPost('wa-message', text);
    addMessage(text);
    box.clear();
  };
  send.addEventListener('click', sendMessage);

  attach.addEventListener('click', () => {
    if (!menu.hidden) return void (menu.hidden = true);
    const input = hiddenFileInput(ACCEPT);
    const photos = h('li', { role: 'button', tabindex: '0' }, 'Photos & videos');
    menu.replaceChildren(h('ul', {}, photos), input);
    menu.hidden = false;
    photos.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      menu.hidden = true;
      if (files.length > 0) openMediaEditor(files);
    });
  });

  let caption: LexicalBox | undefined;
  const openMediaEditor = (files: File[]) => {
    const sendMedia = h('div', { role: 'button', tabindex: '0', 'aria-label': 'Send' }, '➤');
    const close = h('div', { role: 'button', tabindex: '0', 'aria-label': 'Close' }, '✕');
    caption = lexicalBox({
      namespace: 'wa-caption',
      attributes: { 'aria-label': 'Add a caption', 'aria-placeholder': 'Add a caption' },
      submitOn: 'enter',
      onSubmit: () => sendPhotos(),
    });
    const editor = h('div', { class: 'media-editor' }, close, previewImage(files[0]!, 'Photo to send'), caption.element, sendMedia);
    main.append(editor);
    const done = () => {
      caption?.destroy();
      caption = undefined;
      editor.remove();
    };
    const sendPhotos = () => {
      const text = caption!.text();
      recordPost('wa-caption', text, files);
      addMessage(text, files[0]);
      done();
    };
    close.addEventListener('click', done);
    sendMedia.addEventListener('click', sendPhotos);
    caption.element.focus();
  };
  return main;
}

initRecorder();
injectStyle(CSS);
document.getElementById('app')!.append(h('div', { class: 'two' }, h('div', { id: 'side', 'aria-label': 'Chat list' }, '4 West nurses'), conversation()));
markReady();
