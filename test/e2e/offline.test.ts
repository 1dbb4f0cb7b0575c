import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, distDir, launchBrowser, launchPersistentContext, noBrowser, openPage, readStore } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const OFFLINE_CHIP = '오프라인 — 진행 상황은 이 기기에 저장됩니다';

/** The service worker has precached the app and controls the page (it claims the first visit's page). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

async function readGrades(page: Page): Promise<number[]> {
  return (await readStore<{ grade: number }>(page, 'reviews')).map((review) => review.grade);
}

/**
 * Deploys a sw.js that differs by one comment, so the browser's update check
 * finds a new version. (Request interception does not see the browser's own
 * fetch of a worker script, so the served file itself changes.) Returns the
 * function that puts the original back for the other test files.
 */
function publishNewVersion(): () => void {
  const file = path.join(distDir, 'sw.js');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\n// the next version\n`);
  return () => writeFileSync(file, original);
}

describe.skipIf(noBrowser)('offline after one visit, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('studies offline: a deep link reloaded offline, a rating kept through another offline reload', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/');
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.getByText(OFFLINE_CHIP).waitFor();
    await page.goto(`${baseUrl}/study?note=${encodeURIComponent(SEED_ID)}&kind=qa`);
    await page.reload();
    await page.locator('#card-question').waitFor();
    await page.getByText(OFFLINE_CHIP).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).waitFor();
    await page.keyboard.press('3');
    await expect.poll(() => readGrades(page)).toEqual([3]);

    await page.reload();
    await page.locator('#card-question').waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect(readGrades(page)).resolves.toEqual([3]);
    // The rated card (Good on a new card: learning, due in 10 minutes) has left the queue of new cards.
    await expect(page.locator('.study-progress').textContent()).resolves.toContain('새 카드 2,');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads the seed note offline, with its table and highlighted code, and opens the interview setup', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await page.goto(`${baseUrl}/notes/${SEED_ID}`);
    await page.getByRole('columnheader', { name: 'Kubeflow Pipelines' }).waitFor();
    await page.locator('code.language-python .hljs-keyword').first().waitFor();

    await page.goto(`${baseUrl}/interview`);
    await page.getByRole('button', { name: '면접 시작' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers a new version and reloads into it without losing the answer being typed', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/interview');
    await waitForServiceWorker(page);

    await page.getByLabel('질문 수').fill('1');
    await page.getByRole('button', { name: '면접 시작' }).click();
    const box = page.getByRole('textbox', { name: '내 답변' });
    await box.fill('관리 부담이 줄어듭니다');

    const unpublish = publishNewVersion();
    try {
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await page.getByRole('button', { name: '새 버전이 있습니다 — 새로고침' }).waitFor();
    } finally {
      unpublish();
    }
    await expect(box.inputValue()).resolves.toBe('관리 부담이 줄어듭니다');

    // The new worker takes over and the page reloads into it, with the answer as it was.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: '새 버전이 있습니다 — 새로고침' }).click(),
    ]);
    await expect(page.getByRole('textbox', { name: '내 답변' }).inputValue()).resolves.toBe('관리 부담이 줄어듭니다');
    await expect(page.getByRole('button', { name: '새 버전이 있습니다 — 새로고침' }).count()).resolves.toBe(0);
    await expect(
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
    ).resolves.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is installable: a complete manifest and no installability errors in Chromium', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'mundap-install-'));
    const context = await launchPersistentContext(profile);
    const { page, errors } = await openPage(context, '/');
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const manifest = await (await page.request.get(`${baseUrl}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: '문답 — 기술 면접 노트',
      short_name: '문답',
      lang: 'ko',
      display: 'standalone',
      start_url: '/',
      scope: '/',
      theme_color: '#2456c7',
    });
    expect(manifest.description).toMatch(/^[\x20-\x7e—]+$/);
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
    expect(icons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sizes: '192x192', purpose: 'any' }),
        expect.objectContaining({ sizes: '512x512', purpose: 'any' }),
        expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }),
      ]),
    );
    for (const icon of icons) {
      const response = await page.request.get(baseUrl + icon.src);
      expect(response.ok(), icon.src).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});
