/** @jsxImportSource react */
import { useState, type KeyboardEvent } from 'react';
import { recordPost } from '../shared/recorder';

/**
 * Instagram's comment box: a React-controlled textarea in a form; "Post" is a div[role=button]
 * that appears enabled once there is text; Enter posts (Shift+Enter breaks the line). The site
 * sets the value itself when it clears the box, with no input event.
 */
export function CommentForm() {
  const [text, setText] = useState('');
  const submit = () => {
    if (text.trim() === '') return;
    recordPost('ig-comment', text);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <form method="POST" className="ig-comment-form" onSubmit={(e) => (e.preventDefault(), submit())}>
      <textarea aria-label="Add a comment…" placeholder="Add a comment…" autoComplete="off" autoCorrect="off" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
      <div role="button" tabIndex={0} aria-disabled={text.trim() === ''} onClick={submit}>
        Post
      </div>
    </form>
  );
}
