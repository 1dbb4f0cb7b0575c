import { createScheduler, createStatsAccumulator, type CardStats, type StatsScope } from '../../core';
import { forEachReviewPage, getStudySettings, readCardStates, type MundapDatabase } from '../../db';

/**
 * Reads the log a page at a time into the statistics, then the cards'
 * records. The worker and the in-page fallback both run exactly this.
 */
export async function loadStats(db: MundapDatabase, scope: StatsScope, now: number): Promise<CardStats> {
  const settings = await getStudySettings(db);
  const accumulator = createStatsAccumulator(scope, now, settings.dayStartHour);
  await forEachReviewPage(db, (rows) => accumulator.add(rows));
  const records = await readCardStates(
    db,
    scope.cards.map((card) => card.id),
  );
  return accumulator.finish(records, createScheduler(settings.scheduler));
}

/** What the page posts to the worker. */
export interface StatsRequest {
  id: number;
  scope: StatsScope;
  now: number;
}

export type StatsResponse = { id: number; stats: CardStats } | { id: number; error: string };
