import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  DEFAULT_STUDY_SETTINGS,
  schedulerProfileId,
  type Grade,
  type StudySettings,
} from '../../src/core';
import {
  applyCardAction,
  getStudySettings,
  rateCard,
  readCardStates,
  replayCardState,
  rescheduleAll,
  reviewsOfCard,
  saveStudySettings,
  type MundapDatabase,
} from '../../src/db';
import { freshDatabase } from './fresh-database';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const database = freshDatabase();
const original = createScheduler(DEFAULT_STUDY_SETTINGS.scheduler);
const lowerRetention: StudySettings = {
  ...DEFAULT_STUDY_SETTINGS,
  scheduler: { ...DEFAULT_STUDY_SETTINGS.scheduler, desiredRetention: 0.8 },
};
/** Good, Good (graduates), then Good four days later: each card ends in review. */
const HISTORY: { grade: Grade; at: number }[] = [
  { grade: 3, at: NOW },
  { grade: 3, at: NOW + 10 * MINUTE },
  { grade: 3, at: NOW + 4 * DAY },
];
const CARDS = ['c1', 'c2'];

async function seed(db: MundapDatabase): Promise<void> {
  for (const cardId of CARDS) {
    for (const { grade, at } of HISTORY) {
      await rateCard(db, original, { cardId, noteId: 'n', grade, now: at, elapsedMs: 1000, source: 'study' });
    }
  }
  // A card with a history but no rating: replayed too, its schedule untouched.
  await applyCardAction(db, { cardId: 'c3', noteId: 'n', action: { kind: 'suspend' }, now: NOW });
}

/** Everything a reschedule may write, to compare before and after. */
async function snapshot(db: MundapDatabase) {
  return {
    settings: await db.settings.toArray(),
    profiles: await db.profiles.toArray(),
    reviews: await db.reviews.toArray(),
    cardStates: await db.cardStates.toArray(),
  };
}

describe('rescheduling every card under new settings', () => {
  it('moves review cards to the due dates FSRS gives under the new retention, and the log still replays to them', async () => {
    const db = database();
    await seed(db);
    const before = await readCardStates(db, CARDS);
    const lower = createScheduler(lowerRetention.scheduler);

    expect(await rescheduleAll(db, lowerRetention, NOW + 5 * DAY)).toBe(3);

    const after = await readCardStates(db, CARDS);
    for (const cardId of CARDS) {
      const expected = lower.replay(
        cardId,
        HISTORY.map(({ grade, at }) => ({ grade, reviewedAt: at })),
      );
      expect(after.get(cardId)).toMatchObject({ phase: 'review', due: expected?.due, stability: expected?.stability });
      // A lower retention asks for the next review later.
      expect(after.get(cardId)!.due).toBeGreaterThan(before.get(cardId)!.due);
      expect(await replayCardState(db, cardId, original)).toEqual(after.get(cardId));
      const log = await reviewsOfCard(db, cardId);
      expect(log.map((row) => (row.kind === 'rating' ? row.profile : row.kind))).toEqual([
        lower.profile,
        lower.profile,
        lower.profile,
      ]);
      expect(log.at(-1)?.after).toEqual(after.get(cardId));
    }
    expect((await readCardStates(db, ['c3'])).get('c3')).toMatchObject({ phase: 'new', suspended: true });
    expect(await getStudySettings(db)).toEqual(lowerRetention);
    expect(await db.profiles.get(lower.profile)).toEqual({ id: lower.profile, settings: lowerRetention.scheduler });
  });

  it('"future reviews only" saves the settings and leaves every card and its log as they were', async () => {
    const db = database();
    await seed(db);
    const { reviews, cardStates } = await snapshot(db);

    await saveStudySettings(db, lowerRetention, NOW + 5 * DAY);

    expect(await db.cardStates.toArray()).toEqual(cardStates);
    expect(await db.reviews.toArray()).toEqual(reviews);
    // Past ratings replay under the profiles they were made with, not today's settings.
    const stored = await readCardStates(db, CARDS);
    for (const cardId of CARDS) {
      expect(await replayCardState(db, cardId, createScheduler(lowerRetention.scheduler))).toEqual(stored.get(cardId));
    }
    // The next rating is made, and recorded, under the new settings.
    const next = await rateCard(db, createScheduler(lowerRetention.scheduler), {
      cardId: 'c1',
      noteId: 'n',
      grade: 3,
      now: NOW + 20 * DAY,
      elapsedMs: 1000,
      source: 'study',
    });
    expect(next).toMatchObject({ profile: schedulerProfileId(lowerRetention.scheduler) });
    expect(await replayCardState(db, 'c1', original)).toEqual(next.after);
  });

  it('leaves settings, profiles, log and cards exactly as before when the replay fails half-way', async () => {
    const db = database();
    await seed(db);
    const before = await snapshot(db);
    // ts-fsrs accepts these settings and only throws when a rating meets the step: inside the transaction.
    const broken: StudySettings = {
      ...lowerRetention,
      scheduler: { ...lowerRetention.scheduler, learningSteps: ['10x'] },
    };
    expect(() => createScheduler(broken.scheduler)).not.toThrow();

    await expect(rescheduleAll(db, broken, NOW + 5 * DAY)).rejects.toThrow(/10x/);

    expect(await snapshot(db)).toEqual(before);
  });
});
