import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router';
import { db, openDatabase, persistStorageAfterFirstReview } from './db';
import { initI18n } from './i18n/i18n';
import { useAppStore } from './state/store';
import './ui/styles.css';

initI18n(useAppStore.getState().language);

void openDatabase(db).then((result) => {
  if (!result.ok) useAppStore.getState().setStorageError(result.reason);
  else persistStorageAfterFirstReview(db);
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={createAppRouter()} />
    </StrictMode>,
  );
}
