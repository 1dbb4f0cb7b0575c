/**
 * `npm run screenshots`: the README's pictures, taken from the built app in
 * Debian's Chromium at a phone size (360×640) and a desktop size (1280×800):
 * the home page, a flashcard with its answer shown, and the seed note.
 * Written to docs/screenshots/; run again when the look changes.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium';

const OUT_DIR = path.resolve(import.meta.dirname, '../docs/screenshots');
const SEED = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const SIZES = { phone: { width: 360, height: 640 }, desktop: { width: 1280, height: 800 } };

const SHOTS: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/', ready: (page) => page.locator('.count.new').first().waitFor() },
  {
    name: 'study',
    path: `/study?note=${encodeURIComponent(SEED)}`,
    ready: async (page) => {
      await page.locator('#card-question').waitFor();
      await page.keyboard.press('Space');
      await page.locator('.card-answer').waitFor();
    },
  },
  {
    name: 'note',
    path: `/notes/${SEED}`,
    ready: (page) => page.locator('code.language-python .hljs-keyword').first().waitFor(),
  },
];

await build({ logLevel: 'warn' });
const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_FLAGS,
});
mkdirSync(OUT_DIR, { recursive: true });
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const context = await browser.newContext({
      viewport,
      locale: 'ko-KR',
      deviceScaleFactor: size === 'phone' ? 2 : 1,
    });
    for (const shot of SHOTS) {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${address.port}${shot.path}`);
      await shot.ready(page);
      // Fonts and lazy styles settle before the picture.
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(OUT_DIR, `${shot.name}-${size}.png`);
      await page.screenshot({ path: file });
      console.log(path.relative(process.cwd(), file));
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
