/**
 * DOM lookups that see through open shadow roots, for composers built from web components
 * (Reddit's <shreddit-composer> keeps its editor's Markdown twin two shadow roots deep, and its
 * file input in its own shadow root, while its Post button is slotted from the light DOM).
 */

/** The parent across a shadow boundary: a shadow root's parent is its host. */
function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

/** Like Element.closest, continuing past each shadow root to its host. */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let node: Node | null = el; node; node = composedParent(node)) {
    if (node instanceof Element && node.matches(selector)) return node;
  }
  return null;
}

/** Like Node.contains, counting what is inside the open shadow roots of `ancestor`'s subtree. */
export function containsComposed(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = composedParent(at)) if (at === ancestor) return true;
  return false;
}

/**
 * What a control says: its aria-label, or its text (a submit input's value), trimmed and
 * lowercased. Used where a selector cannot tell "Share" from "Back".
 */
export function controlLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  const text = aria ?? (el instanceof HTMLInputElement ? el.value : el.textContent) ?? '';
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
