import { liveQuery } from 'dexie';
import type { MundapDatabase } from './database';

/** The part of the browser's StorageManager this needs; tests pass a fake. */
export type PersistableStorage = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Asks the browser to keep this site's data (the review log) when disk space
 * runs low, as soon as the first review is saved: before that there is
 * nothing to lose, and Firefox shows the learner a question that should come
 * with a reason to say yes. Watching the review log covers every way of
 * rating (study, quiz, interview, another tab) and learners who had reviews
 * before this version. It asks once per app start, not once ever: Chromium
 * answers silently from how much the site is used (and installed apps get
 * yes), so a later start may be granted what the first was refused, while
 * Firefox remembers the learner's answer and does not ask twice.
 * Returns a function that stops watching.
 */
export function persistStorageAfterFirstReview(
  db: MundapDatabase,
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): () => void {
  if (typeof storage?.persist !== 'function') return () => {};
  let asked = false;
  const subscription = liveQuery(() => db.reviews.limit(1).count()).subscribe({
    next: (count) => {
      if (count === 0 || asked) return;
      asked = true;
      subscription.unsubscribe();
      void (async () => {
        if (!(await storage.persisted())) await storage.persist();
      })().catch(() => {});
    },
    // IndexedDB refused: the shell already says progress cannot be saved.
    error: () => {},
  });
  return () => subscription.unsubscribe();
}
