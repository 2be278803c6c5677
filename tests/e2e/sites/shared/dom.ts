/**
 * Builds fixture DOM directly, for sites whose pages are not React (LinkedIn's Ember and
 * server-driven UI, Reddit's web components, WhatsApp's shell): h('button', { type: 'submit' }, 'Post').
 */
type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

/** Shows a submit button only while the editor has text, as LinkedIn's comment boxes do. */
export function showWhen(button: HTMLElement, slot: HTMLElement, visible: boolean): void {
  if (visible && !button.isConnected) slot.append(button);
  if (!visible && button.isConnected) button.remove();
}
