import { defineSite } from './types';

/**
 * Mastodon's web app: new posts and replies share one compose form (a React textarea); "Post"
 * is its submit button and Ctrl/Cmd+Enter posts. mastodon.social is checked by default; any
 * other instance once the user or the policy adds its host (extraSites), where the page is known
 * as Mastodon by its root element. Fixture: tests/e2e/sites/mastodon.
 */
export const mastodon = defineSite({
  id: 'mastodon',
  label: 'Mastodon',
  policyDescription: 'Check posts and replies on Mastodon (mastodon.social, and instances added to extraSites)',
  hosts: ['mastodon.social'],
  defaultOn: true,
  detect: 'div#mastodon[data-props]',
  composers: [
    {
      name: 'mastodon-compose',
      kind: 'textarea',
      editor: 'form.compose-form textarea',
      scope: 'form.compose-form',
      submit: 'button[type="submit"]',
      shortcut: 'mod+enter',
      attachments: 'input[type="file"]',
    },
  ],
});
