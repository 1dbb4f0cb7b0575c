import { seededShuffle } from '../interview/seeded-shuffle';
import type { QuizQuestion } from './quiz-types';

/**
 * The same questions again, with the questions and each one's choices in a
 * new order, so a retry tests the answer rather than its position.
 */
export function retryQuestions(questions: readonly QuizQuestion[], seed: number): QuizQuestion[] {
  return seededShuffle(questions, seed).map((question, index) => {
    const options = seededShuffle(question.options, seed + index + 1);
    return { ...question, options, correct: options.indexOf(question.card) };
  });
}
