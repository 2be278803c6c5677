import type { EditorKind } from '../editors';

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
   * input). Submit and attachment selectors are searched inside it. Looked up across shadow
   * roots: an editor inside a web component's shadow root finds a scope around its host.
   */
  scope: string;
  /** Controls that post (or advance to posting) what the editor holds. */
  submit?: string;
  /**
   * When the submit selector cannot tell the Post button from the composer's other buttons (a
   * row of unlabelled `div[role=button]`s, as on Instagram and Threads): the control's own text
   * or aria-label must be one of these, compared trimmed and case-insensitively.
   */
  submitLabels?: readonly string[];
  shortcut?: SubmitShortcut;
  /** File inputs whose images go with the post. */
  attachments?: string;
  /** Hooked only when the policy turns on checking direct messages. */
  directMessages?: true;
}

/**
 * One site Second Look checks. Everything else — the policy's `sites` switches and their
 * defaults, the managed-storage schema, the popup's and options page's switches, the content
 * script's match patterns, the docs' table — is derived from these objects (src/sites/index.ts).
 */
export interface SiteAdapter<Id extends string = string> {
  id: Id;
  /** What people call it: "X", "Reddit", "WhatsApp Web". */
  label: string;
  /** The policy switch's description (managed schema, admin docs). */
  policyDescription: string;
  /** Hostnames this adapter serves (exact, or a subdomain of one). */
  hosts: readonly string[];
  /** Whether `sites.<id>` is on without any setting. */
  defaultOn: boolean;
  /**
   * Everything on this site is a direct message (WhatsApp Web): checked only while the policy's
   * direct-message switch (`sites.messenger`) is on as well as the site's own.
   */
  directMessagesOnly?: true;
  /**
   * How to recognise this site's software on a host the user or IT added (a Mastodon instance
   * other than mastodon.social): an element every page of it has. Without it, an added host gets
   * the generic adapter.
   */
  detect?: string;
  /** Path prefixes where nothing is hooked unless the policy opts in (direct messages). */
  messagePaths?: readonly string[];
  /** Elements whose open shadow roots hold composers (searched in the document and in each other). */
  shadowHosts?: readonly string[];
  composers: readonly ComposerSpec[];
}

/** Typed once per adapter file, so the registry knows each site's id as a literal. */
export function defineSite<const Id extends string>(site: SiteAdapter<Id>): SiteAdapter<Id> {
  return site;
}
