import { defineSite } from './types';

/** Reddit's rich-text box: a Lexical contenteditable slotted into <shreddit-composer> (slot "rte"). */
const RTE = 'shreddit-composer > [contenteditable="true"][role="textbox"]';
/** Where a composer's Post/Comment button lives: a comment's host element, or the post form. */
const FORMS = 'comment-composer-host, r-post-composer-form';
/** Comment ("Comment", slotted into the composer) and post ("Post", the form's own button). */
const SUBMIT = 'button[slot="submit-button"], #submit-post-button';

/**
 * Reddit. www.reddit.com is "shreddit": web components with open shadow roots. The composer
 * <shreddit-composer> keeps its Lexical editor and its submit button in the light DOM (slotted)
 * and its toolbar and file input in its shadow root; "Switch to Markdown" swaps the editor for a
 * <shreddit-markdown-composer> inside that shadow root, whose own shadow root holds a textarea.
 * A new post's title is a textarea in <faceplate-textarea-input>'s shadow root. There is no
 * submit shortcut. old.reddit.com is plain HTML: textareas in forms with a submit button.
 * Chat (/chat, chat.reddit.com) is direct messages. Fixture: tests/e2e/sites/reddit.
 */
export const reddit = defineSite({
  id: 'reddit',
  label: 'Reddit',
  policyDescription: 'Check posts and comments on Reddit (www and old.reddit.com)',
  hosts: ['reddit.com'],
  defaultOn: true,
  messagePaths: ['/chat', '/message'],
  shadowHosts: ['shreddit-composer', 'shreddit-markdown-composer', 'faceplate-textarea-input'],
  composers: [
    {
      name: 'reddit-rte',
      kind: 'lexical',
      editor: RTE,
      scope: FORMS,
      submit: SUBMIT,
      // The image button's input is in the composer's shadow root (found across it).
      attachments: 'input[type="file"]',
    },
    {
      name: 'reddit-markdown',
      kind: 'textarea',
      // Inside <shreddit-markdown-composer>'s shadow root, itself inside the composer's.
      editor: '.textarea-container > textarea',
      scope: FORMS,
      submit: SUBMIT,
    },
    {
      name: 'reddit-title',
      kind: 'textarea',
      // A post's title is posted with its body: checked with it, held with it.
      editor: 'textarea[name="title"]',
      scope: 'r-post-composer-form',
      submit: '#submit-post-button',
    },
    {
      name: 'old-reddit',
      kind: 'textarea',
      // Comment and reply boxes (form.usertext) and the submit page's title and text.
      editor: 'form.usertext textarea[name="text"], form#newlink textarea:is([name="text"], [name="title"])',
      scope: 'form',
      submit: 'button[type="submit"]',
    },
  ],
});
