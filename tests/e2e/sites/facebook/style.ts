/** Just enough of Facebook's look to make the fixture readable in the demo. */
export const FB_CSS = `
body { margin: 0; font: 15px/1.34 "Segoe UI Historic", "Segoe UI", Helvetica, Arial, sans-serif; color: #050505; background: #f0f2f5; }
.fb-main { max-width: 590px; margin: 16px auto; }
.fb-card { background: #fff; border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; box-shadow: 0 1px 2px rgba(0,0,0,.2); }
.fb-composer-card { display: flex; gap: 8px; align-items: center; }
.fb-composer-trigger { flex: 1; background: #f0f2f5; border-radius: 20px; padding: 8px 12px; color: #65676b; cursor: pointer; }
.fb-avatar { width: 32px; height: 32px; border-radius: 50%; background: #bcc0c4; flex: none; }
.fb-button { cursor: pointer; user-select: none; }
.fb-button[aria-disabled="true"] { opacity: .4; cursor: default; }
.fb-actions { display: flex; gap: 24px; border-top: 1px solid #ced0d4; border-bottom: 1px solid #ced0d4; padding: 6px 0; margin: 8px 0; color: #65676b; font-weight: 600; }
.fb-comment { background: #f0f2f5; border-radius: 18px; padding: 8px 12px; margin: 6px 0; }
.fb-link { font-size: 12px; font-weight: 700; color: #65676b; margin-top: 2px; }
.fb-replies { margin-left: 40px; }
.fb-comment-box { display: flex; gap: 8px; align-items: flex-start; margin-top: 8px; }
.fb-editor { position: relative; flex: 1; }
.fb-editor [contenteditable] { outline: none; }
.fb-editor p { margin: 0; }
.fb-editor-comment [contenteditable] { background: #f0f2f5; border-radius: 18px; padding: 8px 12px; min-height: 20px; }
.fb-editor-comment .fb-placeholder { left: 12px; top: 8px; }
.fb-editor-large [contenteditable] { min-height: 120px; font-size: 24px; }
.fb-editor-large .fb-placeholder { font-size: 24px; }
.fb-placeholder { position: absolute; top: 0; left: 0; color: #65676b; pointer-events: none; }
.fb-layer { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; }
.fb-mask { position: absolute; inset: 0; background: rgba(244,244,244,.8); }
.fb-dialog { position: relative; width: 500px; background: #fff; border-radius: 8px; box-shadow: 0 12px 28px rgba(0,0,0,.2); }
.fb-dialog-header { display: flex; align-items: center; gap: 8px; padding: 12px 16px; border-bottom: 1px solid #e5e5e5; }
.fb-dialog-title { flex: 1; text-align: center; font-size: 20px; margin: 0; }
.fb-dialog-body { padding: 16px; display: flex; flex-direction: column; gap: 12px; }
.fb-audience { margin-left: 8px; background: #e4e6eb; border-radius: 6px; padding: 2px 6px; font-size: 13px; }
.fb-add-to-post { display: flex; gap: 12px; align-items: center; border: 1px solid #ced0d4; border-radius: 8px; padding: 8px 12px; }
.fb-file-input { display: none; }
.fb-attachments { font-size: 13px; color: #65676b; }
.fb-setting { display: flex; justify-content: space-between; }
.fb-primary { background: #0866ff; color: #fff; text-align: center; border-radius: 6px; padding: 8px; font-weight: 600; }
.fb-messages { display: flex; flex-direction: column; gap: 6px; margin: 12px 0; }
.fb-message { align-self: flex-start; background: #e4e6eb; border-radius: 18px; padding: 8px 12px; white-space: pre-wrap; }
.fb-message-mine { align-self: flex-end; background: #0866ff; color: #fff; }
.fb-message-composer { display: flex; gap: 8px; align-items: center; }
`;
