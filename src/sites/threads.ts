import { defineSite } from './types';

/**
 * Threads (threads.net, now threads.com). New threads, replies and quotes are written in one
 * dialog whose editor is Lexical; its Post button is a div[role=button] known by its text;
 * Ctrl/Cmd+Enter posts. Fixture: tests/e2e/sites/threads.
 */
export const threads = defineSite({
  id: 'threads',
  label: 'Threads',
  policyDescription: 'Check threads, replies and quotes on Threads',
  hosts: ['threads.net', 'threads.com'],
  defaultOn: true,
  composers: [
    {
      name: 'threads-post',
      kind: 'lexical',
      editor: '[role="dialog"] [contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      scope: '[role="dialog"]',
      submit: '[role="button"]',
      submitLabels: ['Post'],
      shortcut: 'mod+enter',
      attachments: 'input[type="file"]',
    },
  ],
});
