import type { CardKind } from '../card-types';
import type { NoteSummary } from './compiled-note';
import { compareText } from '../text/compare-text';

/** What a study session draws cards from: everything, a deck (folder), one note, or a list of cards. */
export type StudyScope =
  | { kind: 'all' }
  | { kind: 'deck'; deck: string }
  | { kind: 'note'; noteId: string }
  /** E.g. the questions an interview report sends back to the flashcards. */
  | { kind: 'cards'; cardIds: string[] };

/** A deck includes the notes of its sub-folders, as an Anki parent deck does. */
export function isInDeck(note: NoteSummary, deck: string): boolean {
  return note.deck === deck || note.deck.startsWith(deck + '/');
}

export function notesInScope(notes: readonly NoteSummary[], scope: StudyScope): NoteSummary[] {
  switch (scope.kind) {
    case 'all':
      return [...notes];
    case 'deck':
      return notes.filter((note) => isInDeck(note, scope.deck));
    case 'note':
      return notes.filter((note) => note.id === scope.noteId);
    case 'cards': {
      const wanted = new Set(scope.cardIds);
      return notes.filter((note) => note.cards.some((card) => wanted.has(card.id)));
    }
  }
}

/**
 * The ids of the cards in scope, in note order then card order (the
 * new-card order), of the given kinds only when `kinds` is set.
 */
export function cardIdsOfScope(
  notes: readonly NoteSummary[],
  scope: StudyScope,
  kinds?: ReadonlySet<CardKind>,
): string[] {
  const ids = notesInScope(notes, scope).flatMap((note) =>
    note.cards.filter((card) => !kinds || kinds.has(card.kind)).map((card) => card.id),
  );
  if (scope.kind !== 'cards') return ids;
  const wanted = new Set(scope.cardIds);
  return ids.filter((id) => wanted.has(id));
}

/** Every folder that holds notes, with its ancestors, sorted as a tree reads. */
export function listDecks(notes: readonly NoteSummary[]): string[] {
  const decks = new Set<string>();
  for (const note of notes) {
    const parts = note.deck ? note.deck.split('/') : [];
    parts.forEach((_, i) => decks.add(parts.slice(0, i + 1).join('/')));
  }
  return [...decks].sort((a, b) => compareText(a, b));
}
