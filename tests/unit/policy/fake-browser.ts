import { vi } from 'vitest';

/**
 * Every test file that imports this runs src/policy against WXT's in-memory fake browser
 * (storage.local, storage.managed and onChanged behave like the real ones).
 */
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

export { fakeBrowser } from 'wxt/testing/fake-browser';
