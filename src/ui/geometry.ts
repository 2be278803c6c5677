/**
 * Where the inline panel goes: beside the composer (editor and its buttons) if the viewport has
 * room, so it never covers the draft or the site's Post button; else below it, else to its left,
 * else above; always clamped into the viewport. Pure, so it is tested without a browser.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'right' | 'left' | 'below' | 'above';
}

export const PANEL_GAP = 12;
const MARGIN = 8;

export function placePanel(anchor: Rect, panel: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const clampTop = (top: number) => Math.max(MARGIN, Math.min(top, viewport.height - panel.height - MARGIN));
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewport.width - panel.width - MARGIN));
  const right = anchor.left + anchor.width + PANEL_GAP;
  if (right + panel.width + MARGIN <= viewport.width) return { side: 'right', left: right, top: clampTop(anchor.top) };
  // Below before left: under a composer is the feed, beside it is often the site's navigation.
  const below = anchor.top + anchor.height + PANEL_GAP;
  if (below + panel.height + MARGIN <= viewport.height) return { side: 'below', left: clampLeft(anchor.left + anchor.width - panel.width), top: below };
  const left = anchor.left - PANEL_GAP - panel.width;
  if (left >= MARGIN) return { side: 'left', left, top: clampTop(anchor.top) };
  const aboveTop = anchor.top - PANEL_GAP - panel.height;
  const above: Placement = { side: 'above', left: clampLeft(anchor.left + anchor.width - panel.width), top: clampTop(aboveTop) };
  if (aboveTop >= MARGIN) return above;
  // No side has room (a dialog in the middle of a small window): the side that covers least of
  // the composer, so the panel sits over its edge, not over its header and Post button.
  const candidates: Placement[] = [
    { side: 'right', left: clampLeft(right), top: clampTop(anchor.top) },
    { side: 'below', left: clampLeft(anchor.left + anchor.width - panel.width), top: clampTop(below) },
    { side: 'left', left: clampLeft(left), top: clampTop(anchor.top) },
    above,
  ];
  const covered = (p: Placement) =>
    Math.max(0, Math.min(p.left + panel.width, anchor.left + anchor.width) - Math.max(p.left, anchor.left)) *
    Math.max(0, Math.min(p.top + panel.height, anchor.top + anchor.height) - Math.max(p.top, anchor.top));
  return candidates.reduce((best, p) => (covered(p) < covered(best) ? p : best));
}
