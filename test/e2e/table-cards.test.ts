import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, noBrowser, openPage, readStore } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
/** A table card's front: "<system> — <attribute>?". */
const TABLE_FRONT = /^(Kubeflow|Vertex AI|SageMaker) Pipelines — .+\?$/;

describe.skipIf(noBrowser)('table cards of the seed note in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the first table card and shows its answer in the whole table, one cell highlighted', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    // A new learner studies every kind: the note's questions and concept come first, then its table.
    const { page, errors } = await openPage(context, `/study?note=${encodeURIComponent(SEED_ID)}`);
    const question = page.locator('#card-question');
    let front = '';
    for (let rated = 0; rated < 6; rated += 1) {
      await question.waitFor();
      front = (await question.innerText()).trim();
      if (TABLE_FRONT.test(front)) break;
      await page.keyboard.press('Space');
      await page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).waitFor();
      await page.keyboard.press('4');
      await page.waitForFunction(
        (previous) => document.querySelector('#card-question')?.textContent?.trim() !== previous,
        front,
      );
    }
    expect(front).toBe('Kubeflow Pipelines — 기반 기술?');
    await expect(page.locator('table').count()).resolves.toBe(0);

    await page.keyboard.press('Space');
    const answer = page.getByRole('region', { name: '모범 답안' });
    const table = answer.locator('table');
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(6);
    await expect(table.locator('th, td').count()).resolves.toBe(4 * 7);
    const asked = table.locator('.asked-cell');
    await expect(asked.count()).resolves.toBe(1);
    await expect(asked.innerText()).resolves.toBe('쿠버네티스 (오픈소스)');
    await expect(table.locator('.asked-axis').allInnerTexts()).resolves.toEqual(['Kubeflow Pipelines', '기반 기술']);
    // Marked in a colour of its own, not only in the markup: the next cell of its row is plain.
    const background = await asked.evaluate((cell) => getComputedStyle(cell).backgroundColor);
    const plain = await table
      .locator('tbody td')
      .nth(2)
      .evaluate((cell) => getComputedStyle(cell).backgroundColor);
    expect(background).not.toBe(plain);

    // Rating it is one more review in the log, like any card, and the table's other cells wait for
    // tomorrow: the whole table was just on screen. Only the three code examples are left today.
    await page.keyboard.press('3');
    await page.waitForFunction(() => document.querySelector('#card-question')?.textContent?.startsWith('이 코드는'));
    await expect(readStore(page, 'reviews')).resolves.toHaveLength(5);
    await expect(page.locator('.study-progress .count.new').innerText()).resolves.toBe('3');
    expect(errors).toEqual([]);
    await context.close();
  });
});
