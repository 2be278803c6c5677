import { SERVED_ORIGINS, serveSites } from './sites/serve';
import { COMPOSERS, openComposer, panel } from './composers';
import { expect, test } from './fixtures';

/**
 * Issue 14's cold-start figure: a freshly launched browser (each test gets its own profile) opens
 * x.com, and a clinician pastes a draft a moment after the composer appears. The engine is warmed
 * when the composer is found, off the keystroke path, so the verdict should follow the paste
 * within the panel's typing pause plus one analysis (budget 300 ms on a quiet machine). The test
 * prints the figure for the closing note and fails only when the first verdict is clearly broken
 * (a second): CI machines are shared, and absolute times belong to benchmarks.
 */
test.use({ servedOrigins: SERVED_ORIGINS });
test.beforeEach(async ({ context }) => {
  await serveSites(context);
});

const X = COMPOSERS.find((c) => c.name === 'x-inline')!;
const DRAFT = 'Pt in room 612 turned 97 today, her son Jim called about the DOB on file.';

test('the first verdict on a freshly opened x.com follows the last key within a second', async ({ page }) => {
  await openComposer(page, X);
  await page.evaluate(() => {
    const w = window as unknown as { __lastInput: number; __verdictAt: number };
    w.__lastInput = 0;
    w.__verdictAt = 0;
    for (const type of ['keydown', 'beforeinput', 'input']) document.addEventListener(type, () => ((w.__lastInput = performance.now()), (w.__verdictAt = 0)), true);
    const look = () => {
      const high = [...document.querySelectorAll('second-look-ui')].some((ui) => ui.shadowRoot?.querySelector('.sl-panel[data-verdict="high"]'));
      if (high && w.__lastInput && !w.__verdictAt) w.__verdictAt = performance.now();
      requestAnimationFrame(look);
    };
    look();
  });
  // The moment a person takes to start writing; the warm-up runs in it.
  await page.waitForTimeout(1_500);
  await page.keyboard.insertText(DRAFT);
  await expect(panel(page)).toHaveAttribute('data-verdict', 'high');
  await expect(panel(page).locator('[data-rule="phi.room"]')).toHaveCount(1);
  const delay = await page.evaluate(() => {
    const w = window as unknown as { __lastInput: number; __verdictAt: number };
    return w.__verdictAt && w.__lastInput ? w.__verdictAt - w.__lastInput : null;
  });
  expect(delay, 'the page saw the paste and then the verdict').not.toBeNull();
  console.log(`first verdict on a fresh x.com: ${Math.round(delay!)} ms after the last key (budget 300 ms)`);
  expect(delay!, 'ms from the last key to the first verdict').toBeLessThan(1_000);
});
