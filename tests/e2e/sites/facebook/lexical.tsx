/** @jsxImportSource react */
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Facebook's hashed atomic classes on an editor paragraph (kept for DOM realism only). */
const THEME = { paragraph: 'xdj266r x14z9mp xat24cr x1lziwak x16tdsg8' };

export interface FbEditorOptions {
  /**
   * Plain Enter submits (comments, replies, Messenger); Shift+Enter still breaks the line.
   * Without it Enter starts a new paragraph, as in the Create post dialog.
   */
  onEnter?: () => void;
}

/**
 * The text Facebook would send: one line per paragraph. Lexical's own root getTextContent()
 * puts a blank line between blocks, which is not what the site posts.
 */
export function readText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n'),
  );
}

export function isEmpty(editor: LexicalEditor): boolean {
  return readText(editor).length === 0;
}

/** Empties the editor through its own update path, keeping the caret if it had focus. */
export function clearEditor(editor: LexicalEditor): void {
  const focused = editor.getRootElement()?.contains(document.activeElement) ?? false;
  editor.update(() => {
    const paragraph = $createParagraphNode();
    $getRoot().clear().append(paragraph);
    if (focused) paragraph.select();
  });
}

/** One Lexical editor for the component's lifetime; it outlives its contenteditable. */
export function useFbEditor(namespace: string, { onEnter }: FbEditorOptions = {}): LexicalEditor {
  const onEnterRef = useRef(onEnter);
  onEnterRef.current = onEnter;
  const [editor] = useState(() => {
    const created = createEditor({
      namespace,
      theme: THEME,
      nodes: [HeadingNode, QuoteNode],
      onError: (error) => {
        throw error;
      },
    });
    // Start with an empty paragraph, as @lexical/react's composer does: an empty root has
    // nowhere to put the caret, so focus() would leave the box unfocused.
    created.update(() => void $getRoot().append($createParagraphNode()), { discrete: true });
    return created;
  });
  useEffect(() => {
    const enterToSubmit = editor.registerCommand<KeyboardEvent | null>(
      KEY_ENTER_COMMAND,
      (event) => {
        if (!onEnterRef.current || !event || event.shiftKey) return false;
        event.preventDefault();
        // After this key event's update has committed, like a site's submit handler would run.
        queueMicrotask(() => onEnterRef.current?.());
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
    return mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300), enterToSubmit);
  }, [editor]);
  return editor;
}

export function useIsEmpty(editor: LexicalEditor): boolean {
  const [empty, setEmpty] = useState(() => isEmpty(editor));
  useEffect(() => editor.registerUpdateListener(() => setEmpty(isEmpty(editor))), [editor]);
  return empty;
}

export interface LexicalBoxProps {
  editor: LexicalEditor;
  ariaLabel: string;
  placeholder: string;
  autoFocus?: boolean;
  className?: string;
}

/**
 * The contenteditable as Facebook renders it: role textbox, its aria-label, and Lexical's own
 * data-lexical-editor="true" (set by setRootElement). Unmounting detaches the root element but
 * keeps the editor and its text.
 */
export function LexicalBox({ editor, ariaLabel, placeholder, autoFocus = false, className = '' }: LexicalBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const empty = useIsEmpty(editor);
  useLayoutEffect(() => {
    editor.setRootElement(ref.current);
    if (autoFocus) editor.focus();
    return () => editor.setRootElement(null);
  }, [editor, autoFocus]);
  return (
    <div className={`fb-editor ${className}`}>
      <div
        ref={ref}
        className="xzsf02u x1a2a7pz x1n2onr6 x14wi4xw notranslate"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        spellCheck
        tabIndex={0}
        aria-label={ariaLabel}
        aria-placeholder={placeholder}
        style={{ userSelect: 'text', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      />
      {empty && (
        <div aria-hidden="true" className="fb-placeholder">
          {placeholder}
        </div>
      )}
    </div>
  );
}
