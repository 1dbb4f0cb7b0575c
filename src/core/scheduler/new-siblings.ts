import type { NoteSummary } from '../content/compiled-note';

/**
 * Cards whose answer shows the others' answers are siblings: the cells of
 * one table, since a table card's answer is the whole table. Like Anki's
 * "bury new siblings", once one of them is introduced on a study day the
 * other new ones wait for the next: met a minute after the table was on
 * screen, they would be rated on short-term memory, and FSRS would take
 * that first rating for a memory it is not.
 */
export function siblingGroups(notes: readonly NoteSummary[]): Map<string, string> {
  return new Map(
    notes.flatMap((note) =>
      note.cards.flatMap((card) => (card.table ? [[card.id, `${note.id}\n${card.table.index}`] as const] : [])),
    ),
  );
}

/**
 * `cardIds` without the new cards whose sibling was introduced today
 * (`introducedToday`: cards rated for the first time since the day began).
 * Cards with a record (`knownIds`) are never held back.
 */
export function withoutNewSiblings(
  cardIds: readonly string[],
  groups: ReadonlyMap<string, string>,
  introducedToday: ReadonlySet<string>,
  knownIds: ReadonlySet<string>,
): string[] {
  const started = new Set([...introducedToday].flatMap((id) => groups.get(id) ?? []));
  if (started.size === 0) return [...cardIds];
  return cardIds.filter((id) => {
    const group = groups.get(id);
    return group === undefined || knownIds.has(id) || !started.has(group);
  });
}
