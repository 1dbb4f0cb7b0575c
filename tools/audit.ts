/**
 * `npm run audit`: Lighthouse (pinned 12.2.3) on the built app, served by
 * `vite preview`, in Debian's Chromium. Prints the performance,
 * accessibility and best-practices scores of the main routes, on
 * Lighthouse's mobile profile (a mid-range phone on a slow 4G link) and on
 * its desktop profile.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { build, preview } from 'vite';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium';

const SEED = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const ROUTES = ['/', `/notes/${SEED}`, `/study?note=${encodeURIComponent(SEED)}`, '/interview'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`audit: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}

await build({ logLevel: 'warn' });
const server = await preview({ logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('preview server has no port');
const origin = `http://127.0.0.1:${address.port}`;
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS });

const failures: string[] = [];
try {
  for (const [profile, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ] as const) {
    console.log(`\n${profile}\n${'route'.padEnd(60)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
    for (const route of ROUTES) {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
      const result = await lighthouse(origin + route, flags, config);
      if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
      const scores = CATEGORIES.map((category) => result.lhr.categories[category]?.score ?? null);
      console.log(
        route.padEnd(60) + scores.map((s) => (s === null ? 'n/a' : String(Math.round(s * 100))).padStart(16)).join(''),
      );
      // Why a score is below 100: the failing audits, so a regression names its cause.
      for (const category of CATEGORIES) {
        for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
            failures.push(`${profile} ${route} ${category}: ${audit.id} (${audit.displayValue ?? audit.score})`);
          }
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
if (failures.length > 0) console.log(`\nBelow 0.9:\n${[...new Set(failures)].map((f) => `  ${f}`).join('\n')}`);
