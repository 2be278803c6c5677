import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { startGuard } from '../../src/content/controller';
import { answerTabStatus } from '../../src/messaging/tab-status';
import { scanImage } from '../../src/ocr/client';
import { redactImage } from '../../src/ocr/redact';
import { countEvent } from '../../src/policy/counters';
import { watchEffectivePolicy } from '../../src/policy/storage';
import { SITE_MATCHES, siteForHost } from '../../src/sites';
import { ContentUi } from '../../src/ui/ContentUi';

/** The composer guard on X, Facebook and LinkedIn: wiring only (see src/content). */
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const site = siteForHost(location.hostname);
    if (!site) return;
    // The popup's "is this tab protected" asks here: it cannot read the tab's URL itself.
    answerTabStatus(site, ctx.signal);

    // One <second-look-ui> host with an open shadow root: a documented automation hook.
    const ui = await createShadowRootUi(ctx, {
      name: 'second-look-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();

    const guard = startGuard({
      site,
      signal: ctx.signal,
      count: (event) => void countEvent(event),
      // Images are read by the extension's OCR host (offscreen document / background page).
      images: {
        scanImage: (bytes, type) => scanImage(bytes, type),
        redactImage: async (file, boxes) => redactImage(await file.arrayBuffer(), boxes, file.type),
      },
      render: (state) => {
        // Some sites replace <body>'s children on navigation; put the host back if so.
        if (!ui.shadowHost.isConnected) document.body.append(ui.shadowHost);
        render(<ContentUi state={state} />, ui.uiContainer);
      },
    });
    watchEffectivePolicy(({ policy }) => guard.setPolicy(policy), ctx.signal);
  },
});
