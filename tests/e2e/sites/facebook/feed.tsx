/** @jsxImportSource react */
import { useState } from 'react';
import { recordPost } from '../shared/recorder';
import { CreatePostDialog, USER } from './create-post';
import { clearEditor, LexicalBox, readText, useFbEditor, useIsEmpty } from './lexical';
import { DivButton } from './ui';

interface Comment {
  id: number;
  author: string;
  text: string;
}

let nextCommentId = 1;

/**
 * A Lexical comment or reply box: plain Enter submits, Shift+Enter breaks the line, and the send
 * button (shown with text, as on Facebook) does the same. An empty box submits nothing.
 */
function CommentBox(props: {
  composer: 'fb-comment' | 'fb-reply';
  ariaLabel: string;
  placeholder: string;
  sendLabel: string;
  autoFocus?: boolean;
  onSent: (text: string) => void;
}) {
  const submit = () => {
    const text = readText(editor);
    if (text.trim().length === 0) return;
    recordPost(props.composer, text);
    clearEditor(editor);
    props.onSent(text);
  };
  const editor = useFbEditor(props.composer, { onEnter: submit });
  const empty = useIsEmpty(editor);
  return (
    <div className="fb-comment-box">
      <div className="fb-avatar" aria-hidden="true" />
      <LexicalBox
        editor={editor}
        ariaLabel={props.ariaLabel}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        className="fb-editor-comment"
      />
      <DivButton label={props.sendLabel} disabled={empty} onPress={submit}>
        ➤
      </DivButton>
    </div>
  );
}

function CommentView({ comment, onReply }: { comment: Comment; onReply?: () => void }) {
  return (
    <div role="article" aria-label={`Comment by ${comment.author}`} className="fb-comment">
      <strong>{comment.author}</strong>
      <div dir="auto">{comment.text}</div>
      {onReply && (
        <DivButton onPress={onReply} className="fb-link">
          Reply
        </DivButton>
      )}
    </div>
  );
}

function FeedPost() {
  const [comments, setComments] = useState<Comment[]>([]);
  const [replies, setReplies] = useState<Comment[]>([]);
  const [replying, setReplying] = useState(false);
  const existing: Comment = { id: 0, author: 'John Smith', text: 'Congratulations to the whole team!' };
  return (
    <div role="article" aria-labelledby="post-1-author" className="fb-card">
      <h4 id="post-1-author">Mercy General Hospital</h4>
      <div data-ad-preview="message" dir="auto">
        Our 4 West nurses just earned the Pathway to Excellence award. 🎉
      </div>
      <div className="fb-actions">
        <DivButton label="Like">Like</DivButton>
        <DivButton label="Leave a comment">Comment</DivButton>
      </div>
      <CommentView comment={existing} onReply={() => setReplying(true)} />
      <div className="fb-replies">
        {replies.map((reply) => (
          <CommentView key={reply.id} comment={reply} />
        ))}
        {replying && (
          <CommentBox
            composer="fb-reply"
            ariaLabel={`Reply to ${existing.author}`}
            placeholder={`Reply to ${existing.author}…`}
            sendLabel="Reply"
            autoFocus
            onSent={(text) => setReplies((r) => [...r, { id: nextCommentId++, author: USER.full, text }])}
          />
        )}
      </div>
      {comments.map((comment) => (
        <CommentView key={comment.id} comment={comment} />
      ))}
      <CommentBox
        composer="fb-comment"
        ariaLabel={`Comment as ${USER.full}`}
        placeholder="Write a comment…"
        sendLabel="Comment"
        onSent={(text) => setComments((c) => [...c, { id: nextCommentId++, author: USER.full, text }])}
      />
    </div>
  );
}

export function Feed() {
  const [creating, setCreating] = useState(false);
  return (
    <div role="main" className="fb-main">
      <div role="feed" className="fb-feed">
        <div className="fb-card fb-composer-card">
          <div className="fb-avatar" aria-hidden="true" />
          <DivButton onPress={() => setCreating(true)} className="fb-composer-trigger">
            <span>What's on your mind, {USER.first}?</span>
          </DivButton>
        </div>
        <FeedPost />
      </div>
      {creating && <CreatePostDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
