import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, noBrowser, openPage, readStore } from './browser';

const NFD_NAME = '교착-상태.md'.normalize('NFD');
const Q_EDITED_BEFORE = '교착 상태가 생기는 네 가지 조건은 무엇인가요?';
const Q_EDITED_AFTER = '교착 상태가 생기는 네 가지 필요 조건은 무엇인가요?';

function note(title: string, questions: string[], extra = ''): string {
  const items = questions.map((q) => `- **Q. ${q}**\n  - **A.** **핵심 포인트**를 담은 답입니다.`).join('\n');
  return `---\ntitle: ${title}\ntags: [OS]\ndifficulty: easy\n---\n\n# ${title}\n\n${extra}\n\n## 예상 면접 질문\n\n${items}\n`;
}

/** A folder of notes written for this test: an NFD file name, a script payload, an empty file, a text file. */
function writeFolder(root: string, deadlockQuestion: string): void {
  mkdirSync(path.join(root, 'os'), { recursive: true });
  writeFileSync(
    path.join(root, 'os', NFD_NAME),
    note('교착 상태', [deadlockQuestion, '교착 상태를 예방하는 방법은 무엇인가요?']),
  );
  writeFileSync(
    path.join(root, 'os', 'evil.md'),
    note(
      '<img src=x onerror=alert(1)>',
      ['스크립트가 실행되나요?'],
      '<script>alert(1)</script> [x](javascript:alert(1))',
    ),
  );
  writeFileSync(path.join(root, 'os', 'empty.md'), '');
  writeFileSync(path.join(root, 'readme.txt'), 'not a note');
}

async function importFolder(page: Page, folder: string): Promise<string> {
  await page.locator('.import-folder-input').setInputFiles(folder);
  const summary = page.locator('.import-summary');
  await summary.waitFor({ timeout: 30_000 });
  return summary.innerText();
}

async function rateShownCard(page: Page): Promise<string> {
  const question = (await page.locator('#card-question').innerText()).trim();
  await page.keyboard.press('Space');
  await page.getByRole('group', { name: '얼마나 잘 기억했나요?' }).waitFor();
  await page.keyboard.press('3');
  await page.waitForFunction(
    (text) => document.querySelector('#card-question')?.textContent?.trim() !== text,
    question,
  );
  return question;
}

describe.skipIf(noBrowser)('importing your own notes in Chromium', () => {
  let browser: Browser;
  let work: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    work = mkdtempSync(path.join(tmpdir(), 'mundap-library-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports a folder, keeps the history of an edited question, refuses an unsafe zip, and works offline', async () => {
    const folder = path.join(work, 'my-notes');
    writeFolder(folder, Q_EDITED_BEFORE);
    const context = await browser.newContext({ locale: 'ko-KR' });
    const { page, errors } = await openPage(context, '/library');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    const first = await importFolder(page, folder);
    expect(first).toContain('추가 2 · 갱신 0 · 그대로 0 · 건너뜀 2');
    expect(first).toContain('추가 3 · 유지 0 · 변경 0 · 제거 0');
    await page.getByText('건너뛴 파일 2개').click();
    await expect(page.locator('.import-summary').innerText()).resolves.toMatch(
      /readme\.txt\s*— 마크다운 노트나 이미지가 아님\s*os\/empty\.md\s*— 빈 파일/,
    );
    // The NFD file name arrives composed; the script payload is text.
    const deadlock = page.getByRole('link', { name: '교착 상태', exact: true }).first();
    expect(await deadlock.getAttribute('href')).toBe(`/notes/os/${encodeURIComponent('교착-상태')}`);
    await page.getByRole('link', { name: '<img src=x onerror=alert(1)>' }).first().click();
    await page.locator('.note-body, main').getByText('<script>alert(1)</script>', { exact: false }).first().waitFor();

    await page.goto(`${baseUrl}/study?note=${encodeURIComponent('os/교착-상태')}`);
    await page.locator('#card-question').waitFor();
    const studied = [await rateShownCard(page)];
    await page.locator('#card-question').waitFor();
    studied.push(await rateShownCard(page));
    expect(studied).toContain(Q_EDITED_BEFORE);
    const before = await readStore<{ uid: string; cardId: string }>(page, 'reviews');
    expect(before).toHaveLength(2);

    writeFolder(folder, Q_EDITED_AFTER);
    await page.goto(`${baseUrl}/library`);
    const second = await importFolder(page, folder);
    expect(second).toContain('추가 0 · 갱신 1 · 그대로 1 · 건너뜀 2');
    expect(second).toContain('추가 0 · 유지 2 · 변경 1 · 제거 0');
    expect(second).toContain(`변경: ${Q_EDITED_AFTER}`);
    const after = await readStore<{ uid: string; cardId: string }>(page, 'reviews');
    expect(after.map((row) => row.uid).sort()).toEqual(before.map((row) => row.uid).sort());
    const states = await readStore<{ cardId: string }>(page, 'cardStates');
    expect(states).toHaveLength(2);

    // A zip with an entry that climbs out of its folder: refused whole, the library as it was.
    const libraryBefore = await readStore(page, 'libraryNotes');
    await page.locator('.import-files-input').setInputFiles({
      name: 'evil.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync({ 'ok.md': strToU8(note('괜찮은 노트', ['질문?'])), '../evil.md': strToU8('# x') })),
    });
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      '폴더 밖을 가리키는 항목이 있습니다: ../evil.md',
    );
    expect(await readStore(page, 'libraryNotes')).toEqual(libraryBefore);

    await context.setOffline(true);
    await page.goto(`${baseUrl}/notes/os/${encodeURIComponent('교착-상태')}`);
    await page.reload();
    await page.getByRole('heading', { name: '교착 상태', level: 1 }).waitFor();
    // The body follows the heading: wait for the question to be drawn.
    await page.locator('main').getByText(Q_EDITED_AFTER).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
