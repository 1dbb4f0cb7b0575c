import type { Grade } from '../scheduler/scheduling-types';
import { compareText } from '../text/compare-text';

/** One answered question, as the report needs it (the UI joins session and notes). */
export interface ReportQuestion {
  cardId: string;
  deck: string;
  tags: readonly string[];
  /** Key-point coverage 0–100; null for a self-check question. */
  percent: number | null;
  grade: Grade;
  timeUsedMs: number;
  missedKeyPoints: readonly string[];
}

export interface WeakSpot {
  name: string;
  /** Mean coverage of its questions. */
  percent: number;
  questions: number;
}

export interface InterviewReport {
  /** Mean coverage of the questions that have key points; null when none has. */
  overallPercent: number | null;
  totalTimeMs: number;
  /** Lowest coverage first, at most WEAK_SPOT_LIMIT, only those below 100 %. */
  weakestTags: WeakSpot[];
  weakestDecks: WeakSpot[];
  /** Questions to retry: the learner's own grade said 다시 or 어려움. */
  missedCardIds: string[];
}

export const WEAK_SPOT_LIMIT = 3;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function weakest(questions: readonly ReportQuestion[], groupsOf: (q: ReportQuestion) => readonly string[]): WeakSpot[] {
  const groups = new Map<string, number[]>();
  for (const question of questions) {
    if (question.percent === null) continue;
    for (const name of groupsOf(question)) groups.set(name, [...(groups.get(name) ?? []), question.percent]);
  }
  return [...groups]
    .map(([name, percents]) => ({ name, percent: mean(percents) ?? 0, questions: percents.length }))
    .filter((spot) => spot.percent < 100)
    .sort((a, b) => a.percent - b.percent || b.questions - a.questions || compareText(a.name, b.name))
    .slice(0, WEAK_SPOT_LIMIT);
}

/**
 * The end-of-session summary. "Missed" follows the grade the learner
 * confirmed rather than coverage alone: the matcher only suggests, and a
 * learner who said it well in other words should not be sent back.
 */
export function buildInterviewReport(questions: readonly ReportQuestion[]): InterviewReport {
  return {
    overallPercent: mean(questions.flatMap((q) => (q.percent === null ? [] : [q.percent]))),
    totalTimeMs: questions.reduce((sum, q) => sum + q.timeUsedMs, 0),
    weakestTags: weakest(questions, (q) => q.tags),
    weakestDecks: weakest(questions, (q) => (q.deck ? [q.deck] : [])),
    missedCardIds: questions.filter((q) => q.grade <= 2).map((q) => q.cardId),
  };
}

export interface TrendPoint {
  at: number;
  percent: number;
}

/** Finished sessions with a coverage, oldest first: the history's trend line. */
export function coverageTrend(
  sessions: readonly { finishedAt: number | null; percent: number | null }[],
): TrendPoint[] {
  return sessions
    .flatMap((s) => (s.finishedAt !== null && s.percent !== null ? [{ at: s.finishedAt, percent: s.percent }] : []))
    .sort((a, b) => a.at - b.at);
}
