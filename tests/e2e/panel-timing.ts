/**
 * The panel's delay, measured in the page (Playwright's and Puppeteer's `page.evaluate` both take
 * these): from the last keydown to the first frame whose high-risk panel names both the room and
 * the age of the test's PHI draft. A panel already up for the room number before the last key
 * does not count as instant. Runs in the page: no imports, and no named local functions (tsx
 * would wrap them in a helper the page does not have).
 */
export function watchPanelTiming(): void {
  const w = window as unknown as { __lastKey: number; __panelAt: number; __look: () => void };
  w.__lastKey = 0;
  w.__panelAt = 0;
  addEventListener('keydown', () => ((w.__lastKey = performance.now()), (w.__panelAt = 0)), true);
  w.__look = () => {
    const shown = document.querySelector('second-look-ui')?.shadowRoot?.querySelector('.sl-panel[data-verdict="high"]');
    if (shown?.querySelector('[data-rule="phi.room"]') && shown.querySelector('[data-rule="phi.age"]') && !w.__panelAt && w.__lastKey) w.__panelAt = performance.now();
    requestAnimationFrame(w.__look);
  };
  w.__look();
}

/** Ms from the last key to the complete panel, once the page has seen it (null before). */
export function panelTiming(): number | null {
  const w = window as unknown as { __panelAt: number; __lastKey: number };
  return w.__panelAt && w.__lastKey ? w.__panelAt - w.__lastKey : null;
}
