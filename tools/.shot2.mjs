import { chromium } from 'playwright-core';
const [, , url, out, w = '900', h = '900', lang = 'ko-KR', theme = 'light'] = process.argv;
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const c = await b.newContext({ viewport: { width: +w, height: +h }, locale: lang, colorScheme: theme });
const p = await c.newPage();
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto(url);
await p.locator('#card-question').waitFor();
await p.keyboard.press('Space');
await p.waitForTimeout(500);
await p.screenshot({ path: out });
await b.close();
