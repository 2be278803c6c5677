import { defineSite } from './types';

/**
 * Bluesky (bsky.app, React Native for Web). Posts and replies are written in one composer dialog
 * with a TipTap (ProseMirror) editor; "Publish post" / "Publish reply" carries
 * data-testid="composerPublishBtn"; Ctrl/Cmd+Enter publishes. Images come through a file picker
 * the page never puts in the composer, or by paste or drop into the editor. Chat lives under
 * /messages. Fixture: tests/e2e/sites/bluesky.
 */
export const bluesky = defineSite({
  id: 'bluesky',
  label: 'Bluesky',
  policyDescription: 'Check posts and replies on Bluesky',
  hosts: ['bsky.app'],
  defaultOn: true,
  messagePaths: ['/messages'],
  composers: [
    {
      name: 'bsky-composer',
      kind: 'prosemirror',
      editor: '[role="dialog"] .ProseMirror[contenteditable="true"]',
      scope: '[role="dialog"]',
      submit: '[data-testid="composerPublishBtn"]',
      shortcut: 'mod+enter',
      attachments: 'input[type="file"]',
    },
  ],
});
