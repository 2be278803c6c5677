import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { storeSafePlugin } from './src/build/store-safe';
import { ocrPublicAssets } from './src/ocr/bundle-assets';
import { FACE_API_ALIASES, facePublicAssets } from './src/ocr/faces/build';
import { managedStorageSchemaText } from './src/policy/managed-schema';

/**
 * Public half of the signing key, base64 DER (SubjectPublicKeyInfo). It pins the Chrome
 * extension id for unpacked and policy-installed builds, so IT policies (ExtensionSettings,
 * 3rdparty managed storage) and the e2e tests can name the extension:
 *
 *   extension id: oheikedilohjbaiaeicdbifckjnnogpg
 *   (first 32 hex chars of sha256(DER), 0-9a-f mapped to a-p; also EXTENSION_ID in
 *   tests/e2e/extension.ts)
 *
 * Development only: its private half was never kept, so nothing signed can carry this id. A store
 * gets the zip without `key` and assigns its own id; a self-hosted CRX gets the id of the
 * organisation's own signing key (`npm run package`, docs/admin.md).
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp3zvzMOSxXtDSBjiERfGFtKCruW2ii4YcXCRMmFJMaO0T7TL9AtxvnsIx99Wifz6Vv/aY7oK/iyMMP/PdJ/46kdJ5g2MiYCg4ake31T+C49wqOtyahdqho3TzzNVKLvuftwzJXkoH3nfwiw3qc98xk3b4pkaBa3XbJbivA7B9O5MXpuJKDjGNPfPqX5CvLmDuizCs3bjSF4OoOf4PSfpQnzeST15GIAGOqyCwjs0wHm14E8eMEG2/cThe9HK5uLYXrqYhjjqKmncTcZ452uzQtSdCKfSzcHj0eScDCd01TWzfRpYobiSUS9fbQ+DzIz8FE2gxM/hDI/S86sceZiHvQIDAQAB';

/**
 * Extension pages may run only their own bundled scripts, and fetch only their own files: the
 * privacy promise does not rest on code alone (a `fetch` to any host from the popup fails).
 * 'wasm-unsafe-eval' is for the bundled OCR core (tesseract wasm); the OCR worker, core and
 * language data are the extension's own files ('self'). Nothing remote, no eval. WXT turns this
 * into the MV2 string form for Firefox.
 */
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'";

/**
 * The content script's entry gets Second Look's context class instead of WXT's (see
 * entrypoints/content/page-proof-context.ts): no start-up message to the page, and no teardown a
 * page script can trigger. Only the import in WXT's entry wrapper is redirected, and only in
 * builds: `wxt` dev mode reloads content scripts by starting a new copy, which needs WXT's own.
 */
const pageProofContext = {
  name: 'second-look:page-proof-content-context',
  enforce: 'pre' as const,
  apply: 'build' as const,
  resolveId(source: string, importer: string | undefined) {
    if (source !== 'wxt/utils/content-script-context' || !importer?.includes('virtual:wxt-content-script-isolated-world-entrypoint')) return null;
    return fileURLToPath(new URL('./entrypoints/content/page-proof-context.ts', import.meta.url));
  },
};

export default defineConfig({
  srcDir: '.',
  manifest: ({ browser }) => ({
    name: 'Second Look',
    // The oldest browsers with everything the extension uses: Chrome/Edge 116 (runtime.getContexts
    // for the offscreen OCR host, AbortSignal.any); Firefox 140 (the CSS Custom Highlight API and
    // data_collection_permissions), which is also the current ESR.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    description:
      'Warns clinicians before they post patient information or unprofessional content. Everything stays on your device.',
    // `offscreen` is Chrome's OCR host (a service worker cannot start Workers); Firefox runs OCR
    // in its background page. `scripting` registers the content script on sites the user or IT
    // adds, and `activeTab` lets the popup name the site in front of the user; each added site's
    // host permission is optional, asked for when it is added (no warning at install).
    permissions: browser === 'firefox' ? ['storage', 'scripting', 'activeTab'] : ['storage', 'offscreen', 'scripting', 'activeTab'],
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: 'Second Look' },
    // What IT may set through managed storage (Chrome/Edge policy, Firefox 3rdparty policies).
    storage: { managed_schema: 'managed_schema.json' },
    // Chrome-only: Firefox warns on `key` and identifies the add-on by its gecko id instead
    // (managed storage in Firefox is keyed by that id).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'second-look@second-look',
              strict_min_version: '140.0',
              // Firefox's data consent: Second Look collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: CHROME_PUBLIC_KEY }),
  }),
  // Vite 8 transforms with oxc, which today reads tsconfig's jsxImportSource (the bundle is
  // byte-identical without this); pinned so Preact's runtime survives a transformer change.
  hooks: {
    // Generated from the zod policy schema on every build, so the two cannot drift (a unit test
    // also compares the committed file with the schema).
    'build:before': () => {
      writeFileSync(new URL('./public/managed_schema.json', import.meta.url), managedStorageSchemaText());
    },
    // tesseract.js worker, wasm cores and English model, and face-api's face detector model,
    // copied from node_modules into the build (never committed) so OCR runs with no network request.
    'build:publicAssets': (_wxt, files) => {
      files.push(...ocrPublicAssets(), ...facePublicAssets());
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // face-api's imports of the full tfjs resolved to tfjs-core and its CPU backend (faces/build.ts).
    resolve: { alias: FACE_API_ALIASES },
    // pageProofContext: see above. storeSafePlugin: no eval, no remote URLs, no HTML injection
    // from dependencies (src/build/store-safe.ts).
    plugins: [pageProofContext, storeSafePlugin()],
  }),
});
