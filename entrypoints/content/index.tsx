import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { startGuard } from '../../src/content/controller';
import { analyze, Analysis } from '../../src/engine';
import { readImage, warmImageReader } from '../../src/messaging/ocr';
import { answerTabStatus } from '../../src/messaging/tab-status';
import { redactImage } from '../../src/ocr/redact';
import { countEvent } from '../../src/policy/counters';
import { watchEffectivePolicy } from '../../src/policy/storage';
import { SITE_MATCHES, siteForPage } from '../../src/sites';
import { ContentUi, type ContentUiState } from '../../src/ui/ContentUi';
import contentUiCss from '../../src/ui/content-ui.css?inline';
import findingListCss from '../../src/ui/finding-list.css?inline';
import { PageProofContext } from './page-proof-context';

/** How often an open tab notices that the extension was updated or removed under it. */
const EXTENSION_CHECK_MS = 2_000;

/** The composer guard on every known site and every added one: wiring only (see src/content). */
export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  // The panel's CSS is bundled into this script and handed to the shadow root, so no file of the
  // extension is web-accessible to the sites (Firefox would expose it to every site).
  cssInjectionMode: 'manual',
  // No window.postMessage at start (see page-proof-context.ts for the rest).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // A known site by its host; on a host the user or IT added (a registered copy of this
    // script), the software it runs if Second Look recognises it, else the generic adapter.
    const site = siteForPage(location.hostname, document);

    // The guard starts now, synchronously, before anything is awaited: a Post pressed while the
    // policy is read or the panel mounts is held until the draft can be checked.
    let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
    let latest: ContentUiState | undefined;
    const show = (state: ContentUiState) => {
      latest = state;
      if (!ui) return;
      // Some sites replace <body>'s children on navigation; put the host back if so.
      if (!ui.shadowHost.isConnected) document.body.append(ui.shadowHost);
      render(<ContentUi state={state} />, ui.uiContainer);
    };
    const guard = startGuard({
      site,
      analyze,
      startAnalysis: (text, options) => new Analysis(text, options),
      // The guard lives as long as the page: after an extension update it keeps holding Post.
      signal: new AbortController().signal,
      extensionGone: () => ctx.isInvalid,
      // Counting needs the extension; an orphaned tab just stops counting.
      count: (event) => void countEvent(event).catch(() => undefined),
      // Images are read by the extension's OCR host (offscreen document / background page).
      images: {
        readImage,
        warm: warmImageReader,
        redactImage: async (file, boxes) => redactImage(await file.arrayBuffer(), boxes, file.type),
      },
      render: show,
    });

    // What needs the extension ends with it (ctx is invalidated once browser.runtime.id is gone).
    answerTabStatus(site, ctx.signal);
    watchEffectivePolicy(({ policy, managed }) => guard.setPolicy({ policy, managed }), ctx.signal);
    const poll = setInterval(() => {
      if (!ctx.isInvalid) return;
      clearInterval(poll);
      guard.markOrphaned();
    }, EXTENSION_CHECK_MS);

    // One <second-look-ui> host with an open shadow root: a documented automation hook. Its
    // context is its own and never invalidated: after an update the panel must still be there to
    // say "reload this tab".
    ui = await createShadowRootUi(new PageProofContext('second-look-ui', { cssInjectionMode: 'manual' }), {
      name: 'second-look-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: `${contentUiCss}\n${findingListCss}`,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    ui.mount();
    if (latest) show(latest);
  },
});
