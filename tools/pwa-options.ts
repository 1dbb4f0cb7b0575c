import type { VitePWAOptions } from 'vite-plugin-pwa';
import { NOTE_IMAGE_EXTENSIONS } from './vite-plugin-content';

/**
 * The service worker and web app manifest (vite-plugin-pwa, generateSW).
 *
 * Studying happens on the way to an interview, often offline, so one visit
 * precaches everything the app can ever load: the shell, every note's lazy
 * chunk, the search index, the renderers (KaTeX, highlight.js, every mermaid
 * diagram chunk) and the note images. Nothing is fetched at run time from
 * anywhere else, so there are no runtime caching rules.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  // A new version waits until the learner chooses to reload (src/app/update-prompt.tsx),
  // so an answer being typed is never cut off by an automatic reload.
  registerType: 'prompt',
  // The update prompt registers the worker through virtual:pwa-register/react.
  injectRegister: false,
  // The icons sit in public/ and the glob below already precaches them (once).
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: '문답 — 기술 면접 노트',
    short_name: '문답',
    description: 'Flashcards, mock interviews and a reader for Korean tech-interview notes — works offline.',
    lang: 'ko',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#2456c7',
    background_color: '#f6f7f9',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    // KaTeX's stylesheet lists woff2 first, which every browser that runs a
    // service worker reads, so its woff and ttf copies are left out. (The
    // plugin adds the manifest itself.)
    globPatterns: [`**/*.{js,css,html,woff2,${NOTE_IMAGE_EXTENSIONS.join(',')}}`],
    // The mermaid chunks are about 700 kB each, and the search index grows
    // with the notes (about 1 MB for a few hundred); a file over the limit
    // would silently be left out of the precache and fail offline.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // Deep links (/study?note=…, /notes/…, /interview) reloaded offline get the app shell.
    navigateFallback: '/index.html',
    // The first visit's page is controlled at once, so it works offline without a second load.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
};
