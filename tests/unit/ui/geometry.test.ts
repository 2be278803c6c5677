import { describe, expect, it } from 'vitest';
import { PANEL_GAP, placePanel } from '../../../src/ui/geometry';

const panel = { width: 340, height: 300 };
const viewport = { width: 1280, height: 720 };

describe('placePanel', () => {
  it.each([
    // [composer rect, expected side]
    [{ left: 300, top: 100, width: 600, height: 120 }, 'right'], // room on the right
    [{ left: 500, top: 100, width: 700, height: 120 }, 'below'], // composer reaches the right edge
    [{ left: 500, top: 300, width: 700, height: 400 }, 'left'], // ...and the bottom
    [{ left: 10, top: 100, width: 1260, height: 120 }, 'below'], // full-width composer
    [{ left: 10, top: 500, width: 1260, height: 200 }, 'above'], // full width, near the bottom
  ] as const)('puts the panel beside, below or above the composer (%o -> %s)', (anchor, side) => {
    const p = placePanel(anchor, panel, viewport);
    expect(p.side).toBe(side);
    // Never over the composer itself.
    const overlaps =
      p.left < anchor.left + anchor.width && p.left + panel.width > anchor.left && p.top < anchor.top + anchor.height && p.top + panel.height > anchor.top;
    expect(overlaps).toBe(false);
  });

  it('keeps the panel inside the viewport', () => {
    const p = placePanel({ left: 300, top: 650, width: 600, height: 60 }, panel, viewport);
    expect(p.side).toBe('right');
    expect(p.left).toBe(300 + 600 + PANEL_GAP);
    expect(p.top + panel.height).toBeLessThanOrEqual(viewport.height);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });

  it('with no room on any side, covers as little of the composer as it can (not its header)', () => {
    // Instagram's caption dialog in the middle of a 1280x720 window: 640 wide, 330 tall.
    const dialog = { left: 320, top: 196, width: 640, height: 328 };
    const p = placePanel(dialog, { width: 320, height: 300 }, viewport);
    expect(p.side).toBe('right');
    expect(p.left + 320).toBeLessThanOrEqual(viewport.width);
    // Only a sliver of the dialog's right edge is under the panel.
    expect(dialog.left + dialog.width - p.left).toBeLessThanOrEqual(16);
  });
});
