import path from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { mundapContent } from './tools/vite-plugin-content';

// CI shares two cores between jsdom workers and Chromium: a timing-sensitive
// test gets one more run there, and is reported as retried. Locally none.
const CI_RETRY = process.env.CI ? 1 : 0;

// Four suites, one command: pure core, Dexie on fake-indexeddb, React
// components in jsdom, and the built app in Debian's Chromium.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['test/core/**/*.test.ts', 'test/tools/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['test/db/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        // Component tests run over fixture notes written for them.
        plugins: [mundapContent({ dir: 'test/fixtures/content' })],
        // Without the PWA plugin (and service workers in jsdom), the shell's
        // update prompt imports a stub that never registers anything.
        resolve: {
          alias: {
            'virtual:pwa-register/react': path.resolve(import.meta.dirname, 'test/stubs/pwa-register-react.ts'),
          },
        },
        test: {
          name: 'ui',
          include: ['test/{features,ui,app,state,i18n}/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup-dom.ts'],
          // Whole routes render per test; on a loaded two-core machine 5 s is tight.
          testTimeout: 15_000,
          retry: CI_RETRY,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // One built app and one browser for the whole suite.
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          retry: CI_RETRY,
          fileParallelism: false,
        },
      },
    ],
  },
});
