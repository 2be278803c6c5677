import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  // Each test launches its own Chromium profile; a few in parallel is plenty.
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  // A flaky e2e test is a bug to fix, not to retry past.
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  outputDir: '../test-results',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'extension', testIgnore: /(managed-policy|force-install)\.spec\.ts/ },
    {
      // A real Chromium policy file. Normally only its own browser sees it (managed-policy.ts);
      // where that is impossible it is machine-wide, so this project waits for every other test
      // to finish and runs its few tests one at a time.
      name: 'managed-policy',
      testMatch: /(managed-policy|force-install)\.spec\.ts/,
      dependencies: ['extension'],
      fullyParallel: false,
      // One policy file at a time: in the machine-wide fallback two files would both set "3rdparty".
      workers: 1,
    },
  ],
});
