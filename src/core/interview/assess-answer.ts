import type { Grade } from '../scheduler/scheduling-types';
import {
  contentWords,
  contradicts,
  indexAnswer,
  matchWord,
  type IndexedAnswer,
  type TextRange,
} from './match-key-point';

export type Coverage = 'covered' | 'partly' | 'missed';

export interface KeyPointResult {
  keyPoint: string;
  coverage: Coverage;
  /** 0..1 */
  score: number;
  /** UTF-16 ranges in the user's answer that matched */
  matches: TextRange[];
}

export interface AnswerAssessment {
  keyPoints: KeyPointResult[];
  /** 0..100, covered=1, partly=0.5 averaged; null when there are no key points */
  percent: number | null;
  /** from percent; null when there are no key points (self-check) */
  suggestedGrade: Grade | null;
}

/**
 * A key point's score is the mean score of its content words. Covered needs
 * three quarters: all of a two- or three-word point, or three of four (an
 * answer rarely repeats every word of a long bold phrase). Partly needs 0.4:
 * one of two words, two of four, or one exact word and one near form of
 * three; a lone word out of three or more (클라우드 alone for 특정 클라우드
 * 벤더에 대한 종속성) is a missed point, since the words a point shares with
 * unrelated answers are its most general ones.
 */
export const COVERED_MIN = 0.75;
export const PARTLY_MIN = 0.4;

/**
 * The grade to suggest from coverage %. Easy only for every key point
 * covered, since Easy stretches the next interval the most; under 40 %
 * (e.g. one point of four) the answer would not pass in an interview: Again.
 */
export function gradeFromPercent(percent: number): Grade {
  if (percent >= 100) return 4;
  if (percent >= 70) return 3;
  if (percent >= 40) return 2;
  return 1;
}

/**
 * A point glossed in the other language, 서버리스(Serverless) or
 * Materialization(구체화), is said by either name: each is an alternative,
 * not a second word the answer must also contain. Formulas such as
 * P(Y|X) are not glosses (no Hangul outside, no word inside).
 */
function alternativesOf(keyPoint: string): string[] {
  const gloss = /^(.*?)\s*\(([^()]+)\)(.*)$/s.exec(keyPoint);
  if (!gloss) return [keyPoint];
  const [, outside = '', inside = '', rest = ''] = gloss;
  const hangul = /[가-힣]/;
  const latinWord = /[A-Za-z]{2,}/;
  const glossed =
    (hangul.test(outside) && latinWord.test(inside) && !hangul.test(inside)) ||
    (hangul.test(inside) && latinWord.test(outside) && !hangul.test(outside));
  return glossed ? [keyPoint, `${outside}${rest}`, `${inside}${rest}`] : [keyPoint];
}

function assessKeyPoint(answer: IndexedAnswer, keyPoint: string): KeyPointResult {
  const scored = alternativesOf(keyPoint).map((form) => {
    const words = contentWords(form);
    const matches = words.map((word) => matchWord(answer, word));
    const total = words.length === 0 ? 0 : matches.reduce((sum, match) => sum + match.score, 0) / words.length;
    // Denying one of the point's words (줄지 않습니다) or saying its opposite (증가 for 감소) is not covering it.
    const contradicted = words.some(
      (word, index) => matches[index]?.negated === true || (matches[index]?.score === 0 && contradicts(answer, word)),
    );
    return { score: contradicted ? 0 : total, wordMatches: matches };
  });
  const { score, wordMatches } = scored.reduce((best, next) => (next.score > best.score ? next : best));
  const coverage: Coverage = score >= COVERED_MIN ? 'covered' : score >= PARTLY_MIN ? 'partly' : 'missed';
  // A missed point highlights nothing: a stray shared word is not a match.
  const matches = coverage === 'missed' ? [] : mergeRanges(wordMatches.flatMap((match) => match.ranges));
  return { keyPoint, coverage, score, matches };
}

/** Sorted, with overlapping or touching ranges joined. */
function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

const COVERAGE_VALUE: Record<Coverage, number> = { covered: 1, partly: 0.5, missed: 0 };

/** How much of each key point (a bold phrase of the model answer) the learner's answer covers. */
export function assessAnswer(answer: string, keyPoints: readonly string[]): AnswerAssessment {
  if (keyPoints.length === 0) return { keyPoints: [], percent: null, suggestedGrade: null };
  const indexed = indexAnswer(answer);
  const results = keyPoints.map((keyPoint) => assessKeyPoint(indexed, keyPoint));
  const percent = (100 * results.reduce((sum, result) => sum + COVERAGE_VALUE[result.coverage], 0)) / results.length;
  return { keyPoints: results, percent, suggestedGrade: gradeFromPercent(percent) };
}
