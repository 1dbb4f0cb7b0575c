import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, noBrowser, openPage } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const SEED_TITLE = /ML 플랫폼 파이프라인: Kubeflow, Vertex AI, SageMaker 비교/;

describe.skipIf(noBrowser)('searching notes in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Initial consonants, and a phrase typed without its space.
  for (const query of ['ㅋㅂㄴㅌㅅ', '관리형서비스']) {
    it(`finds the seed note for "${query}" from the home page and opens it with Enter`, async () => {
      const context = await browser.newContext({ locale: 'ko-KR' });
      const { page, errors } = await openPage(context, '/');
      await page.getByRole('row', { name: /mlops/ }).waitFor();
      await page.keyboard.press('/');
      const box = page.getByRole('combobox', { name: '노트 검색' });
      await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
      await page.keyboard.type(query);
      const option = page.getByRole('listbox', { name: '검색 결과' }).getByRole('option', { name: SEED_TITLE });
      await option.waitFor();
      await expect(option.locator('mark').first().innerText()).resolves.not.toBe('');
      await option.getAttribute('aria-selected').then((selected) => expect(selected).toBe('true'));
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => decodeURIComponent(url.pathname) === `/notes/${SEED_ID}`);
      await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('keeps the option chosen with the arrow keys in view on a small screen', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 360, height: 420 } });
    const { page, errors } = await openPage(context, '/');
    await page.getByRole('row', { name: /mlops/ }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('ㅁ');
    const list = page.getByRole('listbox', { name: '검색 결과' });
    await list.getByRole('option').first().waitFor();
    const count = await list.getByRole('option').count();
    expect(count).toBeGreaterThan(3);
    for (let i = 1; i < count; i += 1) await page.keyboard.press('ArrowDown');
    const active = list.locator('[aria-selected="true"]');
    const [listBox, activeBox] = await Promise.all([list.boundingBox(), active.boundingBox()]);
    expect(activeBox!.y).toBeGreaterThanOrEqual(listBox!.y - 1);
    expect(activeBox!.y + activeBox!.height).toBeLessThanOrEqual(listBox!.y + listBox!.height + 1);
    await expect(page.getByRole('status').filter({ hasText: '검색 결과' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
