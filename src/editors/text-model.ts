/**
 * Reads a rich-text editor's DOM as plain text, keeping a map from text offsets back to DOM
 * positions. Read-only: it never touches the editor's nodes, so the site's framework never sees
 * a mutation it did not make.
 */

/** How one editor kind lays out its text; the differences are small enough to be data. */
export interface TextLayout {
  /** Elements that start a new line (paragraphs, list items, Draft's block wrappers). */
  block: string;
  /** Elements whose text is not part of the draft (placeholders, widgets, decorations). */
  skip?: string;
}

interface Segment {
  /** Offset of this text node's first character in the draft text. */
  at: number;
  node: Text;
}

export interface TextModel {
  text: string;
  /** Turns [start, end) in `text` into a DOM Range over the editor's own text nodes. */
  rangeOf(start: number, end: number): Range | null;
}

export function readText(root: HTMLElement, layout: TextLayout): TextModel {
  const segments: Segment[] = [];
  let text = '';
  let pendingBreak = false;

  const newline = () => {
    if (text.length > 0) pendingBreak = true;
  };
  const flushBreak = () => {
    if (pendingBreak) {
      text += '\n';
      pendingBreak = false;
    }
  };

  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      flushBreak();
      segments.push({ at: text.length, node: node as Text });
      text += data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (layout.skip && el.matches(layout.skip)) return;
    if (el.tagName === 'BR') {
      // A <br> that ends its block only keeps an empty line open (Quill, Lexical, ProseMirror
      // all render one); a <br> between inline content is a soft line break.
      if (!isLastInBlock(el, layout.block)) {
        flushBreak();
        text += '\n';
      } else if (isOnlyContent(el)) {
        flushBreak();
      }
      return;
    }
    const isBlock = el !== root && el.matches(layout.block);
    if (isBlock) newline();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) newline();
  };
  walk(root);

  return { text, rangeOf: (start, end) => rangeOf(segments, text.length, start, end) };
}

function isLastInBlock(br: Element, block: string): boolean {
  for (let node: Node | null = br; node; node = node.parentNode) {
    if (node.nextSibling && !isEmptyText(node.nextSibling)) return false;
    if (node.parentElement?.matches(block)) return true;
  }
  return true;
}

/** An empty line: the block holds nothing but this <br>. */
function isOnlyContent(br: Element): boolean {
  const block = br.parentElement;
  return !!block && (block.textContent ?? '') === '';
}

function isEmptyText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && (node as Text).data === '';
}

function rangeOf(segments: Segment[], length: number, start: number, end: number): Range | null {
  if (start < 0 || end > length || start > end || segments.length === 0) return null;
  const from = locate(segments, start, 'start');
  const to = locate(segments, end, 'end');
  if (!from || !to) return null;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The DOM position of a text offset. Offsets on a line break belong to the text before it for
 * an end, and to the text after it for a start, so a range never spans a block boundary it
 * does not cover.
 */
function locate(segments: Segment[], offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segments[lo]!;
  if (offset < seg.at) return side === 'start' ? { node: seg.node, offset: 0 } : null;
  if (offset > seg.at + seg.node.data.length) {
    // Offset sits on a line break after this node.
    const next = segments[lo + 1];
    if (side === 'start' && next) return { node: next.node, offset: 0 };
    return { node: seg.node, offset: seg.node.data.length };
  }
  if (side === 'start' && offset === seg.at + seg.node.data.length && segments[lo + 1]?.at === offset) {
    seg = segments[lo + 1]!;
  }
  return { node: seg.node, offset: offset - seg.at };
}
