import { defineSite } from './types';

/** Facebook's editors are Lexical: the contenteditable carries data-lexical-editor="true". */
const LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

/**
 * Facebook. The "Create post" dialog posts in two steps (Next, then Post); both are held, since
 * the editor may be gone by the second step. Comments and replies submit on a plain Enter and
 * have no button. Fixture: tests/e2e/sites/facebook.
 */
export const facebook = defineSite({
  id: 'facebook',
  label: 'Facebook',
  policyDescription: 'Check posts and comments on Facebook',
  hosts: ['facebook.com'],
  defaultOn: true,
  messagePaths: ['/messages'],
  composers: [
    {
      name: 'fb-messenger',
      kind: 'lexical',
      // Messenger's box is also a Lexical textbox, labelled "Message"; listed first so it is
      // never taken for a comment box.
      editor: `${LEXICAL}[aria-label="Message"]`,
      scope: '[role="main"], body',
      shortcut: 'enter',
      directMessages: true,
    },
    {
      name: 'fb-comment',
      kind: 'lexical',
      // "Comment as Jane Doe", "Reply to John Smith", "Write a comment…" (older layout).
      editor: `${LEXICAL}:is([aria-label^="Comment as"], [aria-label^="Reply to"], [aria-label^="Write a comment"], [aria-label^="Write a reply"])`,
      scope: 'form, [role="article"], [role="dialog"]',
      shortcut: 'enter',
      attachments: 'input[type="file"]',
    },
    {
      name: 'fb-post',
      kind: 'lexical',
      editor: `[role="dialog"] ${LEXICAL}`,
      scope: '[role="dialog"]',
      submit: '[role="button"]:is([aria-label="Next"], [aria-label="Post"])',
      attachments: 'input[type="file"]',
    },
  ],
});
