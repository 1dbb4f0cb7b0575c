import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, fixtureUrl, launchBrowser, noBrowser } from './browser';

const SEED_ID = 'mlops/kubeflow-vertex-ai-sagemaker-pipelines';
const STUDY = `/study?note=${encodeURIComponent(SEED_ID)}`;

interface Screen {
  name: string;
  /** Where the screen is: the shipped notes, or the fixture notes (code, math, tables, footnotes). */
  origin?: 'fixture';
  path: string;
  /** Brings the page into the state to check, once its <h1> is shown. */
  prepare?: (page: Page) => Promise<void>;
}

const SCREENS: Screen[] = [
  { name: 'home', path: '/' },
  { name: 'browse', path: '/notes' },
  { name: 'note', path: `/notes/${SEED_ID}`, prepare: (page) => page.locator('.interview-question').first().waitFor() },
  {
    name: 'rich note (code, math, tables)',
    origin: 'fixture',
    path: '/notes/reader/rich-note',
    prepare: (page) => page.locator('.note-body pre').first().waitFor(),
  },
  { name: 'study, question side', path: STUDY, prepare: (page) => page.locator('#card-question').waitFor() },
  {
    name: 'study, answer side',
    path: STUDY,
    prepare: async (page) => {
      await page.locator('#card-question').waitFor();
      await page.keyboard.press('Space');
      await page.locator('.grade-buttons').waitFor();
    },
  },
  {
    name: 'study, card actions and card info',
    path: STUDY,
    prepare: async (page) => {
      await page.locator('#card-question').waitFor();
      await page.keyboard.press('Control+1');
      await page.getByRole('button', { name: '카드 작업' }).click();
      await page.locator('.card-actions-panel:not([hidden])').waitFor();
      await page.keyboard.press('Escape');
      await page.keyboard.press('i');
      await page.locator('.card-log').waitFor();
    },
  },
  {
    name: 'settings, reschedule dialog',
    path: '/settings',
    prepare: async (page) => {
      await page.getByLabel('희망 기억률').fill('0.96');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'content health', path: '/health' },
  { name: 'settings', path: '/settings' },
  { name: 'interview setup', path: '/interview' },
  { name: 'interview history', path: '/interview/history' },
  { name: 'quiz setup', path: '/quiz' },
  {
    name: 'quiz, answered',
    path: '/quiz?deck=mlops',
    prepare: async (page) => {
      await page.getByRole('button', { name: '퀴즈 시작' }).click();
      await page.locator('.quiz-option').first().waitFor();
      await page.keyboard.press('1');
      await page.locator('.quiz-feedback').waitFor();
    },
  },
  {
    name: 'search combobox open',
    path: '/',
    prepare: async (page) => {
      await page.keyboard.press('/');
      await page.keyboard.type('쿠버');
      await page.getByRole('option').first().waitFor();
    },
  },
  {
    name: 'shortcut help dialog',
    path: '/',
    prepare: async (page) => {
      await page.keyboard.press('Shift+?');
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'statistics, no reviews yet', path: '/stats', prepare: (page) => page.locator('#stats-empty').waitFor() },
  {
    name: 'statistics with reviews (charts and tables open)',
    path: '/stats',
    prepare: async (page) => {
      await page.goto(baseUrl + STUDY);
      await page.locator('#card-question').waitFor();
      await page.keyboard.press('Space');
      await page.locator('.grade-buttons').waitFor();
      await page.keyboard.press('1');
      // The next question shows once the rating is stored.
      await page.locator('.grade-buttons').waitFor({ state: 'detached' });
      await page.goto(baseUrl + '/stats');
      await page.locator('#stats-retention').waitFor();
      for (const summary of await page.locator('.chart-table summary').all()) await summary.click();
    },
  },
  { name: 'my notes, empty', path: '/library' },
  {
    name: 'my notes after an import (summary, list, deck switches)',
    path: '/library',
    prepare: async (page) => {
      const note =
        '# 교착 상태\n\n## 예상 면접 질문\n\n- **Q. 네 조건은?**\n  - **A.** **상호 배제** 등.\n- **Q. 답 없는 질문?**\n';
      await page.locator('.import-files-input').setInputFiles([
        { name: 'deadlock.md', mimeType: 'text/markdown', buffer: Buffer.from(note) },
        { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
      ]);
      await page.locator('.import-summary').waitFor();
      await page.locator('.import-summary summary').click();
    },
  },
  { name: 'not found', path: '/no-such-page' },
];

interface Finding {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Finding[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe.skipIf(noBrowser)('accessibility of every screen (axe-core in Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical violation in the ${colorScheme} theme`, { timeout: 180_000 }, async () => {
      const context = await browser.newContext({ locale: 'ko-KR', colorScheme });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const report: string[] = [];
      try {
        for (const screen of SCREENS) {
          await page.goto((screen.origin === 'fixture' ? fixtureUrl : baseUrl) + screen.path);
          await page.locator('main h1').first().waitFor();
          await screen.prepare?.(page);
          for (const finding of await seriousViolations(page)) {
            report.push(`${screen.name} (${screen.path}): [${finding.impact}] ${finding.id} — ${finding.help}`);
            report.push(...finding.nodes.map((node) => `    ${node.replace(/\s+/g, ' ')}`));
          }
        }
      } finally {
        await context.close();
      }
      // Every finding at once, with the rule id and the elements, rather than the first alone.
      expect(report.join('\n')).toBe('');
      expect(errors).toEqual([]);
    });
  }
});
