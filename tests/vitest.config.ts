import { defineConfig } from 'vitest/config';

import { fileURLToPath } from 'node:url';

export default defineConfig({
  // Lives in tests/ to keep the top level small (docs/architecture.md); paths stay relative to the project.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Several tests run the engine over whole eval corpora; on a busy two-core machine that can
    // take more than vitest's default 5 s. Timing is measured by the benchmarks, not here.
    testTimeout: 30_000,
  },
});
