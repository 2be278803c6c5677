/**
 * Build-time only (wxt.config.ts): the OCR files to copy from node_modules into the extension.
 * Resolved through Node's module resolution so a dependency update moves them along.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { storeSafeWorker } from '../build/store-safe';
import { OCR_ASSETS, OCR_CORE_FILES } from './asset-paths';

const require = createRequire(import.meta.url);

/**
 * The model ships uncompressed: tesseract.js gunzips in JavaScript inside the worker, which cost
 * ~300 ms of every cold start (Chromium bench); the zip a store serves deflates it back to the
 * same ~2.9 MB, so only the unpacked install grows (5.2 MB instead of 2.9 MB). Written into the
 * git-ignored .wxt/ at every build.
 */
function uncompressedModel(gz: string): string {
  const out = fileURLToPath(new URL('../../.wxt/ocr/eng.traineddata', import.meta.url));
  if (existsSync(gz)) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, gunzipSync(readFileSync(gz)));
  }
  return out;
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

export function ocrPublicAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const files = [
    // Its CDN defaults and Function() fallbacks removed (src/build/store-safe.ts).
    { absoluteSrc: storeSafeWorker(join(packageDir('tesseract.js'), 'dist', 'worker.min.js')), relativeDest: OCR_ASSETS.worker },
    ...OCR_CORE_FILES.map((file) => ({ absoluteSrc: join(packageDir('tesseract.js-core'), file), relativeDest: `ocr/${file}` })),
    { absoluteSrc: require.resolve('zxing-wasm/reader/zxing_reader.wasm'), relativeDest: OCR_ASSETS.codes },
    {
      absoluteSrc: uncompressedModel(join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int', 'eng.traineddata.gz')),
      relativeDest: `${OCR_ASSETS.langDir}/eng.traineddata`,
    },
  ];
  // A missing asset would only show as an OCR host that never starts: fail the build instead.
  for (const f of files) if (!existsSync(f.absoluteSrc)) throw new Error(`OCR asset missing: ${f.absoluteSrc} (run npm ci)`);
  return files;
}
