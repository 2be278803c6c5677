/**
 * Runs `action` only for a person's own click or key press. The panel and the hold dialog live in
 * an open shadow root (a documented automation hook), so a page script can reach their buttons;
 * its synthetic events (`element.click()`, `dispatchEvent`) have `isTrusted` false and are
 * ignored, so the page can never press "Post anyway" or "Ignore once" for the user.
 */
export function onTrusted<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
