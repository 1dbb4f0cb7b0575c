import { useSyncExternalStore } from 'react';
import { loadNoteBody as loadCompiledBody, notes as bundledNotes } from 'virtual:mundap-content';
import type { CompiledCard, CompiledNote, NoteBody, NoteSummary, StudyScope } from '../core';
import { cardIdsOfScope, compareText } from '../core';

/**
 * The notes the app knows: those compiled at build time and those the
 * learner imported into the library (kept in IndexedDB, set here once read).
 * A library note with the id of a bundled one takes its place. Features read
 * notes and cards through these functions only, so where notes come from
 * can change without touching them; components use `useNotes()` so they
 * redraw when the library changes (here or in another tab).
 */
interface NoteSet {
  notes: readonly NoteSummary[];
  noteById: ReadonlyMap<string, NoteSummary>;
  cardById: ReadonlyMap<string, CompiledCard>;
  libraryBodies: ReadonlyMap<string, NoteBody>;
}

function noteSet(library: readonly CompiledNote[]): NoteSet {
  const libraryIds = new Set(library.map((note) => note.id));
  const notes = [...bundledNotes.filter((note) => !libraryIds.has(note.id)), ...library].sort((a, b) =>
    compareText(a.id, b.id),
  );
  return {
    notes,
    noteById: new Map(notes.map((note) => [note.id, note])),
    cardById: new Map(notes.flatMap((note) => note.cards.map((card) => [card.id, card] as const))),
    libraryBodies: new Map(library.map((note) => [note.id, note.body])),
  };
}

let current = noteSet([]);
const listeners = new Set<() => void>();

/** The library as read from the database; every reader of notes sees it from now on. */
export function setLibraryNotes(library: readonly CompiledNote[]): void {
  current = noteSet(library);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function allNotes(): readonly NoteSummary[] {
  return current.notes;
}

/** Every note, bundled and imported; the component redraws when the library changes. */
export function useNotes(): readonly NoteSummary[] {
  return useSyncExternalStore(subscribe, allNotes);
}

export function findNote(id: string): NoteSummary | undefined {
  return current.noteById.get(id);
}

export function findCard(id: string): CompiledCard | undefined {
  return current.cardById.get(id);
}

/** Card ids in scope, in note order then question order (the new-card order). */
export function cardIdsInScope(scope: StudyScope): string[] {
  return cardIdsOfScope(current.notes, scope);
}

/** The rendered body of a note; a bundled one is loaded on demand so the first screen stays small. */
export function loadNoteBody(id: string): Promise<NoteBody | null> {
  const library = current.libraryBodies.get(id);
  return library ? Promise.resolve(library) : loadCompiledBody(id);
}
