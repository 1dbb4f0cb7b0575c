import { useMemo } from 'react';
import {
  buildReviewQueue,
  countDue,
  withoutNewSiblings,
  createScheduler,
  type DueCounts,
  type QueueCard,
  type Scheduler,
} from '../../core';
import { db, readNextDue } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { useStudySnapshot } from '../../hooks/use-study-snapshot';

export interface StudyQueue {
  queue: QueueCard[];
  counts: DueCounts;
  scheduler: Scheduler;
  newCardsPerDay: number;
  /** When the study day begins (a buried card comes back then). */
  dayStartHour: number;
  /** New cards in scope held back by the daily limit. */
  newHeldBack: boolean;
  /** New cards in scope waiting for tomorrow because a sibling (a cell of the same table) was introduced today. */
  siblingsHeldBack: number;
}

/** The live queue for the cards in scope; undefined while loading, null without storage. */
export function useStudyQueue(
  inScope: readonly string[],
  groups: ReadonlyMap<string, string>,
  now: number,
): StudyQueue | null | undefined {
  const snapshot = useStudySnapshot(now);
  return useMemo(() => {
    if (!snapshot) return snapshot;
    const cardIds = withoutNewSiblings(inScope, groups, snapshot.introducedToday, snapshot.knownIds);
    const queue = buildReviewQueue({ cardIds, ...snapshot, now });
    const unlimited = countDue(
      cardIds,
      snapshot.dueStates,
      snapshot.knownIds,
      { newLeft: Infinity, reviewsLeft: Infinity },
      now,
    );
    return {
      queue,
      counts: countDue(cardIds, snapshot.dueStates, snapshot.knownIds, snapshot, now),
      scheduler: createScheduler(snapshot.settings.scheduler),
      newCardsPerDay: snapshot.settings.newCardsPerDay,
      dayStartHour: snapshot.settings.dayStartHour,
      newHeldBack: unlimited.new > snapshot.newLeft,
      siblingsHeldBack: inScope.length - cardIds.length,
    };
  }, [snapshot, inScope, groups, now]);
}

/** When the next card in scope falls due, for the completion screen. */
export function useNextDue(cardIds: readonly string[], now: number, enabled: boolean): number | null | undefined {
  return useStoredQuery(
    async () => {
      if (!enabled) return null;
      const inScope = new Set(cardIds);
      const row = await readNextDue(db, now, (id) => inScope.has(id));
      return row?.due ?? null;
    },
    [cardIds, now, enabled],
    null,
  );
}
