import { describe, expect, it } from 'vitest';
import { checkText, NAMES_NOT_ADDRESSES } from '../../../src/build/check-bundle';

const kinds = (name: string, text: string) => checkText(name, text).map((v) => v.kind);

describe('bundle check: what a store reviewer rejects', () => {
  it.each([
    ['the tesseract CDN default', 'c=o||"https://cdn.jsdelivr.net/npm/tesseract.js-core@v".concat(h)'],
    ['a fetch to an API', 'fetch(`https://api.example.com/v1/report`)'],
    ['a websocket', 'new WebSocket("wss://telemetry.example.net/socket")'],
    ['a dev server left in a package.json', 'wait:`wait-on http://localhost:3000/dist/tesseract.min.js`'],
  ])('flags a remote URL: %s', (_, code) => expect(kinds('chunks/a.js', code)).toEqual(['remote-url']));

  it.each([
    ['eval', 'x=eval(code)'],
    ["zod's eval probe", 'try{return Function(``),!0}catch{return!1}'],
    ['new Function', 'return this||new Function("return this")()'],
    ['an aliased Function', 'compile(){let e=Function,t=this.content;return new e(...t)}'],
    ['a string timer', 'setTimeout("tick()", 10)'],
    ['a dynamic import of a variable', 'Promise.resolve(t(require(e))):import(e).then(t)'],
  ])('flags code generation: %s', (_, code) => expect(kinds('background.js', code)).toContain('code-generation'));

  it.each([
    ['innerHTML', 'e.innerHTML=f.__html'],
    ['insertAdjacentHTML', 'el.insertAdjacentHTML("beforeend", s)'],
    ['document.write', 'document.write(s)'],
  ])('flags HTML injection: %s', (_, code) => expect(kinds('content-scripts/content.js', code)).toEqual(['html-injection']));

  it.each([
    ['a namespace', 'createElementNS("http://www.w3.org/2000/svg", t)'],
    ['match patterns built from a template', 'hosts.flatMap(e=>[`https://${e}/*`,`https://*.${e}/*`])'],
    ["zod's IPv6 probe", 'return Hn.test(e)?Sn(`http://[${e}]`):!1'],
    ['Function.prototype and names containing Function', 'Function.prototype.toString.call(f);e.isGeneratorFunction(n);class AsyncFunction{}'],
    ['an evaluate method', 'page.evaluate(() => 1); x.reevaluate(2)'],
    ['a dynamic import of a literal chunk', 'const m = await import("./chunks/engine.js"); x.import(y)'],
    ['innerText and textContent', 'e.innerText=t;e.textContent=""'],
  ])('passes harmless code: %s', (_, code) => expect(checkText('chunks/a.js', code)).toEqual([]));

  it('every allowed URL is listed with its reason, and passes exactly as written', () => {
    for (const [url, why] of Object.entries(NAMES_NOT_ADDRESSES)) {
      expect(why.length).toBeGreaterThan(10);
      expect(checkText('a.js', `x="${url}"`)).toEqual([]);
      expect(kinds('a.js', `x="${url}evil/"`)).toEqual(['remote-url']);
    }
  });

  it('reports the line of each problem', () => {
    expect(checkText('a.js', 'ok\nok\nx=eval(y)')).toMatchObject([{ line: 3, kind: 'code-generation' }]);
  });
});

describe('bundle check: the manifest', () => {
  const manifest = (extra: object) =>
    JSON.stringify({
      manifest_version: 3,
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
      content_scripts: [{ matches: ['https://x.com/*', 'https://*.x.com/*'], js: ['content.js'] }],
      ...extra,
    });

  it('passes site match patterns and a CSP of the extension’s own files', () => expect(checkText('manifest.json', manifest({}))).toEqual([]));
  it('passes https sites as optional hosts, asked for one at a time when a site is added', () => {
    expect(checkText('manifest.json', manifest({ optional_host_permissions: ['https://*/*'] }))).toEqual([]);
    expect(checkText('manifest.json', manifest({ manifest_version: 2, optional_permissions: ['https://*/*'] }))).toEqual([]);
  });
  it.each([
    ['an update_url', { update_url: 'https://example.org/updates.xml' }],
    ['eval in the CSP', { content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }],
    ['a remote script source', { content_security_policy: { extension_pages: "script-src 'self' https://cdn.example.com" } }],
    ['every site', { host_permissions: ['<all_urls>', 'https://*/*'] }],
    ['every site granted at install', { host_permissions: ['https://*/*'] }],
    ['every URL as an optional host', { optional_host_permissions: ['<all_urls>'] }],
    ['plain http sites as optional hosts', { optional_permissions: ['http://*/*'] }],
    ['a URL elsewhere', { homepage_url: 'https://example.org/' }],
  ])('flags %s', (_, extra) => expect(kinds('manifest.json', manifest(extra)).length).toBeGreaterThan(0));
});
