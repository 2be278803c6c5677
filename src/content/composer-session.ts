import { EDITORS, type EditorAdapter } from '../editors';
import type { Finding } from '../engine';
import type { ComposerSpec } from '../sites';
import { analyzeOptionsFor } from '../policy';
import { closestComposed } from './composed';
import { CHECK_BUDGET_MS, checkDraft, ignoreKey, sameFindingNow, type Analyzer, type CheckContext, type DraftCheck } from './check-draft';
import { SteppedCheck, STEPPED_MIN_CHARS, type StepOutcome } from './stepped-check';
import { TimeoutRetries } from './timeout-retries';
import type { ReadImage } from '../messaging/ocr';
import { DraftImages, type AttachedImage, type Cover, type PreviewImage, type RedactImage } from './draft-images';

/** Long enough to skip work between keystrokes; the panel still appears well inside 300 ms. */
export const TYPING_PAUSE_MS = 150;

/** How often a textarea's value is compared with the last one read (see watchValue). */
const TEXTAREA_POLL_MS = 250;

/** Events after which the editor's text may have changed. */
const EDIT_EVENTS = ['input', 'compositionend'] as const;

export interface SessionHost {
  /** The policy, engine and fail-closed action a check uses right now. */
  checkContext(): CheckContext;
  /** The on-device OCR host; without it attachments are not read. */
  readImage?: ReadImage;
  /** Draws opaque boxes over an image and re-encodes it without metadata. */
  redactImage?: RedactImage;
  /** A fresh check is ready for this composer (also called with 'ok' ones, to clear). */
  update(session: ComposerSession): void;
}

/**
 * One hooked composer: reads its text through its editor adapter, checks it after each typing
 * pause, remembers what the user ignored, and applies one-click fixes. It holds no text beyond
 * the current draft's last check, in memory.
 */
export class ComposerSession {
  readonly editor: HTMLElement;
  readonly spec: ComposerSpec;
  private lastScope: Element | undefined;
  private readonly adapter: EditorAdapter;
  private readonly ignored = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A long draft's check running a few steps at a time (stepped-check.ts). */
  private stepped: SteppedCheck | undefined;
  private last: DraftCheck | undefined;
  /** The draft the user chose to post anyway (see confirmationKey); not asked about twice. */
  confirmed: string | undefined;
  private readonly abort = new AbortController();
  private readonly attached: DraftImages;
  private posted = false;
  private imagesChanged = false;
  private checking = false;
  /** A check that ran past its budget (a cold engine on a busy machine) is run again shortly. */
  private readonly retries = new TimeoutRetries(() => this.checkSoon());

  constructor(editor: HTMLElement, spec: ComposerSpec, private readonly host: SessionHost) {
    this.editor = editor;
    this.spec = spec;
    this.adapter = EDITORS[spec.kind];
    this.attached = new DraftImages({
      ...(host.readImage ? { readImage: host.readImage } : {}),
      ...(host.redactImage ? { redactImage: host.redactImage } : {}),
      changed: () => {
        this.imagesChanged = true;
        // Clearing the images happens inside a check, which picks the change up itself.
        if (!this.checking && !this.abort.signal.aborted) this.checkNow();
      },
    });
    for (const type of EDIT_EVENTS) {
      editor.addEventListener(type, () => this.scheduleCheck(), { signal: this.abort.signal });
    }
    // Sites also change the text without any input event: clearing the box after posting,
    // restoring a saved draft, a mention picker. Observing is read-only.
    const observer = new MutationObserver(() => this.scheduleCheck());
    observer.observe(editor, { childList: true, characterData: true, subtree: true });
    this.abort.signal.addEventListener('abort', () => observer.disconnect());
    if (editor instanceof HTMLTextAreaElement) this.watchValue(editor);
    this.scheduleCheck(0);
  }

  /**
   * A textarea's value can change with neither an event nor a mutation: a React site sets it
   * when it clears the box after posting or restores a draft. Reading `.value` a few times a
   * second costs nothing and keeps the panel in step.
   */
  private watchValue(textarea: HTMLTextAreaElement): void {
    let seen = textarea.value;
    const poll = setInterval(() => {
      if (textarea.value === seen) return;
      seen = textarea.value;
      this.scheduleCheck();
    }, TEXTAREA_POLL_MS);
    this.abort.signal.addEventListener('abort', () => clearInterval(poll));
  }

