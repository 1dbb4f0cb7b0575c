import { describe, expect, it } from 'vitest';
import { buildInterviewReport, coverageTrend, type ReportQuestion } from '../../../src/core';

const question = (cardId: string, overrides: Partial<ReportQuestion>): ReportQuestion => ({
  cardId,
  deck: 'ml',
  tags: [],
  percent: 100,
  grade: 3,
  timeUsedMs: 60_000,
  missedKeyPoints: [],
  ...overrides,
});

describe('interview report', () => {
  const questions = [
    question('a', { deck: 'ml', tags: ['MLOps'], percent: 50, grade: 2, timeUsedMs: 30_000 }),
    question('b', { deck: 'ml', tags: ['MLOps', 'Kubernetes'], percent: 100, grade: 4 }),
    question('c', { deck: 'os', tags: ['OS'], percent: 0, grade: 1 }),
    // A self-check question counts for time and retry, never for coverage.
    question('d', { deck: 'os', tags: ['OS'], percent: null, grade: 3 }),
  ];

  it('averages coverage over the questions that have key points', () => {
    expect(buildInterviewReport(questions).overallPercent).toBe(50);
    expect(buildInterviewReport([question('d', { percent: null })]).overallPercent).toBeNull();
  });

  it('adds up the time used', () => {
    expect(buildInterviewReport(questions).totalTimeMs).toBe(210_000);
  });

  it('lists the weakest tags and decks, lowest coverage first, leaving out full marks', () => {
    const report = buildInterviewReport(questions);
    expect(report.weakestTags).toEqual([
      { name: 'OS', percent: 0, questions: 1 },
      { name: 'MLOps', percent: 75, questions: 2 },
    ]);
    expect(report.weakestDecks).toEqual([
      { name: 'os', percent: 0, questions: 1 },
      { name: 'ml', percent: 75, questions: 2 },
    ]);
  });

  it('sends back the questions the learner graded 다시 or 어려움', () => {
    expect(buildInterviewReport(questions).missedCardIds).toEqual(['a', 'c']);
  });

  it('draws the trend from finished sessions with a coverage, oldest first', () => {
    expect(
      coverageTrend([
        { finishedAt: 300, percent: 80 },
        { finishedAt: null, percent: 10 },
        { finishedAt: 100, percent: 40 },
        { finishedAt: 200, percent: null },
      ]),
    ).toEqual([
      { at: 100, percent: 40 },
      { at: 300, percent: 80 },
    ]);
  });
});
