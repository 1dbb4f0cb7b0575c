import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router';
import { forgetLibraryImages } from './data/library-images';
import { setLibraryNotes } from './data/notes';
import { setLibrarySearch } from './data/search';
import { db, openDatabase, persistStorageAfterFirstReview, watchLibrary } from './db';
import { initI18n } from './i18n/i18n';
import { useAppStore } from './state/store';
import './ui/styles.css';

initI18n(useAppStore.getState().language);

void openDatabase(db).then((result) => {
  if (!result.ok) useAppStore.getState().setStorageError(result.reason);
  else {
    persistStorageAfterFirstReview(db);
    // The learner's imported notes join the bundled ones, here and whenever another tab imports more.
    watchLibrary(
      db,
      (library) => {
        setLibraryNotes(library.notes);
        setLibrarySearch(library.search);
        forgetLibraryImages();
      },
      (error) => useAppStore.getState().setStorageError(error instanceof Error ? error.message : String(error)),
    );
  }
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={createAppRouter()} />
    </StrictMode>,
  );
}
