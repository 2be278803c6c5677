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

  it('keeps off a tall dialog around the editor where it can, else covers least of it', () => {
    // Instagram's caption step with a big photo: the dialog is most of the window; the caption
    // box is its lower part, and Share is in its header.
    const dialog = { left: 320, top: 136, width: 640, height: 448 };
    const caption = { left: 320, top: 490, width: 640, height: 80 };
    const p = placePanel(caption, { width: 320, height: 300 }, viewport, dialog);
    const header = { left: 320, top: 136, width: 640, height: 88 };
    const covers = (r: typeof header) => p.left < r.left + r.width && p.left + 320 > r.left && p.top < r.top + r.height && p.top + 300 > r.top;
    expect(covers(header)).toBe(false);
    expect(caption.left + caption.width - p.left).toBeLessThanOrEqual(16);
    // With room beside the dialog, the panel goes there.
    expect(placePanel(caption, { width: 300, height: 300 }, { width: 1400, height: 720 }, dialog)).toMatchObject({ side: 'right', left: 960 + PANEL_GAP });
  });

  it('never sits over most of a narrow editor to spare its dialog', () => {
    // WhatsApp's media editor fills the chat; its caption box is a small box in its middle.
    const editorRegion = { left: 0, top: 20, width: 720, height: 560 };
    const caption = { left: 350, top: 310, width: 20, height: 240 };
    const p = placePanel(caption, { width: 320, height: 300 }, viewport, editorRegion);
    const overlap = Math.max(0, Math.min(p.left + 320, 370) - Math.max(p.left, 350)) * Math.max(0, Math.min(p.top + 300, 550) - Math.max(p.top, 310));
    expect(overlap).toBe(0);
  });
});
