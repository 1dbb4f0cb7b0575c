import { loadNoteBody as loadCompiledBody, notes } from 'virtual:mundap-content';
import type { CompiledCard, NoteBody, NoteSummary, StudyScope } from '../core';
import { cardIdsOfScope } from '../core';

/**
 * The notes the app knows, compiled at build time. Features read notes and
 * cards through these functions only, so where notes come from can change
 * without touching them.
 */
const noteById = new Map(notes.map((note) => [note.id, note]));
const cardById = new Map(notes.flatMap((note) => note.cards.map((card) => [card.id, card] as const)));

export function allNotes(): readonly NoteSummary[] {
  return notes;
}

export function findNote(id: string): NoteSummary | undefined {
  return noteById.get(id);
}

export function findCard(id: string): CompiledCard | undefined {
  return cardById.get(id);
}

/** Card ids in scope, in note order then question order (the new-card order). */
export function cardIdsInScope(scope: StudyScope): string[] {
  return cardIdsOfScope(notes, scope);
}

/** The rendered body of a note; loaded on demand so the first screen stays small. */
export function loadNoteBody(id: string): Promise<NoteBody | null> {
  return loadCompiledBody(id);
}
