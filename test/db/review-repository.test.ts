import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, type Grade } from '../../src/core';
import {
  MundapDatabase,
  rateCard,
  readCardStates,
  replayCardState,
  reviewsOfCard,
  undoReview,
  type RateInput,
} from '../../src/db';
import { freshDatabase } from './fresh-database';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const database = freshDatabase();

const input = (cardId: string, grade: Grade, now: number): RateInput => ({
  cardId,
  noteId: 'mlops/seed',
  grade,
  now,
  elapsedMs: 4200,
  source: 'study',
});

describe('rating', () => {
  it('writes the card state and its log entry together', async () => {
    const review = await rateCard(database(), scheduler, input('c1', 3, NOW));
    const states = await readCardStates(database(), ['c1']);
    expect(states.get('c1')).toEqual(review.after);
    expect(states.get('c1')?.phase).toBe('learning');
    const log = await reviewsOfCard(database(), 'c1');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      cardId: 'c1',
      grade: 3,
      reviewedAt: NOW,
      elapsedMs: 4200,
      before: null,
      source: 'study',
    });
  });

  it('writes neither state nor log when the log write fails', async () => {
    await rateCard(database(), scheduler, input('c1', 3, NOW));
    const stateBefore = (await readCardStates(database(), ['c1'])).get('c1');
    // A hook that throws makes the log insert fail inside the transaction.
    const failLogWrite = (): never => {
      throw new Error('disk full');
    };
    database().reviews.hook('creating', failLogWrite);
    await expect(rateCard(database(), scheduler, input('c1', 1, NOW + 60_000))).rejects.toThrow('disk full');
    database().reviews.hook('creating').unsubscribe(failLogWrite);
    expect((await readCardStates(database(), ['c1'])).get('c1')).toEqual(stateBefore);
    expect(await reviewsOfCard(database(), 'c1')).toHaveLength(1);
  });
});

describe('undo', () => {
  it('restores the previous state and removes the log entry', async () => {
    const first = await rateCard(database(), scheduler, input('c1', 3, NOW));
    const second = await rateCard(database(), scheduler, input('c1', 3, NOW + 10 * 60_000));
    expect(await undoReview(database(), second.id!)).toBe(true);
    expect((await readCardStates(database(), ['c1'])).get('c1')).toEqual(first.after);
    expect((await reviewsOfCard(database(), 'c1')).map((r) => r.id)).toEqual([first.id]);
  });

  it('turns a card back into a new card when its first rating is undone', async () => {
    const first = await rateCard(database(), scheduler, input('c1', 4, NOW));
    expect(await undoReview(database(), first.id!)).toBe(true);
    expect((await readCardStates(database(), ['c1'])).has('c1')).toBe(false);
    expect(await reviewsOfCard(database(), 'c1')).toEqual([]);
  });

  it('refuses to undo a rating that is no longer the card’s latest (another tab rated it since)', async () => {
    const first = await rateCard(database(), scheduler, input('c1', 3, NOW));
    const second = await rateCard(database(), scheduler, input('c1', 3, NOW + 10 * 60_000));
    expect(await undoReview(database(), first.id!)).toBe(false);
    expect((await readCardStates(database(), ['c1'])).get('c1')).toEqual(second.after);
    expect(await reviewsOfCard(database(), 'c1')).toHaveLength(2);
  });
});

describe('the log as source of truth', () => {
  it('replaying the log reproduces the stored state after ratings and undos', async () => {
    let at = NOW;
    const grades: Grade[] = [3, 3, 4, 1, 2, 3];
    for (const grade of grades) {
      const review = await rateCard(database(), scheduler, input('c1', grade, at));
      at = review.after.due + 60_000;
    }
    const last = (await reviewsOfCard(database(), 'c1')).at(-1)!;
    await undoReview(database(), last.id!);
    const stored = (await readCardStates(database(), ['c1'])).get('c1');
    expect(await replayCardState(database(), 'c1', scheduler)).toEqual(stored);
  });

  it('keeps every rating from two tabs writing at once', async () => {
    const otherTab = new MundapDatabase(database().name);
    await otherTab.open();
    await Promise.all([
      rateCard(database(), scheduler, input('c1', 3, NOW)),
      rateCard(otherTab, scheduler, input('c1', 3, NOW + 1000)),
    ]);
    otherTab.close();
    const log = await reviewsOfCard(database(), 'c1');
    expect(log).toHaveLength(2);
    // The second write saw the first: its `before` is the first's `after`.
    expect(log[1]?.before).toEqual(log[0]?.after);
    expect((await readCardStates(database(), ['c1'])).get('c1')).toEqual(
      await replayCardState(database(), 'c1', scheduler),
    );
  });
});
