import Quill from 'quill/core';

/** What LinkedIn posts from a Quill editor: its text minus the trailing newline Quill keeps. */
export function quillText(quill: Quill): string {
  return quill.getText().replace(/\n$/, '');
}

/**
 * A Quill editor with the attributes LinkedIn puts on .ql-editor (role, aria-label, its test
 * hook). Quill itself sets contenteditable, .ql-blank and data-placeholder.
 */
export function createQuill(container: HTMLElement, placeholder: string): Quill {
  const quill = new Quill(container, { placeholder });
  const editor = quill.root;
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('aria-multiline', 'true');
  editor.setAttribute('aria-label', 'Text editor for creating content');
  editor.setAttribute('aria-placeholder', placeholder);
  editor.setAttribute('data-test-ql-editor-contenteditable', 'true');
  editor.setAttribute('data-gramm', 'false');
  return quill;
}
