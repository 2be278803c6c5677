/**
 * Build-time only (wxt.config.ts): removes code generation, remote URLs and HTML injection that
 * third-party packages carry but Second Look never uses, so the bundle a store reviews holds none
 * of them (src/build/check-bundle.ts proves it on every build in `npm test`).
 *
 * Each patch names the exact text it replaces and how many times it must occur. When a dependency
 * update changes that text, the build fails and says which patch to review, instead of quietly
 * shipping the original.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

export interface Patch {
  /** Which module (its resolved path, with forward slashes) the patch applies to. */
  module: RegExp;
  find: string | RegExp;
  replace: string;
  /** Occurrences `find` must have; anything else fails the build. */
  count: number;
  why: string;
}

function tesseractVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('tesseract.js/package.json'), 'utf8')) as { version: string }).version;
}

/** Never reached in an extension page: a reachable copy would be a bug, so it throws. */
const UNREACHABLE = (what: string) => `(() => { throw new Error(${JSON.stringify(`${what} is not part of Second Look's build`)}); })()`;

/** Patches to modules Vite bundles into the extension's scripts. */
export function bundlePatches(): Patch[] {
  return [
    {
      module: /\/node_modules\/zod\/v4\/core\/util\.js$/,
      find: 'const F = Function;\n        new F("");\n        return true;',
      replace: 'return false;',
      count: 1,
      why: "zod probes for eval with `new Function('')` to enable its JIT parser; without it zod parses with its interpreter (its jitless mode), which the extension's CSP requires anyway.",
    },
    {
      module: /\/node_modules\/zod\/v4\/core\/doc\.js$/,
      find: /const F = Function;\n\s*const content = this\?\.content \?\? \[``\];\n\s*const factory = new F\([^\n]*\n\s*return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
      replace: `return ${UNREACHABLE("zod's JIT compiler")};`,
      count: 1,
      why: "the JIT's code generator, unused once the eval probe says no.",
    },
    {
      module: /\/node_modules\/regenerator-runtime\/runtime\.js$/,
      find: 'Function("r", "regeneratorRuntime = r")(runtime);',
      replace: 'void 0;',
      count: 1,
      why: 'a fallback for engines without globalThis (every supported browser has it).',
    },
    {
      module: /\/node_modules\/tesseract\.js\/src\/worker\/browser\/defaultOptions\.js$/,
      find: "require('../../../package.json').version",
      replace: JSON.stringify(tesseractVersion()),
      count: 1,
      why: "bundling tesseract.js's whole package.json ships its homepage, repository and dev-server URLs.",
    },
    {
      module: /\/node_modules\/tesseract\.js\/src\/worker\/browser\/defaultOptions\.js$/,
      find: '`https://cdn.jsdelivr.net/npm/tesseract.js@v${version}/dist/worker.min.js`',
      replace: "''",
      count: 1,
      why: "the CDN default for workerPath; src/ocr sets the bundled worker's path on every createWorker.",
    },
    {
      module: /\/node_modules\/exifr\/dist\/full\.esm\.mjs$/,
      find: 'import(/* webpackIgnore: true */ e)',
      replace: `Promise.reject(new Error("exifr's Node module loader is not part of Second Look's build"))`,
      count: 1,
      why: "exifr loads Node's http/https by a computed dynamic import when it runs outside a browser; the extension hands it bytes, never a URL, and a dynamic import of a variable is remote-code-shaped to a reviewer.",
    },
    {
      module: /\/node_modules\/zxing-wasm\/dist\/es\/share\.js$/,
      find: /`https:\/\/fastly\.jsdelivr\.net\/npm\/zxing-wasm@[^`]*`/,
      replace: "''",
      count: 1,
      why: "the CDN default for the barcode reader's .wasm; src/ocr/barcodes.ts always passes the bundled file's URL.",
    },
    {
      // preact's diff supports dangerouslySetInnerHTML; no component of ours uses it.
      module: /\/node_modules\/preact\/dist\/preact\.(?:mjs|module\.js)$/,
      find: /\b(\w+)\.innerHTML=(\w+)\.__html/,
      replace: UNREACHABLE('dangerouslySetInnerHTML'),
      count: 1,
      why: 'dangerouslySetInnerHTML writes HTML into the page; the UI renders nodes only.',
    },
    {
      module: /\/node_modules\/preact\/dist\/preact\.(?:mjs|module\.js)$/,
      find: /\b\w+\.__html==\w+\.innerHTML/,
      replace: '!1',
      count: 1,
      why: 'reads innerHTML only to compare a dangerouslySetInnerHTML value.',
    },
    {
      module: /\/node_modules\/preact\/dist\/preact\.(?:mjs|module\.js)$/,
      find: /\b(\w+)\.innerHTML=""/,
      replace: '$1.textContent=""',
      count: 1,
      why: 'clears a node that had dangerouslySetInnerHTML; textContent does the same without HTML.',
    },
    {
      module: /\/node_modules\/@tensorflow\/tfjs-core\/dist\/io\/http\.js$/,
      find: "'`fetch` (see ' +\n                'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API)'",
      replace: "'`fetch`'",
      count: 1,
      why: "a documentation link in tfjs's HTTP model loader's error message; the face model is read from the extension's own files.",
    },
    {
      module: /\/node_modules\/@tensorflow\/tfjs-backend-cpu\/dist\/backend_cpu\.js$/,
      find: 'backend, visit https://github.com/tensorflow/tfjs-node for more details. ',
      replace: 'backend. ',
      count: 1,
      why: "a link in tfjs's hint for Node.js users, which an extension never is.",
    },
    {
      module: /\/node_modules\/@tensorflow\/tfjs-backend-wasm\/wasm-out\/tfjs-backend-wasm-threaded-simd\.js$/,
      find: 'Blocking on the main thread is very dangerous, see https://emscripten.org/docs/porting/pthreads.html#blocking-on-the-main-browser-thread',
      replace: 'Blocking on the main thread is very dangerous',
      count: 1,
      why: "a documentation link in the threaded WebAssembly build's warning; the face detector never starts threads (src/ocr/faces/detect.ts).",
    },
    {
      module: /\/node_modules\/@tensorflow\/tfjs-backend-wasm\/dist\/backend_wasm\.js$/,
      find: "'bundled js file. For more details see https://github.com/tensorflow/tfjs/blob/master/tfjs-backend-wasm/README.md#using-bundlers'",
      replace: "'bundled js file.'",
      count: 1,
      why: "a documentation link in the error for a .wasm file that cannot be fetched; ours are the extension's own files.",
    },
  ];
}

/** Patches to tesseract.js's prebuilt worker script, which is copied into the build, not bundled. */
export function workerPatches(): Patch[] {
  const worker = /\/tesseract\.js\/dist\/worker\.min\.js$/;
  return [
    {
      module: worker,
      find: '"https://cdn.jsdelivr.net/npm/tesseract.js-core@v".concat(',
      replace: '"ocr-core-path-not-set/".concat(',
      count: 1,
      why: 'the CDN default for corePath; src/ocr always passes the bundled core. Left unset, the path now fails locally instead of downloading code.',
    },
    {
      module: worker,
      find: '"https://cdn.jsdelivr.net/npm/@tesseract.js-data/".concat(',
      replace: '"ocr-lang-path-not-set/".concat(',
      count: 1,
      why: 'the CDN default for langPath; src/ocr always passes the bundled model.',
    },
    {
      module: worker,
      find: 'Function("r","regeneratorRuntime = r")',
      replace: '(function(){})',
      count: 1,
      why: 'the regenerator-runtime fallback for engines without globalThis.',
    },
    {
      module: worker,
      find: 'new Function("return this")()',
      replace: 'globalThis',
      count: 1,
      why: "webpack's global-object fallback; a worker always has globalThis.",
    },
  ];
}

/** `code` with every patch for `id` applied; throws when a patch's text is not there as expected. */
export function applyPatches(code: string, id: string, patches: Patch[]): string {
  const path = id.replaceAll('\\', '/').replace(/\?.*$/, '');
  let out = code;
  for (const patch of patches) {
    if (!patch.module.test(path)) continue;
    const found =
      typeof patch.find === 'string' ? out.split(patch.find).length - 1 : (out.match(new RegExp(patch.find.source, `${patch.find.flags.replace('g', '')}g`)) ?? []).length;
    if (found !== patch.count) {
      throw new Error(
        `store-safe patch for ${path} expected ${patch.count} occurrence(s) of ${String(patch.find)}, found ${found}. ` +
          `The dependency changed: review src/build/store-safe.ts (${patch.why})`,
      );
    }
    out = typeof patch.find === 'string' ? out.replaceAll(patch.find, patch.replace) : out.replace(new RegExp(patch.find.source, `${patch.find.flags.replace('g', '')}g`), patch.replace);
  }
  return out;
}

/** The Vite plugin wxt.config.ts installs. */
export function storeSafePlugin(): Plugin {
  const patches = bundlePatches();
  return {
    name: 'second-look:store-safe',
    enforce: 'pre',
    transform(code, id) {
      if (!patches.some((p) => p.module.test(id.replaceAll('\\', '/').replace(/\?.*$/, '')))) return null;
      return { code: applyPatches(code, id, patches), map: null };
    },
  };
}

/** tesseract.js's worker script with its patches applied, written into the git-ignored .wxt/. */
export function storeSafeWorker(source: string): string {
  const out = fileURLToPath(new URL('../../.wxt/ocr/worker.min.js', import.meta.url));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, applyPatches(readFileSync(source, 'utf8'), source, workerPatches()));
  return out;
}
