import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, noBrowser, openPage, readStore } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';

/** Rates every card of the seed note: Again, Good, Easy, so the statistics have more than one kind of answer. */
async function studySeed(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/study?note=${encodeURIComponent(SEED_ID)}`);
  for (const key of ['1', '3', '4']) {
    const question = page.locator('#card-question');
    await question.waitFor();
    const previous = (await question.innerText()).trim();
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).waitFor();
    await page.keyboard.press(key);
    await page.waitForFunction(
      (text) => document.querySelector('#card-question')?.textContent?.trim() !== text,
      previous,
    );
  }
}

/** The whole statistics page as a reader sees it, once the worker has answered. */
async function statsText(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/stats`);
  await page.locator('.stats-status', { hasText: /^카드 .*장 · 복습 .*회$/ }).waitFor();
  await page.locator('.stats-body:not(.updating)').waitFor();
  return page.locator('main').innerText();
}

/** What "clear site data" in the browser's settings does to this origin. */
async function clearSiteData(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl).origin, storageTypes: 'all' });
  await session.detach();
}

async function chooseBackup(page: Page, name: string, text: string): Promise<void> {
  await page.locator('.backup-file-input').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

describe.skipIf(noBrowser)('backing up and restoring in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('restores every review after the site data is cleared, and refuses a truncated file without changing anything', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', acceptDownloads: true });
    const { page, errors } = await openPage(context, '/');
    await studySeed(page);
    const before = await statsText(page);
    expect(before).toContain('복습 3회');

    await page.goto(`${baseUrl}/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '백업 내보내기' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mundap-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(backup) as { reviews: unknown[] };
    expect(exported.reviews).toHaveLength(3);

    await clearSiteData(context, page);
    await page.goto(`${baseUrl}/settings`);
    expect(await readStore(page, 'reviews')).toEqual([]);
    expect(await statsText(page)).not.toEqual(before);

    await page.goto(`${baseUrl}/settings`);
    await chooseBackup(page, download.suggestedFilename(), backup);
    await page.getByRole('heading', { name: /가져오면 바뀌는 것/ }).waitFor();
    await expect(page.locator('.backup-preview').innerText()).resolves.toContain('새 복습 기록 3개');
    await page.getByRole('button', { name: '합치기' }).click();
    await page.getByRole('heading', { name: '가져왔습니다' }).waitFor();
    expect(await statsText(page)).toEqual(before);

    // A download cut off half-way: refused with its reason, the restored progress untouched.
    const log = await readStore(page, 'reviews');
    const states = await readStore(page, 'cardStates');
    await page.goto(`${baseUrl}/settings`);
    await chooseBackup(page, 'cut.json', backup.slice(0, Math.floor(backup.length / 2)));
    await expect(page.getByRole('alert').innerText()).resolves.toContain('파일이 중간에 잘려 있습니다');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('아무것도 바뀌지 않았습니다');
    expect(await readStore(page, 'reviews')).toEqual(log);
    expect(await readStore(page, 'cardStates')).toEqual(states);
    expect(await statsText(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