  /**
   * The region holding this composer's controls. Looked up each time (sites render the Post
   * button after the editor), remembered for when the editor is gone (Facebook's second step).
   */
  get scope(): Element | undefined {
    if (this.editor.isConnected) this.lastScope = closestComposed(this.editor, this.spec.scope) ?? this.editor.parentElement ?? undefined;
    return this.lastScope;
  }

  get check(): DraftCheck | undefined {
    return this.last;
  }

  /** Checks the draft right now (the submit guard cannot wait for a typing pause). */
  checkNow(): DraftCheck {
    clearTimeout(this.timer);
    const stepped = this.stepped;
    this.stepped = undefined;
    // A long draft's check under way is finished where it stands, not started over.
    return this.runCheck(this.readText(), stepped ? (context) => stepped.finishing(context.analyze) : undefined);
  }

  /**
   * After a typing pause: a long draft is checked a few engine steps at a time between the page's
   * own tasks, so typing on never waits for a whole check; a short one at once.
   */
  private checkSoon(): void {
    const text = this.readText();
    const context = this.host.checkContext();
    if (text === null || text.length < STEPPED_MIN_CHARS || !context.policy || !context.startAnalysis || this.imagesChanged) {
      this.runCheck(text);
      return;
    }
    // The same text, policy and images as the check shown (a mutation that changed no text).
    if (this.last?.text === text && this.last.unchecked === undefined) return;
    const options = analyzeOptionsFor(context.policy);
    const stepped = new SteppedCheck(text, options, context.startAnalysis, context.budgetMs ?? CHECK_BUDGET_MS, (outcome: StepOutcome) => {
      // Any edit since cancelled this check (scheduleCheck): it is still the draft's.
      if (this.stepped !== stepped) return;
      this.stepped = undefined;
      this.runCheck(text, (current) => stepped.outcomeFor(outcome, current.analyze));
    });
    this.stepped = stepped;
  }

  /** Checks `text` (as just read) with the engine, or with the analyzer `override` makes for this check. */
  private runCheck(text: string | null, override?: (context: CheckContext) => Analyzer): DraftCheck {
    let check: DraftCheck;
    this.checking = true;
    try {
      if (text !== null && text.trim() === '') this.ignored.clear();
      // After a post the site empties the box: the next draft starts without the old images.
      if (text !== null && text.trim() === '' && this.posted) {
        this.posted = false;
        this.attached.clear();
      }
      const images = this.images.map((i) => ({ id: i.id, name: i.name, status: i.status, ...(i.reading ? { reading: i.reading } : {}) }));
      const context = this.host.checkContext();
      check = checkDraft(text, override ? { ...context, analyze: override(context) } : context, this.ignored, images);
    } finally {
      this.checking = false;
    }
    // Never let a timed-out draft out, nor leave it unchecked until the next edit: it stays held,
    // and is checked again once the engine had a moment (a bounded number of times).
    if (this.retries.after(check.text, check.unchecked === 'timeout')) check = { ...check, retrying: true };
    const changed =
      !this.last ||
      this.last.text !== check.text ||
      this.last.unchecked !== check.unchecked ||
      this.last.retrying !== check.retrying ||
      this.last.action !== check.action ||
      !sameFindings(this.last.findings, check.findings) ||
      this.imagesChanged;
    this.imagesChanged = false;
    this.last = check;
    if (changed) this.host.update(this);
    return check;
  }

  /**
   * The draft's text, or null when the editor cannot be read (a site's DOM we do not know, or a
   * bug of ours): then the draft is unchecked, and Post is held rather than let through unseen.
   * The editor itself is never touched.
   */
  private readText(): string | null {
    if (!this.editor.isConnected) return this.last?.text ?? '';
    try {
      return this.adapter.read(this.editor).text;
    } catch (error) {
      console.warn(`Second Look: could not read the draft in ${this.spec.name} (${error instanceof Error ? error.name : 'error'}); Post is held until it can be.`);
      return null;
    }
  }

