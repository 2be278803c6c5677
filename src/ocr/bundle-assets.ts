/**
 * Build-time only (wxt.config.ts): the OCR files to copy from node_modules into the extension.
 * Resolved through Node's module resolution so a dependency update moves them along.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OCR_ASSETS, OCR_CORE_FILES } from './asset-paths';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

export function ocrPublicAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const files = [
    { absoluteSrc: join(packageDir('tesseract.js'), 'dist', 'worker.min.js'), relativeDest: OCR_ASSETS.worker },
    ...OCR_CORE_FILES.map((file) => ({ absoluteSrc: join(packageDir('tesseract.js-core'), file), relativeDest: `${OCR_ASSETS.coreDir}/${file}` })),
    {
      absoluteSrc: join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int', 'eng.traineddata.gz'),
      relativeDest: `${OCR_ASSETS.langDir}/eng.traineddata.gz`,
    },
  ];
  // A missing asset would only show as an OCR host that never starts: fail the build instead.
  for (const f of files) if (!existsSync(f.absoluteSrc)) throw new Error(`OCR asset missing: ${f.absoluteSrc} (run npm ci)`);
  return files;
}
