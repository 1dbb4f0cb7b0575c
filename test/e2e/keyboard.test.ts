import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, noBrowser, openPage } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const STUDY = `/study?note=${encodeURIComponent(SEED_ID)}`;

/** What has focus: an id, else the tag and its text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return element.id ? `#${element.id}` : `${element.tagName.toLowerCase()} ${element.textContent?.trim() ?? ''}`;
  });
}

describe.skipIf(noBrowser)('keyboard only, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('skips to the content with the first Tab, and moves focus to the new page title on navigation', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toBe('#main');

    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '노트', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/notes');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await expect(focused(page)).resolves.toBe('h1 노트 둘러보기');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the shortcut list with ?, closes it with Escape, and gives focus back', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const dialog = page.getByRole('dialog', { name: '키보드 단축키' });

    const button = page.getByRole('button', { name: '단축키' });
    await button.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect(dialog.evaluate((element) => element.contains(document.activeElement))).resolves.toBe(true);
    await expect(dialog.innerText()).resolves.toMatch(/Ctrl\s*\+\s*Z/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    // `?` typed into the search box is text, not the shortcut.
    await page.keyboard.press('/');
    await page.keyboard.type('?');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('combobox').inputValue()).resolves.toBe('?');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('studies by keyboard: the revealed answer takes focus, and grade keys do nothing behind the help dialog', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, STUDY);
    const reveal = page.getByRole('button', { name: /정답 보기/ });
    await reveal.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).waitFor();
    await expect(page.locator('.card-answer').evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    // Tab goes on from the answer: its note link, then the grades.
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatch(/^a ML 플랫폼/);

    await page.keyboard.press('Shift+?');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('4');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await expect(page.locator('.grade-buttons').isVisible()).resolves.toBe(true);

    const question = await page.locator('#card-question').innerText();
    await page.keyboard.press('4');
    await page.waitForFunction(
      (previous) => document.querySelector<HTMLElement>('#card-question')?.innerText !== previous,
      question,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
