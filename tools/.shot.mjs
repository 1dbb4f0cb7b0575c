import { chromium } from 'playwright-core';
const [, , url, out, w = '1000', h = '900', lang = 'ko-KR'] = process.argv;
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
const c = await b.newContext({ viewport: { width: +w, height: +h }, locale: lang });
const p = await c.newPage();
p.on('console', (m) => console.log('console:', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto(url);
await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: true });
await b.close();
