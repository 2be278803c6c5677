import { readText, type TextLayout, type TextModel } from './text-model';
import { replaceRange, type ReplaceOutcome } from './replace';
import { readTextarea, replaceInTextarea } from './textarea';

/** Rich-text frameworks (contenteditable), told apart by how they lay out blocks. */
type RichKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'plain';
export type EditorKind = RichKind | 'textarea';

export interface EditorAdapter {
  kind: EditorKind;
  read(root: HTMLElement): TextModel;
  /** Replaces [start, end) of the text `read` returned, through the editor's own input path. */
  replace(root: HTMLElement, start: number, end: number, replacement: string): Promise<ReplaceOutcome>;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * What differs between the frameworks, as data. Every framework here keeps its own model in sync
 * with `beforeinput` / `execCommand('insertText')` or a paste, so one replace path serves all;
 * what changes is how blocks are laid out in the DOM.
 */
const LAYOUTS: Record<RichKind, TextLayout> = {
  // Draft.js: one [data-block] wrapper per ContentBlock; getPlainText() joins them with \n.
  draft: { block: '[data-block="true"]' },
  // Lexical: top-level element nodes render as paragraphs, headings, list items, quotes.
  lexical: { block: `p, li, blockquote, pre, ${HEADINGS}` },
  // Quill: a flat list of blocks; list bullets are rendered in .ql-ui spans.
  quill: { block: `p, li, blockquote, pre, ${HEADINGS}`, skip: '.ql-ui' },
  // ProseMirror / TipTap: paragraphs and list items; widgets are decorations, not text.
  prosemirror: { block: `p, li, blockquote, pre, ${HEADINGS}`, skip: '.ProseMirror-widget' },
  // A plain contenteditable: divs are lines (what Chrome inserts on Enter).
  plain: { block: `div, p, li, ${HEADINGS}` },
};

const RICH = Object.fromEntries(
  (Object.keys(LAYOUTS) as RichKind[]).map((kind) => {
    const layout = LAYOUTS[kind];
    const read = (root: HTMLElement) => readText(root, layout);
    const adapter: EditorAdapter = {
      kind,
      read,
      replace: (root, start, end, replacement) => replaceRange(root, read, start, end, replacement),
    };
    return [kind, adapter];
  }),
) as Record<RichKind, EditorAdapter>;

export const EDITORS: Record<EditorKind, EditorAdapter> = {
  ...RICH,
  textarea: { kind: 'textarea', read: readTextarea, replace: replaceInTextarea },
};

/** Whether the user can type in this editor now (a read-only box is left alone). */
export function isEditable(el: HTMLElement): boolean {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  return el.isContentEditable;
}

export type { TextModel, ReplaceOutcome };
