import { useCallback, useMemo } from 'react';
import { createScheduler, type CompiledCard } from '../../core';
import { db, getStudySettings, rateCard } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';

/**
 * Rates a quiz answer into the flashcard schedule: right = Good (3), wrong =
 * Again (1), logged with source 'quiz' so the review log tells a quiz answer
 * from a studied card. Undefined until the schedule settings are read.
 */
export function useQuizRating():
  ((card: CompiledCard, correct: boolean, elapsedMs: number) => Promise<void>) | undefined {
  const settings = useStoredQuery(() => getStudySettings(db), [], null);
  const scheduler = useMemo(() => (settings ? createScheduler(settings.scheduler) : undefined), [settings]);
  const rate = useCallback(
    async (card: CompiledCard, correct: boolean, elapsedMs: number): Promise<void> => {
      if (!scheduler) return;
      await rateCard(db, scheduler, {
        cardId: card.id,
        noteId: card.noteId,
        grade: correct ? 3 : 1,
        now: Date.now(),
        elapsedMs,
        source: 'quiz',
      });
    },
    [scheduler],
  );
  return scheduler ? rate : undefined;
}
