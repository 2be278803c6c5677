import type { ComposerSpec, SiteAdapter } from './types';

/** What a Post button says on most sites; the generic adapter holds only controls like these. */
const POST_LABELS = ['Post', 'Reply', 'Comment', 'Send', 'Submit', 'Publish', 'Share', 'Save', 'Add comment', 'Post reply', 'Toot', 'Tweet'];
/** The region a composer's controls live in, nearest first; the page itself as a last resort. */
const SCOPE = 'form, [role="form"], [role="dialog"], body';
const SUBMIT = 'button, input[type="submit"], [role="button"]';

const composer = (name: string, kind: ComposerSpec['kind'], editor: string): ComposerSpec => ({
  name,
  kind,
  editor,
  scope: SCOPE,
  submit: SUBMIT,
  submitLabels: POST_LABELS,
  shortcut: 'mod+enter',
  attachments: 'input[type="file"]',
});

/**
 * Any site the user or IT adds (policy `extraSites`) whose software Second Look does not know: its
 * textareas and rich-text boxes, each read the way its framework lays out text, and the buttons
 * near them that say they post. Added hosts whose page a known adapter recognises (a Mastodon
 * instance) get that adapter instead (see siteForPage).
 */
export function genericSite(host: string): SiteAdapter<'custom'> {
  return {
    id: 'custom',
    label: host,
    policyDescription: 'A site added to extraSites',
    hosts: [host],
    defaultOn: true,
    composers: [
      composer('custom-lexical', 'lexical', '[contenteditable="true"][data-lexical-editor="true"]'),
      composer('custom-prosemirror', 'prosemirror', '.ProseMirror[contenteditable="true"]'),
      composer('custom-quill', 'quill', '.ql-editor[contenteditable="true"]'),
      composer('custom-draft', 'draft', '.public-DraftEditor-content[contenteditable="true"]'),
      // Any other rich-text box that is not inside one of the above.
      composer('custom-rich', 'plain', ':is([contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]):not([data-lexical-editor], .ProseMirror, .ql-editor, .public-DraftEditor-content, [contenteditable] *)'),
      composer('custom-textarea', 'textarea', 'textarea:not([readonly], [disabled], [aria-hidden="true"])'),
    ],
  };
}
