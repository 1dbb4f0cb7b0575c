import type { PreparedNote } from '../core';
import { allNotes } from '../data/notes';
import { readStaleLibraryNotes, refreshLibraryNotes, type MundapDatabase } from '../db';
import type { RecompileRequest, RecompileResponse } from './recompile.worker';

export type Recompile = (request: RecompileRequest) => Promise<PreparedNote[]>;

/** Runs the recompile worker once and ends it. */
export const recompileInWorker: Recompile = (request) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./recompile.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RecompileResponse>) => {
      worker.terminate();
      if (event.data.kind === 'done') resolve(event.data.notes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the recompile worker failed'));
    };
    worker.postMessage(request);
  });

/**
 * Notes imported under an older version of the app are compiled again from
 * their stored text, so they gain what a newer compiler makes of them (the
 * table, concept and code cards of version 2) without a re-import. The
 * watcher then shows them like any library change. Returns how many.
 */
export async function refreshStaleLibrary(db: MundapDatabase, recompile: Recompile): Promise<number> {
  const { stale, noteIds, images } = await readStaleLibraryNotes(db);
  if (stale.length === 0) return 0;
  const known = { noteIds: [...new Set([...allNotes().map((note) => note.id), ...noteIds])], images };
  return refreshLibraryNotes(db, await recompile({ stale, known }));
}
