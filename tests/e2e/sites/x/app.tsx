/** @jsxImportSource react */
import { useEffect, useState } from 'react';
import { markReady } from '../shared/recorder';
import { navigate, onNavigate } from '../shared/router';
import { Composer } from './composer';

/** X renders the timeline composer well after the page; extensions must hook late mounts. */
export const LATE_MOUNT_MS = 400;

const TWEETS = [
  { id: '1', name: 'Night Shift RN', handle: 'nightshift_rn', text: 'Hydrate, eat something green, call your mom. In that order.' },
  { id: '2', name: 'ED Physician', handle: 'ed_doc', text: 'Reminder: the triage nurse is always right.' },
];

function usePathname(): string {
  const [pathname, setPathname] = useState(location.pathname);
  useEffect(() => onNavigate(() => setPathname(location.pathname)), []);
  return pathname;
}

function Tweet({ tweet }: { tweet: (typeof TWEETS)[number] }) {
  return (
    <article data-testid="tweet" role="article" className="x-tweet" tabIndex={0}>
      <div data-testid="User-Name">
        <strong>{tweet.name}</strong> <span>@{tweet.handle}</span>
      </div>
      <div data-testid="tweetText" lang="en" dir="auto">
        {tweet.text}
      </div>
    </article>
  );
}

function Home() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setMounted(true), LATE_MOUNT_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <section aria-labelledby="home-heading" role="region">
      <h1 id="home-heading" className="x-heading">Home</h1>
      {mounted ? (
        <Composer composer="x-inline" placeholder="What is happening?!" buttonTestId="tweetButtonInline" buttonLabel="Post" />
      ) : (
        <div role="progressbar" aria-label="Loading" className="x-loading" />
      )}
      <div aria-label="Timeline: Your Home Timeline">
        {TWEETS.map((tweet) => (
          <Tweet key={tweet.id} tweet={tweet} />
        ))}
      </div>
    </section>
  );
}

function Status({ id }: { id: string }) {
  const tweet = TWEETS.find((t) => t.id === id) ?? TWEETS[0]!;
  return (
    <section aria-labelledby="status-heading" role="region">
      <h1 id="status-heading" className="x-heading">Post</h1>
      <Tweet tweet={tweet} />
      <Composer composer="x-reply" placeholder="Post your reply" buttonTestId="tweetButtonInline" buttonLabel="Reply" />
    </section>
  );
}

/** Where a modal closes to: back in history if the app opened it, else the timeline. */
function closeModal(openedInApp: boolean) {
  if (openedInApp) history.back();
  else navigate('/home', { replace: true });
}

function ComposeModal({ openedInApp }: { openedInApp: boolean }) {
  return (
    <div className="x-layers">
      <div className="x-mask" />
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="x-modal">
        <div className="x-modal-bar">
          <button type="button" data-testid="app-bar-close" aria-label="Close" onClick={() => closeModal(openedInApp)}>
            ✕
          </button>
          <h2 id="modal-header" className="x-visually-hidden">
            New post
          </h2>
        </div>
        <Composer
          composer="x-modal"
          placeholder="What is happening?!"
          buttonTestId="tweetButton"
          buttonLabel="Post"
          thread
          autoFocus
          onPosted={() => closeModal(openedInApp)}
        />
      </div>
    </div>
  );
}

export function App() {
  const pathname = usePathname();
  // Set once the app itself navigated somewhere, so Close can go back instead of leaving X.
  const [navigatedInApp, setNavigatedInApp] = useState(false);
  useEffect(() => onNavigate(() => setNavigatedInApp(true)), []);
  // The app shell is up; the timeline composer still mounts LATE_MOUNT_MS later, as on X.
  useEffect(() => markReady(), []);

  const status = /\/status\/(\d+)/.exec(pathname);
  const composing = pathname === '/compose/post' || pathname === '/compose/tweet';
  return (
    <div className="x-app">
      <header role="banner" className="x-nav">
        <nav aria-label="Primary" role="navigation">
          <a href="/home" aria-label="Home" data-testid="AppTabBar_Home_Link" onClick={(e) => { e.preventDefault(); navigate('/home'); }}>
            Home
          </a>
          <a
            href="/compose/post"
            role="link"
            aria-label="Post"
            data-testid="SideNav_NewTweet_Button"
            className="x-nav-post"
            onClick={(e) => {
              e.preventDefault();
              navigate('/compose/post');
            }}
          >
            Post
          </a>
        </nav>
      </header>
      <main role="main" className="x-main">
        <div data-testid="primaryColumn">{status ? <Status id={status[1]!} /> : <Home />}</div>
      </main>
      {/* X keeps the page behind the modal mounted, so two tweetTextarea_0 exist while it is open. */}
      {composing && <ComposeModal openedInApp={navigatedInApp} />}
    </div>
  );
}
