import { render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../src/app/router';
import { db } from '../src/db';
import { initI18n, type Language } from '../src/i18n/i18n';
import { useAppStore } from '../src/state/store';

const initialStore = useAppStore.getState();

/** Fresh store, empty database, and the app's real routes at `path`. */
export async function renderApp(path: string, options: { language?: Language; storageError?: string } = {}) {
  useAppStore.setState(
    { ...initialStore, language: options.language ?? 'ko', storageError: options.storageError ?? null },
    true,
  );
  await initI18n(options.language ?? 'ko').changeLanguage(options.language ?? 'ko');
  await Promise.all(db.tables.map((table) => table.clear()));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  // Pages are lazy chunks: the first one is in once the router has initialised.
  await waitFor(() => expect(router.state.initialized).toBe(true));
  return { router, ...view };
}
