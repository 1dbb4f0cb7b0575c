import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText, compileNote, previewText } from '../../src/core';
import { launchBrowser, noBrowser, openPage, readStore } from './browser';

const DECK = 'mlops';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text a rendered question shows, whitespace collapsed: what innerText gives in the page. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Question text → the choice text of its right answer, compiled from the real notes the app was built from. */
function rightChoices(): Map<string, string> {
  const folder = path.join('content', DECK);
  const cards = readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .flatMap((file) => compileNote(`${DECK}/${file}`, readFileSync(path.join(folder, file))).cards);
  return new Map(cards.map((card) => [plainText(card.questionHtml), previewText(answerText(card))]));
}

async function choiceTexts(page: Page): Promise<string[]> {
  return page.locator('.quiz-option-text').allInnerTexts();
}

describe.skipIf(noBrowser)('a quick quiz on the mlops deck in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers every question by keyboard, gets feedback, and scores them without touching the schedule', async () => {
    const answers = rightChoices();
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, `/quiz?deck=${DECK}`);
    await page.getByRole('button', { name: '퀴즈 시작' }).waitFor();
    await page.getByRole('spinbutton', { name: '문제 수' }).fill('4');
    await page.getByRole('button', { name: '퀴즈 시작' }).click();

    const status = page.getByRole('status');
    for (let i = 0; i < 4; i += 1) {
      await page.getByRole('heading', { name: `문제 ${i + 1} / 4` }).waitFor();
      const question = (await page.locator('#quiz-question').innerText()).replace(/\s+/g, ' ').trim();
      const right = answers.get(question);
      expect(right, question).toBeDefined();
      const texts = await choiceTexts(page);
      // Four choices; three for a table cell or code example of the seed, which compares three tools.
      expect(texts.length).toBeGreaterThanOrEqual(3);
      expect(texts.length).toBeLessThanOrEqual(4);
      expect(new Set(texts).size).toBe(texts.length);
      const rightIndex = texts.indexOf(right ?? '');
      expect(rightIndex).toBeGreaterThanOrEqual(0);
      // Right on even questions, wrong on odd ones.
      const key = i % 2 === 0 ? rightIndex : (rightIndex + 1) % texts.length;
      await page.keyboard.press(String(key + 1));
      await expect(status.innerText()).resolves.toBe(
        i % 2 === 0 ? '정답입니다!' : `틀렸습니다. 정답은 ${rightIndex + 1}번입니다.`,
      );
      await expect(page.locator('.quiz-option.quiz-right .quiz-option-text').innerText()).resolves.toBe(right);
      await page.keyboard.press('Enter');
    }

    await page.getByRole('heading', { name: '퀴즈 결과' }).waitFor();
    await expect(page.locator('.quiz-score').innerText()).resolves.toBe('4문제 중 2개 정답 (50%)');
    await expect(page.locator('.quiz-missed > li').count()).resolves.toBe(2);
    const reviews = (await readStore(page, 'reviews')).length;
    expect(reviews).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
