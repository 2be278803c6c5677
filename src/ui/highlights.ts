import type { Severity } from '../engine';

/** Highlight names, one per severity, so each can have its own colour. */
export const HIGHLIGHT_NAME: Record<Severity, string> = {
  high: 'second-look-high',
  medium: 'second-look-medium',
  low: 'second-look-low',
};

/**
 * ::highlight() rules only apply in the tree that holds them, so they are adopted (not inserted
 * as nodes) into the document and into any shadow root that holds an editor.
 */
const HIGHLIGHT_CSS = `
::highlight(second-look-high) { background-color: rgba(220, 38, 38, 0.18); text-decoration: underline wavy rgb(190, 30, 30); text-decoration-thickness: 1.5px; }
::highlight(second-look-medium) { background-color: rgba(217, 119, 6, 0.18); text-decoration: underline wavy rgb(180, 95, 0); text-decoration-thickness: 1.5px; }
::highlight(second-look-low) { text-decoration: underline dotted rgb(37, 99, 235); text-decoration-thickness: 1.5px; }
`;

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

let sheet: CSSStyleSheet | undefined;
const styled = new WeakSet<Document | ShadowRoot>();

function adoptStyles(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(HIGHLIGHT_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}

/**
 * Paints every finding's range with the CSS Custom Highlight API: no node is added to the
 * editor, so the site's framework never sees a change it did not make.
 */
export function paintHighlights(items: readonly { severity: Severity; range: Range }[]): void {
  if (!supportsHighlights()) return;
  const groups: Record<Severity, Range[]> = { high: [], medium: [], low: [] };
  for (const { severity, range } of items) {
    groups[severity].push(range);
    const root = range.startContainer.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) adoptStyles(root);
  }
  for (const severity of Object.keys(groups) as Severity[]) {
    const ranges = groups[severity];
    if (ranges.length) CSS.highlights.set(HIGHLIGHT_NAME[severity], new Highlight(...ranges));
    else CSS.highlights.delete(HIGHLIGHT_NAME[severity]);
  }
}

export function clearHighlights(): void {
  if (!supportsHighlights()) return;
  for (const name of Object.values(HIGHLIGHT_NAME)) CSS.highlights.delete(name);
}
