/** @jsxImportSource react */
import { useRef, useState, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { initRecorder, injectStyle, markReady, recordPost } from '../shared/recorder';

/**
 * Mastodon's web app: one compose form (a React-controlled textarea) for new posts and replies;
 * a status's Reply button puts "replying to" above it and focuses it. "Post" is the form's
 * submit button; Ctrl/Cmd+Enter posts. The paperclip is a label around a hidden file input.
 * Posting empties the textarea by setting its value (no input event).
 */
const CSS = `
body { font-family: system-ui, sans-serif; margin: 0; display: flex; gap: 16px; }
.compose-form { width: 320px; padding: 12px; }
.compose-form textarea { width: 100%; min-height: 120px; font: inherit; box-sizing: border-box; }
.status { padding: 12px; border-bottom: 1px solid #ddd; width: 420px; }
`;

const STATUS = { id: '1', account: 'mercygeneral@mastodon.social', text: 'Flu clinic hours are extended this week.' };

function App() {
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const submit = () => {
    if (text.trim() === '' && files.length === 0) return;
    recordPost(replyTo ? 'mastodon-reply' : 'mastodon-compose', text, files);
    setText('');
    setFiles([]);
    setReplyTo(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <>
      <div className="compose-panel">
        <form className="compose-form" onSubmit={(e) => (e.preventDefault(), submit())}>
          {replyTo && (
            <div className="reply-indicator">
              Replying to {STATUS.account} <button type="button" title="Cancel" onClick={() => setReplyTo(null)}>×</button>
            </div>
          )}
          <div className="autosuggest-textarea">
            <label>
              <span style={{ display: 'none' }}>What's on your mind?</span>
              <textarea
                ref={textarea}
                className="autosuggest-textarea__textarea"
                aria-label="What's on your mind?"
                placeholder="What's on your mind?"
                value={text}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={onKeyDown}
              />
            </label>
          </div>
          <div className="compose-form__upload-thumbnails">
            {files.map((f) => (
              <img key={f.name} alt={f.name} src={URL.createObjectURL(f)} width={96} height={96} />
            ))}
          </div>
          <div className="compose-form__buttons">
            <label className="compose-form__upload-button" title="Add images, a video or an audio file">
              📎
              <input type="file" multiple accept="image/jpeg,image/png,image/gif,image/webp,video/mp4" style={{ display: 'none' }} onChange={(e) => setFiles((cur) => [...cur, ...(e.target.files ?? [])])} />
            </label>
          </div>
          <div className="compose-form__submit">
            <button type="submit" className="button button--block" disabled={text.trim() === '' && files.length === 0}>
              Post
            </button>
          </div>
        </form>
      </div>
      <div className="columns-area">
        <article className="status" data-id={STATUS.id}>
          <strong>{STATUS.account}</strong>
          <p>{STATUS.text}</p>
          <button type="button" className="status__action-bar__button" title="Reply" aria-label="Reply" onClick={() => (setReplyTo(STATUS.id), textarea.current?.focus())}>
            ↩
          </button>
        </article>
      </div>
    </>
  );
}

initRecorder();
injectStyle(CSS);
createRoot(document.getElementById('mastodon')!).render(<App />);
markReady();
