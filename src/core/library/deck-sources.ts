/**
 * Which sources of notes the learner turned off, per top-level deck: the
 * notes that ship with the app ("bundled") and the ones they imported
 * ("library"). Stored as one setting, a list of `source:deck` entries, so a
 * backup carries it and the newer choice wins a merge.
 */
export type NoteSource = 'bundled' | 'library';

export const HIDDEN_DECKS_KEY = 'hiddenDecks';

/** The deck a switch covers: the first folder of a note's id ('' for a note at the top). */
export function topDeckOf(noteId: string): string {
  const slash = noteId.indexOf('/');
  return slash < 0 ? '' : noteId.slice(0, slash);
}

export function hiddenDeckEntry(source: NoteSource, deck: string): string {
  return `${source}:${deck}`;
}

export function isNoteHidden(hidden: ReadonlySet<string>, source: NoteSource, noteId: string): boolean {
  return hidden.has(hiddenDeckEntry(source, topDeckOf(noteId)));
}
