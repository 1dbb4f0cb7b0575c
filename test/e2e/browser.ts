import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../tools/lib/chromium';

export const baseUrl = inject('baseUrl');
export const fixtureUrl = inject('fixtureUrl');
export const distDir = inject('distDir');
export const chromiumPath = inject('chromiumPath');
/** Skip (with the notice printed by global-setup) where no Chromium exists. */
export const noBrowser = chromiumPath === '';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS });
}

/** A browser with a profile on disk: Chromium does not offer to install web apps in incognito contexts. */
export function launchPersistentContext(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: 'ko-KR',
  });
}

/** A page that fails the test on any uncaught error or dialog (e.g. an injected alert). */
export async function openPage(
  context: BrowserContext,
  path: string,
  origin = baseUrl,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(origin + path);
  return { page, errors };
}

/** Every row of one object store of the app's IndexedDB, read from inside the page. */
export function readStore<Row>(
  page: Page,
  store: 'reviews' | 'cardStates' | 'interviewSessions' | 'libraryNotes',
): Promise<Row[]> {
  return page.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const request = indexedDB.open('mundap');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(name, 'readonly');
          const rows = tx.objectStore(name).getAll();
          tx.oncomplete = () => {
            request.result.close();
            resolve(rows.result as Row[]);
          };
        };
      }),
    store,
  );
}
