import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, noBrowser, openPage, readStore } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const SEED_QUESTIONS = [
  '관리형 서비스를 사용하는 것의 장단점',
  'Vertex AI Pipelines가 Kubeflow를 기반으로',
  'SageMaker Pipelines 대신 Kubeflow를 선택',
];

/** The review log and card states, straight from the page's IndexedDB. */
async function readProgress(page: Page): Promise<{ reviews: number; grades: number[]; dueAfter: number[] }> {
  const reviews = await readStore<{ grade: number }>(page, 'reviews');
  const states = await readStore<{ due: number }>(page, 'cardStates');
  return {
    reviews: reviews.length,
    grades: reviews.map((review) => review.grade),
    dueAfter: states.map((state) => state.due - Date.now()),
  };
}

describe.skipIf(noBrowser)('studying the seed note in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reveals and rates all three questions with Easy, finishes, and keeps the progress after a reload', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, `/study?note=${encodeURIComponent(SEED_ID)}&kind=qa`);
    const seen: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const question = page.locator('#card-question');
      await question.waitFor();
      seen.push((await question.innerText()).trim());
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).waitFor();
      await expect(page.locator('.card-answer').innerText()).resolves.toContain('모범 답안');
      await page.keyboard.press('4');
      await page.waitForFunction(
        (previous) => document.querySelector('#card-question')?.textContent?.trim() !== previous,
        seen[i],
      );
    }
    for (const fragment of SEED_QUESTIONS) expect(seen.some((text) => text.includes(fragment))).toBe(true);
    await page.getByRole('heading', { name: '지금 공부할 카드를 모두 마쳤습니다' }).waitFor();
    await expect(page.locator('.next-due').innerText()).resolves.toMatch(/다음 복습은 .*일 후/);

    await page.reload();
    await page.getByRole('heading', { name: '지금 공부할 카드를 모두 마쳤습니다' }).waitFor();
    const progress = await readProgress(page);
    expect(progress.reviews).toBe(3);
    expect(progress.grades).toEqual([4, 4, 4]);
    expect(progress.dueAfter).toHaveLength(3);
    for (const ms of progress.dueAfter) expect(ms).toBeGreaterThan(12 * 3600 * 1000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('undoes a rating with Ctrl+Z and shows the same card again', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, `/study?note=${encodeURIComponent(SEED_ID)}`);
    const question = page.locator('#card-question');
    await question.waitFor();
    const first = (await question.innerText()).trim();
    await page.getByRole('button', { name: /정답 보기/ }).click();
    await page.getByRole('button', { name: /^좋음/ }).click();
    await page.waitForFunction(
      (previous) => document.querySelector('#card-question')?.textContent?.trim() !== previous,
      first,
    );
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (previous) => document.querySelector('#card-question')?.textContent?.trim() === previous,
      first,
    );
    expect((await readProgress(page)).reviews).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the seed deck with its new cards on the home page', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/');
    const row = page.getByRole('row', { name: /mlops/ });
    await row.waitFor();
    // Counts read from IndexedDB replace the placeholder once loaded.
    await row.locator('.count.new', { hasText: /^\d+$/ }).waitFor();
    expect(Number(await row.locator('.count.new').innerText())).toBeGreaterThanOrEqual(3);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ko');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(noBrowser)('without IndexedDB', () => {
  it('says progress cannot be saved, still shows notes, and never hangs on loading', async () => {
    const browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'ko-KR' });
    await context.addInitScript(() => {
      // As in browsers that ship without IndexedDB or block it entirely.
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    const { page, errors } = await openPage(context, `/study?note=${encodeURIComponent(SEED_ID)}`);
    await page.getByText(/진행 상황을 저장할 수 없어 공부를 시작할 수 없습니다/).waitFor();
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain('학습 기록을 저장할 수 없습니다');
    await page.goto(page.url().replace(/\/study.*/, `/notes/${SEED_ID}`));
    await page.getByRole('heading', { level: 1, name: /ML 플랫폼 파이프라인/ }).waitFor();
    expect(errors).toEqual([]);
    await browser.close();
  });
});
