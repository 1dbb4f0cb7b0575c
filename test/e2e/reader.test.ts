import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUrl, launchBrowser, noBrowser, openPage } from './browser';

const SEED_PATH = '/notes/mlops/kubeflow-vertex-ai-sagemaker-pipelines';

describe.skipIf(noBrowser)('reading notes in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the seed note: its comparison table, highlighted Python and three questions that unfold', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, SEED_PATH);
    await page.getByRole('columnheader', { name: 'Kubeflow Pipelines' }).waitFor();

    const keyword = page.locator('code.language-python .hljs-keyword').first();
    await keyword.waitFor();
    const colours = await keyword.evaluate((element) => [
      getComputedStyle(element).color,
      getComputedStyle(element.closest('code')!).color,
    ]);
    expect(colours[0]).not.toBe(colours[1]);

    const questions = page.locator('.interview-question');
    await expect(questions.count()).resolves.toBe(3);
    await expect(page.locator('.interview-question .chip', { hasText: '새 카드' }).count()).resolves.toBe(3);
    for (let i = 0; i < 3; i += 1) {
      const question = questions.nth(i);
      const answer = question.locator('.interview-answer');
      expect(await answer.isVisible()).toBe(false);
      if (i === 0) {
        await question.locator('summary').focus();
        await page.keyboard.press('Enter');
      } else {
        await question.locator('summary').click();
      }
      await answer.waitFor({ state: 'visible' });
      await expect(answer.innerText()).resolves.not.toBe('');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws mermaid as SVG, keeps a broken diagram as source, and fits a phone screen', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 360, height: 800 } });
    const { page, errors } = await openPage(context, '/notes/reader/rich-note', fixtureUrl);
    await page.locator('.mermaid-diagram svg').first().waitFor();
    await expect(page.locator('.mermaid-diagram svg').count()).resolves.toBe(1);
    await page.getByText('다이어그램을 그리지 못해 원본을 표시합니다.').waitFor();
    await expect(page.locator('pre.mermaid-source', { hasText: 'not a diagram' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.katex').first().isVisible()).resolves.toBe(true);
    // Wide tables and long tokens scroll or wrap inside their box, never the page.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a linked note inside the app without reloading the page', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/notes/reader/rich-note', fixtureUrl);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('link', { name: '이진 탐색 다시' }).click();
    await page.getByRole('heading', { level: 1, name: '이진 탐색 (Binary Search)' }).waitFor();
    await expect(page.evaluate(() => 'sameDocument' in window)).resolves.toBe(true);
    const external = page.getByRole('link', { name: '예시 사이트' });
    await page.goBack();
    await expect(external.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a note with <img onerror>, javascript: links and hostile diagrams without running any of it', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    // An <img> in a diagram label would fetch its src: a remote one is a tracking pixel.
    const imageRequests: string[] = [];
    context.on('request', (request) => {
      if (request.resourceType() === 'image' && /\/x$/.test(request.url())) imageRequests.push(request.url());
    });
    const { page, errors } = await openPage(context, '/notes/reader/unsafe-note', fixtureUrl);
    await page.getByRole('heading', { level: 1, name: /위험한 노트/ }).waitFor();
    await page.locator('.interview-question summary').click();
    await page.locator('.mermaid-diagram, .mermaid-error').first().waitFor();
    await page.getByText('[x](javascript:alert(1))', { exact: false }).first().click();
    await page.waitForTimeout(300);
    await expect(
      page.locator('main img[onerror], main script, main iframe, main [href^="javascript"]').count(),
    ).resolves.toBe(0);
    expect(imageRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
