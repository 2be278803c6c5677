import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND, mergeRegister, type LexicalEditor } from 'lexical';

export interface LexicalBox {
  element: HTMLDivElement;
  editor: LexicalEditor;
  /** One line per paragraph: what the sites send (Lexical's own root text puts blank lines between). */
  text(): string;
  clear(): void;
  /** Called after every committed update. */
  onUpdate(listener: () => void): void;
  destroy(): void;
}

export interface LexicalBoxOptions {
  namespace: string;
  /** The contenteditable's own attributes (aria-label, aria-placeholder, classes, data-*). */
  attributes: Record<string, string>;
  /** Which key posts: Enter (Shift+Enter breaks the line) or Ctrl/Cmd+Enter. */
  submitOn?: 'enter' | 'mod+enter';
  onSubmit?: () => void;
}

/**
 * A Lexical editor on a plain contenteditable, as Meta's sites (Threads, Instagram, WhatsApp) and
 * Reddit's rich-text composer render it: role textbox, and the data-lexical-editor="true" Lexical
 * itself sets. The submit key goes through Lexical's own KEY_ENTER_COMMAND, as on the sites.
 */
export function lexicalBox({ namespace, attributes, submitOn, onSubmit }: LexicalBoxOptions): LexicalBox {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.setAttribute('role', 'textbox');
  element.spellcheck = true;
  element.style.whiteSpace = 'pre-wrap';
  element.style.userSelect = 'text';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const editor = createEditor({
    namespace,
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => void $getRoot().append($createParagraphNode()), { discrete: true });
  const submitKey = editor.registerCommand<KeyboardEvent | null>(
    KEY_ENTER_COMMAND,
    (event) => {
      if (!submitOn || !event || event.shiftKey) return false;
      const mod = event.ctrlKey || event.metaKey;
      if (submitOn === 'mod+enter' ? !mod : mod) return false;
      event.preventDefault();
      queueMicrotask(() => onSubmit?.());
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
  const unregister = mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300), submitKey);
  editor.setRootElement(element);
  const text = () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .join('\n'),
    );
  return {
    element,
    editor,
    text,
    clear: () => {
      const focused = element.contains(document.activeElement) || document.activeElement === element;
      editor.update(() => {
        const paragraph = $createParagraphNode();
        $getRoot().clear().append(paragraph);
        if (focused) paragraph.select();
      });
    },
    onUpdate: (listener) => void editor.registerUpdateListener(() => listener()),
    destroy: () => {
      unregister();
      editor.setRootElement(null);
    },
  };
}
