/**
 * The face detector for a plain Node process (the CLI). face-api imports the full tfjs, which is
 * not installed: bundlers map it to the CPU-only set with FACE_API_ALIASES (wxt.config.ts,
 * tests/vitest.config.ts); Node gets the same map as a module resolution hook, registered before
 * face-api is first imported.
 */
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { FACE_API_ALIASES } from './build';
import type { DetectFaces } from '../types';

/**
 * Swaps an aliased specifier for its file and passes it on, so the TypeScript loader (tsx) that
 * runs the CLI resolves and compiles that file as it does the CLI's own; and reads tfjs-core's
 * ES module files as a bundler does: `../gradients` is `../gradients.js` beside a `gradients/`
 * folder, else the folder's index.js (Node refuses directory imports). Runs on Node's loader thread.
 */
const RESOLVE_HOOK = `
let aliases = {};
export function initialize(data) { aliases = data; }
export async function resolve(specifier, context, next) {
  try {
    return await next(aliases[specifier] ?? specifier, context);
  } catch (err) {
    if (err?.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') throw err;
    return next(specifier + '.js', context).catch(() => next(specifier + '/index.js', context));
  }
}`;

let registered = false;

export async function loadNodeFaceDetector(): Promise<DetectFaces> {
  if (!registered) {
    const urls = Object.fromEntries(Object.entries(FACE_API_ALIASES).map(([from, file]) => [from, pathToFileURL(file).href]));
    register(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`, { data: urls });
    registered = true;
  }
  const { nodeFaceDetector } = await import('./node');
  return nodeFaceDetector();
}
