import { createScheduler, type StudySettings } from '../core';
import type { MundapDatabase } from './database';
import { readSchedulerOf, replayCards } from './review-repository';
import { saveStudySettings } from './settings-repository';

/**
 * Applies new scheduler settings to the past as well: every rating is
 * re-attributed to the new profile and every card with a history is replayed
 * under it, so due dates become what FSRS would have given had these been
 * the settings all along. One transaction: a failure leaves settings, log
 * and cards exactly as they were. Returns how many cards were replayed.
 */
export async function rescheduleAll(db: MundapDatabase, settings: StudySettings, now: number): Promise<number> {
  const scheduler = createScheduler(settings.scheduler);
  return db.transaction('rw', [db.settings, db.profiles, db.reviews, db.cardStates], async () => {
    await saveStudySettings(db, settings, now);
    await db.profiles.put({ id: scheduler.profile, settings: scheduler.settings });
    await db.reviews.toCollection().modify((row) => {
      if (row.kind === 'rating') row.profile = scheduler.profile;
    });
    const cardIds = (await db.reviews.orderBy('cardId').uniqueKeys()) as string[];
    await replayCards(db, cardIds, await readSchedulerOf(db, scheduler));
    return cardIds.length;
  });
}
