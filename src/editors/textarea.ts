import type { ReplaceOutcome } from './replace';
import type { TextModel } from './text-model';

/**
 * A <textarea> (old Reddit, Reddit's Markdown mode, Mastodon, Instagram comments): its value is
 * the draft. It has no text nodes, so no DOM range (and no highlight) can cover a finding; the
 * panel still lists each one.
 */
export function readTextarea(root: HTMLElement): TextModel {
  const text = root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement ? root.value : '';
  return { text, rangeOf: () => null };
}

/**
 * Replaces [start, end) as typing would: select it, then `execCommand('insertText')`, which
 * fires the trusted `beforeinput`/`input` pair React's controlled textareas listen to (setting
 * `.value` would be undone by React on its next render). The result is read back.
 */
export async function replaceInTextarea(root: HTMLElement, start: number, end: number, replacement: string): Promise<ReplaceOutcome> {
  if (!(root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement)) return { ok: false, reason: 'no-range' };
  const before = root.value;
  if (start < 0 || end > before.length || start > end) return { ok: false, reason: 'no-range' };
  const expected = before.slice(0, start) + replacement + before.slice(end);
  root.focus({ preventScroll: true });
  root.setSelectionRange(start, end);
  document.execCommand('insertText', false, replacement);
  for (let i = 0; i < 10 && root.value !== expected; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return root.value === expected ? { ok: true } : { ok: false, reason: 'not-applied' };
}
