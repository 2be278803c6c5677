import { defineSite } from './types';

/**
 * LinkedIn. The classic share box is a Quill editor rendered inside the open shadow root of
 * #interop-outlet; the newer share dialog and comment box are TipTap (ProseMirror); classic
 * comments are Quill in the light DOM. Fixture: tests/e2e/sites/linkedin.
 */
export const linkedin = defineSite({
  id: 'linkedin',
  label: 'LinkedIn',
  policyDescription: 'Check posts and comments on LinkedIn',
  hosts: ['linkedin.com'],
  defaultOn: true,
  messagePaths: ['/messaging'],
  shadowHosts: ['#interop-outlet'],
  composers: [
    {
      name: 'li-comment',
      kind: 'quill',
      editor: '.comments-comment-box__form .ql-editor',
      scope: '.comments-comment-box__form',
      submit: '.comments-comment-box__submit-button, .comments-comment-box__submit-button--cr',
      attachments: 'input[type="file"]',
    },
    {
      name: 'li-comment-new',
      kind: 'prosemirror',
      // The server-driven feed's comment box: no <form>; named by data-view-name, and its
      // Comment button appears once there is text.
      editor: '[data-view-name="comment-box"] .tiptap.ProseMirror',
      scope: '[data-view-name="comment-box"]',
      submit: 'button[data-view-name="comment-post"]',
      attachments: 'input[type="file"]',
    },
    {
      name: 'li-share',
      kind: 'quill',
      editor: '.share-box .ql-editor, [role="dialog"] .ql-editor',
      scope: '.share-box, [role="dialog"]',
      submit: '.share-actions__primary-action',
      attachments: 'input[type="file"]',
    },
    {
      name: 'li-share-new',
      kind: 'prosemirror',
      editor: '[role="dialog"] .tiptap.ProseMirror, .share-box .tiptap.ProseMirror',
      scope: '[role="dialog"], .share-box',
      submit: '.share-actions__primary-action',
      attachments: 'input[type="file"]',
    },
  ],
});
