/** @jsxImportSource react */
import { Editor, EditorState, getDefaultKeyBinding, type DraftHandleValue } from 'draft-js';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { recordPost } from '../shared/recorder';

export type XComposerName = 'x-inline' | 'x-modal' | 'x-reply';

export interface ComposerProps {
  composer: XComposerName;
  placeholder: string;
  /** tweetButtonInline on the timeline and under a post, tweetButton in the modal (as on X). */
  buttonTestId: 'tweetButtonInline' | 'tweetButton';
  buttonLabel: string;
  /** The modal can grow a thread (addButton); items after the first post as 'x-thread'. */
  thread?: boolean;
  autoFocus?: boolean;
  onPosted?: () => void;
}

interface Item {
  id: number;
  state: EditorState;
  files: File[];
}

let nextItemId = 0;
const newItem = (): Item => ({ id: nextItemId++, state: EditorState.createEmpty(), files: [] });

/** X's upload input accepts its media types by name, not image/*. */
const MEDIA_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime';

const POST_COMMAND = 'x-post';

/**
 * Test variants, from the page's query string (README): `media=detached` makes the media button
 * open a file picker that is never put in the page, as some sites do, so the extension's file
 * input capture cannot see the pick; `preview=data` renders previews from a FileReader data: URL
 * instead of X's blob: URL, and `preview=revoked` revokes the blob: URL once the preview loads.
 */
const VARIANT = new URLSearchParams(location.search);
const DETACHED_PICKER = VARIANT.get('media') === 'detached';
const PREVIEW_KIND = VARIANT.get('preview') ?? 'blob';

/** Cmd+Enter (Mac) and Ctrl+Enter post, through Draft's own key-command path as on X. */
function keyBindingFn(event: KeyboardEvent): string | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return POST_COMMAND;
  return getDefaultKeyBinding(event);
}

const isFilled = (item: Item) =>
  item.state.getCurrentContent().getPlainText().trim().length > 0 || item.files.length > 0;

export function Composer(props: ComposerProps) {
  const { composer, placeholder, buttonTestId, buttonLabel, thread = false, autoFocus = false } = props;
  const [items, setItems] = useState<Item[]>(() => [newItem()]);
  const [active, setActive] = useState(0);
  const editors = useRef(new Map<number, Editor>());
  const fileInput = useRef<HTMLInputElement>(null);
  const focusNext = useRef<number | null>(autoFocus ? 0 : null);

  // Every item needs content before X enables Post (Post all, for a thread).
  const canPost = items.every(isFilled);

  const post = () => {
    if (!items.every(isFilled)) return;
    items.forEach((item, index) => {
      // Draft's own model, blocks joined by '\n': what X sends.
      const text = item.state.getCurrentContent().getPlainText();
      recordPost(index === 0 ? composer : 'x-thread', text, item.files);
    });
    if (fileInput.current) fileInput.current.value = '';
    setItems([newItem()]);
    setActive(0);
    props.onPosted?.();
  };
  // Draft keeps the handlers it was first given in some paths; read the latest through a ref.
  const postRef = useRef(post);
  postRef.current = post;

  const handleKeyCommand = (command: string): DraftHandleValue => {
    if (command !== POST_COMMAND) return 'not-handled';
    postRef.current();
    return 'handled';
  };

  const addItem = () => {
    focusNext.current = items.length;
    setItems([...items, newItem()]);
    setActive(items.length);
  };

  useEffect(() => {
    const index = focusNext.current;
    if (index === null) return;
    focusNext.current = null;
    const item = items[index];
    if (item) editors.current.get(item.id)?.focus();
  }, [items]);

  const setActiveFiles = (files: File[]) =>
    setItems((current) => current.map((item, index) => (index === active ? { ...item, files } : item)));
  const onFiles = () => setActiveFiles(Array.from(fileInput.current?.files ?? []));

  const pickMedia = () => {
    if (!DETACHED_PICKER) return fileInput.current?.click();
    const picker = document.createElement('input');
    picker.type = 'file';
    picker.multiple = true;
    picker.accept = MEDIA_ACCEPT;
    picker.addEventListener('change', () => setActiveFiles(Array.from(picker.files ?? [])));
    picker.click();
  };

  return (
    <div className="x-composer" data-composer={composer}>
      {items.map((item, index) => (
        <div key={item.id} className="x-composer-item">
          <div className="x-avatar" aria-hidden="true" />
          <div className="x-composer-body">
            <div data-testid={`tweetTextarea_${index}RichTextInputContainer`}>
              <label className="x-editor-label" data-testid={`tweetTextarea_${index}_label`}>
                <Editor
                  ref={(editor) => {
                    if (editor) editors.current.set(item.id, editor);
                    else editors.current.delete(item.id);
                  }}
                  editorState={item.state}
                  onChange={(state) =>
                    setItems((current) => current.map((it) => (it.id === item.id ? { ...it, state } : it)))
                  }
                  onFocus={() => setActive(index)}
                  placeholder={index === 0 ? placeholder : 'Add another post'}
                  webDriverTestID={`tweetTextarea_${index}`}
                  ariaLabel="Post text"
                  ariaMultiline
                  spellCheck
                  stripPastedStyles
                  keyBindingFn={keyBindingFn}
                  handleKeyCommand={handleKeyCommand}
                />
              </label>
            </div>
            {item.files.length > 0 && (
              <div data-testid="attachments" className="x-attachments">
                {item.files.map((file) => (
                  <AttachmentPreview key={file.name} file={file} />
                ))}
              </div>
            )}
          </div>
        </div>
      ))}
      <div data-testid="toolBar" className="x-toolbar">
        <nav role="navigation" className="x-toolbar-media">
          <button type="button" aria-label="Add photos or video" onClick={pickMedia}>
            🖼
          </button>
          <input
            ref={fileInput}
            data-testid="fileInput"
            type="file"
            multiple
            accept={MEDIA_ACCEPT}
            tabIndex={-1}
            className="x-file-input"
            onChange={onFiles}
          />
        </nav>
        {thread && (
          <button type="button" data-testid="addButton" aria-label="Add post" disabled={!canPost} onClick={addItem}>
            +
          </button>
        )}
        <button
          type="button"
          data-testid={buttonTestId}
          className="x-post-button"
          disabled={!canPost}
          aria-disabled={!canPost}
          onClick={post}
        >
          {items.length > 1 ? `${buttonLabel} all` : buttonLabel}
        </button>
      </div>
    </div>
  );
}

/** X previews an attached photo from the file itself (a blob: URL), revoked when it goes. */
function AttachmentPreview({ file }: { file: File }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    if (PREVIEW_KIND === 'data') {
      const reader = new FileReader();
      reader.onload = () => setSrc(reader.result as string);
      reader.readAsDataURL(file);
      return () => reader.abort();
    }
    const url = URL.createObjectURL(file);
    setSrc(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  const onLoad = PREVIEW_KIND === 'revoked' && src ? () => URL.revokeObjectURL(src) : undefined;
  return (
    <div data-testid="attachmentsItem" className="x-attachment">
      {src && <img src={src} alt="" draggable={false} onLoad={onLoad} />}
      <span>{file.name}</span>
    </div>
  );
}
