import { existsSync } from 'node:fs';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/** Debian's Chromium; the suite never downloads a browser of its own. */
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Builds the app once, as shipped, and serves it with `vite preview` on a
 * free port for every e2e file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = CHROMIUM_CANDIDATES.find((candidate) => candidate && existsSync(candidate)) ?? '';
  project.provide('chromiumPath', chromiumPath);
  if (!chromiumPath) {
    console.warn("[e2e] SKIPPED: no Chromium found (install Debian's `chromium` or set CHROMIUM_PATH).");
    project.provide('baseUrl', '');
    return async () => {};
  }
  const root = path.resolve(import.meta.dirname, '../..');
  const outDir = path.join(root, 'node_modules/.e2e-dist');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server.close();
  };
}
