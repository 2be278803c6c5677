import { defineSite } from './types';

/** WhatsApp's Lexical boxes: the message box and the caption box of a photo about to be sent. */
const LEXICAL = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

/**
 * WhatsApp Web. Every message is a direct message, so it is checked only with "direct messages"
 * on (`sites.messenger`), off by default. The message box is Lexical in the chat's footer; Enter
 * sends, as does button[aria-label="Send"]. A picked photo opens the media editor: a preview, a
 * caption box (Lexical) and its own Send, which is the moment a patient's photo goes to a group.
 * Fixture: tests/e2e/sites/whatsapp.
 */
export const whatsapp = defineSite({
  id: 'whatsapp',
  label: 'WhatsApp Web',
  policyDescription: 'Check messages and photo captions on WhatsApp Web (also needs messenger: direct messages)',
  hosts: ['web.whatsapp.com'],
  defaultOn: true,
  directMessagesOnly: true,
  composers: [
    {
      name: 'wa-caption',
      kind: 'lexical',
      editor: `${LEXICAL}[aria-label="Add a caption"]`,
      // The media editor: the nearest region holding its own Send.
      scope: ':has([role="button"][aria-label="Send"])',
      submit: '[role="button"][aria-label="Send"]',
      shortcut: 'enter',
      // Picked through the attach menu's file input; read from the editor's preview.
      attachments: 'input[type="file"]',
    },
    {
      name: 'wa-message',
      kind: 'lexical',
      editor: `footer ${LEXICAL}`,
      scope: 'footer',
      submit: 'button[aria-label="Send"]',
      shortcut: 'enter',
      // No attachments: a photo picked from the footer's attach menu is sent from the media
      // editor, with its caption (wa-caption), not with what is typed here.
    },
  ],
});
