/** Just enough of LinkedIn's look to make the fixture readable in the demo. */
const SHARED = `
.artdeco-modal-overlay { position: fixed; inset: 0; background: rgba(0,0,0,.6); display: flex; align-items: flex-start; justify-content: center; z-index: 10; }
.artdeco-modal { position: relative; margin-top: 8vh; width: 744px; max-width: 95vw; background: #fff; border-radius: 8px; padding: 16px 24px; font: 14px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; color: rgba(0,0,0,.9); }
.artdeco-modal__dismiss { position: absolute; top: 12px; right: 12px; border: 0; background: none; font-size: 18px; cursor: pointer; }
.share-creation-state__text-editor { min-height: 200px; font-size: 18px; margin: 12px 0; }
.share-creation-state__footer { display: flex; align-items: center; gap: 8px; border-top: 1px solid #e8e8e8; padding-top: 12px; }
.share-creation-state__footer > button { border: 0; background: none; font-size: 18px; cursor: pointer; }
.share-box_actions { margin-left: auto; }
.artdeco-button--primary { background: #0a66c2; color: #fff; border: 0; border-radius: 999px; padding: 6px 16px; font-weight: 600; cursor: pointer; }
.artdeco-button--primary:disabled { background: rgba(0,0,0,.08); color: rgba(0,0,0,.3); cursor: default; }
.ql-editor { padding: 0; }
.ql-editor.ql-blank::before { left: 0; font-style: normal; color: rgba(0,0,0,.6); }
.share-box__attachments { font-size: 12px; color: rgba(0,0,0,.6); }
`;

/** Inside #interop-outlet's shadow root, where page styles do not reach. */
export const LI_SHADOW_CSS = SHARED;

export const LI_CSS = `${SHARED}
body { margin: 0; background: #f4f2ee; font: 14px/1.4 -apple-system, system-ui, "Segoe UI", Roboto, sans-serif; color: rgba(0,0,0,.9); }
.scaffold-layout__main { max-width: 555px; margin: 24px auto; display: flex; flex-direction: column; gap: 8px; }
.li-card { background: #fff; border-radius: 8px; box-shadow: 0 0 0 1px rgba(0,0,0,.08); padding: 12px 16px; }
.share-box-feed-entry__closed-share-box { display: flex; gap: 8px; }
.share-box-feed-entry__trigger { flex: 1; text-align: left; border: 1px solid rgba(0,0,0,.3); border-radius: 35px; background: #fff; padding: 12px 16px; font-weight: 600; color: rgba(0,0,0,.6); cursor: pointer; }
.li-new-trigger { border: 1px dashed rgba(0,0,0,.3); border-radius: 35px; background: #fff; padding: 0 12px; cursor: pointer; }
.comments-comment-box__form { display: flex; gap: 8px; align-items: flex-end; border: 1px solid rgba(0,0,0,.3); border-radius: 18px; padding: 8px 12px; margin-top: 8px; }
.comments-comment-box-comment__text-editor { flex: 1; }
.li-comment-box-new { border: 1px solid rgba(0,0,0,.3); border-radius: 18px; padding: 8px 12px; margin-top: 8px; }
.comment-box__tools { display: flex; gap: 6px; align-items: center; }
.comment-box__tools > button { border: 0; background: none; cursor: pointer; }
.comment-box__actions { margin-left: auto; }
.li-pill-button { background: #0a66c2; color: #fff; border: 0; border-radius: 999px; padding: 4px 12px; font-weight: 600; cursor: pointer; }
.tiptap { outline: none; white-space: pre-wrap; }
.tiptap p { margin: 0; }
.is-empty { position: relative; }
.is-empty::before { content: attr(data-placeholder); position: absolute; color: rgba(0,0,0,.6); pointer-events: none; }
.li-actor { font-weight: 600; }
`;
