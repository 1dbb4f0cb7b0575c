import { useEffect, useRef, useState } from 'react';
import { forgetLibraryImages } from '../data/library-images';
import { setLibraryNotes, useLibraryLoaded } from '../data/notes';
import { setLibrarySearch } from '../data/search';
import { db, watchLibrary } from '../db';
import { useAppStore } from '../state/store';
import { recompileInWorker, refreshStaleLibrary } from './refresh-stale-library';

/** How long pages wait for the library before showing the bundled notes alone (a stalled IndexedDB). */
const LIBRARY_WAIT_MS = 3000;

/**
 * The learner's imported notes (and the decks they turned off) join the
 * bundled notes, now and whenever they change, in this tab or another.
 * Not while storage is unavailable: then there is no library to read.
 * Returns whether pages can be drawn: once the library was read, storage
 * failed, or the wait ran out.
 */
export function useLibrarySync(): boolean {
  const storageError = useAppStore((state) => state.storageError);
  const loaded = useLibraryLoaded();
  const [waitedOut, setWaitedOut] = useState(false);
  // The settings table changes for many reasons; every reader of notes redraws only when the library did.
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedOut(true), LIBRARY_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (storageError) return;
    // Best effort: a note left as an older version compiled it is still a whole note.
    refreshStaleLibrary(db, recompileInWorker).catch(() => undefined);
  }, [storageError]);
  useEffect(() => {
    if (storageError) return;
    return watchLibrary(
      db,
      (library) => {
        if (library.signature === shown.current) return;
        shown.current = library.signature;
        setLibraryNotes(library.notes, library.hiddenDecks, library.cardKinds);
        setLibrarySearch(library.search);
        forgetLibraryImages();
      },
      (error) => useAppStore.getState().setStorageError(error instanceof Error ? error.message : String(error)),
    );
  }, [storageError]);
  return loaded || storageError !== null || waitedOut;
}
