import { EDITORS, type EditorAdapter } from '../editors';
import type { Finding } from '../engine';
import type { Policy } from '../policy';
import type { ComposerSpec } from '../sites';
import type { Box } from '../engine';
import { isScannableImage, type AttachedImage, type ScanImage } from './attachments';
import { checkDraft, ignoreKey, type DraftCheck } from './check-draft';
import { scanCached } from './image-cache';

/** Long enough to skip work between keystrokes; the panel still appears well inside 300 ms. */
export const TYPING_PAUSE_MS = 150;

/** Events after which the editor's text may have changed. */
const EDIT_EVENTS = ['input', 'compositionend'] as const;

export interface SessionHost {
  policy(): Policy;
  /** The on-device OCR host; without it attachments are not read. */
  scanImage?: ScanImage;
  /** Draws opaque boxes over an image and re-encodes it without metadata. */
  redactImage?: (file: File, boxes: readonly Box[]) => Promise<Blob>;
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
  private last: DraftCheck | undefined;
  /** The draft text the user chose to post anyway; the same text is not asked about twice. */
  confirmedText: string | undefined;
  private readonly abort = new AbortController();
  /** Images attached to this draft, in the order attached. */
  images: AttachedImage[] = [];
  private posted = false;
  private imagesChanged = false;
  private nextImageId = 0;

  constructor(editor: HTMLElement, spec: ComposerSpec, private readonly host: SessionHost) {
    this.editor = editor;
    this.spec = spec;
    this.adapter = EDITORS[spec.kind];
    for (const type of EDIT_EVENTS) {
      editor.addEventListener(type, () => this.scheduleCheck(), { signal: this.abort.signal });
    }
    // Sites also change the text without any input event: clearing the box after posting,
    // restoring a saved draft, a mention picker. Observing is read-only.
    const observer = new MutationObserver(() => this.scheduleCheck());
    observer.observe(editor, { childList: true, characterData: true, subtree: true });
    this.abort.signal.addEventListener('abort', () => observer.disconnect());
    this.scheduleCheck(0);
  }

  /**
   * The region holding this composer's controls. Looked up each time (sites render the Post
   * button after the editor), remembered for when the editor is gone (Facebook's second step).
   */
  get scope(): Element | undefined {
    if (this.editor.isConnected) this.lastScope = this.editor.closest(this.spec.scope) ?? this.editor.parentElement ?? undefined;
    return this.lastScope;
  }

  get check(): DraftCheck | undefined {
    return this.last;
  }

  /** Checks the draft right now (the submit guard cannot wait for a typing pause). */
  checkNow(): DraftCheck {
    clearTimeout(this.timer);
    let check: DraftCheck;
    try {
      const text = this.editor.isConnected ? this.adapter.read(this.editor).text : (this.last?.text ?? '');
      if (text.trim() === '') this.ignored.clear();
      // After a post the site empties the box: the next draft starts without the old images.
      if (text.trim() === '' && this.posted) this.clearImages();
      const images = this.images.map((i) => ({ id: i.id, findings: i.result?.findings ?? [] }));
      check = checkDraft(text, this.host.policy(), this.ignored, images);
    } catch (error) {
      // A site's DOM we cannot read, or a bug of ours: say so and step aside. Never hold a post
      // or break the editor over it.
      console.warn(`Second Look: could not check the draft in ${this.spec.name}; not checking it.`, error);
      check = { text: '', verdict: 'ok', findings: [], images: [], action: 'none' };
    }
    const changed = !this.last || this.last.text !== check.text || !sameFindings(this.last.findings, check.findings) || this.imagesChanged;
    this.imagesChanged = false;
    this.last = check;
    if (changed) this.host.update(this);
    return check;
  }

  /** Re-checks with the current policy even if the text did not change. */
  recheck(): void {
    this.last = undefined;
    this.checkNow();
  }

