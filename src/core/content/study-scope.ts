import type { NoteSummary } from './compiled-note';

/** What a study session draws cards from: everything, a deck (folder) or one note. */
export type StudyScope = { kind: 'all' } | { kind: 'deck'; deck: string } | { kind: 'note'; noteId: string };

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
  }
}

/** Every folder that holds notes, with its ancestors, sorted as a tree reads. */
export function listDecks(notes: readonly NoteSummary[]): string[] {
  const decks = new Set<string>();
  for (const note of notes) {
    const parts = note.deck ? note.deck.split('/') : [];
    parts.forEach((_, i) => decks.add(parts.slice(0, i + 1).join('/')));
  }
  return [...decks].sort((a, b) => a.localeCompare(b, 'ko'));
}
