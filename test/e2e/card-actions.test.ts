import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, noBrowser, openPage, readStore } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
// The note's three interview questions, so the counts below are small and exact.
const STUDY = `/study?note=${encodeURIComponent(SEED_ID)}&kind=qa`;

async function question(page: Page): Promise<string> {
  const element = page.locator('#card-question');
  await element.waitFor();
  return (await element.innerText()).trim();
}

async function nextQuestion(page: Page, previous: string): Promise<string> {
  await page.waitForFunction(
    (text) => document.querySelector('#card-question')?.textContent?.trim() !== text,
    previous,
  );
  return question(page);
}

/** The new-card count in the study header, once loaded. */
async function newCount(page: Page): Promise<number> {
  return Number(await page.locator('.study-progress .count.new').innerText());
}

async function deckNewCount(page: Page): Promise<number> {
  const row = page.getByRole('row', { name: /mlops/ });
  await row.locator('.count.new', { hasText: /^\d+$/ }).waitFor();
  return Number(await row.locator('.count.new').innerText());
}

describe.skipIf(noBrowser)('burying and suspending cards in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a buried and a suspended card out of the queue and the counts after a reload', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    // No daily cap, so the deck's count is every new card it has.
    const { page: settings, errors } = await openPage(context, '/settings');
    await settings.getByLabel('하루 새 카드 수').fill('9999');
    await settings.keyboard.press('Tab');
    await settings.getByRole('status').filter({ hasText: '저장되었습니다.' }).waitFor();
    await settings.goto(settings.url().replace(/\/settings$/, '/'));
    const deckBefore = await deckNewCount(settings);
    await settings.close();

    const { page } = await openPage(context, STUDY);
    const first = await question(page);
    expect(await newCount(page)).toBe(3);
    await page.keyboard.press('-');
    const second = await nextQuestion(page, first);
    await page.getByRole('status').filter({ hasText: '카드를 내일로 미뤘습니다.' }).waitFor();
    // Shift+2 on a US or Korean layout: the key Anki reads as "@".
    await page.keyboard.press('Shift+Digit2');
    const third = await nextQuestion(page, second);
    await page.waitForFunction(() => document.querySelector('.study-progress .count.new')?.textContent === '1');

    await page.reload();
    expect(await question(page)).toBe(third);
    expect(await newCount(page)).toBe(1);
    const states = await readStore<{ buriedUntil: number | null; suspended: boolean }>(page, 'cardStates');
    expect(states).toHaveLength(2);
    expect(states.filter((state) => state.suspended)).toHaveLength(1);
    const buried = states.filter((state) => state.buriedUntil !== null);
    expect(buried).toHaveLength(1);
    expect(buried[0]!.buriedUntil).toBeGreaterThan(Date.now());
    const log = await readStore<{ kind: string }>(page, 'reviews');
    expect(log.map((row) => row.kind).sort()).toEqual(['bury', 'suspend']);

    await page.goto(page.url().replace(/\/study.*/, '/'));
    expect(await deckNewCount(page)).toBe(deckBefore - 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('undoes a bury with Ctrl+Z and lists the shortcuts in the help dialog', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, STUDY);
    const first = await question(page);
    await page.keyboard.press('-');
    await nextQuestion(page, first);
    await page.keyboard.press('Control+z');
    await page.waitForFunction((text) => document.querySelector('#card-question')?.textContent?.trim() === text, first);
    expect(await readStore(page, 'reviews')).toEqual([]);

    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: '키보드 단축키' });
    await help.waitFor();
    await expect(help.innerText()).resolves.toContain('카드를 내일로 미루기');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before rescheduling: the Enter that saves a retention does not also answer the dialog', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/settings');
    await page.getByLabel('희망 기억률').fill('0.85');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '일정 설정 바꾸기' });
    await dialog.getByRole('button', { name: '기존 카드도 다시 계산' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByLabel('희망 기억률').inputValue()).resolves.toBe('0.9');
    expect(errors).toEqual([]);
    await context.close();
  });
});
