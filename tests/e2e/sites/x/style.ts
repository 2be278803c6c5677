/** Just enough of X's look to make the fixture readable in the demo; behaviour lives elsewhere. */
export const X_CSS = `
body { margin: 0; font: 15px/1.3 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #0f1419; background: #fff; }
.x-app { display: flex; justify-content: center; min-height: 100vh; }
.x-nav { width: 220px; padding: 12px; display: flex; flex-direction: column; }
.x-nav nav { display: flex; flex-direction: column; gap: 12px; position: sticky; top: 12px; }
.x-nav a { color: inherit; text-decoration: none; font-size: 20px; }
.x-nav a.x-nav-post { background: #1d9bf0; color: #fff; border-radius: 999px; text-align: center; padding: 12px; font-weight: 700; font-size: 17px; }
.x-main { width: 600px; border-left: 1px solid #eff3f4; border-right: 1px solid #eff3f4; }
.x-heading { font-size: 20px; padding: 12px 16px; margin: 0; border-bottom: 1px solid #eff3f4; }
.x-loading { height: 120px; }
.x-composer { padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
.x-composer-item { display: flex; gap: 12px; margin-bottom: 8px; }
.x-avatar { width: 40px; height: 40px; border-radius: 50%; background: #cfd9de; flex: none; }
.x-composer-body { flex: 1; min-width: 0; font-size: 20px; padding-top: 8px; }
.x-editor-label { display: block; cursor: text; }
.x-attachments { font-size: 13px; color: #536471; display: flex; gap: 8px; flex-wrap: wrap; }
.x-attachment img { display: block; max-width: 240px; max-height: 160px; border-radius: 16px; }
.x-toolbar { display: flex; align-items: center; gap: 8px; padding-left: 52px; }
.x-toolbar-media { flex: 1; }
.x-toolbar button { border: 0; background: none; cursor: pointer; font-size: 16px; }
.x-file-input { display: none; }
.x-post-button { background: #0f1419 !important; color: #fff; border-radius: 999px; padding: 8px 16px; font-weight: 700; }
.x-post-button:disabled { opacity: .5; cursor: default; }
.x-tweet { padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
.x-layers { position: fixed; inset: 0; display: flex; justify-content: center; align-items: flex-start; }
.x-mask { position: absolute; inset: 0; background: rgba(91, 112, 131, .4); }
.x-modal { position: relative; margin-top: 5vh; width: 600px; background: #fff; border-radius: 16px; padding-bottom: 8px; }
.x-modal-bar { padding: 8px 12px; }
.x-modal-bar button { border: 0; background: none; font-size: 18px; cursor: pointer; }
.x-visually-hidden { position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px; overflow: hidden; }
`;
