import { interviewQuestion, type CompiledCard, type InterviewQuestion } from '../../core';
import { allCardsOf } from '../../data/notes';

/**
 * How the interview asks `card`, read the same way by the session and the
 * report so a comparison reads alike in both: the peer cell comes from all
 * the note's cards, studied kinds or not.
 */
export function askedQuestion(card: CompiledCard): InterviewQuestion {
  return interviewQuestion(card, allCardsOf(card.noteId));
}

/** Without a model answer in any part there is nothing to compare with: the learner grades themselves. */
export function hasModelAnswer(question: InterviewQuestion): boolean {
  return question.parts.some((part) => part.card.answer !== '');
}
