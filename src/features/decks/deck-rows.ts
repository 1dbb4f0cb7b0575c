import {
  countDue,
  isInDeck,
  listDecks,
  siblingGroups,
  withoutNewSiblings,
  type DueCounts,
  type NoteSummary,
} from '../../core';
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
  const groups = siblingGroups(notes);
  const counts = (inDeck: (note: NoteSummary) => boolean): DueCounts | null => {
    if (!snapshot) return null;
    const ids = notes.filter(inDeck).flatMap((note) => note.cards.map((card) => card.id));
    // Counted as the study queue will show them: without the new siblings held for tomorrow.
    const shown = withoutNewSiblings(ids, groups, snapshot.introducedToday, snapshot.knownIds);
    return countDue(shown, snapshot.dueStates, snapshot.knownIds, snapshot, now);
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
