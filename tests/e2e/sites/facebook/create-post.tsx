/** @jsxImportSource react */
import { useRef, useState } from 'react';
import { recordPost } from '../shared/recorder';
import { clearEditor, LexicalBox, readText, useFbEditor, useIsEmpty } from './lexical';
import { DivButton } from './ui';

export const USER = { first: 'Jane', full: 'Jane Doe' };
const PROMPT = `What's on your mind, ${USER.first}?`;
/** Facebook's photo/video picker accepts these, in this order. */
const MEDIA_ACCEPT = 'image/*,image/heif,image/heic,video/*,video/mp4,video/x-m4v,video/x-matroska,.mkv';

/**
 * "Create post": write, Next, then Post from the "Post settings" step. As on Facebook the second
 * step replaces the composer in the same dialog; the Lexical editor (and its text) lives on, but
 * its contenteditable is not in the DOM while Post is on screen.
 */
export function CreatePostDialog({ onClose }: { onClose: () => void }) {
  const editor = useFbEditor('fb-post');
  const empty = useIsEmpty(editor);
  const [step, setStep] = useState<'compose' | 'settings'>('compose');
  const [files, setFiles] = useState<File[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const hasContent = !empty || files.length > 0;

  const post = () => {
    recordPost('fb-post', readText(editor), files);
    clearEditor(editor);
    setFiles([]);
    onClose();
  };

  return (
    <div className="fb-layer">
      <div className="fb-mask" />
      <div role="dialog" aria-label="Create post" className="fb-dialog">
        <div className="fb-dialog-header">
          {step === 'settings' && <DivButton label="Back" onPress={() => setStep('compose')}>←</DivButton>}
          <h2 className="fb-dialog-title">{step === 'compose' ? 'Create post' : 'Post settings'}</h2>
          <DivButton label="Close" onPress={onClose}>
            ✕
          </DivButton>
        </div>
        {step === 'compose' ? (
          <div className="fb-dialog-body">
            <div className="fb-author">
              <strong>{USER.full}</strong>
              <span className="fb-audience">Friends</span>
            </div>
            <LexicalBox editor={editor} ariaLabel={PROMPT} placeholder={PROMPT} autoFocus className="fb-editor-large" />
            {files.length > 0 && (
              <div className="fb-attachments">
                {files.map((file) => (
                  <span key={file.name}>{file.name}</span>
                ))}
              </div>
            )}
            <div className="fb-add-to-post">
              <span>Add to your post</span>
              <DivButton label="Photo/video" onPress={() => fileInput.current?.click()}>
                🖼
              </DivButton>
              <input
                ref={fileInput}
                type="file"
                accept={MEDIA_ACCEPT}
                multiple
                className="fb-file-input"
                onChange={(event) => setFiles(Array.from(event.currentTarget.files ?? []))}
              />
            </div>
            <DivButton label="Next" disabled={!hasContent} onPress={() => setStep('settings')} className="fb-primary">
              Next
            </DivButton>
          </div>
        ) : (
          <div className="fb-dialog-body">
            <div className="fb-setting">
              <strong>Post audience</strong>
              <span>Friends</span>
            </div>
            <div className="fb-setting">
              <strong>Share to</strong>
              <span>Your story: off</span>
            </div>
            <DivButton label="Post" onPress={post} className="fb-primary">
              Post
            </DivButton>
          </div>
        )}
      </div>
    </div>
  );
}
