import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../src/core';
import { applyCardAction, forEachReviewPage, rateCard, readReviewLogVersion, undoReview } from '../../src/db';
import { freshDatabase } from './fresh-database';

const db = freshDatabase();
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const NOW = Date.parse('2026-03-02T09:00:00Z');

async function rate(cardId: string, minutes: number) {
  return rateCard(db(), scheduler, {
    cardId,
    noteId: 'n',
    grade: 3,
    now: NOW + minutes * 60_000,
    elapsedMs: 0,
    source: 'study',
  });
}

describe('statistics reads', () => {
  it('reads the whole log page by page, each entry once, in insertion order', async () => {
    for (let minute = 0; minute < 7; minute += 1) await rate(`c${minute % 3}`, minute);
    const pages: number[] = [];
    const seen: number[] = [];
    await forEachReviewPage(
      db(),
      (rows) => {
        pages.push(rows.length);
        seen.push(...rows.map((row) => row.reviewedAt));
      },
      3,
    );
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, minute) => NOW + minute * 60_000));
  });

  it('reads nothing from an empty log', async () => {
    let calls = 0;
    await forEachReviewPage(db(), () => (calls += 1));
    expect(calls).toBe(0);
  });

  it('changes its log version on a rating, another action and an undo', async () => {
    const versions = [await readReviewLogVersion(db())];
    await rate('a', 0);
    versions.push(await readReviewLogVersion(db()));
    const suspend = await applyCardAction(db(), {
      cardId: 'a',
      noteId: 'n',
      action: { kind: 'suspend' },
      now: NOW + 60_000,
    });
    versions.push(await readReviewLogVersion(db()));
    await undoReview(db(), suspend.id!);
    versions.push(await readReviewLogVersion(db()));
    expect(versions.slice(0, 3)).toHaveLength(new Set(versions.slice(0, 3)).size);
    // After the undo the log is the one after the first rating again.
    expect(versions[3]).toBe(versions[1]);
    await rate('b', 2);
    expect(await readReviewLogVersion(db())).not.toBe(versions[2]);
  });
});