  /** Re-checks with the current policy even if the text did not change. */
  recheck(): void {
    this.last = undefined;
    this.checkNow();
  }

  scheduleCheck(delay = TYPING_PAUSE_MS): void {
    clearTimeout(this.timer);
    this.retries.cancel();
    this.stepped?.cancel();
    this.stepped = undefined;
    this.timer = setTimeout(() => this.checkSoon(), delay);
  }

  ignore(finding: Finding): void {
    this.ignored.add(ignoreKey(finding));
    this.recheck();
  }

  /** Replaces a finding's words with its placeholder, through the editor's own input path. */
  async redact(finding: Finding): Promise<boolean> {
    if (!finding.fix?.replacement) return false;
    // The user may have typed since the panel was drawn: redact the finding as it is now.
    const target = sameFindingNow(finding, this.checkNow().findings);
    const replacement = target?.fix?.replacement;
    if (!target || !replacement) return false;
    const outcome = await this.adapter.replace(this.editor, target.start, target.end, replacement);
    if (!outcome.ok) console.warn(`Second Look: could not redact in ${this.spec.name} (${outcome.reason}); the draft is unchanged.`);
    this.checkNow();
    return outcome.ok;
  }

  /** The site went ahead with the post (nothing held it, or the user confirmed). */
  markPosted(): void {
    this.posted = true;
  }

  /** Images attached to this draft, in the order attached. */
  get images(): readonly AttachedImage[] {
    return this.attached.list;
  }

  /** Whether an attached image is still being read (Post waits for it). */
  get readingImages(): boolean {
    return this.attached.reading;
  }

  /** Resolves once every attached image has been read or has failed. */
  whenImagesRead(): Promise<void> {
    return this.attached.whenRead();
  }

  /** Reads newly attached images on the device; a new pick in a file input replaces its old one. */
  attach(files: readonly File[], input?: HTMLInputElement): void {
    this.posted = false;
    this.attached.attach(files, input);
  }

  /** An image seen only in the composer's preview (see preview-images.ts). */
  attachPreview(src: string, name: string, read: () => Promise<PreviewImage | undefined>): Promise<void> {
    this.posted = false;
    return this.attached.attachPreview(src, name, read);
  }

  prunePreviews(stillShown: (src: string) => boolean): void {
    // Facebook's second step takes the composer out of the page, previews and all: the images
    // are still going with the post.
    if (this.editor.isConnected) this.attached.prunePreviews(stillShown);
  }

  /**
   * Replaces an attached image with a clean copy (opaque boxes over every text finding, no
   * metadata) in the site's own file input, as if the user had picked that file. The original
   * stays on the device, in memory, for Undo.
   */
  redactImage(imageId: string, cover: Cover): Promise<boolean> {
    // The boxes of the findings the user sees: the policy's, after rule switches and ignores.
    const findings = this.last?.images.find((i) => i.id === imageId)?.findings ?? [];
    return this.attached.redact(imageId, cover, findings.flatMap((f) => (f.box ? [f.box] : [])));
  }

  /** Puts the original back in place of its clean copy. */
  undoRedaction(imageId: string): boolean {
    return this.attached.undo(imageId);
  }

  /** Text ranges of the current findings, for highlighting. */
  ranges(): { finding: Finding; range: Range }[] {
    const check = this.last;
    if (!check || check.findings.length === 0 || !this.editor.isConnected) return [];
    const model = this.adapter.read(this.editor);
    if (model.text !== check.text) return [];
    return check.findings.flatMap((finding) => {
      if (finding.source !== 'text') return [];
      const range = model.rangeOf(finding.start, finding.end);
      return range ? [{ finding, range }] : [];
    });
  }

  focusEditor(): void {
    this.editor.focus({ preventScroll: false });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.retries.cancel();
    this.stepped?.cancel();
    this.abort.abort();
    this.attached.dispose();
  }
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.rule === b[i]!.rule && f.start === b[i]!.start && f.end === b[i]!.end && f.severity === b[i]!.severity);
}

