import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, fixtureUrl, launchBrowser, noBrowser, openPage } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const STUDY = `/study?note=${encodeURIComponent(SEED_ID)}`;
const PHONE = { width: 360, height: 640 };

const ROUTES: { path: string; origin?: string }[] = [
  { path: '/' },
  { path: '/notes' },
  { path: `/notes/${SEED_ID}` },
  // Wide tables, long code lines and display math: they scroll in their own boxes, never the page.
  { path: '/notes/reader/rich-note', origin: fixtureUrl },
  { path: STUDY },
  { path: '/health' },
  { path: '/settings' },
  { path: '/interview' },
  { path: '/interview/history' },
  { path: '/quiz' },
  { path: '/no-such-page' },
];

describe.skipIf(noBrowser)('a 360×640 phone screen in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('never scrolls the page sideways', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: PHONE });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const { path, origin = baseUrl } of ROUTES) {
      await page.goto(origin + path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  it('shows the question, the answer and all four grade buttons on the study screen', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: PHONE });
    const { page, errors } = await openPage(context, STUDY);
    await page.locator('#card-question').waitFor();
    await page.keyboard.press('Space');
    const grades = page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).getByRole('button');
    await grades.first().waitFor();

    // The grade bar sticks to the bottom of the screen while the card scrolls under it.
    const inView = async (): Promise<boolean[]> =>
      Promise.all(
        (await grades.all()).map(async (button) => {
          const box = await button.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height && box.x + box.width <= PHONE.width;
        }),
      );
    await expect(inView()).resolves.toEqual([true, true, true, true]);
    const question = await page.locator('#card-question').boundingBox();
    expect(question!.y).toBeGreaterThanOrEqual(0);

    // Scrolled to the end, the bar sits below the whole card and hides none of it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const card = await page.locator('.study-card').boundingBox();
    const bar = await page.locator('.study-actions').boundingBox();
    expect(card!.y + card!.height).toBeLessThanOrEqual(bar!.y + 1);
    await expect(inView()).resolves.toEqual([true, true, true, true]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
