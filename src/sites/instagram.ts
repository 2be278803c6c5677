import { defineSite } from './types';

/**
 * Instagram on the web. A new post's caption (the last step of "Create new post") is a Lexical
 * contenteditable labelled "Write a caption..."; Share is an unlabelled div[role=button] in the
 * dialog's header, known only by its text. Comments are a React textarea in a form whose "Post"
 * is also a div[role=button]; Enter posts. Direct messages live under /direct. Fixture:
 * tests/e2e/sites/instagram.
 */
export const instagram = defineSite({
  id: 'instagram',
  label: 'Instagram',
  policyDescription: 'Check captions and comments on Instagram',
  hosts: ['instagram.com'],
  defaultOn: true,
  messagePaths: ['/direct'],
  composers: [
    {
      name: 'ig-caption',
      kind: 'lexical',
      editor: '[role="dialog"] [contenteditable="true"][role="textbox"][aria-label^="Write a caption"]',
      scope: '[role="dialog"]',
      submit: '[role="button"]',
      submitLabels: ['Share'],
      // The photo was picked on the dialog's first step; its file input stays in the dialog.
      attachments: 'input[type="file"]',
    },
    {
      name: 'ig-comment',
      kind: 'textarea',
      editor: 'form textarea[aria-label^="Add a comment"]',
      scope: 'form',
      submit: '[role="button"], button[type="submit"]',
      submitLabels: ['Post'],
      shortcut: 'enter',
    },
  ],
});
