import type Quill from 'quill/core';

/**
 * Quill 2 assumes its editor is in the document: Selection.hasFocus() compares
 * document.activeElement (the shadow HOST when focus is inside a shadow root) and
 * getNativeRange() reads document.getSelection() (whose range Chrome retargets to the host).
 * Inside LinkedIn's #interop-outlet shadow root Quill therefore never sees the caret. Observed
 * without this fix (Chromium 156, Playwright keyboard): typing "Great…" into the blank editor
 * recorded "reat…G": Quill could not restore the caret after replacing its empty line, so the
 * first character ended up last. Typed text otherwise still reaches Quill's model through its
 * MutationObserver. These two methods are replaced on this Quill's Selection to look inside the
 * shadow root; setting the selection already works, because Chrome accepts a shadow-tree range
 * in document.getSelection().addRange(). Whatever LinkedIn does, its editor behaves like this one
 * for a user, which is what the extension has to cope with.
 */
export function fixQuillSelectionInShadowRoot(quill: Quill): void {
  const root = quill.root;
  const shadow = root.getRootNode();
  if (!(shadow instanceof ShadowRoot)) return;
  const selection = quill.selection;

  selection.hasFocus = () => {
    const active = shadow.activeElement;
    return active !== null && (active === root || root.contains(active));
  };

  selection.getNativeRange = () => {
    const range = shadowRange(shadow);
    return range ? selection.normalizeNative(range) : null;
  };
}

/** The selection inside `shadow`: the standard getComposedRanges, else Chromium's getSelection. */
function shadowRange(shadow: ShadowRoot): AbstractRange | null {
  const documentSelection = document.getSelection();
  if (documentSelection && 'getComposedRanges' in documentSelection) {
    const [range] = documentSelection.getComposedRanges({ shadowRoots: [shadow] });
    return range ?? null;
  }
  const legacy = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  return legacy && legacy.rangeCount > 0 ? legacy.getRangeAt(0) : null;
}
