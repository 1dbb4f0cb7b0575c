import { liveQuery } from 'dexie';
import {
  relinkCards,
  type CardLink,
  type CompiledNote,
  type NoteCards,
  type PreparedFile,
  type PreparedNote,
  type SearchDocument,
} from '../core';
import type { MundapDatabase } from './database';
import type { LibraryNoteRow } from './rows';

export interface LibraryImportSummary {
  notesAdded: string[];
  notesUpdated: string[];
  notesUnchanged: string[];
  /** Notes found at a new path, with their cards: [from, to]. */
  notesMoved: [string, string][];
  cardsAdded: number;
  cardsKept: number;
  /** Edited questions whose card (and history) carried over. */
  cardsChanged: { from: string; to: string; question: string; similarity: number }[];
  /** Questions gone from their note; those with a history went to the archive. */
  cardsRemoved: number;
  cardsArchived: number;
}

function libraryTables(db: MundapDatabase) {
  return [db.libraryNotes, db.libraryFiles, db.archivedCards, db.reviews, db.cardStates];
}

const fileNameOf = (noteId: string): string => noteId.slice(noteId.lastIndexOf('/') + 1);
const noteCards = (note: CompiledNote): NoteCards => ({ noteId: note.id, cards: note.cards });

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * Moves a card's history to its new id: every log entry and its record.
 * Entries keep their uid, so a backup made before the move still merges
 * onto them (see the uid check in importBackup) instead of duplicating.
 */
async function moveHistory(db: MundapDatabase, link: CardLink, noteId: string): Promise<void> {
  if ((await db.reviews.where('cardId').equals(link.to).count()) > 0) return;
  await db.reviews.where('cardId').equals(link.from).modify({ cardId: link.to, noteId });
  const state = await db.cardStates.get(link.from);
  if (state) {
    await db.cardStates.put({ ...state, cardId: link.to, noteId });
    await db.cardStates.delete(link.from);
  }
  await db.archivedCards.delete(link.from);
}

/**
 * Adds or updates notes in the learner's library in one transaction, so a
 * failed import (a quota error, a crash) leaves the library as it was.
 * Notes not in this import stay as they are, except one found at a new
 * path (same file name, same questions), which moves there with its cards.
 * Cards keep their history through edits (see relinkCards); a question gone
 * from its note is archived with its history, never deleted.
 */
export async function importIntoLibrary(
  db: MundapDatabase,
  input: { notes: readonly PreparedNote[]; files: readonly PreparedFile[]; now: number },
): Promise<LibraryImportSummary> {
  return db.transaction('rw', libraryTables(db), async () => {
    const existing = await db.libraryNotes.toArray();
    const incomingIds = new Set(input.notes.map((note) => note.compiled.id));
    const incomingNames = new Set(input.notes.map((note) => fileNameOf(note.compiled.id)));
    // Only notes this import can touch: the same ids, and same-named notes that may have moved.
    const previous = existing.filter((row) => incomingIds.has(row.id) || incomingNames.has(fileNameOf(row.id)));
    const relink = relinkCards(
      previous.map((row) => noteCards(row.compiled)),
      input.notes.map((note) => noteCards(note.compiled)),
    );
    const movedFrom = new Map<string, string>();
    for (const move of relink.moved) movedFrom.set(move.fromNote, move.toNote);
    const touched = previous.filter((row) => incomingIds.has(row.id) || movedFrom.has(row.id));
    const touchedCards = new Map(touched.flatMap((row) => row.compiled.cards.map((card) => [card.id, card] as const)));
    const nextCards = new Map(
      input.notes.flatMap((note) => note.compiled.cards.map((card) => [card.id, card] as const)),
    );

    for (const link of relink.changed) await moveHistory(db, link, nextCards.get(link.to)?.noteId ?? '');
    for (const move of relink.moved) await moveHistory(db, move, move.toNote);

    const removed = relink.removed.filter((id) => touchedCards.has(id));
    let archived = 0;
    for (const id of removed) {
      const card = touchedCards.get(id);
      if (!card || (await db.reviews.where('cardId').equals(id).count()) === 0) continue;
      await db.archivedCards.put({
        cardId: id,
        noteId: card.noteId,
        question: card.question,
        answer: card.answer,
        archivedAt: input.now,
      });
      archived += 1;
    }
    // A question that came back is a live card again.
    await db.archivedCards.bulkDelete([...nextCards.keys()]);

    const byId = new Map(existing.map((row) => [row.id, row]));
    const summary: LibraryImportSummary = {
      notesAdded: [],
      notesUpdated: [],
      notesUnchanged: [],
      notesMoved: [...movedFrom],
      cardsAdded: relink.added.length,
      cardsKept: relink.kept.length + relink.moved.length,
      cardsChanged: relink.changed.map((link) => ({ ...link, question: nextCards.get(link.to)?.question ?? '' })),
      cardsRemoved: removed.length,
      cardsArchived: archived,
    };
    const rows: LibraryNoteRow[] = [];
    for (const note of input.notes) {
      const old = byId.get(note.compiled.id);
      if (old && sameBytes(old.bytes, note.bytes)) {
        summary.notesUnchanged.push(note.compiled.id);
        // Recompiled all the same: a newer app may read the same text better.
        rows.push({ ...old, compiled: note.compiled, search: note.search });
        continue;
      }
      (old ? summary.notesUpdated : summary.notesAdded).push(note.compiled.id);
      rows.push({
        id: note.compiled.id,
        path: note.path,
        bytes: note.bytes,
        compiled: note.compiled,
        search: note.search,
        importedAt: old?.importedAt ?? input.now,
        updatedAt: input.now,
      });
    }
    await db.libraryNotes.bulkDelete([...movedFrom.keys()]);
    await db.libraryNotes.bulkPut(rows);
    await db.libraryFiles.bulkPut([...input.files]);
    return summary;
  });
}

export interface LibrarySnapshot {
  notes: CompiledNote[];
  search: SearchDocument[];
}

/** Every imported note, compiled, with its searchable text, in id order. */
export async function readLibrary(db: MundapDatabase): Promise<LibrarySnapshot> {
  const rows = await db.libraryNotes.toArray();
  return { notes: rows.map((row) => row.compiled), search: rows.map((row) => row.search) };
}

/** Calls `onChange` with the library now and after every change, from this tab or another. */
export function watchLibrary(
  db: MundapDatabase,
  onChange: (library: LibrarySnapshot) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => readLibrary(db)).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
