// bundle.ts loads .css files as text (esbuild's text loader); each fixture injects an editor's own
// stylesheet where that editor lives, the document or a shadow root.
declare module '*.css' {
  const text: string;
  export default text;
}
