import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCards, compileNote, interviewQuestion, parseNote } from '../../src/core';
import { launchBrowser, noBrowser, openPage, readStore } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const ANSWER = '인프라를 관리하는 부담이 줄고 생산성이 향상됩니다';
const seedCards = buildCards(
  SEED_ID,
  parseNote(readFileSync(path.resolve(import.meta.dirname, `../../content/${SEED_ID}.md`), 'utf8')),
);
const FIRST = seedCards[0]!;
/** Every question an interview on the seed can ask, as the page shows it: fronts, and comparisons of table rows. */
const seedCompiled = compileNote(
  `${SEED_ID}.md`,
  readFileSync(path.resolve(import.meta.dirname, `../../content/${SEED_ID}.md`)),
);
const seedAsked = seedCompiled.cards.map((card) => interviewQuestion(card, seedCompiled.cards).text ?? card.question);

/**
 * A one-question session on the seed note's first question. The setup draws
 * questions in a seeded random order, so the test writes the session row the
 * repository would write, with the question pinned, into the page's IndexedDB.
 */
function saveSession(page: Page, cardId: string): Promise<number> {
  return page.evaluate(
    (cardId) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('mundap');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('interviewSessions', 'readwrite');
          const now = Date.now();
          const add = tx.objectStore('interviewSessions').add({
            settings: {
              source: { kind: 'note', noteId: 'x' },
              questionCount: 1,
              timeLimitMs: 120_000,
              answerMode: 'typed',
            },
            cardIds: [cardId],
            results: [],
            pending: null,
            status: 'in-progress',
            startedAt: now,
            questionStartedAt: now,
            finishedAt: null,
          });
          tx.oncomplete = () => {
            request.result.close();
            resolve(add.result as number);
          };
        };
      }),
    cardId,
  );
}

function readReviews(page: Page): Promise<{ cardId: string; grade: number; source: string }[]> {
  return readStore(page, 'reviews');
}

describe.skipIf(noBrowser)('mock interview in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts from a note page through the setup', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, `/notes/${SEED_ID}`);
    await page.getByRole('link', { name: '모의 면접' }).click();
    await page.getByRole('combobox', { name: '노트', exact: true }).waitFor();
    await expect(page.getByRole('combobox', { name: '노트', exact: true }).inputValue()).resolves.toBe(SEED_ID);
    await page.getByLabel('질문 수').fill('1');
    await page.getByRole('button', { name: '면접 시작' }).click();
    await page.getByText('질문 1 / 1').waitFor();
    const question = (await page.locator('#interview-question').innerText()).trim();
    expect(seedAsked).toContain(question);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers the seed question in a typed session: key points, grade, report and history survive a reload', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/interview');
    await page.getByRole('button', { name: '면접 시작' }).waitFor();
    const id = await saveSession(page, FIRST.id);
    await page.goto(page.url().replace(/\/interview.*/, `/interview/session/${id}`));
    const box = page.getByRole('textbox', { name: '내 답변' });
    await box.waitFor();
    await expect(page.locator('#interview-question').innerText()).resolves.toContain(
      '관리형 서비스를 사용하는 것의 장단점',
    );

    // A real IME composition: Enter (and Ctrl+Enter) while composing must not submit or double the syllable.
    const cdp = await context.newCDPSession(page);
    await box.focus();
    await cdp.send('Input.imeSetComposition', { text: '인', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 229,
      modifiers: 2,
    });
    await box.evaluate((element) => {
      element.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, isComposing: true, bubbles: true }),
      );
    });
    await cdp.send('Input.insertText', { text: '인' });
    await page.waitForTimeout(200);
    await expect(page.getByText('모범 답안').count()).resolves.toBe(0);
    await expect(box.inputValue()).resolves.toBe('인');

    await box.fill(ANSWER);
    await page.keyboard.press('Control+Enter');
    const keyPoints = page.locator('.key-points li');
    await keyPoints.first().waitFor();
    const verdicts = await keyPoints.allInnerTexts();
    expect(verdicts).toContain('충족 인프라 관리 부담 감소');
    expect(verdicts).toContain('충족 생산성 향상');
    expect(verdicts).toContain('누락 특정 클라우드 벤더에 대한 종속성');
    await expect(page.locator('.user-answer mark').count()).resolves.toBeGreaterThan(0);
    await page.getByText('핵심 포인트 커버리지 50%').waitFor();

    await page.getByRole('button', { name: '좋음', exact: true }).click();
    await page.getByRole('heading', { name: '면접 결과' }).waitFor();
    const reviews = await readReviews(page);
    expect(reviews).toMatchObject([{ cardId: FIRST.id, grade: 3, source: 'interview' }]);

    await page.reload();
    await page.getByRole('heading', { name: '면접 결과' }).waitFor();
    await expect(page.locator('.report-summary').innerText()).resolves.toContain('50%');
    await expect(page.locator('.report-missed').innerText()).resolves.toContain('특정 클라우드 벤더에 대한 종속성');

    await page.getByRole('link', { name: '면접 기록' }).click();
    await page.getByRole('heading', { name: '면접 기록' }).waitFor();
    await page.reload();
    const entry = page.locator(`a[href="/interview/report/${id}"]`);
    await entry.waitFor();
    await entry.click();
    await page.getByRole('heading', { name: '면접 결과' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
