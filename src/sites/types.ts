import type { EditorKind } from '../editors';

export type SiteId = 'x' | 'facebook' | 'linkedin';

/** How a composer submits from the keyboard; each site differs and users rely on it. */
export type SubmitShortcut = 'mod+enter' | 'enter';

/**
 * One kind of composer on a site. Selectors are the site's own attributes, preferring roles,
 * aria labels and test ids to class names; each is backed by a fixture under tests/e2e/sites.
 */
export interface ComposerSpec {
  /** Stable name, used in logs, tests and the skipped-target reasons. */
  name: string;
  kind: EditorKind;
  /** The editable root of the editor. */
  editor: string;
  /**
   * The nearest ancestor that holds this composer's own controls (its toolbar, Post button, file
   * input). Submit and attachment selectors are searched inside it.
   */
  scope: string;
  /** Controls that post (or advance to posting) what the editor holds. */
  submit?: string;
  shortcut?: SubmitShortcut;
  /** File inputs whose images go with the post. */
  attachments?: string;
  /** Hooked only when the policy turns on checking direct messages. */
  directMessages?: true;
}

export interface SiteAdapter {
  id: SiteId;
  /** Hostnames this adapter serves (exact, or a subdomain of one). */
  hosts: readonly string[];
  /** Path prefixes where nothing is hooked unless the policy opts in (direct messages). */
  messagePaths?: readonly string[];
  /** Elements whose open shadow roots hold composers (searched besides the document). */
  shadowHosts?: readonly string[];
  composers: readonly ComposerSpec[];
}
