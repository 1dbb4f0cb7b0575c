import { useEffect } from 'react';
import { forgetLibraryImages } from '../data/library-images';
import { setLibraryNotes } from '../data/notes';
import { setLibrarySearch } from '../data/search';
import { db, watchLibrary } from '../db';
import { useAppStore } from '../state/store';

/**
 * The learner's imported notes (and the decks they turned off) join the
 * bundled notes, now and whenever they change, in this tab or another.
 * Not while storage is unavailable: then there is no library to read.
 */
export function useLibrarySync(): void {
  const storageError = useAppStore((state) => state.storageError);
  useEffect(() => {
    if (storageError) return;
    return watchLibrary(
      db,
      (library) => {
        setLibraryNotes(library.notes, library.hiddenDecks);
        setLibrarySearch(library.search);
        forgetLibraryImages();
      },
      (error) => useAppStore.getState().setStorageError(error instanceof Error ? error.message : String(error)),
    );
  }, [storageError]);
}
