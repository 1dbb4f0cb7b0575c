import { liveQuery } from 'dexie';
import {
  COMPILER_VERSION,
  relinkCards,
  type CardKindSettings,
  type CardLink,
  type CompiledNote,
  type NoteCards,
  type PreparedFile,
  type PreparedNote,
  type SearchDocument,
} from '../core';
import type { MundapDatabase } from './database';
import { readCardKinds, readHiddenDecks } from './settings-repository';
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
    const movedTo = new Set(movedFrom.values());
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
        rows.push({ ...old, compiled: note.compiled, search: note.search, compiler: COMPILER_VERSION });
        continue;
      }
      // A moved note is counted once, as moved.
      if (!movedTo.has(note.compiled.id)) (old ? summary.notesUpdated : summary.notesAdded).push(note.compiled.id);
      rows.push({
        id: note.compiled.id,
        path: note.path,
        bytes: note.bytes,
        compiled: note.compiled,
        search: note.search,
        importedAt: old?.importedAt ?? input.now,
        updatedAt: input.now,
        compiler: COMPILER_VERSION,
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
  /** The sources the learner turned off per deck (see deck-sources). */
  hiddenDecks: string[];
  /** The kinds of card the learner studies, everywhere and per deck. */
  cardKinds: CardKindSettings;
  /** Equal for two reads of the same library: lets a watcher skip a change that changed nothing it shows. */
  signature: string;
}

/** Every imported note, compiled, with its searchable text, in id order. */
export async function readLibrary(db: MundapDatabase): Promise<LibrarySnapshot> {
  const rows = await db.libraryNotes.toArray();
  const hiddenDecks = await readHiddenDecks(db);
  const cardKinds = await readCardKinds(db);
  const signature = JSON.stringify([rows.map((row) => [row.id, row.updatedAt, row.compiler]), hiddenDecks, cardKinds]);
  return {
    // A note stored before tables were carded has none.
    notes: rows.map((row) => ({ ...row.compiled, tables: row.compiled.tables ?? [] })),
    search: rows.map((row) => row.search),
    hiddenDecks,
    cardKinds,
    signature,
  };
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

/** Archives the cards of `notes` that have a history; runs inside the caller's transaction. */
async function archiveCards(db: MundapDatabase, notes: readonly CompiledNote[], now: number): Promise<number> {
  let archived = 0;
  for (const card of notes.flatMap((note) => note.cards)) {
    if ((await db.reviews.where('cardId').equals(card.id).count()) === 0) continue;
    await db.archivedCards.put({
      cardId: card.id,
      noteId: card.noteId,
      question: card.question,
      answer: card.answer,
      archivedAt: now,
    });
    archived += 1;
  }
  return archived;
}

/** Takes a note out of the library; the history of its cards stays, archived. Returns how many were archived. */
export async function removeLibraryNote(db: MundapDatabase, noteId: string, now: number): Promise<number> {
  return db.transaction('rw', libraryTables(db), async () => {
    const row = await db.libraryNotes.get(noteId);
    if (!row) return 0;
    const archived = await archiveCards(db, [row.compiled], now);
    await db.libraryNotes.delete(noteId);
    return archived;
  });
}

/**
 * Brings an archived card's history back onto a card of the notes, e.g. a
 * question rewritten past recognition. Refused (false) when that card has
 * a history of its own: two logs are never spliced.
 */
export async function restoreArchivedCard(
  db: MundapDatabase,
  archivedId: string,
  to: { cardId: string; noteId: string },
): Promise<boolean> {
  return db.transaction('rw', libraryTables(db), async () => {
    if (!(await db.archivedCards.get(archivedId))) return false;
    if ((await db.reviews.where('cardId').equals(to.cardId).count()) > 0) return false;
    await moveHistory(db, { from: archivedId, to: to.cardId }, to.noteId);
    return true;
  });
}

/** Deletes an archived card's history for good: its log, its record and the archive entry. */
export async function purgeArchivedCard(db: MundapDatabase, cardId: string): Promise<void> {
  await db.transaction('rw', libraryTables(db), async () => {
    await db.reviews.where('cardId').equals(cardId).delete();
    await db.cardStates.delete(cardId);
    await db.archivedCards.delete(cardId);
  });
}

/** What the library page lists: each note with its dates, and the archive. */
export async function readLibraryOverview(db: MundapDatabase) {
  return db.transaction('r', [db.libraryNotes, db.archivedCards, db.libraryFiles], async () => {
    const notes = (await db.libraryNotes.toArray()).map(({ id, path, bytes, compiled, importedAt, updatedAt }) => ({
      id,
      path,
      bytes: bytes.length,
      title: compiled.title,
      cards: compiled.cards.length,
      warnings: compiled.warnings,
      importedAt,
      updatedAt,
    }));
    const images = (await db.libraryFiles.toCollection().primaryKeys()) as string[];
    return { notes, images, archived: await db.archivedCards.orderBy('noteId').toArray() };
  });
}

export type LibraryOverview = Awaited<ReturnType<typeof readLibraryOverview>>;

/** An image of the library, for the reader. */
export async function readLibraryFile(db: MundapDatabase, path: string): Promise<Blob | null> {
  const row = await db.libraryFiles.get(path);
  return row ? new Blob([row.bytes as Uint8Array<ArrayBuffer>], { type: row.type }) : null;
}

/** The library's files as imported (notes and images), for a zip; `deck` narrows to one folder. */
export async function readLibraryFiles(
  db: MundapDatabase,
  deck?: string,
): Promise<{ path: string; bytes: Uint8Array }[]> {
  const inDeck = (path: string): boolean => deck === undefined || path.startsWith(`${deck}/`);
  return db.transaction('r', [db.libraryNotes, db.libraryFiles], async () =>
    [
      ...(await db.libraryNotes.toArray()).map(({ path, bytes }) => ({ path, bytes })),
      ...(await db.libraryFiles.toArray()).map(({ path, bytes }) => ({ path, bytes })),
    ].filter((file) => inDeck(file.path)),
  );
}

/** The stored notes an older compiler made, with what compiling them again needs (every note id and image path). */
export async function readStaleLibraryNotes(db: MundapDatabase): Promise<{
  stale: { path: string; bytes: Uint8Array }[];
  noteIds: string[];
  images: string[];
}> {
  return db.transaction('r', [db.libraryNotes, db.libraryFiles], async () => {
    const rows = await db.libraryNotes.toArray();
    return {
      stale: rows.filter((row) => row.compiler !== COMPILER_VERSION).map(({ path, bytes }) => ({ path, bytes })),
      noteIds: rows.map((row) => row.id),
      images: (await db.libraryFiles.toCollection().primaryKeys()) as string[],
    };
  });
}

/**
 * Stores notes compiled again by this version, in one transaction. A note
 * whose text changed meanwhile (an import in another tab) is left alone:
 * that import compiled it already. Card history is keyed by card id, which
 * a newer compiler keeps for every question, so nothing else moves.
 * Returns how many notes were refreshed.
 */
export async function refreshLibraryNotes(db: MundapDatabase, notes: readonly PreparedNote[]): Promise<number> {
  return db.transaction('rw', db.libraryNotes, async () => {
    let refreshed = 0;
    for (const note of notes) {
      const row = await db.libraryNotes.get(note.compiled.id);
      if (!row || !sameBytes(row.bytes, note.bytes) || row.compiler === COMPILER_VERSION) continue;
      await db.libraryNotes.put({ ...row, compiled: note.compiled, search: note.search, compiler: COMPILER_VERSION });
      refreshed += 1;
    }
    return refreshed;
  });
}
