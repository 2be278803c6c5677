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

/** Area of `r` under a panel placed at `p`. */
function coveredArea(p: Placement, panel: { width: number; height: number }, r: Rect): number {
  const w = Math.min(p.left + panel.width, r.left + r.width) - Math.max(p.left, r.left);
  const h = Math.min(p.top + panel.height, r.top + r.height) - Math.max(p.top, r.top);
  return Math.max(0, w) * Math.max(0, h);
}

/**
 * `anchor` is what the panel must not cover (the composer, or its editor); `avoid`, when given,
 * is the composer's whole region (a dialog with its header and Post button), which the panel
 * stays off too if any side allows, and else covers as little of as it can.
 */
export function placePanel(
  anchor: Rect,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
  avoid?: Rect,
): Placement {
  const clampTop = (top: number) => Math.max(MARGIN, Math.min(top, viewport.height - panel.height - MARGIN));
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewport.width - panel.width - MARGIN));
  const right = anchor.left + anchor.width + PANEL_GAP;
  const below = anchor.top + anchor.height + PANEL_GAP;
  const left = anchor.left - PANEL_GAP - panel.width;
  const above = anchor.top - PANEL_GAP - panel.height;
  // In order of preference. Below before left: under a composer is the feed, beside it is often
  // the site's navigation.
  const sides: { place: Placement; fits: boolean }[] = [
    { place: { side: 'right', left: clampLeft(right), top: clampTop(anchor.top) }, fits: right + panel.width + MARGIN <= viewport.width },
    { place: { side: 'below', left: clampLeft(anchor.left + anchor.width - panel.width), top: clampTop(below) }, fits: below + panel.height + MARGIN <= viewport.height },
    { place: { side: 'left', left: clampLeft(left), top: clampTop(anchor.top) }, fits: left >= MARGIN },
    { place: { side: 'above', left: clampLeft(anchor.left + anchor.width - panel.width), top: clampTop(above) }, fits: above >= MARGIN },
  ];
  const clear = sides.find((s) => s.fits && (!avoid || coveredArea(s.place, panel, avoid) === 0));
  if (clear) return clear.place;
  if (!avoid) {
    const fitting = sides.find((s) => s.fits);
    if (fitting) return fitting.place;
  }
  // No side has room (a dialog in the middle of a small window): the side that covers least of
  // the draft, then of the rest of the composer, so the panel sits over an edge, not over the
  // composer's header and Post button.
  // Shares, so a sliver of a wide editor weighs less than a third of a small one.
  const share = (p: Placement, r: Rect) => coveredArea(p, panel, r) / Math.max(1, r.width * r.height);
  const cost = (p: Placement) => share(p, anchor) * 10 + (avoid ? share(p, avoid) : 0);
  return sides.map((s) => s.place).reduce((best, p) => (cost(p) < cost(best) ? p : best));
}
