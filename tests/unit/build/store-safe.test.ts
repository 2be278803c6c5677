import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/build/check-bundle';
import { applyPatches, bundlePatches, workerPatches, type Patch } from '../../../src/build/store-safe';

const require = createRequire(import.meta.url);

/** The installed files the build patches, resolved as the bundler resolves them. */
const inPackage = (name: string, path: string) => join(dirname(require.resolve(`${name}/package.json`)), path);
const PATCHED = [
  inPackage('zod', 'v4/core/util.js'),
  inPackage('zod', 'v4/core/doc.js'),
  inPackage('regenerator-runtime', 'runtime.js'),
  inPackage('tesseract.js', 'src/worker/browser/defaultOptions.js'),
  inPackage('preact', 'dist/preact.mjs'),
  inPackage('tesseract.js', 'dist/worker.min.js'),
  inPackage('exifr', 'dist/full.esm.mjs'),
  // zxing-wasm exports no package.json: found from its reader's .wasm (dist/reader/).
  join(dirname(require.resolve('zxing-wasm/reader/zxing_reader.wasm')), '..', 'es', 'share.js'),
];
/**
 * tfjs files whose only flagged text is a documentation link in an error or warning string (their
 * comments hold more links, which the minifier drops, so they are compared without comments).
 */
const LINKS_ONLY = [
  inPackage('@tensorflow/tfjs-core', 'dist/io/http.js'),
  inPackage('@tensorflow/tfjs-backend-cpu', 'dist/backend_cpu.js'),
  inPackage('@tensorflow/tfjs-backend-wasm', 'dist/backend_wasm.js'),
  inPackage('@tensorflow/tfjs-backend-wasm', 'wasm-out/tfjs-backend-wasm-threaded-simd.js'),
];
const ALL: Patch[] = [...bundlePatches(), ...workerPatches()];

describe('store-safe patches', () => {
  it.each(PATCHED)('%s: what a reviewer flags is there before, and gone after', (file) => {
    const before = readFileSync(file, 'utf8');
    // Whole-line comments go: the minifier drops them (zod's explains its `new Function` probe).
    const flagged = (code: string) => checkText('x.js', code.replace(/^\s*\/\/.*$/gm, '')).filter((v) => v.kind !== 'remote-url' || !/^https?:\/\/(?:www\.)?github\.com\//.test(v.text));
    expect(flagged(before).length).toBeGreaterThan(0);
    const after = applyPatches(before, file, ALL);
    expect(flagged(after)).toEqual([]);
  });

  it.each(LINKS_ONLY)('%s: its link in a message is there before, and gone after', (file) => {
    const before = readFileSync(file, 'utf8');
    const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const urls = (text: string) => checkText('x.js', code(text)).filter((v) => v.kind === 'remote-url');
    expect(urls(before).length).toBeGreaterThan(0);
    expect(urls(applyPatches(before, file, ALL))).toEqual([]);
  });

  it('every patch applies to an installed file', () => {
    for (const patch of ALL) expect([...PATCHED, ...LINKS_ONLY].some((f) => patch.module.test(f.replaceAll('\\', '/')))).toBe(true);
  });

  it('a dependency whose text changed fails the build, naming the patch', () => {
    const file = '/x/node_modules/zod/v4/core/util.js';
    expect(() => applyPatches('export const allowsEval = () => true;', file, bundlePatches())).toThrow(/expected 1 occurrence.*review src\/build\/store-safe\.ts/s);
  });

  it('leaves other modules alone', () => {
    const code = 'x = eval(y)';
    expect(applyPatches(code, '/x/node_modules/other/index.js', ALL)).toBe(code);
  });
});
