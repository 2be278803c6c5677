import type { TextModel } from './text-model';

export type ReplaceOutcome = { ok: true } | { ok: false; reason: 'stale' | 'no-range' | 'not-applied' };

/**
 * Replaces [start, end) through the editor's own input path, never by writing its DOM: select the
 * range, then `execCommand('insertText')` (a trusted `beforeinput`, which Draft.js, Lexical,
 * ProseMirror and Quill all handle); if the framework refused it, a synthetic paste, which each
 * of them also handles. The result is read back; the outcome says whether the edit really took.
 */
export async function replaceRange(
  root: HTMLElement,
  read: (root: HTMLElement) => TextModel,
  start: number,
  end: number,
  replacement: string,
): Promise<ReplaceOutcome> {
  const before = read(root);
  const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
  const range = before.rangeOf(start, end);
  if (!range) return { ok: false, reason: 'no-range' };

  await selectRange(root, range);
  if (document.execCommand('insertText', false, replacement) && (await settled(root, read, expected))) {
    return { ok: true };
  }
  // The text may have changed under us (the framework re-rendered); only paste onto the
  // original text, so a half-applied edit is never doubled.
  const now = read(root);
  if (now.text !== before.text) return { ok: false, reason: now.text === expected ? 'stale' : 'not-applied' };
  const again = now.rangeOf(start, end);
  if (!again) return { ok: false, reason: 'no-range' };
  await selectRange(root, again);
  pasteText(root, replacement);
  return (await settled(root, read, expected)) ? { ok: true } : { ok: false, reason: 'not-applied' };
}

/**
 * Frameworks learn the selection from `selectionchange`, which the browser queues as a task:
 * wait for it, or Draft.js would insert at its previous caret.
 */
async function selectRange(root: HTMLElement, range: Range): Promise<void> {
  root.focus({ preventScroll: true });
  const selection = document.getSelection();
  if (!selection) return;
  const changed = new Promise<void>((resolve) => {
    // Usually a few ms; generous for a busy machine, where a stale selection would make the
    // framework insert at its old caret or ignore the edit.
    const timer = setTimeout(resolve, 500);
    document.addEventListener(
      'selectionchange',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
  selection.removeAllRanges();
  selection.addRange(range);
  await changed;
  await nextFrame();
}

function pasteText(root: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const target = document.getSelection()?.anchorNode?.parentElement ?? root;
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/** Frameworks apply the edit in a microtask or a later frame; wait up to ~10 frames for it. */
async function settled(root: HTMLElement, read: (root: HTMLElement) => TextModel, expected: string): Promise<boolean> {
  for (let i = 0; i < 10; i++) {
    if (read(root).text === expected) return true;
    await nextFrame();
  }
  return read(root).text === expected;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
