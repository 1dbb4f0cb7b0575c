import { useState } from 'react';
import type { useRegisterSW as UseRegisterSW } from 'virtual:pwa-register/react';

/**
 * Stands for vite-plugin-pwa's virtual module in component tests (see
 * vitest.config.ts), which run without the PWA plugin and without service
 * workers: nothing registers and no update is waiting.
 */
export const useRegisterSW: typeof UseRegisterSW = () => ({
  needRefresh: useState(false),
  offlineReady: useState(false),
  updateServiceWorker: () => Promise.resolve(),
});
