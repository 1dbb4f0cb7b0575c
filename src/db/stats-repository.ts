import type { MundapDatabase } from './database';
import type { ReviewRow } from './rows';

/**
 * The whole card log, a page at a time in insertion order, so statistics over
 * a million entries never hold them all: each page can be folded and dropped.
 * Pages are separate reads, so a long scan never holds up a rating.
 */
export async function forEachReviewPage(
  db: MundapDatabase,
  onPage: (rows: ReviewRow[]) => void,
  pageSize = 10_000,
): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await db.reviews.where(':id').above(after).limit(pageSize).toArray();
    if (rows.length > 0) onPage(rows);
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id!;
  }
}

/**
 * Changes whenever an entry is added to or removed from the log (a rating,
 * another card action, an undo, an import): keys only, so a live query over
 * it is cheap and tells the statistics when to recompute.
 */
export async function readReviewLogVersion(db: MundapDatabase): Promise<string> {
  const [count, last] = await Promise.all([db.reviews.count(), db.reviews.toCollection().lastKey()]);
  return `${count}:${String(last ?? 0)}`;
}
