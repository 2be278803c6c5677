import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIST } from './extension';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Everything that ends up in the bundle. */
const SOURCES = ['entrypoints', 'src', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds the Chrome extension when the build is missing or older than its sources, so
 * `npx playwright test` alone never tests a stale bundle. `npm test` builds first anyway.
 */
export default function globalSetup(): void {
  if (process.env.SECOND_LOOK_EXTENSION) return;
  const manifest = join(EXTENSION_DIST, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (built >= changed) return;
  console.log(built ? 'Extension build is stale; rebuilding.' : 'No extension build; building.');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