  scheduleCheck(delay = TYPING_PAUSE_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkNow(), delay);
  }

  ignore(finding: Finding): void {
    this.ignored.add(ignoreKey(finding));
    this.recheck();
  }

  /** Replaces a finding's words with its placeholder, through the editor's own input path. */
  async redact(finding: Finding): Promise<boolean> {
    const replacement = finding.fix?.replacement;
    if (!replacement) return false;
    // Offsets are only valid for the text they came from: find the same finding in the draft as
    // it is now (the user may have typed since).
    const now = this.checkNow();
    const target = now.findings.find((f) => f.rule === finding.rule && f.match === finding.match) ?? undefined;
    if (!target) return false;
    const outcome = await this.adapter.replace(this.editor, target.start, target.end, replacement);
    if (!outcome.ok) console.warn(`Second Look: could not redact in ${this.spec.name} (${outcome.reason}); the draft is unchanged.`);
    this.checkNow();
    return outcome.ok;
  }

  /** The site went ahead with the post (nothing held it, or the user confirmed). */
  markPosted(): void {
    this.posted = true;
  }

  /** Reads newly attached images on the device; a new pick in a file input replaces its old one. */
  attach(files: readonly File[], input?: HTMLInputElement): void {
    const scan = this.host.scanImage;
    if (!scan) return;
    this.posted = false;
    if (input) this.images = this.images.filter((i) => i.input !== input || this.revoke(i));
    for (const file of files) {
      if (!file.type.startsWith('image/')) continue;
      const image: AttachedImage = {
        id: `img-${++this.nextImageId}`,
        name: file.name,
        thumbnail: URL.createObjectURL(file),
        status: 'reading',
        file,
        ...(input ? { input } : {}),
      };
      this.images.push(image);
      void this.readImage(image, scan);
    }
    this.imagesChanged = true;
    this.checkNow();
  }

  private async readImage(image: AttachedImage, scan: ScanImage): Promise<void> {
    try {
      if (!isScannableImage(image.file)) throw new Error(`${image.file.type || 'this kind of file'} is not an image format Second Look can read`);
      image.result = await scanCached(image.file, scan);
      image.status = 'done';
    } catch (error) {
      // Say so, keep going: the post and the rest of the draft are still checked.
      image.status = 'error';
      image.error = error instanceof Error ? error.message : String(error);
    }
    if (!this.images.includes(image)) return;
    this.imagesChanged = true;
    this.checkNow();
  }

  /**
   * Replaces an attached image with a clean copy (opaque boxes over every text finding, no
   * metadata) in the site's own file input, as if the user had picked that file. The original
   * stays on the device.
   */
  async redactImage(imageId: string, cover: 'findings' | 'all-text'): Promise<boolean> {
    const image = this.images.find((i) => i.id === imageId);
    const redact = this.host.redactImage;
    if (!image?.result || !image.input || !redact) return false;
    const boxes = cover === 'all-text' ? image.result.words.map((w) => w.box) : image.result.findings.flatMap((f) => (f.box ? [f.box] : []));
    const blob = await redact(image.file, boxes);
    const clean = new File([blob], cleanName(image.file.name, blob.type), { type: blob.type, lastModified: Date.now() });
    const input = image.input;
    const files = new DataTransfer();
    for (const f of input.files ?? []) files.items.add(f === image.file ? clean : f);
    if (![...files.files].includes(clean)) files.items.add(clean);
    input.files = files.files;
    // The site learns of the new file the way it learns of a pick: input and change events,
    // which also run our own capture listener and re-read the clean copy.
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    return true;
  }

  private revoke(image: AttachedImage): false {
    URL.revokeObjectURL(image.thumbnail);
    return false;
  }

  private clearImages(): void {
    for (const i of this.images) this.revoke(i);
    this.images = [];
    this.posted = false;
    this.imagesChanged = true;
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
    for (const i of this.images) this.revoke(i);
    this.abort.abort();
  }
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.rule === b[i]!.rule && f.start === b[i]!.start && f.end === b[i]!.end && f.severity === b[i]!.severity);
}

function cleanName(name: string, type: string): string {
  return `${name.replace(/\.[^.]+$/, '')}-redacted.${type === 'image/jpeg' ? 'jpg' : 'png'}`;
}
