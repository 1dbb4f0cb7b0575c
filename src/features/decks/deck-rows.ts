import { countDue, isInDeck, listDecks, type DueCounts, type NoteSummary } from '../../core';
import type { StudySnapshot } from '../../db';

export interface DeckRow {
  /** '' stands for all notes. */
  deck: string;
  name: string;
  depth: number;
  counts: DueCounts | null;
}

/** "All" first, then every folder as a tree, each with Anki's three counts. */
export function buildDeckRows(notes: readonly NoteSummary[], snapshot: StudySnapshot | null, now: number): DeckRow[] {
  const counts = (inDeck: (note: NoteSummary) => boolean): DueCounts | null => {
    if (!snapshot) return null;
    const ids = notes.filter(inDeck).flatMap((note) => note.cards.map((card) => card.id));
    return countDue(ids, snapshot.dueStates, snapshot.knownIds, snapshot, now);
  };
  return [
    { deck: '', name: '', depth: 0, counts: counts(() => true) },
    ...listDecks(notes).map((deck) => {
      const parts = deck.split('/');
      return {
        deck,
        name: parts[parts.length - 1] ?? deck,
        depth: parts.length,
        counts: counts((note) => isInDeck(note, deck)),
      };
    }),
  ];
}
