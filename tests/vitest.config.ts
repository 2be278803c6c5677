import { defineConfig } from 'vitest/config';

import { fileURLToPath } from 'node:url';
import { FACE_API_ALIASES } from '../src/ocr/faces/build';

export default defineConfig({
  // Lives in tests/ to keep the top level small (docs/architecture.md); paths stay relative to the project.
  root: fileURLToPath(new URL('..', import.meta.url)),
  // face-api's tfjs imports resolved to the CPU-only set, as in the extension's build: the package
  // is transformed (not loaded by Node as is) so the aliases reach its imports.
  resolve: { alias: FACE_API_ALIASES },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Several tests run the engine over whole eval corpora; on a busy two-core machine that can
    // take more than vitest's default 5 s. Timing is measured by the benchmarks, not here.
    testTimeout: 30_000,
    server: { deps: { inline: ['@vladmandic/face-api'] } },
  },
});
