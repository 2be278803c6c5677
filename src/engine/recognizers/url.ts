import type { PatternRecognizer } from '../recognizer';

// A URL starts a token: not inside an email ("jane@x.com"), a longer host, or another URL's path
// (so a query string cannot smuggle in "x.com/someone").
const START = String.raw`(?<![\w.@/-])`;
const SCHEME = String.raw`(?:https?://)?(?:[a-z0-9-]{1,63}\.){0,2}`;
// The rest of a path, ending on a character that is not sentence punctuation: in
// "...walk-again." or "(...jane.doe)" the dot and the bracket belong to the sentence.
const TAIL = String.raw`(?:[^\s<>"]*[^\s<>"'.,;:!?)\]}])?`;
const url = (hostAndPath: string) => new RegExp(`${START}${SCHEME}(?:${hostAndPath})${TAIL}`, 'gi');
/**
 * Every match has a "/" (the scheme's, or the one after the host) within two 64-character labels,
 * a host and its top-level domain of the start, and no whitespace before it.
 */
const SLASH = { char: '/', within: 2 * 64 + 64 + 25 };
// A first path segment that is the site's own page, not a person.
const not = (segments: string) => String.raw`(?!(?:${segments})(?![\w.-]))`;

const FUNDRAISER_HOSTS = [
  'gofundme\\.com', 'gf\\.me', 'gogetfunding\\.com', 'givesendgo\\.com', 'fundly\\.com', 'spotfund\\.com',
  'mealtrain\\.com', 'caringbridge\\.org', 'helphopelive\\.org', 'lotsahelpinghands\\.com', 'fundrazr\\.com',
].join('|');
const GOFUNDME_PAGES = 'c|start|discover|about|about-us|sign-in|signin|help|hc|blog|pricing|how-it-works|contact|sitemap';

const FACEBOOK_PAGES =
  'groups|events|pages|help|watch|marketplace|gaming|login|login\\.php|policies|privacy|business|ads|hashtag|share|sharer|sharer\\.php|legal|about|careers|jobs|settings|notifications|messages|search|reel|reels|photo|photo\\.php|story\\.php|permalink\\.php|dialog|plugins|fundraisers|donate';
const INSTAGRAM_PAGES = 'p|reel|reels|explore|accounts|about|developer|legal|direct|tv';
const X_PAGES = 'home|explore|search|i|intent|hashtag|settings|notifications|messages|share|login|signup|tos|privacy|compose|jobs|about|en';

/**
 * Only links that point at one person are identifiers (Safe Harbor N): a fundraiser, an obituary,
 * a personal profile. A journal article, a careers page or a hospital homepage never match. Even
 * these need a patient or person nearby: a GoFundMe on its own may be the poster's own cause.
 */
export const personalUrl: PatternRecognizer = {
  kind: 'pattern',
  id: 'personal-url',
  rule: 'phi.url',
  tie: 'contextual',
  patterns: [
    // The bare host is the platform; a path (a campaign) is someone's story.
    { name: 'fundraiser', regex: url(String.raw`(?:${FUNDRAISER_HOSTS})/${not(GOFUNDME_PAGES)}(?=[\w%])`), score: 0.5, contains: SLASH },
    // legacy.com, funeral homes and newspapers all file obituaries under /obituary or /obituaries;
    // the listing page itself (no further segment) names nobody.
    {
      name: 'obituary',
      regex: url(String.raw`[a-z0-9-]{1,63}\.[a-z]{2,24}(?:/[^\s/<>"?#]+){0,4}?/(?:obituary|obituaries|obits?|tributes?)/(?=[\w%])`),
      score: 0.5,
      contains: SLASH,
    },
    // One pattern for all profile hosts: each extra pattern is another pass over a long draft.
    {
      name: 'social profile',
      regex: url(
        [
          String.raw`(?:facebook|fb)\.com/${not(FACEBOOK_PAGES)}(?=[\w.])`,
          String.raw`instagram\.com/${not(INSTAGRAM_PAGES)}(?=[\w.])`,
          String.raw`(?:x|twitter)\.com/${not(X_PAGES)}(?=\w)`,
          String.raw`(?:tiktok\.com|threads\.net|youtube\.com)/@(?=[\w.])`,
          String.raw`linkedin\.com/(?:in|pub)/(?=[\w%-])`,
        ].map((host) => `(?:${host})`).join('|'),
      ),
      score: 0.5,
      contains: SLASH,
    },
  ],
  context: ['link', 'fundraiser', 'gofundme', 'donate', 'donations', 'obituary', 'profile', 'page', 'follow', 'account'],
  // Every host above is followed by a path: ".com/", ".org/", ".net/", ".me/".
  requires: /\.[a-z]{2,24}\//i,
};
