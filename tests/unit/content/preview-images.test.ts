import { describe, expect, it } from 'vitest';
import { isPreviewSrc, nearestSession, sniffImageType } from '../../../src/content/preview-images';

describe('isPreviewSrc', () => {
  it.each([
    ['blob:https://x.com/6f1c2a9e-1d3b-4c4e-9a1f-2b8f3c4d5e6f', true],
    ['data:image/jpeg;base64,/9j/4AAQSkZJRg==', true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['DATA:IMAGE/WEBP;base64,UklGRg==', true],
    // The site's own pictures, and formats the OCR host does not read.
    ['https://pbs.twimg.com/profile_images/1/photo_normal.jpg', false],
    ['data:image/svg+xml;utf8,<svg/>', false],
    ['data:text/html,<b>hi</b>', false],
    ['', false],
  ])('%s -> %s', (src, expected) => {
    expect(isPreviewSrc(src)).toBe(expected);
  });
});

describe('sniffImageType', () => {
  const bytes = (...parts: (number[] | string)[]) =>
    Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((ch) => ch.charCodeAt(0)) : p)));
  it.each([
    [bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    [bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
    [bytes('GIF89a'), 'image/gif'],
    [bytes('RIFF', [0, 0, 0, 0], 'WEBP'), 'image/webp'],
    [bytes('BM', [0, 0, 0, 0]), 'image/bmp'],
    // A RIFF that is not WebP (a WAV), text, nothing.
    [bytes('RIFF', [0, 0, 0, 0], 'WAVE'), undefined],
    [bytes('not an image'), undefined],
    [bytes(), undefined],
  ])('%# -> %s', (head, expected) => {
    expect(sniffImageType(head)).toBe(expected);
  });
});

describe('nearestSession', () => {
  /** Just enough of a DOM tree: parents, and a scope that contains what is under it. */
  interface FakeNode {
    name: string;
    parentNode: FakeNode | null;
  }
  const node = (name: string, parentNode: FakeNode | null = null): FakeNode => ({ name, parentNode });
  const under = (n: FakeNode | null, ancestor: FakeNode): boolean => !!n && (n === ancestor || under(n.parentNode, ancestor));
  const session = (editor: FakeNode, scope: FakeNode | undefined) => ({
    editor: editor as unknown as Node,
    scope: scope && ({ contains: (n: Node) => under(n as unknown as FakeNode, scope) } as unknown as Element),
    editorName: editor.name,
  });

  // An X thread: one dialog, two items, each with its editor and its attachments.
  const dialog = node('dialog');
  const item1 = node('item1', dialog);
  const item2 = node('item2', dialog);
  const editor1 = node('editor1', item1);
  const editor2 = node('editor2', item2);
  const preview2 = node('preview2', node('attachments2', item2));
  const outside = node('timeline-image');

  it('picks the composer whose editor sits closest to the preview', () => {
    const sessions = [session(editor1, dialog), session(editor2, dialog)];
    expect(nearestSession(sessions, preview2 as unknown as Node)?.editorName).toBe('editor2');
  });

  it('ignores composers whose region does not hold the preview', () => {
    expect(nearestSession([session(editor1, item1), session(editor2, undefined)], preview2 as unknown as Node)).toBeUndefined();
    expect(nearestSession([session(editor1, dialog)], outside as unknown as Node)).toBeUndefined();
  });
});
