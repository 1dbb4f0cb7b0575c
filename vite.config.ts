import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaOptions } from './tools/pwa-options';
import { mundapContent } from './tools/vite-plugin-content';

// MUNDAP_CONTENT lets the e2e suite build the app over its own fixture notes.
export default defineConfig({
  plugins: [react(), mundapContent({ dir: process.env.MUNDAP_CONTENT ?? 'content' }), VitePWA(pwaOptions)],
  preview: { port: 4173, strictPort: false },
});
