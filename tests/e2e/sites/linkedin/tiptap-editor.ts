import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/** What LinkedIn posts from a TipTap editor: one line per paragraph. */
export function tiptapText(editor: Editor): string {
  return editor.getText({ blockSeparator: '\n' });
}

/**
 * A TipTap 3 StarterKit editor; TipTap itself gives the element `tiptap ProseMirror` and
 * contenteditable. The wrapper gets `is-empty` for the placeholder, which LinkedIn draws in CSS.
 */
export function createTiptap(element: HTMLElement, attributes: Record<string, string>): Editor {
  const editor = new Editor({
    element,
    extensions: [StarterKit],
    editorProps: { attributes: { role: 'textbox', 'aria-multiline': 'true', translate: 'no', ...attributes } },
  });
  const syncEmpty = () => element.classList.toggle('is-empty', editor.isEmpty);
  editor.on('update', syncEmpty);
  syncEmpty();
  return editor;
}
