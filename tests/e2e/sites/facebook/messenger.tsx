/** @jsxImportSource react */
import { useState } from 'react';
import { recordPost } from '../shared/recorder';
import { clearEditor, LexicalBox, readText, useFbEditor, useIsEmpty } from './lexical';
import { DivButton } from './ui';

/**
 * A Messenger thread (/messages/t/<id>): a Lexical "Message" box where Enter sends. Private
 * messages are out of scope by default, so this is here to prove the extension leaves it alone.
 */
export function Messenger({ threadId }: { threadId: string }) {
  const [sent, setSent] = useState<string[]>([]);
  const send = () => {
    const text = readText(editor);
    if (text.trim().length === 0) return;
    recordPost('fb-messenger', text);
    clearEditor(editor);
    setSent((s) => [...s, text]);
  };
  const editor = useFbEditor('fb-messenger', { onEnter: send });
  const empty = useIsEmpty(editor);
  return (
    <div role="main" aria-label={`Conversation ${threadId}`} className="fb-main fb-messenger">
      <h2>Alex Rivera</h2>
      <div role="grid" aria-label="Messages in conversation" className="fb-messages">
        <div role="row" className="fb-message">Are you on tonight?</div>
        {sent.map((text, index) => (
          <div role="row" key={index} className="fb-message fb-message-mine">
            {text}
          </div>
        ))}
      </div>
      <div className="fb-message-composer">
        <LexicalBox editor={editor} ariaLabel="Message" placeholder="Aa" className="fb-editor-comment" />
        <DivButton label="Press enter to send" disabled={empty} onPress={send}>
          ➤
        </DivButton>
      </div>
    </div>
  );
}
