import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context, minus the two parts a page can reach. WXT announces every start
 * to the page (a CustomEvent on `document` and a `window.postMessage`) and invalidates itself when
 * the page dispatches that same event: one `dispatchEvent` from a page script switched the guard
 * off (issue 19). Both exist for WXT's dev reloads, where a new copy of the script replaces the old
 * one; a store build never runs two copies in a page (Chrome does not inject into open tabs on
 * update), so nothing is lost.
 *
 * The context is still invalidated, as WXT does, once the extension itself is gone
 * (`isInvalid` checks `browser.runtime.id`): that is the only teardown.
 *
 * wxt.config.ts gives this class to the content script's entry in place of WXT's own.
 */
export class PageProofContext extends ContentScriptContext {
  /** No start-up message to the page. */
  override stopOldScripts(): void {}
  /** No teardown on an event the page can dispatch. */
  override listenForNewerScripts(): void {}
}

export { PageProofContext as ContentScriptContext };
