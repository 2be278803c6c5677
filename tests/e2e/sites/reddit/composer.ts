import { h } from '../shared/dom';
import { lexicalBox, type LexicalBox } from '../shared/lexical-box';

/**
 * <shreddit-composer>, as Reddit builds it: a web component with an open shadow root holding its
 * toolbar (formatting, "Switch to Markdown", the image button and its file input) and slots for
 * what the page gives it in the light DOM: the Lexical editor (slot "rte") and, for comments, the
 * submit button (slot "submit-button"). Markdown mode takes the editor out and shows
 * <shreddit-markdown-composer> in the shadow root, whose own shadow root holds a textarea.
 */
export class ShredditComposer extends HTMLElement {
  rte: LexicalBox | undefined;
  markdown: HTMLTextAreaElement | undefined;
  files: File[] = [];
  private placeholder = '';
  private readonly rteSlot = h('div', { class: 'rte' }, h('slot', { name: 'rte' }));
  private readonly switchButton = h('button', { type: 'button', class: 'switch-mode' }, 'Switch to Markdown');

  connectedCallback(): void {
    if (this.shadowRoot) return;
    this.placeholder = this.getAttribute('placeholder') ?? '';
    const root = this.attachShadow({ mode: 'open' });
    const fileInput = h('input', { type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp', multiple: true, hidden: true });
    const imageButton = h('button', { type: 'button', 'aria-label': 'Add image' }, '🖼');
    imageButton.addEventListener('click', () => fileInput.click());
    fileInput.addEventListener('change', () => {
      this.files.push(...(fileInput.files ?? []));
      this.dispatchEvent(new Event('files-changed'));
    });
    this.switchButton.addEventListener('click', () => this.toggleMode());
    root.append(
      h('style', {}, ':host { display: block; border: 1px solid #ccc; border-radius: 16px; padding: 8px; } [data-lexical-editor] p { margin: 0; } textarea { width: 100%; min-height: 90px; box-sizing: border-box; }'),
      this.rteSlot,
      h('div', { class: 'toolbar', role: 'toolbar' }, h('button', { type: 'button', 'aria-label': 'Bold' }, 'B'), imageButton, fileInput, this.switchButton),
      h('div', { class: 'actions' }, h('slot', { name: 'submit-button' })),
    );
    this.mountRte('');
  }

  /** What the composer would submit, in its current mode. */
  get value(): string {
    return this.markdown ? this.markdown.value : (this.rte?.text() ?? '');
  }

  clear(): void {
    if (this.markdown) this.markdown.value = '';
    else this.rte?.clear();
    this.files = [];
  }

  private mountRte(text: string): void {
    this.rte = lexicalBox({ namespace: 'reddit-rte', attributes: { slot: 'rte', 'aria-label': this.placeholder, 'aria-placeholder': this.placeholder, name: 'body' } });
    this.prepend(this.rte.element);
    if (text) {
      this.rte.element.focus();
      document.execCommand('insertText', false, text);
    }
  }

  private toggleMode(): void {
    if (!this.markdown) {
      const text = this.rte?.text() ?? '';
      this.rte?.destroy();
      this.rte?.element.remove();
      this.rte = undefined;
      const md = document.createElement('shreddit-markdown-composer');
      this.rteSlot.replaceChildren(md);
      this.markdown = md.shadowRoot!.querySelector('textarea')!;
      this.markdown.value = text;
      this.switchButton.textContent = 'Switch to Rich Text Editor';
    } else {
      const text = this.markdown.value;
      this.markdown = undefined;
      this.rteSlot.replaceChildren(h('slot', { name: 'rte' }));
      this.switchButton.textContent = 'Switch to Markdown';
      this.mountRte(text);
    }
  }
}

/** The Markdown editor: a plain textarea in its own shadow root. */
export class ShredditMarkdownComposer extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.append(h('div', { class: 'header' }, 'Markdown Editor'), h('div', { class: 'textarea-container' }, h('textarea', { placeholder: 'Share your thoughts' })));
  }
}

/** <faceplate-textarea-input>: a labelled textarea (a post's title) in an open shadow root. */
export class FaceplateTextareaInput extends HTMLElement {
  textarea: HTMLTextAreaElement | undefined;

  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    this.textarea = h('textarea', { name: this.getAttribute('name') ?? '', 'aria-label': this.getAttribute('label') ?? '', maxlength: '300', rows: '1' });
    root.append(h('label', {}, this.getAttribute('label') ?? '', this.textarea));
  }

  get value(): string {
    return this.textarea?.value ?? '';
  }
}

export function defineElements(): void {
  customElements.define('shreddit-composer', ShredditComposer);
  customElements.define('shreddit-markdown-composer', ShredditMarkdownComposer);
  customElements.define('faceplate-textarea-input', FaceplateTextareaInput);
}

declare global {
  interface HTMLElementTagNameMap {
    'shreddit-composer': ShredditComposer;
    'shreddit-markdown-composer': ShredditMarkdownComposer;
    'faceplate-textarea-input': FaceplateTextareaInput;
    // Reddit's other elements here are plain containers in the fixture.
    'shreddit-app': HTMLElement;
    'shreddit-post': HTMLElement;
    'comment-composer-host': HTMLElement;
    'faceplate-form': HTMLElement;
    'r-post-composer-form': HTMLElement;
  }
}
