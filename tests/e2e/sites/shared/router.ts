/**
 * The fixtures are single-page apps like the real sites: in-app links change the URL with
 * history.pushState and re-render without a reload, so the extension has to notice SPA
 * navigation on its own. Like real routers, pushState does NOT fire popstate; subscribers here
 * are notified directly.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

export function onNavigate(listener: Listener): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
