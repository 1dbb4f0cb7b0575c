import type { Card } from '../card-types';
import type { ParsedNote } from '../note-types';
import { cardId } from './card-id';

/** One "qa" card per interview question; a question asked twice in a note is one card (same id). */
export function buildCards(noteId: string, note: ParsedNote): Card[] {
  const cards = new Map<string, Card>();
  for (const question of note.questions) {
    const id = cardId(noteId, question.question);
    if (cards.has(id)) continue;
    cards.set(id, {
      id,
      noteId,
      kind: 'qa',
      question: question.question,
      answer: question.answer,
      keywords: question.keywords,
      line: question.startLine,
    });
  }
  return [...cards.values()];
}
