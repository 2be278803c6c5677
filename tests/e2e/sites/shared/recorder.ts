/**
 * What a fixture's own post/comment/send handler "sent". Lives in the page's main world so tests
 * (and only tests) can read it with page.evaluate; the extension's isolated world cannot touch it.
 */
export interface PostedImage {
  name: string;
  type: string;
  size: number;
}

export interface RecordedPost {
  /** Which composer posted, e.g. 'x-inline', 'fb-comment', 'li-share'. */
  composer: string;
  /** Read from the editor framework's own state: exactly what the real site would post. */
  text: string;
  /** Present only when images were attached. */
  images?: PostedImage[];
}

declare global {
  interface Window {
    __posts: RecordedPost[];
    /** The File objects behind every recorded `images` entry, in posting order. */
    __postedFiles: File[];
  }
}

export function initRecorder(): void {
  window.__posts = [];
  window.__postedFiles = [];
}

export function recordPost(composer: string, text: string, files: readonly File[] = []): RecordedPost {
  const post: RecordedPost = { composer, text };
  if (files.length > 0) {
    post.images = files.map(({ name, type, size }) => ({ name, type, size }));
    window.__postedFiles.push(...files);
  }
  window.__posts.push(post);
  return post;
}

/** Tests wait for this before touching the page. */
export function markReady(): void {
  document.documentElement.dataset.fixtureReady = '1';
}

export function injectStyle(css: string, root: Document | ShadowRoot = document): void {
  const style = document.createElement('style');
  style.textContent = css;
  (root instanceof Document ? root.head : root).append(style);
}
