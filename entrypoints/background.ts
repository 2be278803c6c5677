import { routeImageReads } from '../src/messaging/ocr';
import { logManagedPolicyProblems, watchPolicyState } from '../src/policy/storage';
import { keepAddedSitesRegistered } from '../src/sites/registered-scripts';

export default defineBackground(() => {
  // Image reads: Chrome forwards to the offscreen document; Firefox's background page is a
  // document that may start Workers, so it hosts OCR itself (the import is dropped from Chrome's
  // service worker bundle, which could not run it).
  routeImageReads(
    import.meta.env.FIREFOX
      ? {
          localHost: async () => {
            const host = await import('../src/ocr/host');
            return { read: host.readImageInHost, warm: host.warmReader };
          },
        }
      : {},
  );
  // A mistyped managed policy is named in the popup and options page, and here for admins.
  logManagedPolicyProblems();
  // Sites the user or IT added get the content script once the browser allows each of them.
  keepAddedSitesRegistered((onChange) => watchPolicyState((state) => onChange(state.policy.extraSites), new AbortController().signal));
});
