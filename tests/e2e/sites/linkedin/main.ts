import { initRecorder, injectStyle, markReady } from '../shared/recorder';
import { classicCommentBox, newCommentBox } from './comments';
import { h } from '../shared/dom';
import { openClassicShareBox } from './share-classic';
import { openNewShareDialog } from './share-new';
import { LI_CSS } from './style';

/**
 * /feed/: the share box entry, a classic (Ember) update whose comment box is Quill in a form,
 * and a newer server-driven update whose comment box is TipTap. `?shareActive=true` opens the
 * share box on load, as that link does on LinkedIn.
 */
function renderFeed(outlet: Element): void {
  const startPost = h('button', { type: 'button', class: 'share-box-feed-entry__trigger' }, 'Start a post');
  const startNewPost = h('button', { type: 'button', class: 'li-new-trigger', 'aria-label': 'Create a post (new)' }, 'New ✎');
  startPost.addEventListener('click', openClassicShareBox);
  startNewPost.addEventListener('click', openNewShareDialog);

  const classicUpdate = h(
    'div',
    { class: 'feed-shared-update-v2 li-card', role: 'article', 'data-urn': 'urn:li:activity:7000000000000000001' },
    h('div', { class: 'li-actor' }, 'Mercy General Hospital'),
    h('div', { class: 'update-components-text', dir: 'ltr' }, 'We are hiring night-shift ICU nurses. Join our team!'),
    h('div', { class: 'feed-shared-update-v2__comments-container' }, classicCommentBox()),
  );
  const newUpdate = h(
    'div',
    { role: 'listitem', 'data-view-name': 'feed-full-update', componentkey: 'urn:li:activity:7000000000000000002', class: 'li-card' },
    h('div', { class: 'li-actor' }, 'Sam Lee'),
    h('div', { 'data-testid': 'expandable-text-box' }, 'Ten years as a nurse today. Grateful for every colleague.'),
    newCommentBox(),
  );
  outlet.append(
    h(
      'main',
      { class: 'scaffold-layout__main', 'aria-label': 'Main Feed' },
      h('div', { class: 'share-box-feed-entry__closed-share-box li-card' }, startPost, startNewPost),
      classicUpdate,
      newUpdate,
    ),
  );
  if (new URLSearchParams(location.search).get('shareActive') === 'true') openClassicShareBox();
}

initRecorder();
injectStyle(LI_CSS);
const outlet = document.querySelector('.application-outlet');
if (!outlet) throw new Error('LinkedIn fixture shell has no .application-outlet');
// The interop outlet's shadow root exists from the start; its modal content comes on demand.
document.getElementById('interop-outlet')?.attachShadow({ mode: 'open' });
renderFeed(outlet);
markReady();
