import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The app built over test/fixtures/content (unsafe and feature-rich notes written for the tests). */
    fixtureUrl: string;
    /** Where baseUrl's files are, for the test that publishes a new service worker. */
    distDir: string;
    chromiumPath: string;
  }
}

/** Debian's Chromium; the suite never downloads a browser of its own. */
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

async function buildAndServe(root: string, outDir: string, contentDir?: string): Promise<PreviewServer> {
  // The content plugin reads MUNDAP_CONTENT when the config loads, i.e. on each build() call.
  const previous = process.env.MUNDAP_CONTENT;
  if (contentDir) process.env.MUNDAP_CONTENT = contentDir;
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (contentDir) {
      if (previous === undefined) delete process.env.MUNDAP_CONTENT;
      else process.env.MUNDAP_CONTENT = previous;
    }
  }
  return preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
}

function urlOf(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * Builds the app once as shipped and once over the fixture notes, and
 * serves each with `vite preview` on a free port for every e2e file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = CHROMIUM_CANDIDATES.find((candidate) => candidate && existsSync(candidate)) ?? '';
  project.provide('chromiumPath', chromiumPath);
  if (!chromiumPath) {
    console.warn("[e2e] SKIPPED: no Chromium found (install Debian's `chromium` or set CHROMIUM_PATH).");
    project.provide('baseUrl', '');
    project.provide('fixtureUrl', '');
    project.provide('distDir', '');
    return async () => {};
  }
  const root = path.resolve(import.meta.dirname, '../..');
  // A folder per run: two runs at once in one work tree must not empty each other's build.
  const outRoot = mkdtempSync(path.join(tmpdir(), 'mundap-e2e-'));
  const distDir = path.join(outRoot, 'app');
  const server = await buildAndServe(root, distDir);
  const fixtureServer = await buildAndServe(
    root,
    path.join(outRoot, 'fixture-app'),
    path.join(root, 'test/fixtures/content'),
  );
  project.provide('baseUrl', urlOf(server));
  project.provide('fixtureUrl', urlOf(fixtureServer));
  project.provide('distDir', distDir);
  return async () => {
    await Promise.all([server.close(), fixtureServer.close()]);
    rmSync(outRoot, { recursive: true, force: true });
  };
}
