import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mundapContent } from './tools/vite-plugin-content';

// MUNDAP_CONTENT lets the e2e suite build the app over its own fixture notes.
export default defineConfig({
  plugins: [react(), mundapContent({ dir: process.env.MUNDAP_CONTENT ?? 'content' })],
  preview: { port: 4173, strictPort: false },
});
