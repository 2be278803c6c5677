import { defineSite } from './types';

/**
 * X (Twitter). Every composer — the home timeline's inline box, the /compose/post modal, replies,
 * quotes and thread items — is a Draft.js editor whose contenteditable carries
 * data-testid="tweetTextarea_N" (N counts thread items). Fixture: tests/e2e/sites/x.
 */
export const x = defineSite({
  id: 'x',
  label: 'X',
  policyDescription: 'Check posts on X (Twitter)',
  hosts: ['x.com', 'twitter.com'],
  defaultOn: true,
  // Direct messages live under /messages; not hooked unless the policy asks.
  messagePaths: ['/messages', '/i/chat'],
  composers: [
    {
      name: 'x-modal',
      kind: 'draft',
      // The modal (new post, reply, quote): its Post button is tweetButton.
      editor: '[role="dialog"] [data-testid^="tweetTextarea_"][contenteditable="true"]',
      scope: '[role="dialog"]',
      submit: '[data-testid="tweetButton"]',
      shortcut: 'mod+enter',
      attachments: 'input[data-testid="fileInput"]',
    },
    {
      name: 'x-inline',
      kind: 'draft',
      // Home timeline and the inline reply under a post: tweetButtonInline. The scope is the
      // smallest region holding both the editor and that button.
      editor: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
      scope: ':has([data-testid="tweetButtonInline"])',
      submit: '[data-testid="tweetButtonInline"]',
      shortcut: 'mod+enter',
      attachments: 'input[data-testid="fileInput"]',
    },
  ],
});
